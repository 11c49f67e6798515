"""Class-level side effects on treatment-type and side-effect pages (session nineteen, classpages19), on texts
written here: an event named first with its causes listed after it, procedures among them, and "can bring on"."""

from __future__ import annotations

from tests.conftest import of, triples


def effects(text: str) -> set[tuple[str, str]]:
    """(drug or class, event) of each ``has_adverse_effect`` statement of a text."""
    return of(triples(text), "has_adverse_effect")


def test_a_class_named_after_a_procedure_among_the_causes_gets_the_event() -> None:
    assert ("chemotherapy", "pleural effusion") in effects(
        "Pleural effusion also may be caused by radiation therapy, chemotherapy, or a collapsed lung.")
    assert ("chemotherapy", "peripheral neuropathy") in effects(
        "Peripheral neuropathy caused by surgery or chemotherapy can last for years.")


def test_each_class_of_the_causes_gets_the_event_and_the_procedure_none() -> None:
    found = effects("Cancer treatments that may cause pruritus include chemotherapy, radiation therapy, and "
                    "immunotherapy.")
    assert {("chemotherapy", "pruritus"), ("immunotherapy", "pruritus")} <= found
    assert not {s for s, _ in found} - {"chemotherapy", "immunotherapy"}


def test_a_toxic_effect_of_and_common_during_name_the_cause() -> None:
    assert ("chemotherapy", "peripheral neuropathy") in effects(
        "Peripheral neuropathy is a common toxic effect of chemotherapy.")
    assert ("chemotherapy", "changes in taste") in effects(
        "Changes in taste are common during chemotherapy and radiation therapy.")


def test_the_list_of_causes_ends_where_a_clause_starts() -> None:
    found = effects("Pleural effusion may be caused by radiation therapy or chemotherapy, which may be followed by "
                    "immunotherapy.")
    assert ("chemotherapy", "pleural effusion") in found
    assert ("immunotherapy", "pleural effusion") not in found


def test_a_cause_that_is_not_there_gives_nothing() -> None:
    assert ("chemotherapy", "hair loss") in effects("Hair loss may be caused by either radiation therapy or "
                                                    "chemotherapy.")
    assert not effects("Pleural effusion is not caused by radiation therapy or chemotherapy.")


def test_bring_on_says_the_class_causes_the_event() -> None:
    assert {("targeted therapy", "nausea"), ("targeted therapy", "vomiting")} <= effects(
        "Targeted therapy can bring on nausea and vomiting.")


def test_an_event_a_medicine_is_given_for_is_no_side_effect_of_the_treatments_named() -> None:
    found = effects("Chemotherapy and immunotherapy can cause itching, and so can some other medicines:\n\n"
                    "- drugs for nausea and vomiting\n- opioids\n")
    assert ("chemotherapy", "itching") in found
    assert not found & {("chemotherapy", "nausea"), ("immunotherapy", "vomiting")}


def test_a_medicine_said_to_prevent_these_side_effects_does_not_cause_them() -> None:
    found = effects("Many cancer treatments cause nausea, but antiemetics given before each dose work well to "
                    "prevent or reduce these side effects.")
    assert ("antiemetics", "nausea") not in found
    # "drugs given for nausea caused by chemotherapy": the cause named after the event keeps it
    assert ("chemotherapy", "nausea") in effects("Newer drugs given for nausea caused by chemotherapy work well.")



def test_a_class_written_after_non_is_no_class_of_the_drugs_listed() -> None:
    found = triples("Hormone therapy can cause hot flashes.\n\n"
                    "Side effects of non-hormonal drug therapy may include:\n\n"
                    "- Antidepressants may cause nausea.\n- Clonidine may cause dry mouth.\n")
    assert ("hormone therapy", "has_adverse_effect", "hot flashes") in found
    assert not {(s, p, o) for s, p, o in found if "hormonal drug therapy" in (s, o)}
