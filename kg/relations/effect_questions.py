"""A side effect a sentence only asks about is not stated: "It is not known whether X causes A", "Researchers are
studying whether exercise can reduce A in patients given X", "The trial will test if X leads to A".

The side-effect readers take an event named after a cause word or in a sentence about side effects as the drug's.
When the event comes after an open question ("known whether", "studying whether", "to see if", "asked whether"),
the sentence says nothing about whether the drug causes it, so no ``has_adverse_effect`` is read from it,
unless a relative clause between them says so ("testing whether fewer cycles of X, which can cause A, ...").
"""

from __future__ import annotations

import re

from kg.model import Statement
from kg.relations.sentence import Sentence

__all__ = ["without_open_questions"]

# a verb or adjective of knowing or finding out, then "whether" or "if" (cue words only)
_OPEN_QUESTION = re.compile(
    r"\b(?:know|known|knowing|unclear|uncertain|unknown|study|studies|studying|studied|test|tests|testing|tested|"
    r"determine|see|learn|find\s+out|examine[sd]?|examining|investigat\w*|assess\w*|ask\w*|wonder\w*)\s+"
    r"(?:whether|if)\b",
    re.I,
)

# a relative clause inside the question states its own fact: "testing whether fewer cycles of X, which can cause A,
# ..." says X can cause A
_ASIDE = re.compile(r",\s+which\b", re.I)


def without_open_questions(sentence: Sentence, read: list[Statement]) -> list[Statement]:
    """The statements read in a sentence, without side effects named after an open question.

    >>> from kg.documents import parse_document
    >>> from kg.model import Evidence, Mention
    >>> text = "It is not known whether X causes memory loss."
    >>> doc = parse_document(text, "x.md")
    >>> ms = [Mention(doc.id, 24, 25, "X", "D1", "x", "drug", "dictionary", 0.9),
    ...       Mention(doc.id, 33, 44, "memory loss", "A1", "memory loss", "adverse_event", "dictionary", 0.9)]
    >>> effect = Statement("D1", "has_adverse_effect", "A1", Evidence("x", text, 0, 45, "cause"), "X", "memory loss")
    >>> without_open_questions(Sentence(doc, 0, 45, ms), [effect])
    []
    """
    if not any(s.predicate == "has_adverse_effect" for s in read):
        return read
    text = sentence.document.text
    question = _OPEN_QUESTION.search(text, sentence.start, sentence.end)
    if question is None:
        return read
    asked = {(m.id, m.text) for m in sentence.of("adverse_event") if m.start >= question.end()
             and not _ASIDE.search(text, question.end(), m.start)}
    return [s for s in read if s.predicate != "has_adverse_effect" or (s.object, s.object_text) not in asked]
