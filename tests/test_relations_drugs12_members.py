"""Membership said by "another" or "other" (helper drugs12), on sentences written here."""

from __future__ import annotations

from tests.conftest import of, triples


def test_an_item_after_another_drug_of_a_class_makes_the_lead_drug_one_of_the_class() -> None:
    text = ("Osimertinib is approved to treat:\n\n- Non-small cell lung cancer. It is used in adults:\n"
            "- whose cancer got worse after treatment with another EGFR tyrosine kinase inhibitor\n")
    assert ("osimertinib", "egfr tyrosine kinase inhibitor") in of(triples(text), "member_of_class")


def test_a_sentence_about_a_drug_and_other_drugs_of_a_class_makes_it_one() -> None:
    found = triples("Ponatinib is used in patients whose leukemia cannot be treated with other kinase inhibitors.")
    assert ("ponatinib", "kinase inhibitors") in of(found, "member_of_class")


def test_a_drug_set_against_other_drugs_of_a_class_is_not_one() -> None:
    found = triples("Nivolumab caused fewer side effects than other chemotherapy drugs.")
    assert not {o for s, o in of(found, "member_of_class") if s == "nivolumab"}


def test_a_sentence_about_patients_says_no_membership() -> None:
    found = triples("Patients who got nivolumab after other kinase inhibitors did well.")
    assert ("nivolumab", "kinase inhibitors") not in of(found, "member_of_class")
