"""RDF exports: Turtle, N-Triples, N-Quads, JSON-LD, the registry, atomic writes and determinism."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

import kg.export
from kg.export import DEFAULT_FORMATS, FORMATS, UnknownFormatError, to_rdflib, write_exports
from kg.export.atomic import write_atomic
from kg.graph import DocumentNode, Edge, KnowledgeGraph
from kg.model import Document, Evidence, Mention, Statement

DRUG_PAGE = "https://www.cancer.gov/about-cancer/treatment/drugs/everolimus"
RESEARCH_PAGE = "https://www.cancer.gov/types/breast/research"
KG = "https://w3id.org/kgnci/vocab#"
EVEROLIMUS = "http://purl.obolibrary.org/obo/NCIT_C48387"
MTOR = "https://identifiers.org/hgnc:3942"
ERBB2 = "https://identifiers.org/hgnc:3430"


def sample_graph(*, reverse: bool = False) -> KnowledgeGraph:
    """Two documents, everolimus (with its brand name) and two targets, an asserted and a negated edge."""
    documents = [
        Document(
            id=DRUG_PAGE,
            path="seeds/everolimus.md",
            metadata={
                "title": "Everolimus",
                "url": DRUG_PAGE,
                "cancerTypes": ["breast", "kidney"],
                "audienceLevel": "patient",
                "lastReviewed": "2024-03-01",
            },
            text="",
        ),
        Document(id=RESEARCH_PAGE, path="seeds/research.md", metadata={"title": "Research"}, text=""),
    ]
    mentions = [
        Mention(DRUG_PAGE, 0, 8, "Afinitor", "NCIT:C48387", "everolimus", "drug", "dictionary", 0.95,
                xrefs=("MESH:D000068338",)),
        Mention(DRUG_PAGE, 20, 24, "mTOR", "HGNC:3942", "MTOR", "target", "link", 0.99),
        Mention(DRUG_PAGE, 40, 50, "everolimus", "NCIT:C48387", "everolimus", "drug", "dictionary", 0.95),
        Mention(RESEARCH_PAGE, 5, 9, "HER2", "HGNC:3430", "ERBB2", "target", "dictionary", 0.9),
    ]
    statements = [
        Statement("NCIT:C48387", "inhibits", "HGNC:3942",
                  Evidence(DRUG_PAGE, "Everolimus\x0b inhibits mTOR.", 40, 66, "verb", 0.9),
                  data={"median_pfs": "7.8 months"}),
        Statement("NCIT:C48387", "inhibits", "HGNC:3942",
                  Evidence("drugcentral", "", 0, 0, "curated", 1.0, source="drugcentral")),
        Statement("NCIT:C48387", "targets", "HGNC:3430",
                  Evidence(RESEARCH_PAGE, "Everolimus does not target HER2.", 0, 32, "verb", 0.7,
                           negated=True)),
    ]
    graph = KnowledgeGraph()
    order = -1 if reverse else 1
    for document in documents[::order]:
        graph.add_document(document)
    graph.add_mentions(mentions[::order])
    for statement in statements[::order]:
        graph.add_statement(statement)
    return graph


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("exports")
    written = write_exports(sample_graph(), out, ["ttl", "nt", "nq", "jsonld", "graphml"])
    return {path.suffix.lstrip("."): path for path in written}


def test_write_exports_writes_every_default_format(exports: dict[str, Path], tmp_path: Path) -> None:
    assert sorted(exports) == ["graphml", "jsonld", "nq", "nt", "ttl"]
    written = write_exports(sample_graph(), tmp_path)
    assert {path.name for path in written} == {FORMATS[name][0] for name in DEFAULT_FORMATS}


def test_turtle_parses_with_rdflib_and_pyoxigraph_like_ntriples(exports: dict[str, Path]) -> None:
    lines = exports["nt"].read_bytes().splitlines()
    turtle = rdflib.Graph().parse(exports["ttl"], format="turtle")
    fast = set(ox.parse(path=exports["ttl"], format=ox.RdfFormat.TURTLE))
    assert len(turtle) == len(fast) == len(lines)
    assert fast == set(ox.parse(path=exports["nt"], format=ox.RdfFormat.N_TRIPLES))
    assert lines == sorted(lines)
    assert exports["ttl"].read_text().startswith("@prefix ")


def test_sparql_finds_the_direct_triple(exports: dict[str, Path]) -> None:
    query = f"ASK {{ <{EVEROLIMUS}> <{KG}inhibits> <{MTOR}> }}"
    assert rdflib.Graph().parse(exports["ttl"]).query(query).askAnswer
    store = ox.Store()
    store.load(path=exports["ttl"], format=ox.RdfFormat.TURTLE)
    assert store.query(query)


def test_entity_has_label_synonyms_identifier_and_xrefs(exports: dict[str, Path]) -> None:
    graph = rdflib.Graph().parse(exports["ttl"])
    drug = rdflib.URIRef(EVEROLIMUS)
    assert (drug, rdflib.RDF.type, rdflib.URIRef(KG + "Drug")) in graph
    assert graph.value(drug, rdflib.RDFS.label) == rdflib.Literal("everolimus")
    assert rdflib.Literal("Afinitor") in set(graph.objects(drug, rdflib.SKOS.altLabel))
    assert graph.value(drug, rdflib.DCTERMS.identifier) == rdflib.Literal("NCIT:C48387")
    assert graph.value(drug, rdflib.SKOS.exactMatch) == rdflib.URIRef("http://id.nlm.nih.gov/mesh/D000068338")


def test_negated_edge_has_a_statement_node_but_no_direct_triple(exports: dict[str, Path]) -> None:
    graph = rdflib.Graph().parse(exports["ttl"])
    targets = rdflib.URIRef(KG + "targets")
    assert (rdflib.URIRef(EVEROLIMUS), targets, rdflib.URIRef(ERBB2)) not in graph
    rows = list(graph.query(f"""
        PREFIX kg: <{KG}>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        SELECT ?negated ?sentence WHERE {{
            ?s a kg:Statement ; rdf:predicate kg:targets ; rdf:object <{ERBB2}> ; kg:negated ?negated ;
               kg:evidence ?e .
            ?e kg:sentence ?sentence .
        }}"""))
    assert len(rows) == 1
    negated, sentence = rows[0]  # type: ignore[misc]
    assert negated.toPython() is True
    assert str(sentence) == "Everolimus does not target HER2."


def test_statement_and_evidence_carry_provenance(exports: dict[str, Path]) -> None:
    graph = rdflib.Graph().parse(exports["ttl"])
    rows = list(graph.query(f"""
        PREFIX kg: <{KG}>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?confidence ?count ?pfs ?sentence ?start ?doc WHERE {{
            ?s kg:documentCount ?count ; kg:confidence ?confidence ; kg:median_pfs ?pfs ;
               kg:evidence ?e .
            ?e kg:sentence ?sentence ; kg:startOffset ?start ; prov:wasDerivedFrom ?doc .
        }}"""))
    assert len(rows) == 1
    confidence, count, pfs, sentence, start, doc = rows[0]  # type: ignore[misc]
    assert (confidence.toPython(), count.toPython(), str(pfs)) == (1.0, 2, "7.8 months")
    assert str(sentence) == "Everolimus inhibits mTOR."  # the vertical tab is stripped
    assert (start.toPython(), str(doc)) == (40, DRUG_PAGE)


def test_document_fields_are_typed_literals(exports: dict[str, Path]) -> None:
    graph = rdflib.Graph().parse(exports["ttl"])
    doc = rdflib.URIRef(DRUG_PAGE)
    assert (doc, rdflib.RDF.type, rdflib.URIRef(KG + "Document")) in graph
    assert str(graph.value(doc, rdflib.DCTERMS.title)) == "Everolimus"
    reviewed = graph.value(doc, rdflib.URIRef(KG + "lastReviewed"))
    assert isinstance(reviewed, rdflib.Literal)
    assert reviewed.datatype == rdflib.XSD.date
    cancer_types = {str(v) for v in graph.objects(doc, rdflib.URIRef(KG + "cancerType"))}
    assert cancer_types == {"breast", "kidney"}
    assert (doc, rdflib.URIRef(KG + "mentions"), rdflib.URIRef(MTOR)) in graph


def test_nquads_name_one_graph_per_document(exports: dict[str, Path]) -> None:
    quads = list(ox.parse(path=exports["nq"], format=ox.RdfFormat.N_QUADS))
    names = {quad.graph_name.value for quad in quads if isinstance(quad.graph_name, ox.NamedNode)}
    assert names == {DRUG_PAGE, RESEARCH_PAGE}
    assert any(isinstance(quad.graph_name, ox.DefaultGraph) for quad in quads)
    nt = {quad.triple for quad in ox.parse(path=exports["nt"], format=ox.RdfFormat.N_TRIPLES)}
    assert {quad.triple for quad in quads} == nt
    in_drug_page = {str(q.triple) for q in quads if q.graph_name == ox.NamedNode(DRUG_PAGE)}
    assert f"<{EVEROLIMUS}> <{KG}inhibits> <{MTOR}>" in in_drug_page
    lines = exports["nq"].read_bytes().splitlines()
    assert lines == sorted(lines)


@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
def test_jsonld_parses_to_the_same_triples(exports: dict[str, Path]) -> None:
    expected = set(ox.parse(path=exports["nt"], format=ox.RdfFormat.N_TRIPLES))
    assert set(ox.parse(path=exports["jsonld"], format=ox.RdfFormat.JSON_LD)) == expected
    parsed = rdflib.Graph().parse(exports["jsonld"], format="json-ld")
    assert len(parsed) == len(expected)
    reference = rdflib.Graph().parse(exports["nt"], format="nt")
    assert isomorphic(parsed, reference)


def test_to_rdflib_matches_the_ntriples_export(exports: dict[str, Path]) -> None:
    reference = rdflib.Graph().parse(exports["nt"], format="nt")
    graph = to_rdflib(sample_graph())
    assert isomorphic(graph, reference)
    assert dict(graph.namespaces())["kg"] == rdflib.URIRef(KG)


def test_two_exports_are_byte_identical(tmp_path: Path) -> None:
    first = write_exports(sample_graph(), tmp_path / "first")
    second = write_exports(sample_graph(reverse=True), tmp_path / "second")
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name


def test_unknown_format_is_named_and_nothing_is_written(tmp_path: Path) -> None:
    with pytest.raises(UnknownFormatError, match="'rdfxml'") as info:
        write_exports(sample_graph(), tmp_path / "out", ["ttl", "rdfxml"])
    assert "known formats: cyjs, graphml, jsonld, kgx-edges, kgx-nodes, nq, nt, preview, ttl, yed" in str(info.value)
    assert not (tmp_path / "out").exists()


def test_failing_writer_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(graph: KnowledgeGraph, handle: BinaryIO) -> None:
        handle.write(b"@prefix half")
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(kg.export, "FORMATS", {"broken": ("kg.broken", broken)})
    with pytest.raises(RuntimeError, match="disk on fire"):
        write_exports(sample_graph(), tmp_path, ["broken"])
    assert list(tmp_path.iterdir()) == []


def test_failing_writer_keeps_the_previous_file(tmp_path: Path) -> None:
    target = tmp_path / "kg.nt"
    target.write_bytes(b"old\n")

    def broken(handle: BinaryIO) -> None:
        handle.write(b"half")
        raise OSError("no space left")

    with pytest.raises(OSError, match="no space left"):
        write_atomic(target, broken)
    assert target.read_bytes() == b"old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["kg.nt"]


def test_edge_without_evidence_still_exports(tmp_path: Path) -> None:
    graph = KnowledgeGraph()
    graph.edges[("NCIT:C48387", "treats", "NCIT:C4872")] = Edge("NCIT:C48387", "treats", "NCIT:C4872", ())
    graph.documents["local.md"] = DocumentNode("local.md", "local.md")
    paths = write_exports(graph, tmp_path)
    assert all(path.stat().st_size > 0 for path in paths)
    assert b"<https://w3id.org/kgnci/document/local.md>" in (tmp_path / "kg.nt").read_bytes()
