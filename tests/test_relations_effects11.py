"""Side effects of trial arms in research news (session ten, effects11): whose events a sentence reports when it
names no drug, on texts written here."""

from __future__ import annotations

from tests.conftest import of, triples


def effects(text: str) -> set[tuple[str, str]]:
    """(drug, event) of each ``has_adverse_effect`` statement of a text."""
    return of(triples(text), "has_adverse_effect")


def test_events_of_a_trial_are_not_the_comparator_arms_own_drug() -> None:
    found = effects("In the phase III trial, 500 patients with melanoma were randomly assigned to receive dabrafenib "
                    "plus trametinib or vemurafenib alone. Survival was longer with the combination, compared with "
                    "30% of those who received vemurafenib alone. The most common adverse events in this trial were "
                    "fever, fatigue, and nausea.")
    assert {("dabrafenib", "fever"), ("trametinib", "fever"), ("trametinib", "nausea")} <= found
    assert not {d for d, _ in found} & {"vemurafenib"}


def test_events_more_common_with_the_combination_are_the_added_drugs() -> None:
    found = effects("In the trial, 800 patients with pancreatic cancer were randomly assigned to receive either "
                    "erlotinib plus gemcitabine or gemcitabine alone. Patients who received both drugs lived longer "
                    "than patients who received gemcitabine alone. Several side effects were more common among "
                    "patients who received the drug combination, including rash, diarrhea, and fatigue.")
    assert {("erlotinib", "rash"), ("erlotinib", "diarrhea"), ("erlotinib", "fatigue")} <= found
    assert not {d for d, _ in found} & {"gemcitabine"}


def test_events_of_the_arms_without_a_comparison_stay_each_drugs() -> None:
    found = effects("In the trial, 300 patients with breast cancer were randomly assigned to receive letrozole plus "
                    "palbociclib or letrozole alone. The most common side effects in the trial were neutropenia and "
                    "fatigue.")
    assert {("palbociclib", "neutropenia"), ("letrozole", "neutropenia")} <= found


def test_a_results_section_that_keeps_naming_the_combination_group_keeps_it_in_reach() -> None:
    results = " ".join(f"At visit {n}, the response rate was {40 + n} percent in the combination group and {20 + n} "
                       f"percent in the ADT-alone group." for n in range(20))
    found = effects("In the trial, 790 men with prostate cancer were randomly assigned to ADT alone or to combination "
                    f"therapy with ADT plus docetaxel. {results} Among the patients in the combination group, "
                    "2 percent had a treatment-related allergic reaction and 4 percent had grade 3 fatigue.")
    assert {("docetaxel", "fatigue"), ("adt", "fatigue"), ("docetaxel", "allergic reaction")} <= found


def test_a_symptom_the_combination_relieves_is_not_its_side_effect() -> None:
    found = effects("Patients were randomly assigned to receive erlotinib plus gemcitabine or gemcitabine alone. "
                    "Abdominal pain, the most common symptom, often improves in patients treated with the combination.")
    assert not found


def test_an_event_reported_for_the_combination_group_is_read_without_a_drug_in_its_sentence() -> None:
    found = effects("In the trial, 600 men with prostate cancer were randomly assigned to ADT alone or to combination "
                    "therapy with ADT plus docetaxel. Six percent of the men in the combination group had febrile "
                    "neutropenia.")
    assert {("docetaxel", "febrile neutropenia"), ("adt", "febrile neutropenia")} <= found
