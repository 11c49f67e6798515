"""Drug-page readings of helper drugs14 (session thirteen), on sentences written here."""

from __future__ import annotations

from kg.documents import parse_document
from kg.pipeline import analyse_document
from tests.conftest import of, triples


def test_a_cancer_that_did_not_get_better_after_a_treatment_was_treated_with_it() -> None:
    text = ("Examplinib is approved to treat:\n\n- **Lung cancer** that has spread. It is used:\n"
            "- Alone in patients whose cancer has not gotten better after platinum chemotherapy; or\n"
            "- With cisplatin in patients whose cancer has not been treated.\n")
    assert ("platinum chemotherapy", "lung cancer") in of(triples(text), "treats")


def test_a_count_of_kinds_before_the_earlier_treatment_still_makes_it_a_use() -> None:
    text = ("Examplinib is approved to treat:\n\n- **Breast cancer** that has spread. It is used in women whose "
            "cancer has gotten worse after at least one type of hormone therapy.\n")
    assert ("hormone therapy", "breast cancer") in of(triples(text), "treats")


def test_a_cancer_not_yet_treated_with_a_class_gives_no_use_of_it() -> None:
    text = ("Examplinib is approved to treat:\n\n- **Stomach cancer** that is advanced. It is used in patients "
            "whose cancer has not been treated with chemotherapy.\n")
    assert ("chemotherapy", "stomach cancer") not in of(triples(text), "treats")


def test_a_linked_hormone_whose_levels_are_lowered_is_no_drug_given() -> None:
    link = "(/Common/PopUps/popDefinition.aspx?id=45581&version=Patient&language=English)"
    text = ("Examplinib is approved to treat:\n\n- **Prostate cancer** that is castrate resistant (has not responded "
            f"to treatments that lower [testosterone]{link} levels).\n")
    mentions = analyse_document(parse_document(text, "example.md")).mentions
    assert "testosterone" not in {m.text for m in mentions if m.type == "drug"}


def test_a_hormone_given_as_replacement_stays_a_drug() -> None:
    text = "Men with low hormone levels were given testosterone replacement for a month."
    mentions = analyse_document(parse_document(text, "example.md")).mentions
    assert "testosterone" in {m.text for m in mentions if m.type == "drug"}


def test_a_modified_acronym_regimen_is_one_drug() -> None:
    text = "Examplinib is used with cetuximab and mFOLFOX-6 to treat colorectal cancer."
    mentions = analyse_document(parse_document(text, "example.md")).mentions
    assert ("mFOLFOX-6", "drug") in {(m.text, m.type) for m in mentions}
    assert ("cetuximab", "mfolfox-6") in of(triples(text), "combined_with")


def test_a_regimen_named_for_a_setting_stays_no_drug() -> None:
    text = "Patients got a preparative regimen before the transplant."
    mentions = analyse_document(parse_document(text, "example.md")).mentions
    assert not [m for m in mentions if m.type == "drug"]


def test_the_drugs_of_a_modified_regimen_named_with_it_are_given_together() -> None:
    text = ("Patients received modified FOLFIRINOX (oxaliplatin, leucovorin, irinotecan, and fluorouracil) "
            "for pancreatic cancer.")
    combined = of(triples(text), "combined_with")
    assert ("oxaliplatin", "irinotecan") in combined or ("irinotecan", "oxaliplatin") in combined
    assert not of(triples(text), "member_of_class")


def test_a_receptor_value_with_the_abbreviation_between_is_a_biomarker() -> None:
    text = ("Examplinib treats breast cancer that is estrogen receptor (ER) positive. Others had hormone receptor "
            "(HR)-negative disease. Examplinib binds to the estrogen receptor (ER).")
    mentions = analyse_document(parse_document(text, "example.md")).mentions
    found = {(m.text, m.type) for m in mentions}
    assert ("estrogen receptor (ER) positive", "biomarker") in found
    assert ("hormone receptor (HR)-negative", "biomarker") in found
    assert ("estrogen receptor", "target") in found
