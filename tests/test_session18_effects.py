"""Session eighteen's side-effect readings (kg/relations/effect_passages.py, effect_monitoring.py,
event_glosses.py), on sentences written here: events ranked a few sentences after the drug's side effects were
spoken of, events a trial only watched for, and a definition of an event in parentheses."""

from __future__ import annotations

from tests.conftest import of, triples

_RANKED = (
    "Fatal events were rare, occurring in 2 percent of patients who received sunitinib, compared with 1 percent of "
    "patients who did not. The risk was higher in older patients.\n\n"
    "The most common fatal event was hemorrhage. Neutropenia, a drop in white blood cells that can lead to "
    "infections, was next, followed by stroke and other toxicities.\n"
)


def test_events_ranked_after_an_aside_are_the_side_effects_of_the_drug_spoken_of_before() -> None:
    effects = of(triples(_RANKED), "has_adverse_effect")
    assert {("sunitinib", "hemorrhage"), ("sunitinib", "neutropenia"), ("sunitinib", "stroke")} <= effects


def test_an_event_inside_the_gloss_of_a_ranked_event_is_not_ranked() -> None:
    assert ("sunitinib", "infections") not in of(triples(_RANKED), "has_adverse_effect")


def test_the_events_of_the_placebo_group_are_not_the_drugs() -> None:
    text = ("Grade 3 or higher adverse events occurred in 60 percent of patients in the regorafenib group. The most "
            "common adverse events were hypertension and fatigue. Grade 3 or higher adverse events occurred in 40 "
            "percent of patients in the placebo group. The most common were infection and anemia.\n")
    effects = of(triples(text), "has_adverse_effect")
    assert ("regorafenib", "hypertension") in effects
    assert ("regorafenib", "infection") not in effects


def test_events_a_trial_only_collected_are_no_side_effects() -> None:
    text = ("Women were assigned to receive hormone replacement therapy or no treatment. Ten women stopped hormone "
            "replacement therapy because of side effects. The investigators collected information on adverse "
            "events in both groups, including stroke and fracture.\n")
    effects = of(triples(text), "has_adverse_effect")
    assert not {e for e in effects if e[1] in ("stroke", "fracture")}


def test_events_a_trial_watched_for_and_saw_are_still_side_effects() -> None:
    text = ("Patients were monitored for side effects of cetuximab; rash occurred in 80 percent of them.\n")
    assert ("cetuximab", "rash") in of(triples(text), "has_adverse_effect")


def test_the_definition_of_an_event_in_parentheses_is_no_second_event() -> None:
    text = "Patients given ipilimumab had more colitis (swelling of the large intestine) than those given placebo.\n"
    effects = of(triples(text), "has_adverse_effect")
    assert ("ipilimumab", "colitis") in effects
    assert ("ipilimumab", "swelling") not in effects
