"""``has_adverse_effect`` with the event first and its causes listed after it, some of them no drug: "Mucositis may
be caused by either radiation therapy or chemotherapy", "Damage to the lung caused by radiation therapy or
chemotherapy", "Peripheral neuropathy is a common toxic effect of chemotherapy", "Changes in taste are common during
chemotherapy and radiation therapy", and the causes named as what a kind of treatment includes: "Cancer treatments
that may cause pruritus include chemotherapy, radiation therapy, and immunotherapy".

:mod:`kg.relations.event_first` reads a drug right after the passive or report that joins it to its event. Side-effect
pages list the treatments that bring an event on together, procedures among them (radiation therapy, surgery, a
transplant), so the drug or class is often not the first cause named. Here every drug or class in the coordinated
list of causes gets the event; the list ends where a clause starts ("... or cancer that has spread", "... will
heal by itself").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.model import Mention, Statement
from kg.relations.sentence import DRUGLIKE, Sentence, glued_run

_AUX = (r"(?:(?:also|often|sometimes|usually|commonly|frequently|most\s+often)\s+)?"
        r"(?:(?:is|are|was|were|can|may|might|could)\s+)?(?:also\s+|often\s+|sometimes\s+|usually\s+|commonly\s+)?"
        r"(?:be\s+)?")
# from an event to the list of what brings it on
_EVENT_TO_CAUSES = re.compile(
    r"^\s*(?:\([^()]{1,60}\)\s*)?(?:,\s*)?" + _AUX + r"(?:"
    # "may be caused by", "caused by", "can be brought on by", "may result from"
    r"(?:caused|induced|brought\s+on|triggered)\s+by|(?:results?|resulting|resulted)\s+from|"
    # "is a common toxic effect of", "is a known side effect of", "is a late effect of"
    r"(?:an?|the)\s+(?:(?:common|frequent|rare|known|possible|serious|well-known|major)\s+){0,2}"
    r"(?:toxic|side|adverse|late|long-term)\s+effects?\s+of|"
    # "are common during", "is frequent after"
    r"(?:very\s+|quite\s+)?(?:common|frequent)\s+(?:during|with|after)"
    r")\s+(?:treatment\s+with\s+|the\s+use\s+of\s+)?(?:either\s+|both\s+)?",
    re.I)
# "Cancer treatments that may cause A include": the event of a relative clause whose kind the causes are
_KIND_CAUSES = re.compile(r"\b(?:that|which)\s+(?:may\s+|can\s+|might\s+|could\s+|often\s+|commonly\s+)?"
                          r"(?:also\s+)?(?:cause|lead\s+to|induce|bring\s+on|trigger)\s+$", re.I)
_KIND_TO_CAUSES = re.compile(r"^\s*(?:include|includes|included|are)\s+(?:the\s+following:?\s*)?", re.I)
# a cause of the list that is no drug: a few words ("radiation therapy", "a collapsed lung") before list glue
_OTHER_CAUSES = re.compile(
    r"^(?:(?:an?\s+|the\s+)?[\w'-]+(?:\s+[\w'-]+){0,4}?\s*(?:\([^()]{1,40}\)\s*)?"
    r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:either\s+|both\s+)?)*(?:an?\s+|the\s+)?$", re.I)
# between two causes of the list: glue, maybe with other causes (and a bracketed aside) between
_BETWEEN_CAUSES = re.compile(
    r"^\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*(?:and\s+|or\s+)?|\s*(?:and|or)\s+)"
    r"(?:(?:an?\s+|the\s+)?[\w'-]+(?:\s+[\w'-]+){0,4}?\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))*"
    r"(?:an?\s+|the\s+)?$", re.I)
_NEGATED = re.compile(r"\b(?:not|never|rarely|seldom)\b", re.I)


def listed_causers(sentence: Sentence) -> Iterator[Statement]:
    """``has_adverse_effect`` for an event (and those coordinated with it) and each drug or class in the list of
    causes after it.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("Mucositis may be caused by either radiation therapy or chemotherapy.", "x.md")
    >>> ms = [Mention(doc.id, 0, 9, "Mucositis", "A1", "mucositis", "adverse_event", "dictionary", 0.9),
    ...       Mention(doc.id, 55, 67, "chemotherapy", "C1", "chemotherapy", "drug_class", "dictionary", 0.9)]
    >>> [(s.subject, s.predicate, s.object) for s in listed_causers(Sentence(doc, 0, 68, ms))]
    [('C1', 'has_adverse_effect', 'A1')]
    """
    events = sorted(sentence.of("adverse_event"), key=lambda e: e.start)
    drugs = sorted((d for d in sentence.of(*DRUGLIKE) if d.start >= sentence.start), key=lambda d: d.start)
    if not events or not drugs:
        return
    text = sentence.document.text
    while events:
        run = glued_run(text, events)
        events = events[len(run):]
        before = text[sentence.start : run[0].start]
        if _NEGATED.search(before[-30:]):
            continue
        after = text[run[-1].end : sentence.end]
        cue = _EVENT_TO_CAUSES.match(after)
        if cue is None and _KIND_CAUSES.search(before):
            cue = _KIND_TO_CAUSES.match(after)
        if cue is None:
            continue
        for drug in _causes(text, run[-1].end + cue.end(), drugs):
            for event in run:
                yield sentence.statement(drug, "has_adverse_effect", event, "event_first", 0.65)


def _causes(text: str, start: int, drugs: list[Mention]) -> list[Mention]:
    """The drugs and classes of the list of causes that starts at ``start``: the first after a few other causes at
    most, and each joined to the one before by list glue (other causes may come between)."""
    found: list[Mention] = []
    end = start
    for drug in drugs:
        if drug.start < end:
            continue
        gap = text[end : drug.start]
        if not (_OTHER_CAUSES.match(gap) if not found else _BETWEEN_CAUSES.match(gap)):
            break
        found.append(drug)
        end = drug.end
    return found
