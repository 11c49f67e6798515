"""The linker on real text: what it links, what it leaves out, and how it says so."""

from __future__ import annotations

import pytest

from kg.documents import parse_document, read_document
from kg.linking.links import parse_link_target
from kg.pipeline import analyse_document, default_linker
from tests.conftest import SEEDS, shared_dir

SEED = SEEDS / "000_702680f2cf8034cf.txt"


def _link(text: str) -> list[tuple[str, str, str]]:
    doc = parse_document(text, "example.md")
    return [(m.text, m.id, m.type) for m in default_linker().link(doc)]


def test_seed_mentions_carry_ids_methods_and_confidence() -> None:
    mentions = default_linker().link(read_document(SEED))
    by_text = {m.text: m for m in mentions}
    assert by_text["Afinitor"].id == "NCIT:C48387"
    assert by_text["mTOR"].id == "HGNC:3942" and by_text["mTOR"].method == "link"
    assert by_text["BOLERO 2"].id == "clinicaltrials:NCT00863655"
    assert by_text["oral mucositis"].type == "adverse_event"
    assert all(0 < m.confidence <= 1 for m in mentions)
    assert {m.method for m in mentions} >= {"link", "dictionary"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Patients took RAD001 daily.", ("RAD001", "NCIT:C48387")),
        ("Trastuzumab (Herceptin) is given by infusion.", ("Herceptin", "NCIT:C1647")),
        ("Results of BOLERO-2 were reported.", ("BOLERO-2", "clinicaltrials:NCT00863655")),
        ("The drug blocks HER2 on cancer cells.", ("HER2", "HGNC:3430")),
    ],
)
def test_brand_code_and_acronym_spellings(text: str, expected: tuple[str, str]) -> None:
    assert expected in [(t, i) for t, i, _ in _link(text)]


def test_defined_abbreviations_link_for_the_rest_of_the_document() -> None:
    mentions = _link("Median progression-free survival (PFS) was longer. PFS was 7.4 months.")
    pfs = [(t, i) for t, i, kind in mentions if t == "PFS"]
    assert len(pfs) == 2 and pfs[0][1] == pfs[1][1]


def test_everyday_words_are_not_genes() -> None:
    text = ("All patients can set a time with their doctor. The cat was not met at the clinic. "
            "Call your doctor if you have a fever. Rest and drink water.")
    assert [m for m in _link(text) if m[2] == "target"] == []


def test_corpus_prose_words_are_not_linked_as_genes() -> None:
    """In real corpus pages, no lower-case word and no capitalised ordinary word becomes a gene."""
    corpus = shared_dir("corpus", "nci", "02_nci_core", "coping")
    linker = default_linker()
    checked = 0
    for path in sorted(corpus.glob("*.md"))[:15]:
        for mention in linker.link(read_document(path)):
            if mention.type == "target":
                assert not mention.text.islower(), (path.name, mention.text)
                assert sum(c.isupper() or c.isdigit() for c in mention.text) >= 2, (path.name, mention.text)
        checked += 1
    assert checked > 0


def test_all_in_leukemia_prose_is_a_disease_not_a_gene() -> None:
    text = ("Acute lymphoblastic leukemia (ALL) is a cancer of the blood. Children with ALL "
            "receive chemotherapy.")
    genes = [m for m in _link(text) if m[0] == "ALL" and m[2] == "target"]
    assert genes == []


@pytest.mark.parametrize(
    ("href", "curie"),
    [
        ("/about-cancer/treatment/clinical-trials/intervention/C48387", "NCIT:C48387"),
        ("https://www.cancer.gov/publications/dictionaries/cancer-terms/def/CDR0000653126", "NCIDICT:653126"),
        ("/Common/PopUps/popDefinition.aspx?id=CDR0000045445&version=Patient", "NCIDICT:45445"),
        ("https://clinicaltrials.gov/study/NCT00863655", "clinicaltrials:NCT00863655"),
        ("http://www.ncbi.nlm.nih.gov/pubmed/22149876", "PUBMED:22149876"),
        ("/publications/dictionaries/cancer-drug/def/42265", "NCIDRUG:42265"),
    ],
)
def test_link_targets_become_identifiers(href: str, curie: str) -> None:
    target = parse_link_target(href)
    assert target is not None and target.curie == curie


@pytest.mark.parametrize("href", ["", "#top", "javascript:void(0)", "mailto:x@y.org", "http://[::1", "/types"])
def test_odd_links_are_ignored(href: str) -> None:
    assert parse_link_target(href) is None


def test_nct_numbers_in_plain_text_are_trials() -> None:
    mentions = _link("The study (NCT01234567) enrolled 300 women.")
    assert ("NCT01234567", "clinicaltrials:NCT01234567", "trial") in mentions


def test_gold_documents_link_every_drug_they_name() -> None:
    """Every drug annotated in the gold files is found by the linker (by any of its surface forms)."""
    gold = shared_dir("gold")
    import yaml

    corpus = gold.parent / "corpus" / "nci"
    linker = default_linker()
    missed = []
    for path in sorted(gold.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        found = {m.text.rstrip("®™").casefold() for m in linker.link(read_document(corpus / data["doc"]))
                 if m.type == "drug"}
        for entity in data["entities"]:
            if entity["type"] == "drug" and not {s.casefold() for s in entity["mentions"]} & found:
                missed.append((path.name, entity["name"]))
    assert missed == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The conjugate is an antibody chemically linked to the cytotoxic drug XR7.", "XR7"),
        ("Inside the cell the agent releases the compound AB-12.", "AB-12"),
        ("The antibody carries a payload called QMAE.", "QMAE"),
    ],
)
def test_code_named_compounds_introduced_as_drugs_are_drugs(text: str, name: str) -> None:
    assert (name, "drug") in {(text_, type_) for text_, _, type_ in _link(text)}


@pytest.mark.parametrize("text", ["The drug FDA approved works.", "Patients took the drug AND rested.",
                                  "They took the drug in 2012."])
def test_ordinary_words_after_drug_are_not_drugs(text: str) -> None:
    assert [t for t in _link(text) if t[2] == "drug"] == []


def test_capitalised_names_one_per_line_are_each_linked() -> None:
    # a list of names (or a heading line before it) is not one long proper name running across line breaks
    found = _link("Drugs Approved for Basal Cell Carcinoma\n\n- Vismodegib\n- Sonidegib\n")
    assert {text for text, _, kind in found if kind == "drug"} == {"Vismodegib", "Sonidegib"}
    assert ("Basal Cell Carcinoma", "disease") in {(text, kind) for text, _, kind in found}


@pytest.mark.parametrize("text", ["Cetuximab binds to EGFR.", "The antibody attaches to HER2 on the cell.",
                                  "Osimertinib inhibits EGFR."])
def test_a_gene_symbol_that_a_drug_binds_or_inhibits_is_a_target(text: str) -> None:
    assert "target" in {kind for _, _, kind in _link(text)}


def test_the_bodys_own_molecules_are_not_drugs() -> None:
    found = _link("CTLA-4 is a protein on T cells. The T-cell receptor binds to antigen.")
    assert not [text for text, _, kind in found if kind == "drug"]
    assert {kind for text, _, kind in found if text == "CTLA-4"} <= {"target", "biomarker"}


def test_every_name_of_a_drug_pages_brand_list_is_a_brand_of_the_page_drug() -> None:
    text = "# Bevacizumab\n\nUS Brand Name(s)\n\nAvastin Newbrandia Mvasi\n\nFDA Approved\n\nYes\n"
    analysis = analyse_document(parse_document(text, "example.md"))
    drug = next(m.id for m in analysis.mentions if m.text == "Bevacizumab")
    brands = {s.subject_text for s in analysis.statements if s.predicate == "brand_name_of" and s.object == drug}
    assert "Newbrandia" in brands


def test_dosage_form_words_in_a_brand_list_are_not_brands() -> None:
    text = "# Carmustine Implant\n\nUS Brand Name(s)\n\nGliadel Wafer\n\nFDA Approved\n\nYes\n"
    assert "Wafer" not in {text for text, _, _ in _link(text)}


def test_a_drug_name_joined_by_plus_names_each_drug() -> None:
    found = _link("Women who received ribociclib plus letrozole lived longer.")
    assert {text for text, _, kind in found if kind == "drug"} == {"ribociclib", "letrozole"}


def test_a_named_regimen_is_the_regimen_drug_not_a_class() -> None:
    found = _link("Patients received the FOLFOX regimen.")
    assert [kind for text, _, kind in found if text.startswith("FOLFOX")] == ["drug"]


def test_a_code_name_in_parentheses_after_a_drug_names_it_on_the_rest_of_the_page() -> None:
    found = _link("Women received trastuzumab emtansine (T-DM1). Later, T-DM1 worked.")
    ids = {i for text, i, kind in found if kind == "drug"}
    assert len(ids) == 1 and [text for text, _, _ in found].count("T-DM1") == 2


def test_a_phase_or_a_status_alone_is_not_a_disease_even_when_linked() -> None:
    # dictionary links whose entries the vocabulary files under a disease ("leukemia, accelerated-phase")
    found = _link("It is used for [accelerated phase](/Common/PopUps/popDefinition.aspx?id=46212) cancer that is "
                  "[mismatch repair deficient](/Common/PopUps/popDefinition.aspx?id=789741).")
    assert not [text for text, _, kind in found if kind == "disease"]


def test_words_of_a_web_address_are_not_mentions() -> None:
    from kg.documents import parse_document
    from kg.pipeline import analyse_document

    text = ("Available at: https://www.cancer.gov/types/gi-neuroendocrine-tumors/patient/x-pdq. See also "
            "www.clinicaltrials.gov/study/NCT01234567 about lung cancer.")
    mentions = analyse_document(parse_document(text, "x.md")).mentions
    assert {(m.text, m.type) for m in mentions} == {("NCT01234567", "trial"), ("lung cancer", "disease")}


@pytest.mark.parametrize("text", [
    "Transarterial chemoembolization and radioembolization are used for liver cancer.",
    "Tomotherapy is a type of intensity-modulated radiation therapy.",
    "Phototherapy and focused ultrasound therapy were offered.",
])
def test_procedures_named_like_therapies_are_neither_drugs_nor_classes(text: str) -> None:
    from kg.documents import parse_document
    from kg.pipeline import analyse_document

    mentions = analyse_document(parse_document(text, "x.md")).mentions
    assert not [m.text for m in mentions if m.type in ("drug", "drug_class")]


def test_a_disease_name_before_therapy_is_no_drug_class() -> None:
    from kg.documents import parse_document
    from kg.pipeline import analyse_document

    text = "Children receive AML therapy or ALL therapy; adults receive EGFR inhibitors and anti-HER2 therapy."
    classes = {m.text for m in analyse_document(parse_document(text, "x.md")).mentions if m.type == "drug_class"}
    assert classes == {"EGFR inhibitors", "anti-HER2 therapy"}


def test_authors_initials_in_references_are_no_mentions() -> None:
    from kg.documents import parse_document
    from kg.pipeline import analyse_document

    text = ("Chemotherapy (CT) and multimodality therapy (MT) were compared.\n\n"
            "References\n\nEnker WE, Thaler HT, Cranor ML, et al.: Total mesorectal excision. Ann Surg 1995.\n"
            "Meadows AT: A review of CT and MT. Cancer 2003.\n")
    mentions = analyse_document(parse_document(text, "x.md")).mentions
    assert not [m.text for m in mentions if m.text in ("WE", "HT", "ML", "AT")]


def test_the_disease_after_post_is_what_the_head_disease_came_from() -> None:
    from kg.documents import parse_document
    from kg.pipeline import analyse_document

    text = "Ruxolitinib is approved to treat post-polycythemia vera myelofibrosis."
    analysis = analyse_document(parse_document(text, "x.md"))
    assert [m.text for m in analysis.mentions if m.type == "disease"] == ["myelofibrosis"]


def test_a_resistance_status_alone_is_no_disease() -> None:
    from kg.documents import parse_document
    from kg.pipeline import analyse_document

    text = ("Olaparib treats prostate cancer that is castrate resistant; enzalutamide castration-resistant "
            "prostate cancer.")
    diseases = [m.text for m in analyse_document(parse_document(text, "x.md")).mentions if m.type == "disease"]
    assert diseases == ["prostate cancer", "castration-resistant prostate cancer"]


def test_an_abbreviation_the_page_defines_keeps_the_page_meaning() -> None:
    linked = _link("Colony-stimulating factors are given with chemotherapy. A needle is put into the CSF. "
                   "It removes cerebrospinal fluid (CSF) from the spine.")
    assert [text for text, _, _ in linked if text == "CSF"] == []


def test_a_plural_short_form_names_the_entity_its_definition_names() -> None:
    linked = _link("Adrenocortical carcinoma (ACC) is rare. It is also called adrenal cortical carcinoma. "
                   "Most ACCs make hormones.")
    assert [(text, entity_id) for text, entity_id, _ in linked if text == "ACCs"] == [("ACCs", "MONDO:0006639")]


@pytest.mark.parametrize("text, events", [
    ("Local hyperthermia is used to treat tumors near the skin.", []),
    ("Transplants are used to treat certain cancers, blood disorders, and autoimmune disorders.", []),
    ("It is used to treat lymphoma, but can cause nausea, vomiting, and fatigue.", ["nausea", "vomiting", "fatigue"]),
    ("Side effects of the drug include nausea and hyperthermia.", ["nausea", "hyperthermia"]),
])
def test_a_treatment_or_a_treated_condition_is_no_side_effect(text: str, events: list[str]) -> None:
    assert [t for t, _, entity_type in _link(text) if entity_type == "adverse_event"] == events


def test_a_trial_named_for_a_procedure_or_a_group_the_page_defines_is_no_trial() -> None:
    linked = _link("Children had a hematopoietic stem cell transplant (HSCT). The COG HSCT trial enrolled them. "
                   "The European Organisation for Research and Treatment of Cancer (EORTC) ran an EORTC trial.")
    assert [text for text, _, entity_type in linked if entity_type == "trial"] == []


def test_a_gene_short_name_a_drug_binds_to_is_the_target() -> None:
    linked = _link("Trastuzumab binds to HER2 and stops cancer cells from growing.")
    assert ("HER2", "HGNC:3430", "target") in linked


def test_a_one_word_disease_label_is_a_disease_but_like_it_is_not() -> None:
    linked = _link("Antibiotics are used to treat pneumonia. Some patients had influenza-like illness.")
    assert [(text, entity_type) for text, _, entity_type in linked if text.lower().startswith(("pneum", "influ"))] \
        == [("pneumonia", "disease")]


def test_a_word_listed_as_a_drug_synonym_or_a_trial_spelled_like_a_syndrome_is_neither() -> None:
    linked = _link("Women in the STAR trial took tamoxifen or raloxifene. The fraction of women with cancer was small.")
    assert ("STAR", "trial") in [(text, entity_type) for text, _, entity_type in linked]
    assert "fraction" not in [text for text, _, _ in linked]


def test_a_link_to_a_cancer_page_from_a_word_that_names_no_disease_is_no_mention() -> None:
    doc = parse_document("Read the [patient](/types/breast) version. [Breast cancer](/types/breast) is common.", "x.md")
    texts = [m.text for m in default_linker().link(doc) if m.type == "disease"]
    assert texts == ["Breast cancer"]


def test_a_vocabulary_class_named_with_agents_keeps_its_class() -> None:
    linked = _link("Antiangiogenesis agents that target the VEGF receptor can cause fatigue. Targeted drugs are used.")
    ids = {text: entity_id for text, entity_id, _ in linked}
    assert ids["Antiangiogenesis agents"] == "MESH:D020533"  # angiogenesis inhibitor
    assert ids["Targeted drugs"] == "KG:drug_class/targeted-therapy"


def test_a_name_some_source_lists_as_a_brand_is_a_brand_and_takes_no_plural() -> None:
    mentions = default_linker().link(parse_document("Cabozantinib (Cometriq®) is approved. Surgery Choices "
                                                    "for Women.", "x.md"))
    kinds = {m.text: m.name_kind for m in mentions}
    assert kinds.get("Cometriq") == "brand" and "Choices" not in kinds


def test_a_dictionary_link_on_an_organ_name_is_no_disease() -> None:
    doc = parse_document("The tumor forms in the [central nervous system](/Common/PopUps/popDefinition.aspx?id=46476)"
                         " and [genital warts](/Common/PopUps/popDefinition.aspx?id=45697) are common.", "x.md")
    diseases = [m.text for m in default_linker().link(doc) if m.type in ("disease", "adverse_event")]
    assert "central nervous system" not in diseases and "genital warts" in diseases


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("Women received doxorubicin and cyclophosphamide (AC). Then AC was stopped.", "AC"),
        ("Children received clofarabine/cytarabine (CA) for induction. CA was given twice.", "CA"),
        ("Cytarabine combined with daunorubicin and etoposide (HD-ADE) was given. HD-ADE helped.", "HD-ADE"),
        ("Patients received cisplatin plus etoposide (EP). EP was well tolerated.", "EP"),
    ],
)
def test_a_regimen_abbreviation_after_a_list_is_not_its_last_drug(text: str, short: str) -> None:
    """The short name of drugs given together names the regimen, never only the drug written last."""
    last_drug = [m for m in default_linker().link(parse_document(text, "x.md")) if m.type == "drug"]
    assert not [m for m in last_drug if m.text == short and m.label != short.lower()]


@pytest.mark.parametrize(
    ("text", "short", "label"),
    [
        ("Women received trastuzumab emtansine (T-DM1). T-DM1 worked.", "T-DM1", "trastuzumab emtansine"),
        ("Patients got nivolumab or pembrolizumab (MK-3475). MK-3475 worked.", "MK-3475", "pembrolizumab"),
        ("Patients got ATRA and arsenic trioxide (ATO). ATO worked.", "ATO", "arsenic trioxide"),
    ],
)
def test_a_short_name_that_spells_one_drug_is_that_drug(text: str, short: str, label: str) -> None:
    mentions = default_linker().link(parse_document(text, "x.md"))
    assert {m.label for m in mentions if m.text == short} == {label}


def test_toxicity_alone_names_no_side_effect() -> None:
    """"Toxicity" (linked to its dictionary entry or not) is no adverse event; "cardiac toxicity" is one."""
    text = ("No increased [toxicity](/publications/dictionaries/cancer-terms/def/445093) was seen. Toxicity was low. "
            "Cardiac toxicity occurred in two patients.")
    events = [m.text for m in default_linker().link(parse_document(text, "x.md")) if m.type == "adverse_event"]
    assert events == ["Cardiac toxicity"]


def test_mismatch_repair_deficiency_of_a_tumour_is_a_marker_not_a_syndrome() -> None:
    text = "Pembrolizumab is approved for endometrial tumors with a genetic change called mismatch repair deficiency."
    found = {m.text: m.type for m in default_linker().link(parse_document(text, "x.md"))}
    assert found["mismatch repair deficiency"] == "biomarker"
