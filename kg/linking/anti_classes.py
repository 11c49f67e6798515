"""One-word class names built on "anti" ("antiandrogens", "antivirals", "anti-estrogen"): the vocabulary lists
them as synonyms of a drug class, but the dictionary's word checks drop one-word synonyms whose ending is not a
usual class ending ("-gen", "-al"). The prefix itself says the word names a kind of drug acting against
something, so a word that starts with it and that the vocabulary knows as a class is read as that class.
"""

from __future__ import annotations

import re

from kg.linking.span_index import SpanIndex
from kg.model import Document, Mention
from kg.regex_prefilter import cues_of
from kg.vocabulary.store import Vocabulary

# "antiandrogen", "Antiandrogens", "anti-estrogen": one word after the prefix, plural or not
_ANTI_WORD = re.compile(r"(?<![\w-])[Aa]nti-?[a-z]{4,}(?![\w-])")
# "degraders (SERDs), sometimes called pure antiestrogens": another name of the class named before, not a class
# of its own ("a type of drug called antiandrogens", with no comma, names the class)
_ALIAS_BEFORE = re.compile(r"[,(]\s*(?:also\s+|sometimes\s+)?(?:called|known\s+as|termed)\s+(?:[a-z]+\s+)?$")


def anti_class_mentions(document: Document, vocabulary: Vocabulary, linked: list[Mention]) -> list[Mention]:
    """A class mention for each one-word "anti..." name the vocabulary knows as a drug class, where no mention
    in ``linked`` is already.

    >>> from kg.documents import parse_document
    >>> from kg.vocabulary import default_vocabulary
    >>> doc = parse_document("The antiandrogen was stopped; SERDs, also called pure antiestrogens, were not.", "x.md")
    >>> [(m.text, m.type) for m in anti_class_mentions(doc, default_vocabulary(), [])]
    [('antiandrogen', 'drug_class')]
    """
    text = document.text
    if "nti" not in text:
        return []
    found: list[Mention] = []
    taken = {m.start for m in linked}
    spans = SpanIndex((m.start, m.end) for m in linked)
    for match in cues_of(_ANTI_WORD).finditer(text):
        if match.start() in taken or spans.overlaps(match.start(), match.end()):
            continue
        if _ALIAS_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue
        classes = [t for t in vocabulary.lookup(match.group(0)) if t.type == "drug_class"]
        if classes:
            found.append(Mention(document.id, match.start(), match.end(), match.group(0), classes[0].id,
                                 classes[0].label, "drug_class", "pattern", 0.75))
    return found
