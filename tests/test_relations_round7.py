"""The seventh relation round, on texts written here: each test states what a reader of the graph expects."""

from __future__ import annotations

from kg.documents import parse_document
from kg.pipeline import analyse_document
from tests.conftest import of, triples


def test_a_drug_with_its_brand_for_a_disease_is_a_use() -> None:
    found = triples("Doctors now choose selinexor (Xpovio) for multiple myeloma.")
    assert ("xpovio", "multiple myeloma") in of(found, "treats")


def test_a_procedure_with_its_short_form_for_a_disease_is_no_use() -> None:
    found = triples("Rates of breast-conserving surgery (BCS) for breast cancer vary between hospitals.")
    assert not of(found, "treats")


def test_items_naming_their_disease_under_an_approval_line_are_approvals() -> None:
    text = ("# Research\n\nSeveral targeted drugs are approved for specific subtypes:\n\n"
            "- Ibrutinib (Imbruvica) for people with mantle cell lymphoma that has come back.\n"
            "- Venetoclax (Venclexta) for chronic lymphocytic leukemia and small lymphocytic lymphoma.\n")
    found = triples(text)
    assert {("ibrutinib", "mantle cell lymphoma"), ("venetoclax", "chronic lymphocytic leukemia"),
            ("venetoclax", "small lymphocytic lymphoma")} <= of(found, "approved_for")
    assert ("venetoclax", "small lymphocytic lymphoma") in of(found, "treats")


def test_a_list_said_to_follow_below_has_its_line_as_lead_in() -> None:
    text = ("# Research\n\nMany drugs are being studied. Some that are approved for specific subtypes are listed "
            "below.\n\n- Selinexor (Xpovio) for large B-cell lymphoma that has recurred.\n")
    assert ("selinexor", "large b-cell lymphoma") in of(triples(text), "approved_for")


def test_items_under_a_studied_line_are_no_approvals() -> None:
    text = ("# Research\n\nDrugs that are being studied include:\n\n"
            "- Ibrutinib (Imbruvica) for people with mantle cell lymphoma.\n")
    assert not of(triples(text), "approved_for")


def test_the_mainstays_of_a_disease_treatment_are_uses() -> None:
    found = triples("The mainstays of kidney cancer treatment are surgery, chemotherapy, and immunotherapy.")
    assert {("chemotherapy", "kidney cancer"), ("immunotherapy", "kidney cancer")} <= of(found, "treats")
    found = triples("The mainstays of melanoma treatment for adults have been surgery and immunotherapy.")
    assert ("immunotherapy", "melanoma") in of(found, "treats")


def test_current_and_common_treatments_for_a_disease_are_uses() -> None:
    found = triples("Current treatments for hepatoblastoma include surgery and chemotherapy.")
    assert ("chemotherapy", "hepatoblastoma") in of(found, "treats")
    found = triples("The most common treatments for chronic lymphocytic leukemia that causes symptoms include "
                    "chemotherapy, with or without steroids.")
    assert {("chemotherapy", "chronic lymphocytic leukemia"), ("steroids", "chronic lymphocytic leukemia")} <= (
        of(found, "treats"))


def test_a_disease_treatment_that_is_not_a_drug_gives_no_use() -> None:
    found = triples("Current treatments for glioma are not always effective.")
    assert not of(found, "treats")


def test_a_population_opening_a_reported_clause_is_the_use() -> None:
    found = triples("A second trial showed that, among patients with advanced melanoma whose tumors did not have "
                    "BRAF mutations, nivolumab improved overall survival compared with dacarbazine.")
    assert ("nivolumab", "melanoma") in of(found, "treats")


def test_the_drug_and_its_partner_may_improve_how_long_they_live() -> None:
    found = triples("For some people with advanced stomach cancer, the drug nivolumab (Opdivo) plus "
                    "chemotherapy may improve how long they live, results from a trial show.")
    assert ("nivolumab", "stomach cancer") in of(found, "treats")


def test_a_population_opening_with_no_benefit_gives_no_use() -> None:
    found = triples("In patients with advanced melanoma, nivolumab did not improve survival.")
    assert ("nivolumab", "melanoma") not in of(found, "treats")


def test_drugs_in_parentheses_after_a_class_are_members() -> None:
    found = triples("Targeted therapy alone (rituximab, nivolumab, or ibrutinib).")
    assert {("rituximab", "targeted therapy"), ("ibrutinib", "targeted therapy")} <= of(found, "member_of_class")
    found = triples("A clinical trial of an oral targeted therapy drug (dabrafenib) in children.")
    assert ("dabrafenib", "targeted therapy") in of(found, "member_of_class")


def test_a_counted_class_before_a_dash_has_its_members() -> None:
    found = triples("In a small study, a combination of two targeted therapies—vemurafenib (Zelboraf) and "
                    "rituximab (Rituxan)—led to long remissions.")
    assert {("vemurafenib", "targeted therapies"), ("rituximab", "targeted therapies")} <= (
        of(found, "member_of_class"))


def test_a_regimen_named_after_its_class_is_one_member() -> None:
    found = triples("Patients received rituximab and a chemotherapy regimen called CHOP, or R-CHOP.")
    assert ("chop", "chemotherapy") in of(found, "member_of_class")
    assert ("r-chop", "chemotherapy") not in of(found, "member_of_class")


def test_an_event_caused_by_some_types_of_a_class_is_its_side_effect() -> None:
    found = triples("# Pegfilgrastim\n\nPegfilgrastim is approved to reduce the chance of infection in patients "
                    "with:\n\n- Neutropenia caused by some types of chemotherapy.\n")
    assert ("chemotherapy", "neutropenia") in of(found, "has_adverse_effect")
    assert ("pegfilgrastim", "neutropenia") not in of(found, "has_adverse_effect")


def test_an_event_patients_of_an_arm_died_of_is_a_side_effect() -> None:
    found = triples("In the first years of the study, six women who received tamoxifen died of a blood clot in "
                    "the lung.")
    # the clot's site names the event, a pulmonary embolism (kg/linking/clause_events.py)
    assert ("tamoxifen", "blood clot in the lung") in of(found, "has_adverse_effect")
    found = triples("Among patients treated with chemotherapy, there was one treatment-related death due to "
                    "sepsis.")
    assert ("chemotherapy", "sepsis") in of(found, "has_adverse_effect")


def test_fewer_deaths_in_an_arm_are_no_side_effect() -> None:
    found = triples("Fewer women who received tamoxifen died of a stroke than women given a placebo.")
    assert not of(found, "has_adverse_effect")


def test_to_treat_a_disease_a_class_is_given_is_a_use() -> None:
    found = triples("To treat a glioma, chemotherapy is taken by mouth or injected into a vein.")
    assert ("chemotherapy", "glioma") in of(found, "treats")
    found = triples("To treat medulloblastoma, other embryonal tumors, and pineoblastoma, chemotherapy is taken by "
                    "mouth.")
    assert {("chemotherapy", "medulloblastoma"), ("chemotherapy", "pineoblastoma")} <= of(found, "treats")


def test_to_treat_a_disease_with_a_device_names_no_use() -> None:
    found = triples("To treat brain tumors, a wafer that dissolves may be used to deliver a chemotherapy drug.")
    assert not of(found, "treats")


def test_a_class_used_to_treat_a_disease_includes_its_drug() -> None:
    found = triples("Immunotherapy that may be used to treat kidney cancer in children includes interleukin-2.")
    assert ("interleukin-2", "kidney cancer") in of(found, "treats")


def test_the_drug_after_a_sentence_opening_is_the_drug_of_the_text() -> None:
    text = ("# News\n\nSacituzumab govitecan is an antibody-drug conjugate.\n\nThe update follows last year's "
            "accelerated approval of the drug for people with triple-negative breast cancer.\n")
    found = triples(text)
    assert ("drug", "triple-negative breast cancer") in of(found, "approved_for")
    statements = analyse_document(parse_document(text, "example.md")).statements
    assert {s.subject for s in statements if s.predicate == "approved_for"} == {
        s.subject for s in statements if s.subject_text == "Sacituzumab govitecan"}


def test_the_drug_after_a_negation_gives_no_approval() -> None:
    text = ("# News\n\nSacituzumab govitecan is an antibody-drug conjugate.\n\nThe FDA has not approved this drug "
            "for patients with lung cancer.\n")
    assert not of(triples(text), "approved_for")


def test_studying_a_drug_to_see_whether_it_treats_is_investigational() -> None:
    text = ("# News\n\nErdafitinib is a targeted drug.\n\nResearchers continue to study this drug to see whether "
            "it can be used to treat bladder cancer earlier.\n")
    found = triples(text)
    assert not of(found, "treats")
    assert ("drug", "bladder cancer") in of(found, "studied_for")


def test_a_drug_added_in_a_dash_aside_shares_the_use() -> None:
    found = triples("Experts said that nivolumab alone and in combination with ipilimumab—along with pembrolizumab "
                    "(Keytruda)—should be the new standards of care for patients with advanced melanoma.")
    assert {("nivolumab", "melanoma"), ("keytruda", "melanoma")} <= of(found, "treats")


def test_events_after_although_are_not_the_fewer_ones() -> None:
    found = triples("Patients treated with dabrafenib and trametinib were less likely to have skin side effects, "
                    "although there was an increased risk of other side effects, including diarrhea.")
    assert {("dabrafenib", "diarrhea"), ("trametinib", "diarrhea")} <= of(found, "has_adverse_effect")
    found = triples("Patients treated with dabrafenib had fewer side effects, including diarrhea.")
    assert not of(found, "has_adverse_effect")


def test_an_approved_item_opening_with_a_combination_approves_each_drug() -> None:
    text = ("# Research\n\nSome that are approved for specific subtypes are listed below.\n\n- The combination of "
            "tafasitamab (Monjuvi) and lenalidomide (Revlimid) for people with large B-cell lymphoma.\n")
    found = triples(text)
    assert {("tafasitamab", "large b-cell lymphoma"), ("lenalidomide", "large b-cell lymphoma")} <= of(
        found, "approved_for")


def test_adding_a_drug_for_a_fronted_population_is_the_combination_use() -> None:
    found = triples("For children with aggressive Burkitt lymphoma, adding rituximab (Rituxan) to chemotherapy "
                    "substantially increases the likelihood of the child being cured, results from a trial show.")
    assert {("rituximab", "burkitt lymphoma"), ("chemotherapy", "burkitt lymphoma")} <= of(found, "treats")
    found = triples("In patients with head and neck cancer, adding cetuximab to cisplatin improved overall survival.")
    assert {("cetuximab", "head and neck cancer"), ("cisplatin", "head and neck cancer")} <= of(found, "treats")
