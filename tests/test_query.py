"""SPARQL over the exports: every example in queries/ answers on the seed export, and results format cleanly."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from test_export import sample_graph

from kg.export import write_exports
from kg.identifiers import compress, expand
from kg.query import (
    ExportError,
    QueryError,
    QueryResult,
    QuerySyntaxError,
    format_result,
    load_store,
    main,
    query_store,
    read_query_file,
    run_query,
)

ROOT = Path(__file__).resolve().parents[1]
SEED_EXPORT = ROOT / "exports" / "kg.ttl"
QUERIES = ROOT / "queries"
ARTICLE = "https://www.cancer.gov/types/breast/research/everolimus-plus-exemestane"


@pytest.fixture(scope="module")
def seed_store() -> ox.Store:
    return load_store(SEED_EXPORT)


def answer(store: ox.Store, name: str, replace: tuple[str, str] | None = None) -> list[dict[str, str]]:
    """The rows of queries/<name>.rq as dicts; IRIs as CURIEs where the prefix map has them."""
    sparql = (QUERIES / f"{name}.rq").read_text(encoding="utf-8")
    if replace:
        assert replace[0] in sparql
        sparql = sparql.replace(*replace)
    result = query_store(store, sparql, source=name)
    names = result.variables
    return [{var: cell(t) for var, t in zip(names, row, strict=True) if t is not None} for row in result.rows]


def cell(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> str:
    if isinstance(term, ox.NamedNode):
        return compress(term.value) or term.value
    return str(term) if isinstance(term, ox.Triple) else term.value


def test_every_query_is_documented_with_an_expected_answer() -> None:
    files = sorted(QUERIES.glob("*.rq"))
    assert len(files) >= 12
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert text.startswith("# "), path
        assert "Expected on the seed graph" in text, path


def test_drugs_by_target(seed_store: ox.Store) -> None:
    rows = answer(seed_store, "drugs_by_target")
    assert rows == [{"drug": "NCIT:C48387", "drugLabel": "everolimus", "relation": "kg:inhibits",
                     "target": "HGNC:3942", "targetLabel": "MTOR"}]


def test_drugs_by_class(seed_store: ox.Store) -> None:
    rows = answer(seed_store, "drugs_by_class")
    assert rows == [{"class": "MESH:D047072", "classLabel": "aromatase inhibitor", "drug": "NCIT:C1097",
                     "drugLabel": "exemestane", "sources": "drugcentral text"}]


def test_trials_by_cancer_type(seed_store: ox.Store) -> None:
    rows = answer(seed_store, "trials_by_cancer_type")
    assert rows == [{"trial": "clinicaltrials:NCT00863655", "trialLabel": "BOLERO-2", "disease": "MONDO:0007254",
                     "diseaseLabel": "breast cancer", "drugs": "everolimus; exemestane"}]
    assert answer(seed_store, "trials_by_cancer_type", ('{ "breast" }', '{ "lung" }')) == []


def test_trial_sponsors(seed_store: ox.Store) -> None:
    rows = answer(seed_store, "trial_sponsors")
    assert [(r["trial"], r["trialLabel"], r["sponsorLabel"], r["sponsorTrials"]) for r in rows] == [
        ("clinicaltrials:NCT00863655", "BOLERO-2", "Novartis", "1")
    ]


def test_approvals(seed_store: ox.Store) -> None:
    rows = answer(seed_store, "approvals")
    assert [(r["drugLabel"], r["diseaseLabel"], r["sources"]) for r in rows] == [
        ("everolimus", "breast cancer", "nci_pages"),
        ("exemestane", "breast cancer", "nci_pages"),
    ]


def test_side_effects_of_class(seed_store: ox.Store) -> None:
    assert answer(seed_store, "side_effects_of_class") == []
    # The full corpus says everolimus is an MTOR inhibitor; with that one fact the class has its side effects.
    store = load_store(SEED_EXPORT)
    mtor_inhibitor = ox.NamedNode(expand("MESH:D000091203"))
    store.add(ox.Quad(ox.NamedNode(expand("NCIT:C48387")), ox.NamedNode(expand("kg:member_of_class")), mtor_inhibitor))
    store.add(ox.Quad(mtor_inhibitor, ox.NamedNode(expand("rdfs:label")), ox.Literal("MTOR inhibitor")))
    rows = answer(store, "side_effects_of_class")
    assert [(r["adverseEvent"], r["adverseEventLabel"], r["drugCount"], r["drugs"]) for r in rows] == [
        ("MEDDRA:10016256", "fatigue", "1", "everolimus"),
        ("MEDDRA:10028130", "oral mucositis", "1", "everolimus"),
    ]


def test_brands_of_drug(seed_store: ox.Store) -> None:
    rows = answer(seed_store, "brands_of_drug")
    assert rows == [{"drug": "NCIT:C48387", "drugLabel": "everolimus", "brand": "KG:brand/afinitor",
                     "brandLabel": "Afinitor"}]


def test_evidence_of_edge(seed_store: ox.Store) -> None:
    (row,) = answer(seed_store, "evidence_of_edge")
    assert row["sentence"].startswith("Everolimus inhibits a protein called mTOR")
    assert (row["document"], row["start"], row["end"], row["method"], row["source"]) == (
        ARTICLE, "1440", "1569", "verb", "text"
    )
    assert float(row["confidence"]) == pytest.approx(0.806)


def test_evidence_of_a_curated_edge_has_its_source_and_no_sentence(seed_store: ox.Store) -> None:
    rows = answer(seed_store, "evidence_of_edge", ("(NCIT:C48387 kg:inhibits HGNC:3942)",
                                                   "(NCIT:C48387 kg:approved_for <http://purl.obolibrary.org/obo/MONDO_0007254>)"))
    assert [(r["source"], r["method"], "sentence" in r) for r in rows] == [("nci_pages", "curated", False)]


def test_documents_overdue_for_review(seed_store: ox.Store) -> None:
    rows = answer(seed_store, "documents_overdue_for_review")
    assert [(r["document"], r["lastReviewed"], r["reviewFrequency"], r["daysSince"], r["daysOverdue"])
            for r in rows] == [(ARTICLE, "2025-12-30", "quarterly", "182", "91")]
    # Reviewed on 2025-12-30 every quarter: not yet due on 2026-03-01.
    assert answer(seed_store, "documents_overdue_for_review", ('"2026-06-30"', '"2026-03-01"')) == []


def test_entity_counts_by_type(seed_store: ox.Store) -> None:
    counts = {r["type"]: int(r["entities"]) for r in answer(seed_store, "entity_counts_by_type")}
    # The seed article's core entities; counts of the looser types (classes, endpoints) follow the linker's rules.
    assert {k: counts[k] for k in ("kg:Drug", "kg:Target", "kg:Trial", "kg:Disease", "kg:AdverseEvent")} == {
        "kg:Drug": 2, "kg:Target": 1, "kg:Trial": 1, "kg:Disease": 1, "kg:AdverseEvent": 2}
    assert counts["kg:Organization"] == 2 and counts["kg:DrugClass"] >= 1
    assert all(t.startswith("kg:") and n >= 1 for t, n in counts.items())


def test_combination_partners(seed_store: ox.Store) -> None:
    rows = answer(seed_store, "combination_partners")
    assert [(r["drugLabel"], r["partnerLabel"], r["sharedTrials"]) for r in rows] == [
        ("everolimus", "exemestane", "https://clinicaltrials.gov/study/NCT00863655"),
        ("exemestane", "everolimus", "https://clinicaltrials.gov/study/NCT00863655"),
    ]


def test_kinase_inhibitors_in_breast_cancer_trials(seed_store: ox.Store) -> None:
    rows = answer(seed_store, "kinase_inhibitors_in_breast_cancer_trials")
    answers = {(r["drug"], r["target"], r["trial"], r["disease"]) for r in rows}
    assert answers == {("NCIT:C48387", "HGNC:3942", "clinicaltrials:NCT00863655", "MONDO:0007254")}
    by_fact = {r["fact"]: r for r in rows}
    assert sorted(by_fact) == ["inhibits", "tested_in_trial", "trial_studies_disease"]
    assert len(rows) == 3  # the same sentence read twice for one edge comes out once
    assert by_fact["inhibits"]["sentence"].startswith("Everolimus inhibits a protein called mTOR")
    assert "called BOLERO 2" in by_fact["tested_in_trial"]["sentence"]
    assert {r["document"] for r in rows} == {ARTICLE}
    assert rows[0]["kinaseBecause"] == "name"  # MTOR's HGNC name, "mechanistic target of rapamycin kinase"


def test_negated_statements_are_not_facts(tmp_path: Path) -> None:
    # sample_graph: "Everolimus does not target HER2." (negated) next to "Everolimus inhibits mTOR."
    (export,) = write_exports(sample_graph(), tmp_path, ["ttl"])
    store = load_store(export)
    assert answer(store, "drugs_by_target", ('"mtor"', '"erbb2"')) == []
    assert [r["targetLabel"] for r in answer(store, "drugs_by_target")] == ["MTOR"]
    negated_edge = ("(NCIT:C48387 kg:inhibits HGNC:3942)", "(NCIT:C48387 kg:targets HGNC:3430)")
    assert answer(store, "evidence_of_edge", negated_edge) == []


@pytest.mark.parametrize("suffix", ["nt", "nq", "jsonld"])
def test_every_export_format_gives_the_same_answer(suffix: str) -> None:
    sparql = "SELECT ?t WHERE { NCIT:C48387 kg:inhibits ?t }"
    result = run_query(SEED_EXPORT.with_suffix(f".{suffix}"), sparql)
    assert [cell(row[0]) for row in result.rows if row[0] is not None] == ["HGNC:3942"]


# --------------------------------------------------------------------------------------------------- formats


SAMPLE = QueryResult(
    "select",
    ("drug", "label", "confidence"),
    (
        (ox.NamedNode(expand("NCIT:C48387")), ox.Literal("everolimus, \"Afinitor\""),
         ox.Literal("0.806", datatype=ox.NamedNode(expand("xsd:double")))),
        (ox.NamedNode("http://example.org/no-prefix"), ox.Literal("évérolimus", language="fr"), None),
    ),
)


def test_table_is_aligned_with_curies() -> None:
    lines = format_result(SAMPLE, "table").splitlines()
    assert [cell.strip() for cell in lines[0].split(" | ")] == ["drug", "label", "confidence"]
    assert lines[2].startswith("NCIT:C48387 ")
    assert "<http://example.org/no-prefix>" in lines[3] and "évérolimus@fr" in lines[3]
    assert len({line.index("|") for line in lines[:4] if "|" in line}) == 1
    assert lines[-1] == "(2 rows)"


def test_csv_and_tsv_have_full_iris() -> None:
    rows = list(csv.reader(io.StringIO(format_result(SAMPLE, "csv"))))
    assert rows == [
        ["drug", "label", "confidence"],
        ["http://purl.obolibrary.org/obo/NCIT_C48387", 'everolimus, "Afinitor"', "0.806"],
        ["http://example.org/no-prefix", "évérolimus", ""],
    ]
    tsv = format_result(SAMPLE, "tsv").splitlines()
    assert tsv[0] == "?drug\t?label\t?confidence"
    assert tsv[1].split("\t")[0] == "<http://purl.obolibrary.org/obo/NCIT_C48387>"
    assert tsv[2].split("\t") == ["<http://example.org/no-prefix>", '"évérolimus"@fr', ""]


def test_json_is_sparql_results_json() -> None:
    data = json.loads(format_result(SAMPLE, "json"))
    assert data["head"] == {"vars": ["drug", "label", "confidence"]}
    first, second = data["results"]["bindings"]
    assert first["drug"] == {"type": "uri", "value": "http://purl.obolibrary.org/obo/NCIT_C48387"}
    assert first["label"] == {"type": "literal", "value": 'everolimus, "Afinitor"'}
    assert first["confidence"]["datatype"] == "http://www.w3.org/2001/XMLSchema#double"
    assert second["label"] == {"type": "literal", "value": "évérolimus", "xml:lang": "fr"}
    assert "confidence" not in second


def test_ask_and_construct() -> None:
    ask = run_query(SEED_EXPORT, "ASK { NCIT:C1097 kg:combined_with NCIT:C48387 }")
    assert ask.kind == "ask" and ask.boolean is True
    assert format_result(ask, "table") == "true"
    assert json.loads(format_result(ask, "json")) == {"head": {}, "boolean": True}
    graph = run_query(SEED_EXPORT, "CONSTRUCT { ?d kg:inhibits ?t } WHERE { ?d kg:inhibits ?t }")
    assert graph.kind == "graph" and graph.variables == ("subject", "predicate", "object")
    assert "NCIT:C48387 | kg:inhibits | HGNC:3942" in format_result(graph, "table")


# --------------------------------------------------------------------------------------------------- errors


def test_missing_export_is_named(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match=r"nowhere\.ttl: no such export file"):
        run_query(tmp_path / "nowhere.ttl", "ASK {}")


def test_bad_export_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .\n", encoding="utf-8")
    with pytest.raises(ExportError, match=r"bad\.ttl: not valid"):
        load_store(bad)
    with pytest.raises(ExportError, match="unknown RDF format"):
        load_store(bad.rename(tmp_path / "bad.xyz"))


def test_syntax_error_names_the_query_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(QuerySyntaxError, match=r"^broken\.rq: SPARQL syntax error: error at 1:"):
        run_query(SEED_EXPORT, "SELECT ?x WHERE { ?x ?y }", source="broken.rq")
    query_file = tmp_path / "broken.rq"
    query_file.write_text("SELECT ?x WHERE { ?x ?y }", encoding="utf-8")
    assert main([str(SEED_EXPORT), "-f", str(query_file)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {query_file}: SPARQL syntax error: error at 1:")


def test_missing_query_file_and_usage(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(QueryError, match="no_such_query: no such query file"):
        read_query_file(Path("no_such_query"))
    assert main([str(SEED_EXPORT)]) == 2
    assert "give the query text or -f FILE" in capsys.readouterr().err


def test_command_line_runs_a_named_query(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SEED_EXPORT), "-f", "brands_of_drug", "--format", "csv", "--time"]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        "drug,drugLabel,brand,brandLabel",
        "http://purl.obolibrary.org/obo/NCIT_C48387,everolimus,https://w3id.org/kgnci/entity/brand/afinitor,Afinitor",
    ]
    assert err.startswith("loaded in ")


def test_studied_for(seed_store: ox.Store, tmp_path: Path) -> None:
    from kg.documents import parse_document
    from kg.pipeline import analyse_document, merge
    from kg.validate import validate

    assert answer(seed_store, "studied_for") == []
    text = ("---\ntitle: Example\nurl: https://example.org/a\n---\n"
            "Everolimus is being studied in clinical trials for melanoma. Everolimus is used to treat kidney cancer.\n")
    graph = merge([analyse_document(parse_document(text, "a.md"))])
    exports = write_exports(graph, tmp_path, ["ttl", "nt"])
    assert not [v for v in validate(exports[0]) if v.severity == "Violation"]
    rows = answer(load_store(exports[0]), "studied_for")
    assert [(r["subjectLabel"], r["diseaseLabel"], r["alsoTreats"]) for r in rows] == [
        ("everolimus", "melanoma", "false")]
    assert "Everolimus is being studied" in rows[0]["sentence"]
    assert "vocab#studied_for>" in exports[1].read_text(encoding="utf-8")


def test_every_approval_is_also_a_use_for_plain_sparql(seed_store: ox.Store) -> None:
    approvals = query_store(seed_store, "SELECT ?d ?x WHERE { ?d kg:approved_for ?x }", source="q").rows
    uses = query_store(seed_store, "SELECT ?d ?x WHERE { ?d kg:treats ?x }", source="q").rows
    assert approvals and set(approvals) <= set(uses)
