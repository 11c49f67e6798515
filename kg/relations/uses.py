"""Use rules: ``treats``, ``approved_for`` and ``studied_for`` (investigational use)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.model import Mention, Statement
from kg.relations import cues
from kg.relations.sentence import Sentence, subject_of, text_between


def uses(sentence: Sentence) -> Iterator[Statement]:
    """``treats`` and ``approved_for``: "used to treat", "approved to treat:" lists, prior treatment."""
    text = sentence.document.text
    scope = sentence.lead_in + " " + sentence.text
    approved = bool(cues.APPROVE.search(scope))
    for disease in sentence.of("disease"):
        drug, outside = subject_of(sentence, disease, ("drug", "drug_class"))
        partners = _coordinated_before(sentence, drug) if drug is not None and not outside else []
        for partner in partners:
            between = text[partner.end : disease.start]
            if cues.APPROVE.search(between) and approved and not sentence.hedged_between(partner, disease):
                yield sentence.statement(partner, "approved_for", disease, "approval", 0.75)
            elif cues.TREAT.search(between):
                yield sentence.statement(partner, "treats", disease, "verb", 0.7)
        if drug is not None:
            between = text[drug.end : disease.start] if not outside else text[sentence.start : disease.start]
            cue = (sentence.lead_in if outside else "") + " " + between
            approval = approved and cues.APPROVE.search(cue) and not sentence.hedged_between(drug, disease)
            if approval:
                yield sentence.statement(drug, "approved_for", disease, "approval", 0.8, outside=outside)
            elif cues.TREAT.search(cue):
                yield sentence.statement(drug, "treats", disease, "verb", 0.75, outside=outside)
        chained: Mention | None = None
        for prior in sentence.of("drug"):
            starts = cues.PRIOR_TREATMENT.search(text[max(sentence.start, prior.start - 40) : prior.start])
            continues = chained is not None and cues.LIST_GLUE.match(text_between(text, chained, prior))
            if starts or continues:
                yield sentence.statement(prior, "treats", disease, "prior_treatment", 0.7)
                chained = prior
            else:
                chained = None


def _coordinated_before(sentence: Sentence, drug: Mention) -> list[Mention]:
    """Drugs coordinated with ``drug`` just before it ("Both ibrutinib and ofatumumab have been approved")."""
    text = sentence.document.text
    partners: list[Mention] = []
    current = drug
    for earlier in reversed([m for m in sentence.of("drug") if m.end <= drug.start]):
        if earlier.id == drug.id or not re.match(r"^\s*(?:,|,?\s*and)\s*$", text_between(text, earlier, current)):
            break
        partners.append(earlier)
        current = earlier
    return partners
