"""``approved_for`` stated without the disease: "Based on these results, the FDA approved nivolumab in 2014."

A trial report names the disease once and then says the drug was approved, or is already approved, without
naming it again. The approval is for the disease the paragraph speaks of (or the page title's single disease), as
:meth:`kg.relations.standard_arms.StandardArms.disease_before` finds it. Approvals elsewhere ("in Europe"), hoped
for ("if approved", "submitted an application"), denied or withdrawn, or for a remedy ("to prevent nausea") are
not read.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator

from kg.model import Mention, Statement
from kg.regex_prefilter import prefilter_patterns
from kg.relations.sentence import Sentence, glued_run
from kg.relations.standard_arms import StandardArms

# "X was approved", "X (Brand) is already approved", "X has been approved"
_APPROVED_AFTER = re.compile(
    r"[®™]?\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*)?(?:was|is|has\s+been|had\s+been|were|are|have\s+been)\s+"
    r"(?:also\s+|already\s+|first\s+|now\s+|since\s+)?approved\b", re.I)
# "the FDA approved X", "the Food and Drug Administration (FDA) granted accelerated approval to X"
_APPROVED_BEFORE = re.compile(
    r"\b(?:FDA|Food\s+and\s+Drug\s+Administration(?:\s+\(FDA\))?)\s+(?:\w+\s+){0,2}?"
    r"(?:approved|granted\s+(?:\w+\s+)?approval\s+(?:to|for))\s+(?:the\s+)?(?:(?:drug|agent)\s+)?$", re.I)
# approvals the text does not state as given for the disease: elsewhere, hoped for, denied, withdrawn, a remedy
_NOT_THIS_APPROVAL = re.compile(
    r"\b(?:not|no\s+longer|never|withdr[ae]w\w*|revok\w*|rescind\w*|if|whether|would|could|might|expect\w*|hope\w*|"
    r"seek\w*|submitted|application|pending|Europe\w*|Japan\w*|Canad\w*|China|prevent\w*|reduc\w*|before|until|"
    r"other|another|prophyla\w*|assess\w*|diagnos\w*|imaging|detect\w*|PET)\b|"
    # "approved X for patients with tumors bearing an NTRK gene fusion": any cancer with the marker, not this one
    r"\btumou?rs\s+(?:bearing|with|that\s+(?:have|harbou?r)|harbou?ring)\b", re.I)


def bare_approvals(sentence: Sentence, arms: StandardArms) -> Iterator[Statement]:
    """``approved_for`` for a drug a sentence naming no disease says was approved, with the paragraph's disease.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("Patients had melanoma. The FDA approved X in 2014.", "x.md")
    >>> t = doc.text
    >>> melanoma = Mention("x", 13, 21, "melanoma", "C1", "melanoma", "disease", "d", 0.9)
    >>> first = Sentence(doc, 0, 22, [melanoma])
    >>> second = Sentence(doc, 23, len(t), [Mention("x", t.index("X"), t.index("X") + 1, "X", "D1", "x", "drug",
    ...                                              "d", 0.9)])
    >>> arms = StandardArms([])
    >>> arms.advance(first)
    >>> [(s.subject_text, s.predicate, s.object_text) for s in bare_approvals(second, arms)]
    [('X', 'approved_for', 'melanoma')]
    """
    if not sentence.of("drug") or sentence.of("disease") or _NOT_THIS_APPROVAL.search(sentence.text):
        return  # (the drugs approved are drugs of the sentence)
    drugs = _approved_drugs(sentence)
    if not drugs:
        return
    found, start = arms.disease_before(sentence)
    wider = copy.copy(sentence)
    wider.context_start = min(sentence.context_start, start)
    for disease in found:
        for drug in drugs:
            yield wider.statement(drug, "approved_for", disease, "approval", 0.6, outside=True)


def _approved_drugs(sentence: Sentence) -> list[Mention]:
    """The drugs the sentence says were approved: after "the FDA approved", or before "was approved"."""
    text = sentence.document.text
    drugs = [m for m in sentence.of("drug") if m.name_kind != "brand"]
    for index, drug in enumerate(drugs):
        if _APPROVED_BEFORE.search(text[max(sentence.start, drug.start - 80) : drug.start]):
            return glued_run(text, drugs[index:])
        if _APPROVED_AFTER.match(text, drug.end):
            return [drug]
    return []


prefilter_patterns(globals())  # the same matches, scanned faster (see kg.regex_prefilter)
