"""Quantitative trial results read from text: medians with units per arm, hazard ratios, response rates.

"the median progression-free survival was 7.4 months compared with 3.2 months for those who received
exemestane alone" gives two :class:`TrialResult` records for the endpoint, one per arm, with the value, the
unit, the arm as written and the drugs named in it. Results attach to the trial the sentence (or the
document, when it names exactly one trial) is about; without a trial they are kept with the document.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from kg.model import Document, Mention
from kg.regex_prefilter import prefilter_patterns
from kg.sentences import document_sentences, mentions_within

_NUMBER = r"(\d+(?:\.\d+)?)"
_VALUE = re.compile(rf"{_NUMBER}\s?(months?|weeks?|years?|days?|%|percent)\b")
_HAZARD = re.compile(rf"\bhazard ratio\b[^.;0-9]{{0,40}}?{_NUMBER}", re.I)
_MEDIAN = re.compile(r"\bmedian\b", re.I)
_RATE = re.compile(r"\b(response|remission|survival|rate)\b", re.I)
_ARM_AFTER = re.compile(
    r"^\s*(?:of patients\s+)?(?:for|in|among|with)\s+(?:the\s+)?(?:(?:women|men|patients|people|participants|those|"
    r"children|adults)\s+)?(?:who\s+(?:received|took|were given|got|were treated with)|treated with|receiving|"
    r"given)\s+([^,;]+?)(?=[,;]|$|\s+(?:compared|versus|vs\b|and\s+\d))",
    re.I,
)
_ARM_BEFORE = re.compile(
    r"(?:(?:for|in|among)\s+(?:the\s+)?(?:(?:women|men|patients|people|participants|those|children|adults)\s+)?|"
    r"(?:women|men|patients|people|participants|those|children|adults)\s+)"
    r"(?:who\s+(?:received|took|were given|got|were treated with)|treated with|receiving|given)\s+"
    r"([^,;]+?)(?:,|\s+(?:had|lived|experienced|showed|was|were))[^,;]*$",
    re.I,
)


@dataclass(frozen=True)
class TrialResult:
    """One number a trial reported: the measure of an endpoint in an arm, with its evidence.

    >>> r = TrialResult("clinicaltrials:NCT00863655", "KG:endpoint/progression-free-survival", "median", 7.4,
    ...                 "months", "exemestane alone", ("NCIT:C1097",), "doc", "…", 0, 10)
    >>> r.value, r.unit
    (7.4, 'months')
    """

    trial: str
    endpoint: str
    measure: str
    value: float
    unit: str
    arm: str
    arm_drugs: tuple[str, ...]
    doc: str
    sentence: str
    start: int
    end: int

    @property
    def id(self) -> str:
        """A content-derived identifier for the result."""
        key = f"{self.doc}|{self.start}|{self.trial}|{self.endpoint}|{self.measure}|{self.value}|{self.arm}"
        return "r" + hashlib.sha1(key.encode()).hexdigest()[:16]


def _unit(raw: str) -> str:
    raw = raw.lower()
    if raw in ("%", "percent"):
        return "percent"
    return raw if raw.endswith("s") else raw + "s"


def _arm_drugs(mentions: Sequence[Mention], start: int, end: int) -> tuple[str, ...]:
    return tuple(sorted({m.id for m in mentions if m.type == "drug" and m.start >= start and m.end <= end}))


def extract_results(document: Document, mentions: Sequence[Mention]) -> list[TrialResult]:
    """Trial results stated in a document.

    >>> from kg.documents import parse_document
    >>> text = ("In the trial NCT00863655, the median progression-free survival was 7.4 months compared with "
    ...         "3.2 months for those who received exemestane alone.")
    >>> doc = parse_document(text, "x.md")
    >>> ms = [Mention(doc.id, 13, 24, "NCT00863655", "clinicaltrials:NCT00863655", "NCT00863655", "trial",
    ...               "identifier", 0.99),
    ...       Mention(doc.id, 37, 62, "progression-free survival", "KG:endpoint/progression-free-survival",
    ...               "progression-free survival", "endpoint", "pattern", 0.85)]
    >>> [(r.measure, r.value, r.unit, r.arm) for r in extract_results(doc, ms)]
    [('median', 7.4, 'months', ''), ('median', 3.2, 'months', 'exemestane alone')]
    """
    trials_in_doc = sorted({m.id for m in mentions if m.type == "trial"})
    results: list[TrialResult] = []
    last_trial = trials_in_doc[0] if len(trials_in_doc) == 1 else ""
    by_start = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in by_start]
    for start, end in document_sentences(document.text):
        sentence = document.text[start:end]
        here = mentions_within(by_start, starts, start, end)
        trials = [m.id for m in here if m.type == "trial"]
        if trials:
            last_trial = trials[0]
        endpoints = [m for m in here if m.type == "endpoint"]
        if not endpoints:
            continue
        trial = trials[0] if trials else last_trial
        results.extend(_hazard_ratios(document, sentence, start, end, endpoints, trial))
        for endpoint in endpoints:
            following = [e for e in endpoints if e.start > endpoint.start]
            stop = following[0].start if following else end
            window = document.text[endpoint.end : stop]
            if not _MEDIAN.search(document.text[max(start, endpoint.start - 12) : endpoint.end]) and not (
                _RATE.search(endpoint.text) and ("%" in window or "percent" in window)
            ):
                continue
            measure = "median" if _MEDIAN.search(document.text[max(start, endpoint.start - 12) : endpoint.end]) \
                else "rate"
            values = list(_VALUE.finditer(window))
            for value in values:
                if (measure == "median") == (_unit(value.group(2)) == "percent"):
                    continue
                after = document.text[endpoint.end + value.end() : stop]
                arm_match = _ARM_AFTER.match(after)
                arm, arm_start, arm_end = "", 0, 0
                if arm_match:
                    arm = arm_match.group(1).strip().rstrip(".")
                    arm_start = endpoint.end + value.end() + arm_match.start(1)
                    arm_end = arm_start + len(arm_match.group(1))
                elif value is values[0]:
                    before = _ARM_BEFORE.search(document.text[start : endpoint.start])
                    if before:
                        arm = before.group(1).strip().rstrip(".")
                        arm_start, arm_end = start + before.start(1), start + before.end(1)
                results.append(
                    TrialResult(
                        trial=trial,
                        endpoint=endpoint.id,
                        measure=measure,
                        value=float(value.group(1)),
                        unit=_unit(value.group(2)),
                        arm=arm,
                        arm_drugs=_arm_drugs(mentions, arm_start, arm_end) if arm else (),
                        doc=document.id,
                        sentence=sentence,
                        start=start,
                        end=end,
                    )
                )
    return results


def _hazard_ratios(
    document: Document, sentence: str, start: int, end: int, endpoints: Sequence[Mention], trial: str
) -> list[TrialResult]:
    found = []
    for match in _HAZARD.finditer(sentence):
        endpoint = endpoints[0]
        for candidate in endpoints:
            if candidate.start - start < match.start():
                endpoint = candidate
        found.append(TrialResult(trial, endpoint.id, "hazard_ratio", float(match.group(1)), "ratio", "",
                                 (), document.id, sentence, start, end))
    return found


prefilter_patterns(globals())  # the same matches, scanned faster (see kg.regex_prefilter)
