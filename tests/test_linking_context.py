"""Issue 9, entity side: therapy normalisation, typing by context, vocabulary reach and entity resolution.

Short sentences written here, and real pages read from ../shared at run time.
"""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

from kg.documents import parse_document
from kg.linking.organization_names import organization_identity
from kg.linking.resolve import resolve_name
from kg.model import Mention
from kg.pipeline import default_linker
from kg.vocabulary import default_vocabulary
from tests.conftest import linked_page


def _link(text: str) -> list[Mention]:
    return default_linker().link(parse_document(text, "x.md"))


def _by_text(text: str) -> dict[str, Mention]:
    return {m.text: m for m in _link(text)}


# -- 3. therapy normalisation -----------------------------------------------------------------------------


def test_procedures_are_neither_drugs_nor_classes() -> None:
    mentions = _link("Treatment may include surgery, radiation therapy, a stem cell transplant, or fulguration.")
    assert [m for m in mentions if m.type in ("drug", "drug_class")] == []


@pytest.mark.parametrize("qualifier", ["systemic", "regional", "combination", "high-dose", "adjuvant"])
def test_setting_qualifiers_fold_into_chemotherapy(qualifier: str) -> None:
    mention = _by_text(f"Patients were given {qualifier} chemotherapy after the operation.")
    classes = [m for m in mention.values() if m.type == "drug_class"]
    assert [m.label for m in classes] == ["chemotherapy"]


def test_a_setting_alone_names_no_class() -> None:
    mentions = _link("She received adjuvant therapy and then second-line treatment.")
    assert [m for m in mentions if m.type == "drug_class"] == []


def test_radioactive_iodine_is_not_iodine() -> None:
    mentions = _link("Radioactive iodine (RAI) therapy is used after surgery. RAI may cause dry mouth.")
    assert not any(m.type == "drug" and "iodine" in m.label.lower() for m in mentions)


# -- 4. typing by context ------------------------------------------------------------------------------------


def test_a_disease_named_as_a_side_effect_is_an_adverse_event() -> None:
    mentions = _by_text("Common side effects of the drug include rash and infection.")
    assert mentions["rash"].type == "adverse_event"
    assert mentions["infection"].type == "adverse_event"


def test_a_symptom_of_the_disease_is_not_an_adverse_event() -> None:
    mentions = _link("Signs and symptoms of the cancer include fatigue and weight loss.")
    assert [m for m in mentions if m.type == "adverse_event"] == []


def test_quality_of_life_on_a_care_page_is_not_an_endpoint() -> None:
    assert not any(m.type == "endpoint" for m in _link("Good nutrition helps your quality of life at home."))
    trial = _link("In the trial, patients given the drug reported better quality of life.")
    assert any(m.type == "endpoint" for m in trial)


def test_a_common_acronym_is_not_a_gene() -> None:
    assert not any(m.type == "target" for m in _link("An MRI and a CT scan showed the tumor had shrunk."))


# -- 5. vocabulary reach -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["bladder cancer", "anal cancer", "adrenocortical cancer", "skin cancer", "bone cancer"]
)
def test_everyday_disease_names_resolve(name: str) -> None:
    found = resolve_name(default_vocabulary(), name, only=("disease",))
    assert found is not None and found.type == "disease"


@pytest.mark.parametrize(
    ("phrase", "label"),
    [("toxicity in the liver", "hepatotoxicity"), ("protein in the urine", "proteinuria")],
)
def test_plain_words_for_side_effects_resolve(phrase: str, label: str) -> None:
    found = resolve_name(default_vocabulary(), phrase, only=("adverse_event",))
    assert found is not None
    assert label in (found.label, *(found.term.synonyms if found.term else ()))


def test_bladder_cancer_is_linked_in_running_text() -> None:
    assert _by_text("Bladder cancer is often found early.")["Bladder cancer"].type == "disease"


# -- 6. entity resolution ---------------------------------------------------------------------------------


def test_the_fda_is_one_organization_however_it_is_written() -> None:
    text = ("The U.S. Food and Drug Administration approved the drug. Later the Food and Drug Administration "
            "extended the approval, and the FDA said so.")
    organizations = {m.id for m in _link(text) if m.type == "organization"}
    assert len(organizations) == 1
    assert organization_identity("FDA")[0] in organizations


def test_organization_names_never_run_across_lines() -> None:
    text = "# Kinase Inhibitors\n\nBosutinib\n\nThe U.S. Food and Drug Administration approved it in 2012.\n"
    names = [m.text for m in _link(text) if m.type == "organization"]
    assert names and all("\n" not in n for n in names)


def test_an_acronym_opening_a_publication_name_is_not_the_organization() -> None:
    assert not any(m.type == "organization" for m in _link("Adapted from the NCI Cancer Bulletin."))


def test_one_brand_one_drug_node() -> None:
    ids = {m.id for m in _link("Alecensa (alectinib) is approved. Alecensa is taken by mouth.") if m.type == "drug"}
    assert len(ids) == 1


def test_brand_names_that_are_words_are_not_drugs_in_lower_case() -> None:
    assert not any(m.type == "drug" for m in _link("The artist had a choice of treatments today."))


def test_an_ambiguous_trial_acronym_borrows_no_nct_number() -> None:
    vocab = default_vocabulary()
    acronym = next(
        name for name in ("PALOMA-3", "KEYNOTE-001", "CheckMate 067")
        if len([t for t in vocab.lookup(name) if t.type == "trial"]) > 1
    )
    trials = [m for m in _link(f"The {acronym} trial enrolled patients with lung cancer.") if m.type == "trial"]
    assert trials and not any(m.id.startswith("clinicaltrials:") for m in trials)


def test_a_regimen_acronym_is_not_its_last_drug() -> None:
    mentions = _link("Patients received MVAC (methotrexate, vinblastine, doxorubicin, and cisplatin). MVAC worked.")
    assert not any(m.text == "MVAC" and m.label == "cisplatin" for m in mentions)


# -- real pages from ../shared ---------------------------------------------------------------------------------

_PAGES = (
    "02_nci_core/cancer-types/types-thyroid-patient-thyroid-treatment-pdq.md",
    "02_nci_core/cancer-types/types-bladder-treatment-by-stage.md",
    "02_nci_core/cancer-types/types-lung-research-crizotinib.md",
    "02_nci_core/cancer-types/about-cancer-treatment-types-radiation-therapy.md",
)



@pytest.mark.parametrize("relative", _PAGES)
def test_real_pages_have_no_procedure_drugs_and_no_multiline_organizations(relative: str) -> None:
    mentions = linked_page(relative)
    procedures = re.compile(r"radiation|surgery|transplant|fulguration", re.I)
    assert not [m.text for m in mentions if m.type in ("drug", "drug_class") and procedures.search(m.text)]
    assert not [m.text for m in mentions if m.type == "organization" and "\n" in m.text]


@pytest.mark.parametrize("relative", _PAGES)
def test_real_pages_give_one_drug_node_per_brand_and_one_fda(relative: str) -> None:
    mentions = linked_page(relative)
    brands: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.type == "drug" and m.name_kind == "brand":
            brands[m.text.lower()].add(m.id)
    assert all(len(ids) == 1 for ids in brands.values())
    fda = {m.id for m in mentions if m.type == "organization" and re.search(r"Food and Drug|\bFDA\b", m.text)}
    assert len(fda) <= 1


def test_real_bladder_page_links_bladder_cancer() -> None:
    mentions = linked_page("02_nci_core/cancer-types/types-bladder-treatment-by-stage.md")
    assert any(m.type == "disease" and m.text.lower() == "bladder cancer" for m in mentions)


def test_real_thyroid_page_has_no_radioactive_iodine_drug() -> None:
    mentions = linked_page("02_nci_core/cancer-types/types-thyroid-patient-thyroid-treatment-pdq.md")
    assert not any(m.type == "drug" and m.text.lower().startswith(("radioactive", "rai")) for m in mentions)


def test_coordination_ellipsis_names_each_disease() -> None:
    labels = {m.label for m in _link("The drug is used for gynecologic, breast, and prostate cancers.")}
    assert {"breast cancer", "prostate cancer"} <= labels
    assert any("reproductive" in label or "gynecologic" in label for label in labels)


def test_head_and_neck_is_no_coordination_of_diseases() -> None:
    mentions = _link("Patients had head and neck squamous cell carcinoma.")
    assert not any(m.label.startswith(("head carcinoma", "neck")) for m in mentions)


def test_a_biomarker_qualified_subtype_is_disease_plus_biomarker() -> None:
    mentions = _by_text("Women with HER2-positive breast cancer were enrolled.")
    assert mentions["breast cancer"].label == "breast cancer"
    assert mentions["HER2-positive"].type == "biomarker"


def test_stage_qualifiers_are_not_a_disease_of_their_own() -> None:
    mention = next(m for m in _link("Men with metastatic prostate cancer were enrolled.") if m.type == "disease")
    assert mention.label == "prostate cancer"


def test_what_a_drug_blocks_is_not_a_drug_given() -> None:
    mentions = _link("Apalutamide blocks testosterone from binding to the androgen receptor.")
    assert [m.label for m in mentions if m.type == "drug"] == ["apalutamide"]


def test_a_staging_acronym_is_not_a_gene() -> None:
    mentions = _link("The stage is set by the TNM value, grade, and size.")
    assert not any(m.type == "target" for m in mentions)


def test_journal_abbreviations_in_references_are_not_drugs() -> None:
    mentions = _link("Smith A, et al.: Cancer statistics, 2014. CA Cancer J Clin 64 (2): 83-103, 2014.")
    assert not any(m.type == "drug" for m in mentions)


def test_possessive_institution_names_are_kept_whole() -> None:
    names = {m.text for m in _link("The Children's Oncology Group and St. Jude Children's Research Hospital led it.")
             if m.type == "organization"}
    assert {"Children's Oncology Group", "St. Jude Children's Research Hospital"} <= names


def test_a_gene_nothing_acts_on_is_the_pages_biomarker() -> None:
    mentions = _link("Women with HER2-negative breast cancer were enrolled. HER2 was tested in all.")
    assert not any(m.type == "target" for m in mentions)
    acted = _link("Trastuzumab blocks the HER2 protein on cancer cells. Tumors were HER2-positive.")
    assert any(m.type == "target" and m.text == "HER2" for m in acted)


def test_an_undefined_abbreviation_spelling_a_name_in_the_page_is_that_entity() -> None:
    mentions = _link("The Children's Oncology Group ran the study. COG trials enrol children.")
    organization = {m.text: m.id for m in mentions if m.type == "organization"}
    assert organization.get("COG") == organization.get("Children's Oncology Group") is not None


def test_kind_drugs_are_the_kind_of_therapy() -> None:
    labels = {m.label for m in _link("Targeted drugs and biologic agents were compared.") if m.type == "drug_class"}
    assert "targeted therapy" in labels and len(labels) == 2


@pytest.mark.parametrize("text", ["Side effects of carboplatin include nausea.", "Patients stopped taking tamoxifen.",
                                  "The doctor may reduce tamoxifen if side effects are severe."])
def test_drugs_named_after_effects_of_or_stop_are_drugs_given(text: str) -> None:
    assert [m.type for m in _link(text)].count("drug") == 1


@pytest.mark.parametrize("text", ["Art therapy and music therapy can help teens cope.",
                                  "Cognitive behavioral therapy may lower anxiety.",
                                  "Physical therapy helps patients regain strength after treatment."])
def test_mind_body_and_rehabilitation_therapies_are_not_drug_classes(text: str) -> None:
    assert [m.text for m in _link(text) if m.type in ("drug", "drug_class")] == []


def test_the_most_common_symptom_is_not_an_adverse_event() -> None:
    text = "The most common symptom is blood in the urine, called hematuria."
    assert [m.text for m in _link(text) if m.type == "adverse_event"] == []


def test_a_side_effect_stays_an_adverse_event() -> None:
    text = "A common side effect of the drug is hematuria."
    assert [m.text for m in _link(text) if m.type == "adverse_event"] == ["hematuria"]
