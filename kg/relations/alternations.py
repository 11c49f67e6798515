"""Drugs given in turn or one in place of another are not given together.

"Vincristine, doxorubicin, and cyclophosphamide alternating with ifosfamide and etoposide" gives two
combinations that take turns: each drug of one is combined with the others of its own group, not with the drugs
of the other group. The same holds across a switch or a replacement: "switching from rituximab to obinutuzumab",
"failure to convert oxycodone to oxymorphone", "capecitabine is a replacement for fluorouracil", "substitution of
etoposide for procarbazine", "instead of X, Y". A ``combined_with`` statement is dropped when every pair of its
two drugs' mentions in the sentence has such a word between them; a pair with no such word between them (the
drug named again inside its own group) keeps it.
"""

from __future__ import annotations

import re

from kg.model import Statement
from kg.relations.sentence import Sentence

__all__ = ["without_alternations"]

# words between two drugs or groups that put one in turn with, or in place of, the other
_TURN = re.compile(
    r"\b(?:alternat(?:ing|ed|es|e)\s+with|in\s+alternation\s+with|replac(?:ed|es|ing|ement)\b|"
    r"substitut(?:ed|es|ing|ion)\b|instead\s+of|rather\s+than|in\s+place\s+of)",
    re.IGNORECASE,
)
# a switch from the first drug to the second: "switching from X to Y", "convert X to Y", "changed from X to Y"
_SWITCH_BEFORE = re.compile(r"\b(?:switch(?:ed|es|ing)?|convert(?:ed|ing|s)?|chang(?:e|ed|es|ing))"
                            r"(?:\s+from)?\s+(?:the\s+)?$", re.IGNORECASE)
_TO = re.compile(r"\bto\b", re.IGNORECASE)
_ANY_TURN = re.compile(rf"{_TURN.pattern}|\b(?:switch|convert|chang)", re.IGNORECASE)


def without_alternations(sentence: Sentence, read: list[Statement]) -> list[Statement]:
    """The statements read, less the combinations of drugs the sentence gives in turn or in place of each other.

    >>> from kg.documents import parse_document
    >>> from kg.model import Mention
    >>> text = "Patients got A and B alternating with C."
    >>> doc = parse_document(text, "x.md")
    >>> a, b, c = (Mention(doc.id, text.index(n), text.index(n) + 1, n, n, n, "drug", "dictionary", 0.9)
    ...            for n in "ABC")
    >>> sentence = Sentence(doc, 0, len(text), [a, b, c])
    >>> pairs = [sentence.statement(x, "combined_with", y, "coordination", 0.7) for x, y in ((a, b), (b, c))]
    >>> [(s.subject, s.object) for s in without_alternations(sentence, pairs)]
    [('A', 'B')]
    """
    if not any(s.predicate == "combined_with" for s in read) or not _ANY_TURN.search(sentence.text):
        return read
    return [s for s in read if s.predicate != "combined_with" or not _in_turn(sentence, s.subject, s.object)]


def _in_turn(sentence: Sentence, first: str, second: str) -> bool:
    """True when every mention of ``first`` and every mention of ``second`` in the sentence have a turn word
    between them (False when either is not named in the sentence: the rule reads only what the sentence says)."""
    text = sentence.document.text
    ones = [m for m in sentence.mentions if m.id == first]
    others = [m for m in sentence.mentions if m.id == second]
    if not ones or not others:
        return False
    for one in ones:
        for other in others:
            left, right = (one, other) if one.start < other.start else (other, one)
            between = text[left.end : max(left.end, right.start)]
            switched = _SWITCH_BEFORE.search(text, max(sentence.start, left.start - 30), left.start) and _TO.search(
                between)
            if not (_TURN.search(between) or switched):
                return False
    return True
