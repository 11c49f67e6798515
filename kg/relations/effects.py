"""``has_adverse_effect``: adverse events in a sentence that speaks of a drug's side effects."""

from __future__ import annotations

from collections.abc import Iterator

from kg.model import Statement
from kg.relations import cues
from kg.relations.sentence import DRUGLIKE, Sentence


def side_effects(sentence: Sentence, previous: Sentence | None) -> Iterator[Statement]:
    """``has_adverse_effect``: adverse events in a sentence that speaks of side effects of a drug, or in a
    list item under a side-effect lead-in."""
    if not cues.SIDE_EFFECT.search(sentence.text):
        if sentence.lead_in and cues.SIDE_EFFECT.search(sentence.lead_in):
            # a bulleted item under "Common side effects of X include:" (X from the lead-in or the
            # paragraph before it) is a side effect of X
            for event in sentence.of("adverse_event"):
                for drug in sentence.lead_subjects:
                    yield sentence.statement(drug, "has_adverse_effect", event, "list", 0.7, outside=True)
        return
    drugs = sentence.of(*DRUGLIKE) or (previous.of(*DRUGLIKE)[-1:] if previous else [])
    if not drugs and sentence.antecedent is not None:
        drugs = [sentence.antecedent]
    for event in sentence.of("adverse_event"):
        for drug in drugs:
            outside = drug.start < sentence.start
            yield sentence.statement(drug, "has_adverse_effect", event, "side_effect_cue", 0.7, outside=outside)
