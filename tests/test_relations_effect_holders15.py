"""Side effects whose sentence or lead-in names its own holder (session fourteen, precision15): the events are
that holder's, not a drug's named before, on texts written here."""

from __future__ import annotations

from kg.relations.effect_holders import named_holder
from tests.conftest import of, triples


def effects(text: str) -> set[tuple[str, str]]:
    """(drug, event) of each ``has_adverse_effect`` statement of a text."""
    return of(triples(text), "has_adverse_effect")


def test_events_listed_under_a_herb_that_causes_them_are_not_the_drug_named_before() -> None:
    found = effects("Imatinib is a drug used to treat leukemia. Imatinib can cause side effects.\n\n"
                    "Some herbs are sold as supplements. Elm bark can cause many side effects, including the "
                    "following:\n\n- Headache.\n- Nausea.\n")
    assert not {e for d, e in found if d == "imatinib"} & {"headache", "nausea"}


def test_events_listed_as_complications_of_an_operation_are_not_the_drug_named_before() -> None:
    found = effects("Men may receive leuprolide before surgery. Leuprolide can cause side effects.\n\n"
                    "Complications of radical prostatectomy include the following:\n\n- Nausea.\n- Fatigue.\n")
    assert not {e for d, e in found if d == "leuprolide"} & {"nausea", "fatigue"}


def test_events_listed_under_the_drugs_own_side_effects_stay_its() -> None:
    found = effects("Imatinib is a drug used to treat leukemia.\n\nSide effects of imatinib include the following:"
                    "\n\n- Headache.\n- Nausea.\n")
    assert {("imatinib", "headache"), ("imatinib", "nausea")} <= found


def test_a_lead_in_that_refers_back_to_the_drug_keeps_its_events() -> None:
    found = effects("Imatinib is a drug used to treat leukemia.\n\nThis drug can cause side effects, such as the "
                    "following:\n\n- Headache.\n- Nausea.\n")
    assert {("imatinib", "headache"), ("imatinib", "nausea")} <= found


def test_events_of_any_grade_are_not_a_holder() -> None:
    found = effects("In the trial, patients with bladder cancer received erdafitinib. The most common adverse events "
                    "of any grade were nausea and fatigue.")
    assert {("erdafitinib", "nausea"), ("erdafitinib", "fatigue")} <= found


def test_effects_caused_by_the_drug_named_in_the_lead_in_stay_its() -> None:
    found = effects("Imatinib is a drug used to treat leukemia.\n\nCommon side effects caused by imatinib include:"
                    "\n\n- Headache.\n- Nausea.\n")
    assert {("imatinib", "headache"), ("imatinib", "nausea")} <= found


def test_the_drugs_action_or_a_kind_of_event_is_no_other_holder() -> None:
    assert named_holder("Lowering testosterone can cause problems such as:") is None
    assert named_holder("Low hormone levels may cause the following:") is None
    assert named_holder("The most common adverse events of any grade were:") is None
    assert named_holder("Side effects of the three-drug combination include:") is None
    assert named_holder("Cataracts can cause:") == "Cataracts"


def test_a_sentence_naming_another_agent_as_the_cause_is_not_the_drug_named_before() -> None:
    found = effects("Imatinib is used to treat leukemia. Imatinib can cause side effects. Some patients also use "
                    "herbal extracts. Side effects from the use of elm bark extracts include headache and nausea.")
    assert not {e for d, e in found if d == "imatinib"} & {"headache", "nausea"}


def test_a_drugs_own_events_stay_beside_another_agents() -> None:
    found = effects("Imatinib is used to treat leukemia. The most common side effects of imatinib are rash and "
                    "fatigue. Side effects from elm bark extracts include headache and nausea.")
    assert {("imatinib", "rash"), ("imatinib", "fatigue")} <= found
    assert not {e for d, e in found if d == "imatinib"} & {"headache", "nausea"}


def test_a_complication_of_a_procedure_named_inside_the_sentence_is_not_the_drug_named_before() -> None:
    found = effects("In the trial, patients were randomly assigned to receive doxorubicin or placebo. The most common "
                    "side effects were nausea and fatigue. A late complication primarily related to radiation therapy "
                    "is hypothyroidism.")
    assert ("doxorubicin", "nausea") in found
    assert ("doxorubicin", "hypothyroidism") not in found
