"""Issue 9, entity quality on unseen articles: adverse events, biomarkers, glossed names, endpoints,
organizations and vocabulary reach, as a reader of the page would name them.

Short sentences written here, and real pages read from ../shared at run time (skipped when absent).
"""

from __future__ import annotations

import pytest

from kg.documents import parse_document
from kg.linking.resolve import resolve_name
from kg.model import Mention
from kg.pipeline import default_linker
from kg.vocabulary import default_vocabulary
from tests.conftest import linked_page


def _link(text: str) -> list[Mention]:
    return default_linker().link(parse_document(text, "x.md"))


def _of_type(text: str, entity_type: str) -> dict[str, str]:
    """Surface text → label of the mentions of one type."""
    return {m.text: m.label for m in _link(text) if m.type == entity_type}


# -- adverse events ----------------------------------------------------------------------------------------------


def test_organ_system_side_effects_are_one_event_each() -> None:
    events = _of_type("Cardiac side effects were rare, but hematologic toxicities and skin reactions were common.",
                      "adverse_event")
    assert events["Cardiac side effects"] == "cardiotoxicity"
    assert events["hematologic toxicities"] == "hematologic toxicity"
    assert events["skin reactions"] == "skin reaction"


def test_toxicity_in_an_organ_is_that_organ_toxicity() -> None:
    events = _of_type("The most serious side effect was toxicity in the liver.", "adverse_event")
    assert events == {"toxicity in the liver": resolve_name(default_vocabulary(), "hepatotoxicity").label}


def test_coordinated_side_effects_name_each_conjunct() -> None:
    labels = set(_of_type("Side effects can include muscle or joint aches and low or high blood pressure.",
                          "adverse_event").values())
    assert {"myalgia", "arthralgia", "hypotension", "hypertension"} <= labels


def test_enlarged_and_tender_breasts_are_two_side_effects() -> None:
    events = _of_type("Side effects in men include enlarged and tender breasts.", "adverse_event")
    assert events["enlarged and tender breasts"] == "gynecomastia"
    assert events["tender breasts"] == "breast pain"


def test_a_listed_symptom_after_and_is_not_a_made_up_pair() -> None:
    events = _of_type("Side effects include nausea and joint pain.", "adverse_event")
    assert set(events) == {"nausea", "joint pain"}


# -- biomarkers and targets ------------------------------------------------------------------------------------------


def test_coordinated_gene_mutations_are_one_biomarker_per_gene() -> None:
    markers = _of_type("Women who carry a BRCA1 or BRCA2 gene mutation may be offered testing.", "biomarker")
    assert markers == {"BRCA1 or BRCA2 gene mutation": "BRCA1 mutation", "BRCA2 gene mutation": "BRCA2 mutation"}


def test_a_measured_level_is_a_biomarker() -> None:
    markers = _of_type("Doctors check PSA levels every few months.", "biomarker")
    assert markers == {"PSA levels": "PSA level"}


def test_a_gene_nothing_acts_on_is_a_biomarker_not_a_target() -> None:
    mentions = _link("The EGFR protein was measured in tumor samples before treatment.")
    assert [m.type for m in mentions if m.text == "EGFR"] == ["biomarker"]


def test_a_gene_a_drug_blocks_stays_a_target() -> None:
    mentions = _link("Vemurafenib blocks the BRAF protein in melanoma cells.")
    assert [m.type for m in mentions if m.text == "BRAF"] == ["target"]


# -- names with a gloss, vocabulary reach ------------------------------------------------------------------------------


def test_a_gloss_inside_a_name_keeps_the_name() -> None:
    diseases = _of_type("Some had indolent (slow-growing) lymphoma; others had a human papillomavirus (HPV) "
                        "infection.", "disease")
    assert "indolent (slow-growing) lymphoma" in diseases
    assert "human papillomavirus (HPV) infection" in diseases


def test_an_abbreviation_of_other_words_is_no_gloss() -> None:
    mentions = _link("It was part of the Prostate, Lung, Colorectal, and Ovarian (PLCO) Cancer Screening Trial.")
    assert not any("(PLCO)" in m.text for m in mentions if m.type == "disease")


@pytest.mark.parametrize(("name", "label_part"), [
    ("castration-resistant prostate cancer", "castration-resistant prostate"),
    ("gastrointestinal cancer", "digestive system cancer"),
    ("nasopharyngeal cancer", "nasopharyngeal carcinoma"),
])
def test_disease_names_articles_use_resolve(name: str, label_part: str) -> None:
    found = resolve_name(default_vocabulary(), name, only=("disease",))
    assert found is not None and label_part in found.label and "susceptibility" not in found.label


def test_myelosuppression_is_an_adverse_event() -> None:
    events = _of_type("The main side effect was myelosuppression.", "adverse_event")
    assert "myelosuppression" in events


def test_an_undefined_abbreviation_needs_a_long_form_the_page_writes() -> None:
    mentions = _link("Dental cavities were treated. A CT scan was done.")
    assert not [m for m in mentions if m.text == "CT"]


# -- endpoints -----------------------------------------------------------------------------------------------------


def test_endpoints_named_without_rate() -> None:
    endpoints = _of_type("The trial measured objective response, the rate of clinical benefit and "
                         "patient-reported outcomes.", "endpoint")
    assert endpoints == {"objective response": "objective response rate",
                         "rate of clinical benefit": "clinical benefit rate",
                         "patient-reported outcomes": "patient-reported outcomes"}


# -- organizations ---------------------------------------------------------------------------------------------------


def test_a_society_named_through_its_meeting() -> None:
    orgs = _of_type("Results were presented at the 35th Congress of the European Society for Medical Oncology "
                    "in Milan.", "organization")
    assert "European Society for Medical Oncology" in orgs


def test_a_place_after_in_is_no_part_of_the_name() -> None:
    orgs = _of_type("Dr. Smith, of the Royal Marsden Hospital and Institute of Cancer Research in London, led it.",
                    "organization")
    assert {"Royal Marsden Hospital", "Institute of Cancer Research"} <= set(orgs)
    assert not any("London" in name for name in orgs)


def test_a_unit_inside_another_organization_is_split() -> None:
    orgs = _of_type("Dr. Smith heads the Lymphoma Therapeutics Section in NCI's Center for Cancer Research.",
                    "organization")
    assert {"Lymphoma Therapeutics Section", "Center for Cancer Research"} <= set(orgs)


def test_a_center_for_two_things_is_one_name() -> None:
    orgs = _of_type("It was funded by the National Center for Complementary and Integrative Health.",
                    "organization")
    assert "National Center for Complementary and Integrative Health" in orgs


def test_dose_words_name_no_class() -> None:
    assert _of_type("At high doses the herb caused nausea.", "drug_class") == {}


# -- real pages from ../shared -------------------------------------------------------------------------------------



def test_real_nasopharyngeal_page_links_the_carcinoma_not_a_susceptibility() -> None:
    mentions = linked_page("02_nci_core/cancer-types/types-head-and-neck-patient-child-nasopharyngeal-treatment-pdq.md")
    labels = {m.label for m in mentions if m.type == "disease"}
    assert "nasopharyngeal carcinoma" in labels
    assert not any("susceptibility" in label for label in labels)
    assert not [m for m in mentions if m.text == "CT"]


def test_real_milk_thistle_page_names_its_funder_whole_and_no_dose_class() -> None:
    mentions = linked_page("02_nci_core/treatment/about-cancer-treatment-cam-patient-milk-thistle-pdq.md")
    orgs = {m.text for m in mentions if m.type == "organization"}
    assert "National Center for Complementary and Integrative Health" in orgs
    assert "National Center" not in orgs
    assert not [m for m in mentions if m.type == "drug_class" and "dose" in m.text.lower()]


def test_a_risk_factor_is_not_a_side_effect() -> None:
    assert _of_type("Risk factors include smoking, being overweight, and not getting enough exercise.",
                    "adverse_event") == {}


def test_a_linked_risk_factor_is_not_a_side_effect_either() -> None:
    text = "Risk factors include smoking and [overweight](/publications/dictionaries/cancer-terms/def/45848)."
    assert _of_type(text, "adverse_event") == {}


def test_a_side_effect_in_a_treatment_sentence_stays() -> None:
    events = _of_type("Patients taking the drug often had diarrhea and a rash.", "adverse_event")
    assert {"diarrhea", "rash"} <= set(events)


def test_measures_of_one_marker_are_one_biomarker() -> None:
    mentions = _link("Tumors were PD-L1 positive. PD-L1 expression was measured, and PD-L1 levels varied.")
    assert len({m.id for m in mentions if m.type == "biomarker"}) == 1


def test_a_described_trial_link_mentions_the_trial_by_its_name() -> None:
    text = ("The XYZTRIAL study enrolled women. (See a [summary of the XYZTRIAL protocol]"
            "(https://clinicaltrials.gov/show/NCT00000001).)")
    trials = [m for m in _link(text) if m.type == "trial"]
    assert {m.text for m in trials} == {"XYZTRIAL"}
    assert len({m.id for m in trials}) == 1


def test_a_gene_named_as_a_receptor_is_a_readable_biomarker() -> None:
    markers = _of_type("Women with estrogen-receptor positive disease were eligible.", "biomarker")
    assert set(markers.values()) == {"estrogen receptor status"}


def test_a_dye_or_tracer_given_for_a_scan_is_no_drug_class() -> None:
    mentions = _link("A fluorescent dye and a radioactive tracer are injected before the scan.")
    assert [m for m in mentions if m.type == "drug_class"] == []


def test_a_link_titled_around_a_name_mentions_the_name() -> None:
    text = "For more, visit [Drugs Approved for Hodgkin Lymphoma](/about-cancer/treatment/drugs/hodgkin-lymphoma)."
    diseases = [m.text for m in _link(text) if m.type == "disease"]
    assert diseases == ["Hodgkin Lymphoma"]


def test_a_condition_caused_by_a_virus_is_not_a_side_effect() -> None:
    text = "The vaccine is approved to prevent genital warts caused by HPV. HPV is the main cause of anal cancer."
    assert _of_type(text, "adverse_event") == {}


def test_a_person_named_like_a_side_effect_is_no_side_effect() -> None:
    text = ("Side effects were rare, wrote John Burn, M.D. The side effects team, Dr. Burns said, will report "
            "the side effects.")
    assert _of_type(text, "adverse_event") == {}


def test_a_risk_factor_list_names_no_side_effects() -> None:
    text = "## Sunlight can affect the risk of melanoma\n\nRisk factors include the following:\n\n- Fair skin.\n" \
           "- Red or blond hair.\n"
    assert _of_type(text, "adverse_event") == {}


def test_excision_and_dissection_are_procedures_not_drugs() -> None:
    mentions = _link("Treatment may include wide local excision and a radical lymph node dissection.")
    assert [m for m in mentions if m.type in ("drug", "drug_class")] == []


def test_a_protein_listed_as_a_drug_is_the_gene() -> None:
    mentions = _link("Ipilimumab blocks CTLA-4, a protein on T cells.")
    assert [(m.type, m.label) for m in mentions if m.text == "CTLA-4"] == [("target", "CTLA4")]


def test_side_effects_named_by_comparison_with_normal() -> None:
    events = _of_type("Side effects include lower than normal blood pressure and a higher than normal level of "
                      "calcium in the blood.", "adverse_event")
    assert set(events.values()) == {"hypotension", "hypercalcemia"}


@pytest.mark.parametrize(("phrase", "label"), [("trouble swallowing", "dysphagia"), ("feeling dizzy", "dizziness"),
                                               ("kidney problems", "kidney toxicity")])
def test_patient_words_for_side_effects(phrase: str, label: str) -> None:
    events = _of_type(f"Side effects of the drug may include {phrase}.", "adverse_event")
    assert events == {phrase: label}


def test_an_organization_name_with_an_en_dash_is_whole() -> None:
    assert "Dana–Farber Cancer Institute" in _of_type("Dr. X, of the Dana–Farber Cancer Institute, led it.",
                                                      "organization")


def test_a_plural_acronym_is_no_gene() -> None:
    mentions = _link("T cells are given CARs, receptors that target a protein on the cancer cells.")
    assert not [m for m in mentions if m.text == "CARs" and m.type == "target"]


def test_a_substance_given_for_a_scan_is_no_drug() -> None:
    text = ("A PET scan uses a small amount of radioactive glucose that is injected into a vein. The scanner makes "
            "a picture of where the glucose is being used in the body.")
    assert [m for m in _link(text) if m.type == "drug"] == []


def test_real_pleuropulmonary_page_has_no_scan_sugar_drug() -> None:
    mentions = linked_page(
        "02_nci_core/cancer-types/types-lung-patient-child-pleuropulmonary-blastoma-treatment-pdq.md")
    assert not [m for m in mentions if m.type == "drug" and m.label == "glucose"]
    assert {"dactinomycin", "doxorubicin", "ifosfamide", "vincristine"} <= {m.label for m in mentions
                                                                           if m.type == "drug"}


def test_a_stage_or_course_word_before_a_one_word_disease_folds_into_it() -> None:
    mentions = _link("Dabrafenib is used for metastatic melanoma and relapsed myeloma.")
    diseases = {m.text: m.label for m in mentions if m.type == "disease"}
    assert diseases.get("metastatic melanoma") == "melanoma"


def test_a_drug_name_that_begins_a_protein_name_is_not_the_drug() -> None:
    mentions = _link("The fusion makes an aberrant ALK tyrosine kinase protein and turns on the "
                     "mitogen-activated protein kinase pathway.")
    assert not [m for m in mentions if m.type == "drug"]


def test_a_trial_named_with_an_odd_capital_is_not_the_plain_word() -> None:
    mentions = _link("Protect your hands from burns in the kitchen.")
    assert not [m for m in mentions if m.type == "trial"]


def test_a_phrase_used_once_as_a_trial_links_anchor_is_no_trial_name_elsewhere() -> None:
    mentions = _link("A randomized trial showed a benefit. NCI-supported clinical trials are open to children.")
    assert not [m for m in mentions if m.type == "trial"]


def test_a_title_before_an_organization_and_a_generic_group_are_no_organization_names() -> None:
    mentions = _link("Outcome of treatment: a report from Children's Oncology Group. Patients in the Treatment "
                     "Group did well.")
    assert {m.text for m in mentions if m.type == "organization"} == {"Children's Oncology Group"}


@pytest.mark.parametrize("text", [
    "Radiation is given in small daily doses called fractions.",
    "Treatment options for iodine-sensitive and iodine-resistant metastatic cancer differ.",
    "Blood levels of thyroglobulin are checked after surgery.",
])
def test_procedures_properties_and_body_proteins_are_not_drugs(text: str) -> None:
    assert not [m for m in _link(text) if m.type == "drug"]


def test_letters_the_page_defines_as_something_else_are_not_an_entitys_initials() -> None:
    mentions = _link("Children with hereditary retinoblastoma were followed. Survival was longer (hazard ratio "
                     "[HR], 0.50) and the HR held up.")
    assert not [m for m in mentions if m.text == "HR"]


def test_a_sponsor_named_with_an_ampersand_is_one_organization() -> None:
    mentions = _link("The study was sponsored by Merck Sharp & Dohme, the maker of pembrolizumab.")
    assert {m.text for m in mentions if m.type == "organization"} == {"Merck Sharp & Dohme"}


def test_a_family_name_with_its_abbreviation_and_a_number_is_the_gene() -> None:
    mentions = _link("Ribociclib inhibits two proteins, cyclin-dependent kinase (CDK) 4 and CDK6.")
    assert {m.label for m in mentions if m.type == "target"} == {"CDK4", "CDK6"}
