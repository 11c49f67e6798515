"""The word gates of kg.relations.word_gates hide no match: every text a gated cue matches holds one of its words,
so a statement read from a cue is read with the gate as without it."""

from __future__ import annotations

import re

import pytest
from conftest import shared_dir, triples

from kg.relations import combination_effects, context, cues, standard_arms, trial_arms
from kg.relations.word_gates import (
    COMPANION_LEAD_WORDS,
    INVESTIGATIONAL_WORDS,
    POOLED_STUDY_WORDS,
    GatedPattern,
    lowered,
    may_match,
)

_INVESTIGATIONAL = cues.INVESTIGATIONAL.pattern if isinstance(cues.INVESTIGATIONAL, GatedPattern) else (
    cues.INVESTIGATIONAL)
GATES = [(_INVESTIGATIONAL, INVESTIGATIONAL_WORDS), (context._POOLED_STUDY, POOLED_STUDY_WORDS),
         (cues.COMPANION_LEAD, COMPANION_LEAD_WORDS)] + [
    (gated.pattern, gated.words) for gated in (trial_arms._RANDOMISED_TO, standard_arms._STANDARD_BEFORE,
                                               combination_effects._COMBINATION_ARM)]

# one sentence (written for this test) for each way the investigational cue is worded
INVESTIGATIONAL_SENTENCES = [
    "It is being evaluated in adults.", "It is under investigation.", "An investigational drug.", "Testing it now.",
    "Doctors are now testing it.", "An experimental drug.", "Clinical trials using it.",
    "Clinical trials in adults evaluating it.", "Several trials are comparing it.", "The study will assess it.",
    "It is tested in clinical trials.", "It is used in clinical trials.", "It has also been investigated.",
    "Doctors continue to investigate it.", "Doctors want to find out if it works.",
    "More research is still needed.", "To further determine the efficacy of it.",
]


@pytest.mark.parametrize("sentence", INVESTIGATIONAL_SENTENCES)
def test_every_investigational_cue_passes_its_gate(sentence: str) -> None:
    assert _INVESTIGATIONAL.search(sentence)
    assert cues.INVESTIGATIONAL.search(sentence)
    assert may_match(lowered(sentence), INVESTIGATIONAL_WORDS)


def test_the_gated_cue_finds_what_the_pattern_finds_beyond_ascii() -> None:
    text = "Le médicament est being studied."  # not ASCII: searched as before, never gated
    assert lowered(text) is None
    assert cues.INVESTIGATIONAL.search(text) is not None


def test_a_studied_use_is_read_through_the_gate() -> None:
    found = triples("Imatinib is being studied in patients with glioma.")
    assert ("imatinib", "studied_for", "glioma") in found
    assert ("imatinib", "treats", "glioma") not in found


def test_corpus_sentences_matched_by_a_gated_cue_hold_one_of_its_words() -> None:
    from kg.documents import iter_document_paths, read_document
    from kg.sentences import sentence_spans

    root = shared_dir("corpus", "nci")
    checked = 0
    for path in iter_document_paths([root])[::10]:
        text = read_document(path, root=root).text
        for start, end in sentence_spans(text):
            sentence = text[start:end]
            for pattern, words in GATES:
                if re.Pattern.search(pattern, sentence):
                    checked += 1
                    assert may_match(lowered(sentence), words), (pattern.pattern[:40], sentence)
    assert checked > 100


def test_arm_cues_are_read_through_their_gates() -> None:
    assert ("imatinib", "treats", "glioma") in triples(
        "Adults with glioma were randomly assigned to receive imatinib or sunitinib.")
    assert trial_arms._RANDOMISED_TO.search("They were assigned at random to X") is not None
    assert standard_arms._STANDARD_BEFORE.search("compared with usual care with ") is not None
    assert combination_effects._COMBINATION_ARM.search("Patients taking the combination had rash.") is not None
