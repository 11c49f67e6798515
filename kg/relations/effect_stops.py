"""``has_adverse_effect`` read from a drug stopped, paused or cut back because of an event: "Some patients stopped
taking lapatinib because of diarrhea", "Sorafenib was discontinued in 10 patients due to hand-foot skin reaction",
"7 percent of patients receiving X discontinued treatment because of an infusion reaction".

Trial reports name a drug's worst side effects by what they made patients or doctors do with the drug. The event
after "because of" / "due to" (and the events coordinated with it) belongs to the drugs named before the stopping
verb: those of the arm that stopped it, never a comparator ("compared with those receiving Y alone") nor a drug of
a sentence that says fewer stopped ("Fewer patients taking X stopped treatment because of A").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.model import Statement
from kg.relations import arm_comparators, cues
from kg.relations.sentence import DRUGLIKE, Sentence, glued_run

# a stopping, pausing or cutting back of treatment, then the cause of it, ending where the event begins
_STOPPED_BECAUSE = re.compile(
    r"\b(?:stop(?:s|ped|ping)?|discontinu\w*|quit|halt\w*|interrupt\w*|withdr[ae]w\w*|suspend\w*|"
    r"(?:lower|reduc|decreas)\w*\s+(?:the\s+|their\s+|his\s+|her\s+)?doses?|dose\s+(?:reductions?|interruptions?|"
    r"delays?)|doses?\s[^.;]{0,50}?\b(?:lowered|reduced|decreased|cut|held|delayed))\b[^.;]{0,80}?\b(?:because\s+of|due\s+to|owing\s+to|as\s+a\s+result\s+of)\s+"
    r"(?:an?\s+|the\s+)?(?:(?:severe|serious|grade\s+[1-5](?:\s+or\s+(?:higher|[1-5]))?|treatment-related|"
    r"drug-related|high-grade|side\s+effects?\s+(?:such\s+as|like|including))\s+)*$",
    re.I)
# "No patient stopped X because of A", "did not have to stop X because of A"
_NONE = re.compile(r"\b(?:no|none|not|never|neither|nor|without)\b", re.I)


def stopped_for_effects(sentence: Sentence) -> Iterator[Statement]:
    """``has_adverse_effect`` for the events a drug was stopped, paused or reduced because of.

    >>> from kg.documents import parse_document
    >>> from kg.model import Mention
    >>> doc = parse_document("Some patients stopped taking lapatinib because of diarrhea.", "x.md")
    >>> ms = [Mention(doc.id, 29, 38, "lapatinib", "D1", "lapatinib", "drug", "dictionary", 0.9),
    ...       Mention(doc.id, 50, 58, "diarrhea", "A1", "diarrhea", "adverse_event", "dictionary", 0.9)]
    >>> [(s.subject, s.predicate, s.object) for s in stopped_for_effects(Sentence(doc, 0, 59, ms))]
    [('D1', 'has_adverse_effect', 'A1')]
    """
    events = sorted(sentence.of("adverse_event"), key=lambda e: e.start)
    if not events:
        return
    text = sentence.document.text
    while events:
        run = glued_run(text, events)
        events = events[len(run):]
        opening = text[sentence.start : run[0].start]
        stop = _STOPPED_BECAUSE.search(opening)
        if stop is None or _NONE.search(opening) or cues.FEWER.search(opening):
            continue  # "no patient stopped X because of A"; "fewer patients taking X stopped ... because of A"
        stop_at = sentence.start + stop.start()
        drugs = [d for d in sentence.of(*DRUGLIKE) if sentence.start <= d.start < run[0].start]
        if not drugs and sentence.antecedent is not None:
            drugs = [sentence.antecedent]  # "The drug was stopped because of A"
        for drug in drugs:
            if drug.start >= sentence.start and (arm_comparators.is_comparator(text, sentence.start, drug) or (
                    drug.start > stop_at and not _stops_this(text[stop_at : drug.start]))):
                continue  # a comparator, or a drug named after the stopping that is not what was stopped
            for event in run:
                yield sentence.statement(drug, "has_adverse_effect", event, "stopped_because", 0.7,
                                         outside=drug.start < sentence.start)


def _stops_this(between: str) -> bool:
    """Whether a drug right after a stopping verb is what was stopped: "stopped taking X", "discontinued X",
    "halted treatment with X"."""
    return bool(re.fullmatch(r"\w+\s+(?:(?:taking|using|receiving|treatment\s+with|therapy\s+with|the\s+drug|of)\s+)?"
                             r"(?:the\s+)?", between, re.I))
