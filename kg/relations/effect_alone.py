"""In a comparison of arms, a side effect belongs to the drug that differs, not to the drug also given alone.

"Patients who received nivolumab plus ipilimumab had more colitis than those who received nivolumab alone";
"Anemia was seen more often in patients given trastuzumab with chemotherapy than in those given trastuzumab
alone"; "Neutropenia was more common with the addition of ramucirumab to docetaxel": the events came with the
added drug (ipilimumab, chemotherapy, ramucirumab). The drug of both arms, the one the sentence also names "alone"
(or "plus placebo") or as what the other was added to, did not make the difference, and the gold gives it none of
them. Only a comparison that says the arm with the added drug had more: when it had fewer, the event is the lone
drug's. The reading rules see each drug of the first arm as a holder; this filter drops the one the comparator arm
gives alone (or the added drug was added to), when another drug of the sentence holds the same event.
"""

from __future__ import annotations

import re

from kg.model import Statement
from kg.relations import arm_comparators, cues
from kg.relations.sentence import DRUGLIKE, Sentence

__all__ = ["without_alone_arms"]

# the sentence compares: "more ... than", "compared with", "versus"
_COMPARES = re.compile(r"\b(?:than|compared\s+(?:with|to)|versus|vs)\b", re.I)
# "more common with the addition of X to Y", "adding X to Y caused more A": Y is the arm X was added to
_ADDED_TO = re.compile(r"\b(?:addition\s+of|adding|added)\s+(?:[^.;]{1,60}?\s+)?to\s+(?:the\s+)?(?:standard\s+)?$",
                       re.I)
# ... and says the arm with the added drug had more ("Five patients on X plus Y developed A, compared with 20 on X
# alone" says the added drug spared them: the event is still X's)
_MORE = re.compile(r"\b(?:more|higher|greater|increased?|excess|additional)\b", re.I)


def without_alone_arms(sentence: Sentence, statements: list[Statement]) -> list[Statement]:
    """The side effects of a sentence less those of a drug the sentence's comparator arm gives alone, where a
    drug added to it in the other arm holds the same event.

    >>> from kg.documents import parse_document
    >>> from kg.model import Evidence, Mention
    >>> text = "Patients who got X plus Y had more rash than those who got X alone."
    >>> doc = parse_document(text, "x.md")
    >>> x1, y, x2 = (Mention(doc.id, 17, 18, "X", "D1", "x", "drug", "dictionary", 0.9),
    ...              Mention(doc.id, 24, 25, "Y", "D2", "y", "drug", "dictionary", 0.9),
    ...              Mention(doc.id, 59, 60, "X", "D1", "x", "drug", "dictionary", 0.9))
    >>> ev = Evidence(doc=doc.id, sentence=text, start=0, end=len(text), method="arm")
    >>> read = [Statement("D1", "has_adverse_effect", "A1", ev), Statement("D2", "has_adverse_effect", "A1", ev)]
    >>> [s.subject for s in without_alone_arms(Sentence(doc, 0, len(text), [x1, y, x2]), read)]
    ['D2']
    """
    if not statements or not _MORE.search(sentence.text) or cues.FEWER.search(sentence.text):
        return statements
    text = sentence.document.text
    drugs = [d for d in sentence.of(*DRUGLIKE) if d.start >= sentence.start]
    compares = bool(_COMPARES.search(sentence.text))
    alone = {d.id for d in drugs if (compares and arm_comparators.given_alone(text, d)) or _ADDED_TO.search(
        text[max(sentence.start, d.start - 80) : d.start])}
    if not alone:
        return statements
    holders: dict[str, set[str]] = {}
    for s in statements:
        if s.predicate == "has_adverse_effect":
            holders.setdefault(s.object, set()).add(s.subject)
    return [s for s in statements if not (
        s.predicate == "has_adverse_effect" and s.subject in alone and holders[s.object] - alone)]
