"""Subclasses named inline after their class: "Types of immunotherapy include checkpoint inhibitors and cancer
vaccines", "Most targeted therapies are either small-molecule drugs or monoclonal antibodies".

The rulebook counts a subclass as a member of its class. Drugs listed after "include" are read by
``membership``; this reader takes the lists whose first item is itself a class.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.model import Statement
from kg.relations import cues
from kg.relations.sentence import DRUGLIKE, Sentence

# Where the class must stand: at the start of its sentence, after at most "Types of", "Most", "Other", ...
_CLASS_OPENS = re.compile(
    r"^[\W_]*(?:(?:the\s+)?(?:main\s+|common\s+|other\s+|some\s+)?(?:types?|kinds?|classes|examples|forms)\s+of\s+"
    r"|most\s+|some\s+|other\s+|common\s+)?(?:the\s+)?$",
    re.I,
)
# What joins the class to its first subclass: "include", "may also include", "are either"
_INCLUDES = re.compile(
    r"^\s*(?:drugs?|agents?|medicines?|therap(?:y|ies))?\s*(?:(?:may|can|also)\s+){0,2}"
    r"(?:includes?(?:\s+the\s+following)?\s*:?|are\s+either)\s+(?:an?\s+|the\s+)?$",
    re.I,
)


def subclasses_included(sentence: Sentence) -> Iterator[Statement]:
    """``member_of_class`` for each class (and drug) listed after "<class> include(s)" or "<class> are either",
    when the first item is a class and the class opens the sentence.

    >>> from kg.documents import parse_document
    >>> from kg.model import Mention
    >>> doc = parse_document("Types of immunotherapy include checkpoint inhibitors and CAR T-cell therapy.", "x.md")
    >>> ms = [Mention(doc.id, 9, 22, "immunotherapy", "C1", "immunotherapy", "drug_class", "dictionary", 0.9),
    ...       Mention(doc.id, 31, 52, "checkpoint inhibitors", "C2", "checkpoint inhibitor", "drug_class",
    ...               "dictionary", 0.9),
    ...       Mention(doc.id, 57, 75, "CAR T-cell therapy", "C3", "CAR T-cell therapy", "drug_class",
    ...               "dictionary", 0.9)]
    >>> [(s.subject, s.predicate, s.object) for s in subclasses_included(Sentence(doc, 0, 76, ms))]
    [('C2', 'member_of_class', 'C1'), ('C3', 'member_of_class', 'C1')]
    """
    text = sentence.document.text
    mentions = [m for m in sentence.mentions if m.start >= sentence.start]
    for index, cls in enumerate(mentions[:-1]):
        if cls.type != "drug_class" or not _CLASS_OPENS.match(text[sentence.start : cls.start]):
            continue
        first = mentions[index + 1]
        if first.type != "drug_class" or first.id == cls.id or not _INCLUDES.match(text[cls.end : first.start]):
            return
        yield sentence.statement(first, "member_of_class", cls, "include", 0.75)
        previous = first
        for item in mentions[index + 2 :]:
            if item.type not in DRUGLIKE or not cues.LIST_GLUE.match(text[previous.end : item.start]):
                break
            if item.id != cls.id:
                yield sentence.statement(item, "member_of_class", cls, "include", 0.75)
            previous = item
        return
