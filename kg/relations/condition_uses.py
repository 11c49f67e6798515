"""``treats`` where a drug is used when, after or once the disease has taken a course: "Topotecan is given after
small cell lung cancer comes back", "Doctors may use docetaxel when prostate cancer has spread", "Sorafenib can be
used when liver cancer cannot be removed by surgery", "Everolimus is used once kidney cancer has spread",
"Carfilzomib is given to patients after multiple myeloma came back".

The drug is used (or doctors use it), then a time or condition word ("when", "after", "once", "if"), then the
disease as the subject of a verb of its course ("has spread", "comes back", "gets worse", "cannot be removed"). A
negation between the drug and the disease is kept on the evidence (:meth:`Sentence.statement`); a sentence of
investigational use gives nothing here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.model import Statement
from kg.relations.sentence import DRUGLIKE, Sentence

__all__ = ["condition_uses"]

# after the drug: "is (also) used / given / prescribed / an option", then "when", "after", "once" or "if"
_USED_WHEN = re.compile(
    r"^\s*(?:\([^()]{1,40}\)\s*)?,?\s*(?:is|are|may\s+be|can\s+be|might\s+be|will\s+be|should\s+be|was|were)\s+"
    r"(?:(?:also|often|usually|sometimes|commonly|typically|generally|then|only|most\s+often)\s+)*"
    r"(?:used|given|prescribed|recommended|an?\s+(?:[\w-]+\s+)?option)\s+(?:(?:alone|by\s+itself)\s+)?"
    r"(?:(?:to|in|for)\s+(?:patients|people|adults|children|women|men)\s+)?"
    r"(?:when|after|once|if)\s+(?:the\s+|a\s+|an\s+|your\s+|their\s+)?(?:[\w-]+\s+)?$", re.I)
# "Doctors may use X when": the user before the drug, the condition right after it
_USER_BEFORE = re.compile(
    r"\b(?:doctors?|oncologists?|physicians?|your\s+(?:doctor|health\s+care\s+team))\s+"
    r"(?:(?:may|might|can|often|usually|sometimes|also|will)\s+)*(?:use|give|prescribe|recommend|suggest)\s+$", re.I)
_WHEN = re.compile(r"^\s*(?:\([^()]{1,40}\)\s*)?(?:(?:alone|by\s+itself)\s+)?(?:when|after|once|if)\s+"
                   r"(?:the\s+|a\s+|an\s+|your\s+|their\s+)?(?:[\w-]+\s+)?$", re.I)
# the disease's course after its name
_COURSE = re.compile(
    r"^\s*(?:has|have|had|is|are|was|were|comes?|came|gets?|got|stops?|stopped|did|does|do|cannot|can't|can\s+no|"
    r"recurs?|recurred|returns?|returned|spreads?|spread|progresse[sd]|progress|grows?|grew|relapse[sd]|worsens)\b",
    re.I)


def condition_uses(sentence: Sentence) -> Iterator[Statement]:
    """``treats`` for a drug used when, after or once the disease has spread, come back or grown.

    >>> from kg.documents import parse_document
    >>> from kg.model import Mention
    >>> doc = parse_document("X is given after glioma comes back.", "x.md")
    >>> t = doc.text
    >>> def m(word, kind):
    ...     return Mention("x", t.index(word), t.index(word) + len(word), word, word.upper(), word, kind, "d", 0.9)
    >>> s = Sentence(doc, 0, len(t), [m("X", "drug"), m("glioma", "disease")])
    >>> [(s.subject_text, s.predicate, s.object_text) for s in condition_uses(s)]
    [('X', 'treats', 'glioma')]
    """
    if sentence.investigational:
        return
    text = sentence.document.text
    for disease in sentence.of("disease"):
        if not _COURSE.match(text[disease.end : disease.end + 30]):
            continue
        drugs = [d for d in sentence.of(*DRUGLIKE) if d.end <= disease.start]
        if not drugs:
            continue
        drug = drugs[-1]
        between = text[drug.end : disease.start]
        if _USED_WHEN.match(between) or (_WHEN.match(between) and _USER_BEFORE.search(
                text[sentence.start : drug.start])):
            yield sentence.statement(drug, "treats", disease, "condition_use", 0.65)
