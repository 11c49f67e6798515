"""Issue 9, third round: entity readings found by reading corpus pages outside the gold, each asserted on short
texts written here.
"""

from __future__ import annotations

from pathlib import Path

from kg.documents import parse_document
from kg.model import Mention
from kg.pipeline import default_linker
from kg.vocabulary.sources.trial_links import read_trials


def _link(text: str) -> list[Mention]:
    return default_linker().link(parse_document(text, "x.md"))


def _of_type(text: str, entity_type: str) -> dict[str, str]:
    """Surface text → label of the mentions of one type."""
    return {m.text: m.label for m in _link(text) if m.type == entity_type}


# -- trial names learned from links ------------------------------------------------------------------------------


def test_a_described_trial_link_is_no_trial_name(tmp_path: Path) -> None:
    table = tmp_path / "nci_trial_links.tsv"
    rows = [
        ("anchor_text", "nct_id", "n_pages", "example_page"),
        ("history of breast cancer", "NCT00000001", "1", "a.md"),
        ("see the protocol summary", "NCT00000001", "1", "a.md"),
        ("One ongoing trial is comparing", "NCT00000002", "1", "b.md"),
        ("second ACRONYM immunotherapy trial", "NCT00000003", "1", "c.md"),
        ("ACRONYM-2", "NCT00000003", "2", "d.md"),
    ]
    table.write_text("".join("\t".join(row) + "\n" for row in rows), encoding="utf-8")
    names = {t.id: (t.label, *t.synonyms) for t in read_trials(table)}
    assert names["clinicaltrials:NCT00000001"] == ("NCT00000001",)
    assert names["clinicaltrials:NCT00000002"] == ("NCT00000002",)
    assert names["clinicaltrials:NCT00000003"] == ("ACRONYM-2", "second ACRONYM immunotherapy trial")


def test_a_phrase_once_linked_to_a_trial_is_read_as_what_it_says() -> None:
    text = "Women with a history of breast cancer and other targeted therapies were described."
    mentions = _link(text)
    assert not [m for m in mentions if m.type == "trial"]
    assert "breast cancer" in {m.text for m in mentions if m.type == "disease"}


# -- organ inflammation as a side effect ------------------------------------------------------------------------


def test_inflammation_of_an_organ_is_one_side_effect() -> None:
    events = _of_type("Side effects of the drug can include inflammation in the lungs and inflamed joints.",
                      "adverse_event")
    assert events == {"inflammation in the lungs": "pneumonitis", "inflamed joints": "arthritis"}


def test_an_inflamed_organ_takes_the_name_the_text_gives_it() -> None:
    text = "A serious side effect is inflammation of the adrenal gland, called adrenalitis by some doctors."
    events = [m for m in _link(text) if m.type == "adverse_event"]
    assert [m.text for m in events] == ["inflammation of the adrenal gland"]
    plain = _of_type("A serious side effect is inflammation of the adrenal gland.", "adverse_event")
    assert plain == {"inflammation of the adrenal gland": "adrenal gland inflammation"}


def test_an_organ_inflammation_outside_side_effect_context_is_no_side_effect() -> None:
    assert not _of_type("The doctor looked at the lungs. Inflammation in the lungs was seen on the scan.",
                        "adverse_event")


def test_a_linked_condition_named_as_a_side_effect_is_an_adverse_event() -> None:
    text = ("---\nurl: https://www.cancer.gov/x\n---\n# Side effects\n\nA less common side effect is kidney "
            "inflammation, called [nephritis](https://www.cancer.gov/publications/dictionaries/cancer-terms/def/1).\n")
    mentions = default_linker().link(parse_document(text, "x.md"))
    assert {m.text: m.type for m in mentions if m.text == "nephritis"} == {"nephritis": "adverse_event"}
    ids = {m.id for m in mentions if m.type == "adverse_event"}
    assert len(ids) == 1  # the plain name and the linked name are one side effect


def test_a_linked_condition_of_the_patient_stays_a_disease() -> None:
    text = ("---\nurl: https://www.cancer.gov/x\n---\nPeople with "
            "[hepatitis](https://www.cancer.gov/publications/dictionaries/cancer-terms/def/2) may have more side "
            "effects.\n")
    mentions = default_linker().link(parse_document(text, "x.md"))
    assert {m.text: m.type for m in mentions if m.text == "hepatitis"} == {"hepatitis": "disease"}


def test_patient_words_for_common_side_effects() -> None:
    events = _of_type("Side effects include a rapid heartbeat, hearing loss, belly pain and trouble concentrating.",
                      "adverse_event")
    assert events == {"rapid heartbeat": "tachycardia", "hearing loss": "impaired hearing",
                      "belly pain": "abdominal pain", "trouble concentrating": "concentration impairment"}


# -- symptoms that are no side effect ------------------------------------------------------------------------------


def test_a_symptom_word_that_modifies_a_noun_is_no_side_effect() -> None:
    text = "Patients who take the drug may need pain medicines, and surgery can remove a painful breast tumor."
    assert not _of_type(text, "adverse_event")


def test_a_symptom_a_treatment_relieves_is_no_side_effect() -> None:
    assert not _of_type("Radiation therapy may be given to relieve pain from cancer in the bones.", "adverse_event")
    events = _of_type("Drugs given to relieve pain can have side effects such as constipation.", "adverse_event")
    assert "constipation" in events


# -- a maker's name listed among a drug's names ---------------------------------------------------------------


def test_a_drug_name_that_names_the_funder_is_the_company() -> None:
    from kg.linking.organization_names import normalise_organizations

    text = "The trial was funded by Acme, the manufacturer of the drug."
    doc = parse_document(text, "x.md")
    drug = Mention("x", 24, 28, "Acme", "NCIT:C1", "some drug", "drug", "dictionary", 0.9)
    company = Mention("x", 24, 28, "Acme", "KG:o", "Acme", "organization", "pattern", 0.7)
    kept = normalise_organizations([drug, company], doc)
    assert [(m.text, m.type) for m in kept] == [("Acme", "organization")]
    taken = Mention("x", 14, 18, "Acme", "NCIT:C1", "some drug", "drug", "dictionary", 0.9)
    assert normalise_organizations([taken], parse_document("Patients took Acme daily.", "x.md")) == [taken]


def test_loss_of_fertility_is_a_side_effect() -> None:
    assert "loss of fertility" in _of_type("Side effects of the treatment include loss of fertility.",
                                           "adverse_event")


# -- regimens written out as their drugs ------------------------------------------------------------------------


def test_a_regimen_written_out_as_its_drugs_is_those_drugs() -> None:
    for text in ("Patients who received dabrafenib plus trametinib lived longer.",
                 "The dabrafenib-trametinib combination was approved."):
        mentions = _link(text)
        assert [(m.text, m.type) for m in mentions] == [("dabrafenib", "drug"), ("trametinib", "drug")]


def test_a_named_regimen_is_the_regimen_drug() -> None:
    assert [(m.text, m.type) for m in _link("The FOLFIRINOX regimen is toxic.")] == [("FOLFIRINOX", "drug")]


# -- coordination ellipsis after a list's first item --------------------------------------------------------------


def test_a_coordination_after_an_including_names_each_disease() -> None:
    diseases = set(_of_type("It has been studied in solid tumors, including breast and brain cancers.",
                            "disease").values())
    assert {"solid tumor", "breast cancer", "brain cancer"} <= diseases


def test_a_compound_organ_name_is_no_coordination() -> None:
    diseases = _of_type("In patients with head and neck squamous cell carcinoma, the drug helped.", "disease")
    assert list(diseases) == ["head and neck squamous cell carcinoma"]


# -- endpoints a trial declares ----------------------------------------------------------------------------------


def test_what_a_trial_declares_as_endpoints_are_endpoints() -> None:
    text = ("The trial's primary endpoint was complete response. Secondary end points included duration of "
            "response, how long patients lived, and safety.")
    endpoints = _of_type(text, "endpoint")
    assert {"complete response", "duration of response", "safety"} <= set(endpoints)
    assert not any("lived" in name for name in endpoints)


def test_safety_outside_a_declared_endpoint_is_no_endpoint() -> None:
    assert not _of_type("The safety of the drug in children was not known.", "endpoint")


# -- anatomy and stages are no diseases ---------------------------------------------------------------------------


def test_an_organ_listed_among_a_disease_synonyms_is_anatomy() -> None:
    text = "Radiation therapy to the pituitary gland may change how the thyroid gland works."
    assert not [m for m in _link(text) if m.type in ("disease", "adverse_event")]


def test_a_sub_stage_is_no_disease_abbreviation() -> None:
    assert not _of_type("Stage IV is divided into stages IVA and IVB. In stage IVA, the cancer has spread.",
                        "disease")


def test_a_linked_full_name_keeps_its_span() -> None:
    text = ("---\nurl: https://www.cancer.gov/x\n---\n[Primary mediastinal large B-cell lymphoma]"
            "(https://www.cancer.gov/publications/dictionaries/cancer-terms/def/3) in adults.\n")
    diseases = {m.text for m in default_linker().link(parse_document(text, "x.md")) if m.type == "disease"}
    assert diseases == {"Primary mediastinal large B-cell lymphoma"}


# -- target or biomarker -------------------------------------------------------------------------------------


def test_a_gene_beside_another_gene_class_is_the_page_biomarker() -> None:
    text = ("It is used in patients whose cancer has the PD-L1 protein and who have received an EGFR inhibitor. "
            "Tumors were tested for PD-L1 expression.")
    typed = {m.text: m.type for m in _link(text)}
    assert typed["PD-L1"] == "biomarker"


def test_a_gene_a_drug_blocks_stays_a_target() -> None:
    text = "The drug blocks PD-L1 on tumor cells. Tumors were tested for PD-L1 expression."
    assert {m.text: m.type for m in _link(text)}["PD-L1"] == "target"


def test_genomic_markers_are_one_biomarker_each() -> None:
    text = ("It treats cancer that is microsatellite instability-high (MSI-H) or mismatch repair deficient (dMMR), "
            "and solid tumors that are tumor mutational burden-high (TMB-H).")
    markers = _of_type(text, "biomarker")
    assert set(markers.values()) == {"microsatellite instability", "mismatch repair status", "tumor mutational burden"}
    assert {"MSI-H", "dMMR", "TMB-H"} <= set(markers)


def test_a_disease_defined_with_its_abbreviation_gives_the_abbreviation() -> None:
    text = "# Types\n\n## Chronic myelogenous leukemia (CML)\n\nCML often begins in an early myeloid blood cell.\n"
    mentions = default_linker().link(parse_document(text, "x.md"))
    assert {(m.text, m.type) for m in mentions} == {("Chronic myelogenous leukemia", "disease"), ("CML", "disease")}


def test_a_journal_is_no_trial_and_a_maker_is_a_company() -> None:
    text = ("The results were published February 2 in JAMA. In a statement responding to the JAMA study, "
            "Acme Bio, which manufactures the drug, asked for a hearing.")
    mentions = _link(text)
    assert not [m for m in mentions if m.type == "trial"]
    assert "Acme Bio" in {m.text for m in mentions if m.type == "organization"}


def test_patient_words_for_marrow_damage_and_perforation() -> None:
    events = _of_type("Serious side effects included bone marrow damage and perforations of the gastrointestinal "
                      "tract.", "adverse_event")
    assert set(events) == {"bone marrow damage", "perforations of the gastrointestinal tract"}


def test_a_linked_organ_word_with_the_head_after_the_link_is_the_disease() -> None:
    text = ("---\nurl: https://www.cancer.gov/x\n---\n[Biliary tract]"
            "(https://www.cancer.gov/publications/dictionaries/cancer-terms/def/4) cancer that has spread.\n")
    diseases = {m.text for m in default_linker().link(parse_document(text, "x.md")) if m.type == "disease"}
    assert diseases == {"Biliary tract cancer"}
