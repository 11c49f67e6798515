"""Adverse events named the way cancer.gov names them (session seventeen, events17): everyday names of side-effect
and late-effect lists, coordinated organ problems and late-effect lead-ins, on texts written here."""

from __future__ import annotations

from kg.documents import parse_document
from kg.pipeline import analyse_document
from tests.conftest import of, triples


def events(text: str) -> set[tuple[str, str]]:
    """(mention text, event label) of each adverse-event mention of a text."""
    mentions = analyse_document(parse_document(text, "example.md")).mentions
    return {(m.text, m.label) for m in mentions if m.type == "adverse_event"}


def effects(text: str) -> set[tuple[str, str]]:
    """(drug, event) of each ``has_adverse_effect`` statement of a text."""
    return of(triples(text), "has_adverse_effect")


def test_everyday_names_of_side_effect_lists_are_events() -> None:
    found = events("Possible side effects of cabozantinib include:\n\n- feeling very tired\n- bone fractures\n"
                   "- sores on the skin\n- problems with memory\n- low blood counts\n- second cancers\n")
    assert {("feeling very tired", "fatigue"), ("bone fractures", "fracture"),
            ("sores on the skin", "skin ulceration"), ("problems with memory", "memory impairment"),
            ("second cancers", "treatment related secondary malignancy")} <= found
    assert "low blood counts" in {text for text, _ in found}


def test_numbness_or_tingling_in_the_hands_or_feet_is_one_neuropathy() -> None:
    found = events("Oxaliplatin can cause numbness or tingling in the hands or feet.")
    assert found == {("numbness or tingling in the hands or feet", "peripheral sensory neuropathy")}


def test_infertility_is_an_adverse_event_of_treatment() -> None:
    assert ("cyclophosphamide", "infertility") in effects("Side effects of cyclophosphamide include infertility.")


def test_late_effects_lead_in_gives_the_drugs_events() -> None:
    found = effects("Late effects of chemotherapy with doxorubicin may include:\n\n- heart problems\n"
                    "- infertility\n- hearing loss\n")
    assert {("doxorubicin", "heart problems"), ("doxorubicin", "infertility"), ("doxorubicin", "hearing loss")} <= found


def test_late_effects_sentence_gives_the_drugs_event() -> None:
    assert ("cyclophosphamide", "infertility") in effects("Late effects of cyclophosphamide may include infertility.")


def test_each_organ_of_coordinated_organ_problems_is_an_event() -> None:
    found = events("Side effects of methotrexate include liver and kidney problems.")
    assert {label for _, label in found} == {"chemical and drug induced liver injury", "kidney toxicity"}
    assert ("liver and kidney problems", "chemical and drug induced liver injury") in found


def test_each_member_of_a_longer_organ_list_is_an_event() -> None:
    found = events("Side effects of ibuprofen include kidney, heart, and blood problems.")
    assert {label for _, label in found} == {"kidney toxicity", "cardiotoxicity", "hematologic toxicity"}


def test_problems_with_and_damage_to_an_organ_are_the_organs_toxicity() -> None:
    assert ("doxorubicin", "problems with the heart") in effects("Doxorubicin can cause problems with the heart.")
    assert events("Cisplatin may cause damage to the kidneys.") == {("damage to the kidneys", "kidney toxicity")}


def test_problems_with_the_immune_system_are_no_immune_related_event() -> None:
    assert not events("Cisplatin may cause problems with the immune system.")


def test_an_organs_part_named_next_is_no_organ_toxicity() -> None:
    assert "hematologic toxicity" not in {label for _, label in events(
        "Side effects of sorafenib might include problems with blood clotting.")}


def test_a_side_effect_asked_about_is_not_stated() -> None:
    assert not effects("It is not known whether tamoxifen causes memory problems.")
    assert not effects("Researchers are studying whether exercise can reduce fatigue in patients given docetaxel.")


def test_a_relative_clause_inside_a_question_keeps_its_side_effect() -> None:
    found = effects("One study is testing whether fewer cycles of cisplatin, which can cause hearing loss, work as "
                    "well.")
    assert ("cisplatin", "hearing loss") in found
