"""Session nine's reading rules, on sentences written here: trials named by a study group's code, and drugs
given with a class named with an article ("used with a fluoropyrimidine")."""

from __future__ import annotations

from kg.documents import parse_document
from kg.pipeline import analyse_document, default_linker
from tests.conftest import of, triples


def trials(text: str) -> list[tuple[str, str]]:
    mentions = default_linker().link(parse_document(text, "example.md"))
    return [(m.text, m.id) for m in mentions if m.type == "trial"]


def test_a_study_groups_code_names_a_trial_registered_or_not() -> None:
    found = dict(trials("Patients in RTOG 9402 lived longer; in EORTC 26951 the trend was the same."))
    assert found["RTOG 9402"].startswith("clinicaltrials:NCT")
    assert found["EORTC 26951"] == "KG:trial/eortc-26951"


def test_letters_in_a_study_number_are_part_of_the_code() -> None:
    found = dict(trials("The NSABP B-14 and SWOG S0777 studies enrolled thousands."))
    assert {"NSABP B-14", "SWOG S0777"} <= set(found)


def test_a_group_and_a_year_is_a_meeting_and_a_short_number_is_no_code() -> None:
    assert trials("Results were shown at EORTC 2012 in Berlin.") == []
    assert trials("The RTOG 98 report was long.") == []


def test_an_abbreviation_that_starts_no_series_of_trials_names_no_trial() -> None:
    assert trials("Write to the office at MD 20892 for a copy.") == []


def test_the_groups_trial_is_the_one_study_of_the_group_the_page_names() -> None:
    text = ("RTOG 9402 enrolled adults with anaplastic oligodendroglioma. In the RTOG trial, patients who received "
            "procarbazine, lomustine, and vincristine followed by radiation lived longer.")
    tested = of(triples(text), "tested_in_trial")
    assert ("lomustine", "rtog trial") in tested


def test_two_studies_of_one_group_leave_the_groups_trial_unnamed() -> None:
    text = "RTOG 9402 and RTOG 9802 were read together. In the RTOG trial, lomustine was given."
    found = trials(text)
    assert [name for name, _ in found][:2] == ["RTOG 9402", "RTOG 9802"]
    assert "RTOG trial" not in dict(found)


def test_a_drug_given_with_a_class_after_a_is_its_partner() -> None:
    statements = analyse_document(parse_document("Cetuximab may be given with a platinum drug.", "x.md")).statements
    assert any(s.predicate == "combined_with" for s in statements)


def test_a_group_before_a_code_the_registry_knows_alone_keeps_the_registered_trial() -> None:
    found = dict(trials("Children in COG AALL0232 received dexamethasone."))
    assert found["COG AALL0232"].startswith("clinicaltrials:NCT")


def test_the_parts_of_an_antibody_drug_conjugate_are_not_given_together() -> None:
    found = triples("Drugx deruxtecan is an antibody-drug conjugate that combines trastuzumab with a topoisomerase "
                    "inhibitor.")
    assert not of(found, "combined_with")


def test_a_drug_the_cancer_cannot_be_treated_with_is_no_partner() -> None:
    found = triples("Ponatinib is used in adults whose cancer cannot be treated with kinase inhibitors.")
    assert not of(found, "combined_with")


def test_side_effects_of_radiation_are_not_the_last_trial_arms() -> None:
    text = ("In the NSABP B-15 trial, patients were randomly assigned to receive doxorubicin and cyclophosphamide.\n\n"
            "## Toxicities\n\nAcute toxicities of radiation therapy include radiation dermatitis and fatigue.")
    assert not of(triples(text), "has_adverse_effect")


def test_a_substance_measured_is_not_what_treats() -> None:
    found = triples("Low prostate concentration of lycopene is associated with prostate cancer in men with "
                    "high-grade prostatic intraepithelial neoplasia.")
    assert not of(found, "treats")


def test_no_evidence_that_a_drug_helps_is_no_use() -> None:
    statements = analyse_document(parse_document(
        "There is no evidence that myeloablative chemotherapy improves the outcome for patients with "
        "ependymoma.", "x.md")).statements
    uses = [s for s in statements if s.predicate == "treats"]
    assert uses and all(s.evidence.negated for s in uses)


def test_a_treatment_option_that_is_a_trial_evaluating_a_drug_is_study_not_use() -> None:
    text = ("Treatment options for stage III lip cancer include:\n\n1. Surgery.\n2. Clinical trials for advanced "
            "tumors evaluating the use of chemotherapy before surgery.\n")
    found = triples(text)
    assert ("chemotherapy", "lip cancer") in of(found, "studied_for")
    assert not of(found, "treats")


def test_what_a_page_links_does_not_depend_on_the_page_read_before() -> None:
    from kg.linking.linker import Linker
    from kg.vocabulary import default_vocabulary

    first = parse_document("Kaposi sarcoma-associated herpesvirus was found in the tumor.", "a.md")
    second = parse_document("The lesion was sarcoma-like. Rhabdomyosarcoma is a soft tissue sarcoma-derived "
                            "tumor, and sarcoma-specific survival was long.", "b.md")
    alone = [(m.start, m.end, m.id) for m in Linker(default_vocabulary()).link(second)]
    linker = Linker(default_vocabulary())
    linker.link(first)
    assert [(m.start, m.end, m.id) for m in linker.link(second)] == alone
