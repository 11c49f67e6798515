"""Trial rules: ``tested_in_trial``, ``trial_studies_disease`` and ``sponsored_by``."""

from __future__ import annotations

from collections.abc import Iterator

from kg.model import Mention, Statement
from kg.relations import cues
from kg.relations.sentence import Sentence


def trials(sentence: Sentence, previous: Sentence | None) -> Iterator[Statement]:
    """``tested_in_trial`` and ``trial_studies_disease`` from a trial named with drugs or diseases in the
    same sentence, or in the sentence before ("Findings from the trial, called BOLERO 2, ...")."""
    named = sentence.of("trial")
    if not named:
        return
    drugs, diseases = sentence.of("drug"), sentence.of("disease")
    outside = False
    text = sentence.document.text
    introduced = all(cues.NEW_TRIAL_BEFORE.search(text[sentence.start : trial.start]) for trial in named) and not (
        cues.RESULTS_OF.search(sentence.text))
    if previous is not None and cues.TRIAL_WORD.search(sentence.text) and not introduced:
        # "An NCI-supported study called MyeloMATCH is now enrolling ...": a trial brought in as new is not where
        # the drugs of the sentence before were given (but "The approval was based on results of a trial called X")
        if not drugs:
            drugs, outside = previous.of("drug"), True
        if not diseases:
            diseases, outside = previous.of("disease"), True
    if outside and previous is not None:
        sentence.context_start = previous.start
    for trial in named:
        for drug in drugs:
            yield sentence.statement(drug, "tested_in_trial", trial, "trial_context", 0.7, outside=outside)
        for disease in diseases:
            yield sentence.statement(trial, "trial_studies_disease", disease, "trial_context", 0.7, outside=outside)


def sponsors(sentence: Sentence, recent_trials: list[Mention]) -> Iterator[Statement]:
    """``sponsored_by``: "supported by Novartis" with a trial in the sentence or named just before."""
    passive = cues.SPONSOR.search(sentence.text)
    cue = passive or cues.SPONSOR_ACTIVE.search(sentence.text)
    if cue is None:
        return
    named = sentence.of("trial") or recent_trials[-1:]
    cue_start, cue_end = sentence.start + cue.start(), sentence.start + cue.end()
    # "supported by X": the sponsor follows the cue; "X funded the trial": it comes before
    joined = not passive and cues.ALONG_WITH.match(sentence.document.text[cue_end : sentence.end])
    sponsors_here = [o for o in sentence.of("organization")
                     if (passive and cue_end <= o.start <= cue_end + 60)
                     or (not passive and cue_start - 80 <= o.end <= cue_start)
                     or (joined and cue_end <= o.start <= cue_end + 80)]  # "X funded the trial, along with Y"
    for organization in sponsors_here:
        for trial in named:
            yield sentence.statement(trial, "sponsored_by", organization, "sponsor_cue", 0.75,
                                     outside=trial.start < sentence.start)
