"""Drug-page readings of helper drugs13 (session twelve), on sentences written here."""

from __future__ import annotations

from kg.documents import parse_document
from kg.pipeline import analyse_document
from tests.conftest import of, triples


def test_a_class_named_as_what_chemotherapy_included_is_a_kind_of_chemotherapy() -> None:
    text = ("Examplinib is approved to treat:\n\n- Prostate cancer that has spread. It is used in men who were "
            "already treated with hormone therapy and chemotherapy that included a taxane.\n")
    found = triples(text)
    assert ("taxane", "chemotherapy") in of(found, "member_of_class")
    assert ("taxane", "prostate cancer") in of(found, "treats")


def test_an_article_before_the_included_class_still_makes_it_a_kind() -> None:
    found = triples("Gastric cancer is treated in patients who received chemotherapy that included an anthracycline.")
    assert ("anthracycline", "chemotherapy") in of(found, "member_of_class")


def test_chemotherapy_given_with_a_class_is_not_made_its_kind() -> None:
    found = triples("Breast cancer is treated with chemotherapy and a taxane.")
    assert ("taxane", "chemotherapy") not in of(found, "member_of_class")


def test_the_philadelphia_chromosome_is_a_biomarker() -> None:
    text = "Examplinib treats acute lymphoblastic leukemia that is Philadelphia chromosome positive."
    mentions = analyse_document(parse_document(text, "example.md")).mentions
    assert ("Philadelphia chromosome", "biomarker") in {(m.text, m.type) for m in mentions}


def test_a_drug_said_to_be_a_type_of_antibiotic_is_one_and_so_is_its_named_kind() -> None:
    found = triples("Idarubicin is a type of antibiotic called an anthracycline that is used as a chemotherapy drug.")
    members = of(found, "member_of_class")
    assert ("idarubicin", "antibiotic") in members
    assert ("anthracycline", "antibiotic") in members
    assert ("idarubicin", "chemotherapy") in members


def test_an_antibiotic_given_for_an_infection_is_no_class_mention() -> None:
    text = "Patients with a fever may be given an antibiotic to treat the infection."
    mentions = analyse_document(parse_document(text, "example.md")).mentions
    assert "antibiotic" not in {m.text for m in mentions}


def test_a_count_right_before_an_earlier_treatment_still_makes_it_a_use() -> None:
    text = ("Trastuzumab is approved to treat:\n\n- Gastric cancer. It is given:\n"
            "- alone in patients who have already been treated with at least one chemotherapy regimen\n")
    assert ("chemotherapy", "gastric cancer") in of(triples(text), "treats")
    found = triples("Ripretinib is used for leukemia that was treated with at least three kinase inhibitors.")
    assert ("kinase inhibitors", "leukemia") in of(found, "treats")


def test_the_line_of_an_earlier_treatment_does_not_hide_it() -> None:
    text = ("Trastuzumab is approved to treat:\n\n- **Gastric cancer** that did not respond to first-line "
            "chemotherapy.\n- **Colon cancer** that relapsed within 12 months of second-line chemotherapy.\n")
    treats = of(triples(text), "treats")
    assert ("chemotherapy", "gastric cancer") in treats
    assert ("chemotherapy", "colon cancer") in treats
