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


def test_each_arm_of_a_reported_randomisation_treats_the_disease_of_its_patients() -> None:
    found = of(triples("In the trial, 800 women with ovarian cancer were randomly assigned to chemotherapy with "
                       "carboplatin and docetaxel alone or to chemotherapy plus olaparib."), "treats")
    assert {("carboplatin", "ovarian cancer"), ("docetaxel", "ovarian cancer"), ("olaparib", "ovarian cancer"),
            ("chemotherapy", "ovarian cancer")} <= found
    found = of(triples("Patients with previously untreated kidney cancer were randomized to receive sunitinib or "
                       "interferon alfa."), "treats")
    assert {("sunitinib", "kidney cancer"), ("interferon alfa", "kidney cancer")} <= found


def test_a_randomisation_to_come_or_of_an_investigational_drug_states_no_use() -> None:
    found = of(triples("Patients with kidney cancer will be randomly assigned to receive sunitinib or "
                       "pazopanib."), "treats")
    assert not found
    found = of(triples("Patients with kidney cancer were randomly assigned to receive the investigational drug "
                       "tivozanib or sorafenib."), "treats")
    assert ("tivozanib", "kidney cancer") not in found
    found = of(triples("Patients with acute leukemia were randomly assigned to receive levofloxacin or no prophylactic "
                       "antibiotic."), "treats")
    assert ("levofloxacin", "acute leukemia") not in found
