"""A regimen page's own kind: "This chemotherapy combination contains A and B" makes the regimen the page is about
a member of the class named before "combination"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.model import Mention, Statement
from kg.relations.sentence import Sentence

# "This chemotherapy combination contains", "The targeted therapy regimen includes": the class right before the noun
_CLASS_COMBINATION = re.compile(r"^\s*(?:combination|regimen)(?: of drugs| therapy)?\s+"
                                r"(?:contains|includes|consists of|is made up of)\b", re.I)
_OPENING = re.compile(r"^(?:This|The)\s+$", re.I)


def regimen_class(sentence: Sentence, regimen: Mention) -> Iterator[Statement]:
    """``member_of_class``: the regimen (the drug the page is about) is of the class its combination is called.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("This chemotherapy combination contains the drugs A and B.", "x.md")
    >>> chemo = Mention(doc.id, 5, 17, "chemotherapy", "K1", "chemotherapy", "drug_class", "dictionary", 0.9)
    >>> ac = Mention(doc.id, 0, 2, "AC", "D1", "ac", "drug", "pattern", 0.85)
    >>> [(s.subject, s.predicate, s.object) for s in regimen_class(Sentence(doc, 0, 57, [chemo]), ac)]
    [('D1', 'member_of_class', 'K1')]
    """
    text = sentence.document.text
    classes = sentence.of("drug_class")
    if not classes or regimen.type != "drug":
        return
    first = classes[0]
    if _OPENING.match(text[sentence.start : first.start]) and _CLASS_COMBINATION.match(text[first.end : sentence.end]):
        yield sentence.statement(regimen, "member_of_class", first, "class_noun", 0.8)
