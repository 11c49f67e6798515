"""Rules found on hand-annotated research news pages about uses, approvals and classes (session ten), on texts
written here."""

from __future__ import annotations

from tests.conftest import of, triples


def test_a_class_noun_standing_for_the_drug_named_just_before_makes_it_a_member() -> None:
    found = of(triples("Sorafenib was approved for liver cancer in 2007. The approval followed a trial in which the "
                       "kinase inhibitor was compared with a placebo."), "member_of_class")
    assert ("sorafenib", "kinase inhibitor") in found
    found = of(triples("Cetuximab binds to EGFR on cancer cells. Besides colorectal cancer, the monoclonal "
                       "antibody is approved to treat head and neck cancer."), "member_of_class")
    assert ("cetuximab", "monoclonal antibody") in found


def test_a_class_noun_repeating_the_class_just_named_is_not_the_drug() -> None:
    found = of(triples("Brentuximab vedotin is made of a monoclonal antibody linked to a drug. The monoclonal "
                       "antibody binds to CD30 on lymphoma cells."), "member_of_class")
    assert ("brentuximab vedotin", "monoclonal antibody") not in found


def test_a_class_noun_after_a_paragraph_break_is_not_read_as_the_drug_before() -> None:
    found = of(triples("Patients in the trial received sorafenib.\n\nThe kinase inhibitor class is growing."),
               "member_of_class")
    assert ("sorafenib", "kinase inhibitor") not in found
