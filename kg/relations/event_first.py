"""``has_adverse_effect`` said with the event first and its drug after: "Peripheral neuropathy can be caused by
vincristine", "Hepatotoxicity has been reported with lapatinib", "Stroke is a rare risk of tamoxifen", "Many
patients get fatigue while taking everolimus", "Neutropenia was more common with the addition of docetaxel (to X)".

The side-effect rules of :mod:`kg.relations.effects` read a drug before its events ("X can cause A") or a sentence
with a side-effect word. A writer just as often opens with the event and names the drug in a passive or a report:
the words between the event (with the events coordinated before it) and the drug say the drug brought it on.
Only a connection that joins the two directly counts; "A may be caused by the cancer or by X" and "A is a symptom
of X" (no cause or report words) name nothing, and "to prevent A" never reaches a drug after it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.model import Statement
from kg.relations.sentence import DRUGLIKE, Sentence, glued_run

_AUX = (r"(?:(?:is|are|was|were|has|have|had|can|may|might|could|will)\s+)?(?:not\s+)?"
        r"(?:also\s+|often\s+|sometimes\s+|commonly\s+|frequently\s+|usually\s+|rarely\s+|occasionally\s+)?"
        r"(?:be\s+|been\s+)?")
_PATIENTS = r"(?:patients|people|women|men|children|adults|participants|those)"
_ON_DRUG = (r"(?:(?:who\s+(?:take|took|takes|receive|received|get|got|are\s+given|were\s+given|are\s+treated\s+with|"
            r"were\s+treated\s+with)|taking|receiving|given|treated\s+with|on)\s+)")
# the words from an event to the drug that brought it on
_EVENT_TO_DRUG = re.compile(
    r"^\s*(?:\([^()]{1,60}\)\s*)?" + _AUX + r"(?:"
    # "can be caused by X", "is sometimes induced by X"
    r"(?:caused|induced|brought\s+on|triggered)\s+by|"
    # "has been reported with X", "was seen in patients taking X", "was observed in 12% of people who received X"
    r"(?:reported|seen|observed|noted|described)\s+(?:with|in\s+(?:[\w.%]+\s+){0,4}" + _PATIENTS + r"\s+" + _ON_DRUG
    + r")|"
    # "is a known risk of X", "is a rare but serious complication of X", "is a possible side effect of taking X"
    r"(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?:risk|complication|side[- ]effect|adverse\s+(?:effect|event|reaction)|"
    r"toxicity)\s+(?:of|from|with)|"
    # "A was more common with the addition of X (to Y)", "A occurred more often after the addition of X"
    r"(?:[^.;:]{0,80}?\s)?(?:with|after|from|following)\s+the\s+addition\s+of|"
    # "Many patients get fatigue while taking X", "A may develop during treatment with X"
    r"(?:[^.;:]{0,20}\s)?(?:while|when|during|after|soon\s+after)\s+(?:(?:you|they|patients|people)\s+)?"
    r"(?:(?:are|were|is)\s+)?(?:taking|take|took|receiving|receive|getting|using|on|treatment\s+with|"
    r"therapy\s+with|starting)"
    r")\s+(?:the\s+)?(?:use\s+of\s+|treatment\s+with\s+|taking\s+)?(?:certain\s+|some\s+)?"
    r"(?:(?:types?|kinds?|forms?)\s+of\s+)?$",
    re.I)
# a "while taking X" connection says the drug brought the event on only after a verb of getting it
_GOT_EVENT = re.compile(r"\b(?:experienc\w*|develop\w*|get|gets|got|getting|notice\w*|report\w*|feel|feels|felt|"
                        r"occur\w*|happen\w*|appear\w*)\b", re.I)
_ADDITION = re.compile(r"\baddition\s+of\s+(?:the\s+)?$", re.I)
_MORE = re.compile(r"\b(?:more|higher|greater|increased?|excess)\b", re.I)
_SAME = re.compile(r"\b(?:similar|same|comparable|no|not|without)\b", re.I)
_WHILE = re.compile(r"\b(?:while|when|during|after)\b", re.I)
# "... to prevent A while taking X", "the risk of A ... is lower": what is kept away is no side effect
_KEPT_AWAY = re.compile(r"\b(?:prevent\w*|treat\w*|manag\w*|reliev\w*|control\w*|reduc\w*|lower\w*|less|fewer|"
                        r"avoid\w*|symptoms?\s+of|signs?\s+of)\b", re.I)


def event_first(sentence: Sentence) -> Iterator[Statement]:
    """``has_adverse_effect`` for an event (and those coordinated before it) joined to a drug after it by a
    passive, a report or a "while taking".

    >>> from kg.documents import parse_document
    >>> from kg.model import Mention
    >>> doc = parse_document("Peripheral neuropathy can be caused by vincristine.", "x.md")
    >>> ms = [Mention(doc.id, 0, 21, "Peripheral neuropathy", "A1", "neuropathy", "adverse_event", "dictionary", 0.9),
    ...       Mention(doc.id, 39, 50, "vincristine", "D1", "vincristine", "drug", "dictionary", 0.9)]
    >>> [(s.subject, s.predicate, s.object) for s in event_first(Sentence(doc, 0, 51, ms))]
    [('D1', 'has_adverse_effect', 'A1')]
    """
    events = sorted(sentence.of("adverse_event"), key=lambda e: e.start)
    drugs = [d for d in sentence.of(*DRUGLIKE) if d.start >= sentence.start]
    if not events or not drugs:
        return
    text = sentence.document.text
    while events:
        run = glued_run(text, events)
        events = events[len(run):]
        last = run[-1]
        drug = next((d for d in drugs if d.start >= last.end), None)
        if drug is None:
            continue
        between = text[last.end : drug.start]
        if not _EVENT_TO_DRUG.match(between) or re.search(r"\bnot\b", between, re.I):
            continue
        opening = text[sentence.start : run[0].start]
        if _ADDITION.search(between) and (not _MORE.search(between) or _SAME.search(between)):
            continue  # "toxicity was similar with the addition of X": the added drug brought no more of it
        if _WHILE.search(between) and not _GOT_EVENT.search(opening + between):
            continue  # "Patients who had fatigue when starting X": a condition they came with
        if _KEPT_AWAY.search(opening[-40:] + between):
            continue  # "Ondansetron is used to prevent nausea during treatment with cisplatin"
        for event in run:
            yield sentence.statement(drug, "has_adverse_effect", event, "event_first", 0.7)
