"""Look-ups a user would try against the committed compiled vocabulary (no source files needed)."""

from __future__ import annotations

import pytest

from kg.vocabulary import Vocabulary, default_vocabulary
from kg.vocabulary.commands import lookup_text, stats_text


@pytest.fixture(scope="module")
def vocab() -> Vocabulary:
    return default_vocabulary()


@pytest.mark.parametrize(
    ("name", "term_id", "term_type"),
    [
        ("Afinitor", "NCIT:C48387", "drug"),
        ("everolimus", "NCIT:C48387", "drug"),
        ("RAD001", "NCIT:C48387", "drug"),
        ("BCG", "CHEMBL:CHEMBL2108905", "drug"),  # bacillus Calmette-Guérin, named so on the bladder cancer pages
        ("rad 001", "NCIT:C48387", "drug"),
        ("Zortress", "NCIT:C48387", "drug"),
        ("exemestane", "NCIT:C1097", "drug"),
        ("Aromasin", "NCIT:C1097", "drug"),
        ("Zytiga", "NCIT:C68845", "drug"),
        ("abiraterone acetate", "NCIT:C68845", "drug"),
        ("Herceptin", "NCIT:C1647", "drug"),
        ("Verzenio", "NCIT:C97660", "drug"),
        ("HER2", "HGNC:3430", "target"),
        ("ERBB2", "HGNC:3430", "target"),
        ("mTOR", "HGNC:3942", "target"),
        ("FKBP1A", "HGNC:3711", "target"),
        ("mouth sores", "MEDDRA:10028130", "adverse_event"),
        ("oral mucositis", "MEDDRA:10028130", "adverse_event"),
        ("fatigue", "MEDDRA:10016256", "adverse_event"),
        ("hair loss", "MEDDRA:10001760", "adverse_event"),
        ("aromatase inhibitor", "MESH:D047072", "drug_class"),
        ("Aromatase Inhibitors", "MESH:D047072", "drug_class"),
        ("breast cancer", "MONDO:0007254", "disease"),
        ("acute non-lymphocytic leukemia", "MONDO:0018874", "disease"),
        ("gastroesophageal junction cancer", "MONDO:0003219", "disease"),
        ("nonseminoma", "MONDO:0021656", "disease"),
        ("AIDS-related lymphoma", "MESH:D016483", "disease"),  # not MONDO's primary effusion lymphoma
        ("non-small cell lung cancer", "MONDO:0005233", "disease"),
        ("night sweats", "HP:0030166", "adverse_event"),
        ("hot flashes", "MEDDRA:10020407", "adverse_event"),
        ("heart failure", "MEDDRA:10019279", "adverse_event"),
        ("hemorrhage", "MESH:D006470", "adverse_event"),
        ("bleeding", "MESH:D006470", "adverse_event"),
        ("fistula", "MESH:D005402", "adverse_event"),
        ("impaired wound healing", "HP:0001058", "adverse_event"),
        ("blood clots", "MESH:D013927", "adverse_event"),
        ("monoclonal antibody", "MESH:D000911", "drug_class"),
        ("monoclonal antibodies", "MESH:D000911", "drug_class"),
        ("angiogenesis inhibitor", "MESH:D020533", "drug_class"),
        ("anthracycline", "MESH:D018943", "drug_class"),
        ("taxane", "MESH:D043823", "drug_class"),
        ("immune checkpoint inhibitor", "MESH:D000082082", "drug_class"),
        ("protein kinase inhibitor", "MESH:D047428", "drug_class"),
        ("PARP inhibitor", "MESH:D000067856", "drug_class"),
        ("selective estrogen receptor modulator", "MESH:D020845", "drug_class"),
        ("antiandrogen", "MESH:D000726", "drug_class"),
        ("immunosuppressant", "MESH:D007166", "drug_class"),
        ("solid tumor", "KG:disease/solid-tumor", "disease"),
        ("transplant rejection", "MESH:D006084", "disease"),
        ("BOLERO-2", "clinicaltrials:NCT00863655", "trial"),
        ("BOLERO 2", "clinicaltrials:NCT00863655", "trial"),
        ("NCT00863655", "clinicaltrials:NCT00863655", "trial"),
    ],
)
def test_name_resolves_first_to(vocab: Vocabulary, name: str, term_id: str, term_type: str) -> None:
    found = vocab.lookup(name)
    assert found, f"{name!r} not found"
    assert found[0].id == term_id
    assert found[0].type == term_type


@pytest.mark.parametrize(
    "name",
    [
        "antineoplastic agent",
        "purine analogue",
        "fluoropyrimidine",
        "platinum compound",
        "kinase inhibitor",
        "tyrosine kinase inhibitor",
        "GnRH agonist",
        "gonadotropin-releasing hormone agonist",
        "Gonadotropin-releasing Hormone Analog",
        "Selective Estrogen Receptor Down Regulator",
        "aromatase inhibitor",
        "hormone therapy",
        "chemotherapy",
        "targeted therapy",
        "immunotherapy",
    ],
)
def test_class_names_resolve_to_a_class(vocab: Vocabulary, name: str) -> None:
    found = vocab.lookup(name)
    assert found and found[0].type == "drug_class", name


@pytest.mark.parametrize("name", ["start", "luteinizing", "nutrients", "adjuvant", "inhibitors", "biomarker"])
def test_ordinary_words_match_no_drug_or_class(vocab: Vocabulary, name: str) -> None:
    assert not [t for t in vocab.lookup(name) if t.type in ("drug", "drug_class")]


def test_small_lymphocytic_lymphoma_is_a_disease(vocab: Vocabulary) -> None:
    assert vocab.lookup("small lymphocytic lymphoma")[0].type == "disease"


def test_hpo_phenotypes_outside_ctcae_are_adverse_events(vocab: Vocabulary) -> None:
    assert vocab.stats()["type"]["adverse_event"] >= 10_000
    alopecia = vocab.get("MEDDRA:10001760")
    assert alopecia is not None and "HP:0001596" in alopecia.xrefs
    assert vocab.get("HP:0001596") is None  # merged into the CTCAE term
    assert vocab.lookup("breast cancer")[0].type == "disease"


def test_colliding_trial_acronyms_keep_every_trial(vocab: Vocabulary) -> None:
    ids = {t.id for t in vocab.lookup("PALOMA-3")}
    assert {"clinicaltrials:NCT01942135", "clinicaltrials:NCT05388669"} <= ids


def test_drug_terms_carry_brands_xrefs_and_lower_case_labels(vocab: Vocabulary) -> None:
    everolimus = vocab.get("NCIT:C48387")
    assert everolimus is not None
    assert everolimus.label == "everolimus"
    assert "Afinitor" in everolimus.brands
    assert {"NCIDRUG:372905", "CHEMBL:CHEMBL1908360", "UNII:9HW64Q8G6G"} <= set(everolimus.xrefs)
    assert vocab.get("NCIT:C68845").label == "abiraterone"  # type: ignore[union-attr]


def test_by_xref_finds_drugs_genes_and_diseases(vocab: Vocabulary) -> None:
    assert vocab.by_xref("NCIDRUG:372905").id == "NCIT:C48387"  # type: ignore[union-attr]
    assert vocab.by_xref("UniProtKB:P42345").id == "HGNC:3942"  # type: ignore[union-attr]
    assert vocab.by_xref("NCIT:C9335").id == "MONDO:0007254"  # type: ignore[union-attr]
    assert vocab.by_xref("NOPE:1") is None


def test_curated_relations_have_sources(vocab: Vocabulary) -> None:
    relations = {(r.subject, r.predicate, r.object, r.source) for r in vocab.relations}
    assert ("NCIT:C48387", "targets", "HGNC:3711", "drugcentral") in relations
    assert ("NCIT:C1097", "approved_for", "MONDO:0007254", "nci_pages") in relations
    assert any(s == "NCIT:C1097" and p == "member_of_class" for s, p, _, _ in relations)


def test_issue_targets_are_met(vocab: Vocabulary) -> None:
    stats = vocab.stats()
    nci_drugs = [
        t
        for t in vocab.terms.values()
        if t.type == "drug" and t.id.startswith("NCIT:") and "nci_pages" in t.sources
    ]
    drug_names = sum(
        1 + len(t.synonyms) + len(t.brands) + len(t.codes) for t in vocab.terms.values() if t.type == "drug"
    )
    # every page's NCIt code is a drug's id, or a cross-reference of the drug it was folded into (two pages of
    # one generic, "etoposide" and "etoposide phosphate", are one drug)
    page_codes = {t.id for t in nci_drugs} | {x for t in nci_drugs for x in t.xrefs if x.startswith("NCIT:")}
    assert len(page_codes) >= 330
    assert drug_names >= 10_000
    assert stats["type"]["target"] >= 40_000
    assert stats["type"]["drug_class"] >= 500
    assert stats["type"]["disease"] >= 20_000
    assert stats["type"]["adverse_event"] >= 800
    assert stats["type"]["trial"] >= 900


def test_command_texts(vocab: Vocabulary) -> None:
    assert "NCIT:C48387" in lookup_text(vocab, "Afinitor")
    assert "(brand)" in lookup_text(vocab, "Afinitor")
    assert "no match" in lookup_text(vocab, "zzzz not a name")
    table = stats_text(vocab)
    assert "adverse_event" in table and "hgnc" in table


@pytest.mark.parametrize(
    ("names", "label"),
    [
        (["cabozantinib", "Cabometyx", "Cometriq", "cabozantinib-s-malate"], "cabozantinib"),
        (["brentuximab vedotin", "Adcetris"], "brentuximab vedotin"),
        (["etoposide", "etoposide phosphate", "Etopophos", "Toposar"], "etoposide"),
        (["afatinib", "afatinib dimaleate", "Gilotrif"], "afatinib"),
        (["triptorelin", "triptorelin pamoate", "Trelstar"], "triptorelin"),
        (["tovorafenib", "Ojemda"], "tovorafenib"),
    ],
)
def test_a_drug_its_salts_and_brands_are_one_term(vocab: Vocabulary, names: list[str], label: str) -> None:
    """A salt form, a second cancer.gov page or another source's record of the same drug is no second node."""
    found = {vocab.lookup(name)[0].id for name in names}
    assert len(found) == 1, found
    assert vocab.get(found.pop()).label == label  # type: ignore[union-attr]


def test_no_two_drugs_share_a_label(vocab: Vocabulary) -> None:
    labels = [term.label.lower() for term in vocab.terms.values() if term.type == "drug"]
    assert len(labels) == len(set(labels))


@pytest.mark.parametrize("pair", [("calcium acetate", "calcium gluconate"), ("iobenguane (123I)", "iobenguane (131I)")])
def test_different_salts_without_a_plain_generic_stay_apart(vocab: Vocabulary, pair: tuple[str, str]) -> None:
    assert vocab.lookup(pair[0])[0].id != vocab.lookup(pair[1])[0].id


@pytest.mark.parametrize("name", ["enucleation", "pelvic exenteration", "transarterial chemoembolization",
                                  "myeloablative conditioning", "immunotherapy for melanoma"])
def test_procedures_are_not_drugs(vocab: Vocabulary, name: str) -> None:
    assert not [term for term in vocab.lookup(name) if term.type == "drug"]


def test_androgen_deprivation_is_a_kind_of_treatment_not_a_drug(vocab: Vocabulary) -> None:
    assert {term.type for term in vocab.lookup("androgen deprivation")} == {"drug_class"}


@pytest.mark.parametrize("word", ["Choice", "Today", "Luminal", "Success"])
def test_brands_the_corpus_writes_as_ordinary_words_name_no_drug(vocab: Vocabulary, word: str) -> None:
    """"Treatment of Choice", "Today's Treatments", "luminal breast cancer" name no warfarin, contraceptive or
    phenobarbital (kg vocab learn counts how the corpus writes them)."""
    assert not [term for term in vocab.lookup(word) if term.type == "drug"]


def test_brands_written_mostly_as_brands_stay(vocab: Vocabulary) -> None:
    assert vocab.lookup("Adriamycin")[0].label == "doxorubicin"
