"""Side effects stated as clauses (session seventeen, events17b): "may throw up", "feel sick to your stomach",
"your hair may fall out", "makes it hard to sleep", "patients on X had A", on sentences written here."""

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


def test_throwing_up_stated_as_a_verb_is_vomiting_of_the_drug() -> None:
    text = "Patients who get cisplatin may throw up for a day or two."
    assert events(text) == {("throw up", "vomiting")}
    assert effects(text) == {("cisplatin", "throw up")}
    assert not effects("Children with this tumor may throw up in the morning.")  # a disease's symptom


def test_feeling_sick_to_the_stomach_is_nausea_of_the_drug() -> None:
    text = "Some people who take capecitabine feel sick to their stomach."
    assert events(text) == {("feel sick to their stomach", "nausea")}
    assert effects(text) == {("capecitabine", "feel sick to their stomach")}


def test_hair_that_falls_out_is_hair_loss_and_no_fall() -> None:
    assert events("Side effects of docetaxel: your hair may fall out.") == {("hair may fall out", "alopecia")}
    assert not events("Side effects of docetaxel: your hair will grow back after treatment ends.")


def test_what_a_drug_makes_you_do_is_its_side_effect() -> None:
    assert effects("Dexamethasone can make it hard to sleep.") == {("dexamethasone", "hard to sleep")}
    assert effects("Cisplatin can make you throw up.") == {("cisplatin", "throw up")}
    assert not effects("It is not known whether cisplatin makes patients throw up more often than carboplatin.")


def test_patients_on_a_drug_had_its_side_effect() -> None:
    assert effects("Patients on bevacizumab had high blood pressure.") == {("bevacizumab", "high blood pressure")}
    assert effects("Patients taking sunitinib often feel very tired.") == {("sunitinib", "very tired")}


def test_blood_clots_in_the_lungs_listed_as_a_side_effect_are_a_pulmonary_embolism() -> None:
    text = "Side effects of tamoxifen can include blood clots in the lungs."
    assert events(text) == {("blood clots in the lungs", "pulmonary embolism")}
    assert effects(text) == {("tamoxifen", "blood clots in the lungs")}
    assert not events("Blood clots in the lungs are a risk for people with lung cancer.")


def test_patients_on_one_drug_do_not_share_the_events_of_the_other_clause() -> None:
    found = effects("Patients on exemestane more often had hot flashes, whereas patients on letrozole had more "
                    "joint pain.")
    assert ("exemestane", "hot flashes") in found
    assert ("letrozole", "hot flashes") not in found and ("exemestane", "joint pain") not in found
