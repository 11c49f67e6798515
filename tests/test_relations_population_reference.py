"""Patients referred back to ("Those with ...", "These patients") are those of the sentence before."""

from __future__ import annotations

from tests.conftest import of, triples


def test_those_treated_with_a_drug_are_the_patients_named_just_before() -> None:
    found = of(triples("About 5% of people with glioma have changes in the MET gene. Those with such changes can be "
                       "treated with tepotinib or capmatinib."), "treats")
    assert {("tepotinib", "glioma"), ("capmatinib", "glioma")} <= found


def test_patients_named_by_their_tumors_are_referred_back_to() -> None:
    found = of(triples("Some melanoma tumors have BRAF mutations. These patients are often treated with "
                       "dabrafenib."), "treats")
    assert ("dabrafenib", "melanoma") in found


def test_no_use_when_the_sentence_before_names_two_diseases_apart() -> None:
    found = of(triples("People with glioma are seen in clinics, as are people with melanoma who smoke. These "
                       "patients are treated with dabrafenib."), "treats")
    assert not {d for _, d in found if _ == "dabrafenib"}


def test_no_use_for_patients_who_cannot_be_treated_with_the_drug() -> None:
    found = of(triples("Many people with glioma have MET changes. Those with such changes cannot be treated with "
                       "tepotinib."), "treats")
    assert ("tepotinib", "glioma") not in found
