"""``member_of_class`` said by a copula in the past or with describing words, which the copula rules of
:mod:`kg.relations.membership` (a present "is a C", a bare "was a C") and :mod:`kg.relations.kind_phrases`
("became the first C") leave out: "For many years, the drug tamoxifen, given every day for 5 years, was the most
common adjuvant hormone therapy", "Cisplatin remains the standard chemotherapy", "Gemcitabine is a widely used
chemotherapy drug", "It was the first PD-1 inhibitor approved".
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from kg.model import Mention, Statement
from kg.relations.sentence import DRUGLIKE, Sentence

__all__ = ["copula_kinds"]

# the words between the drug and the class: a brand aside, a short aside set off by commas, a copula, an article
# and up to four describing words ("the most common adjuvant", "a widely used")
_COPULA_KIND = re.compile(
    r"^\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*[^,;:()]{1,60}?,)?\s*"
    r"(?:is|are|was|were|remains|remain|remained|has\s+remained|have\s+remained)\s+"
    r"(?:(?:also|still|now|often|usually|currently|today)\s+)?"
    r"(?:the|an?|one\s+of\s+the)\s+(?P<words>(?:[\w-]+\s+){0,4})$",
    re.I,
)
# describing words that make the class something the drug is given with, compared to or is not
_NOT_DESCRIBING = re.compile(
    r"\b(?:and|or|with|for|to|of|in|on|by|from|plus|than|after|before|following|versus|vs|given|combined|compared|"
    r"same|as|that|which|who|not|no|part|result|alternative|replacement|substitute|addition|partner|backbone)\b",
    re.I,
)
# "used" only as a describing word ("a widely used chemotherapy drug"), not "used with"
_WIDELY_USED = re.compile(r"\b(?:widely|commonly|frequently|most|often|routinely|standardly)\s+used\b", re.I)
# what the sentence may open with before its subject drug: a short fronted phrase and "the drug"
_BEFORE_SUBJECT = re.compile(r"^[\W_]*(?:[^,;:()]{1,40},\s*)?(?:the\s+)?(?:(?:drug|agent|medicine)\s+)?$", re.I)
# a pronoun or "the drug" standing for the drug the sentence before named
_PRONOUN_SUBJECT = re.compile(r"^[\W_]*(?:it|this\s+drug|the\s+drug|this\s+agent|this\s+medicine)\b", re.I)
# the class goes on as a compound or a coordination: "the standard chemotherapy-based ...", "a hormone therapy or"
_CLASS_GOES_ON = re.compile(r"^\s*(?:[-‐]\s*\w|(?:,\s*|\s+)(?:and|or|plus)\s)", re.I)


def copula_kinds(sentence: Sentence, read: Sequence[Statement] = ()) -> Iterator[Statement]:
    """``member_of_class`` for the subject drug of "X was/remains the <describing words> C" (not again when the
    rules before it, whose statements of the sentence are ``read``, already said so).

    >>> from kg.documents import parse_document
    >>> doc = parse_document("Tamoxifen was the most common adjuvant hormone therapy.", "x.md")
    >>> drug = Mention(doc.id, 0, 9, "Tamoxifen", "D1", "tamoxifen", "drug", "dictionary", 0.9)
    >>> cls = Mention(doc.id, 39, 54, "hormone therapy", "K1", "hormone therapy", "drug_class", "dictionary", 0.9)
    >>> [(s.subject, s.predicate, s.object) for s in copula_kinds(Sentence(doc, 0, 55, [drug, cls]))]
    [('D1', 'member_of_class', 'K1')]
    """
    text = sentence.document.text
    mentions = sentence.of(*DRUGLIKE)
    subject, outside = _subject(sentence, mentions)
    if subject is None:
        return
    start = sentence.start if outside else subject.end
    if outside:
        opening = _PRONOUN_SUBJECT.match(text[sentence.start : sentence.end])
        start = sentence.start + opening.end() if opening else start
    following = [m for m in mentions if m.start >= start]
    if not following or following[0].type != "drug_class" or following[0].id == subject.id:
        return  # the class must be the first kind named after the subject
    cls = following[0]
    found = _COPULA_KIND.match(text[start : cls.start])
    if found is None or _CLASS_GOES_ON.match(text[cls.end : cls.end + 12]):
        return
    words = _WIDELY_USED.sub(" ", found.group("words"))
    if _NOT_DESCRIBING.search(words) or re.search(r"\bused\b", words, re.I):
        return
    if any(s.predicate == "member_of_class" and (s.subject, s.object) == (subject.id, cls.id) for s in read):
        return
    yield sentence.statement(subject, "member_of_class", cls, "apposition", 0.75, outside=outside)


def _subject(sentence: Sentence, mentions: list[Mention]) -> tuple[Mention | None, bool]:
    """The drug the sentence opens with as its subject, or the antecedent of an opening "It"/"The drug" (then
    ``outside`` is true)."""
    text = sentence.document.text
    if mentions and mentions[0].type == "drug" and _BEFORE_SUBJECT.match(text[sentence.start : mentions[0].start]):
        return mentions[0], False
    antecedent = sentence.antecedent
    if antecedent is not None and antecedent.type == "drug" and _PRONOUN_SUBJECT.match(sentence.text) and not (
            mentions and mentions[0].type == "drug"):
        return antecedent, True
    return None, False
