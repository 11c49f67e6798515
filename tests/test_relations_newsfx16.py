"""Side effects in research news (session fifteen, newsfx16), on texts written here."""

from __future__ import annotations

from tests.conftest import of, triples


def effects(text: str) -> set[tuple[str, str]]:
    """(drug, event) of each ``has_adverse_effect`` statement of a text."""
    return of(triples(text), "has_adverse_effect")


# -- side effects named as a change in a measurement (kg.linking.change_events) ---------------------------------


def test_a_decrease_in_a_blood_count_is_a_side_effect() -> None:
    found = effects("The most common serious side effects of sunitinib were fatigue and a decrease in platelet count.")
    assert ("sunitinib", "decrease in platelet count") in found


def test_elevations_and_drops_name_their_side_effects() -> None:
    found = effects("Sorafenib can cause elevations of liver enzymes and drops in blood pressure.")
    assert {("sorafenib", "elevations of liver enzymes"), ("sorafenib", "drops in blood pressure")} <= found


def test_a_lost_organ_function_is_a_side_effect() -> None:
    found = effects("Cisplatin can have serious side effects, including hearing loss and damage to kidney function.")
    assert ("cisplatin", "damage to kidney function") in found


def test_a_change_the_drug_is_given_for_or_that_is_denied_is_none() -> None:
    found = effects("Patients given megestrol had an increase in appetite, and there was no increase in platelet count "
                    "with letrozole.")
    assert not found


def test_a_change_inside_a_longer_noun_phrase_is_not_the_shorter_measurement() -> None:
    found = effects("Patients who took thalidomide had a reduction in weight loss compared with placebo.")
    assert not found


# -- cancers and immune-related events named as side effects (kg.linking.neoplasm_events, adverse_events) --------


def test_a_cancer_listed_with_side_effects_after_a_cue_is_one_though_treatment_came_before() -> None:
    found = effects("Analyses of adverse events during treatment showed that women who took raloxifene were more "
                    "likely to develop blood clots, ovarian cancer or cysts, and leg cramps.")
    assert ("raloxifene", "ovarian cancer") in found


def test_side_effects_of_treatment_for_a_cancer_do_not_make_it_one() -> None:
    found = effects("Side effects of treatment for breast cancer with letrozole include hot flashes.")
    assert ("letrozole", "breast cancer") not in found


def test_immune_related_side_effects_are_an_adverse_event() -> None:
    found = effects("Patients treated with pembrolizumab should be watched for immune-related side effects.")
    assert ("pembrolizumab", "immune-related side effects") in found


# -- a trial arm's drug after its schedule (kg.relations.effect_cues.ARM_BEFORE) ---------------------------------


def test_an_arm_named_with_its_schedule_had_its_side_effect() -> None:
    found = effects("Women who received daily anastrozole had a greater decrease in bone mineral density than women "
                    "who received placebo.")
    assert ("anastrozole", "decrease in bone mineral density") in found


def test_the_placebo_arm_with_a_schedule_has_none() -> None:
    found = effects("Women who received daily placebo had more hot flashes than those who received anastrozole.")
    assert ("placebo", "hot flashes") not in found
