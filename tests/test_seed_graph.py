"""The seed article's graph has the entities and relations the article states, in every view of it:
the networkx graph, SPARQL over the committed Turtle, and the GraphML as networkx reads it back."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pyoxigraph
import pytest
import rdflib

from tests.conftest import EXPORTS

EVEROLIMUS, EXEMESTANE, MTOR = "NCIT:C48387", "NCIT:C1097", "HGNC:3942"
BOLERO2 = "clinicaltrials:NCT00863655"
BREAST_CANCER = "MONDO:0007254"

EXPECTED_EDGES = [
    (EVEROLIMUS, MTOR, "inhibits"),
    (EVEROLIMUS, BOLERO2, "tested_in_trial"),
    (EXEMESTANE, BOLERO2, "tested_in_trial"),
    (BOLERO2, BREAST_CANCER, "trial_studies_disease"),
]


@pytest.fixture(scope="module")
def graph(seed_report) -> nx.MultiDiGraph:  # type: ignore[no-untyped-def]
    return seed_report.graph.to_networkx()


def test_entities_have_standard_identifiers(graph: nx.MultiDiGraph) -> None:
    assert graph.nodes[EVEROLIMUS]["label"] == "everolimus"
    assert graph.nodes[EVEROLIMUS]["type"] == "drug"
    assert "Afinitor" in graph.nodes[EVEROLIMUS]["synonyms"]
    assert graph.nodes[EXEMESTANE]["label"] == "exemestane"
    assert graph.nodes[MTOR]["type"] == "target"
    assert graph.nodes[MTOR]["label"] == "MTOR"
    assert graph.nodes[BOLERO2]["type"] == "trial"
    assert graph.nodes[BREAST_CANCER]["label"] == "breast cancer"


def test_relations_the_article_states(graph: nx.MultiDiGraph) -> None:
    for subject, obj, predicate in EXPECTED_EDGES:
        assert graph.has_edge(subject, obj, key=predicate), (subject, predicate, obj)
    combined = graph.has_edge(EVEROLIMUS, EXEMESTANE, key="combined_with") or graph.has_edge(
        EXEMESTANE, EVEROLIMUS, key="combined_with"
    )
    assert combined
    classes = [graph.nodes[o]["label"] for _, o, k in graph.out_edges(EXEMESTANE, keys=True)
               if k == "member_of_class"]
    assert "aromatase inhibitor" in classes


def test_relation_edges_carry_their_sentence(graph: nx.MultiDiGraph) -> None:
    data = graph.get_edge_data(EVEROLIMUS, MTOR, key="inhibits")
    evidence = data["evidence"][0]
    assert evidence.sentence.startswith("Everolimus inhibits a protein called mTOR")
    assert evidence.doc == "https://www.cancer.gov/types/breast/research/everolimus-plus-exemestane"
    assert evidence.end > evidence.start
    assert data["negated"] is False


def test_document_node_with_metadata(graph: nx.MultiDiGraph) -> None:
    doc = "https://www.cancer.gov/types/breast/research/everolimus-plus-exemestane"
    assert graph.nodes[doc]["type"] == "document"
    assert graph.nodes[doc]["lastReviewed"] == "2025-12-30"
    assert graph.has_edge(doc, EVEROLIMUS, key="mentions")


SPARQL_PREFIXES = """
PREFIX kg: <https://w3id.org/kgnci/vocab#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""


def _ask(store: pyoxigraph.Store, subject: str, predicate: str, obj: str) -> bool:
    from kg.identifiers import expand

    query = f"ASK {{ <{expand(subject)}> kg:{predicate} <{expand(obj)}> }}"
    return bool(store.query(SPARQL_PREFIXES + query))


def test_sparql_over_committed_turtle() -> None:
    store = pyoxigraph.Store()
    store.load(path=str(EXPORTS / "kg.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    for subject, obj, predicate in EXPECTED_EDGES:
        assert _ask(store, subject, predicate, obj), (subject, predicate, obj)
    assert _ask(store, EVEROLIMUS, "combined_with", EXEMESTANE) or _ask(
        store, EXEMESTANE, "combined_with", EVEROLIMUS
    )
    rows = list(store.query(SPARQL_PREFIXES + """
        SELECT ?label WHERE { ?drug rdfs:label "exemestane" ; kg:member_of_class ?class .
                              ?class rdfs:label ?label }"""))
    assert "aromatase inhibitor" in {row["label"].value for row in rows}


def test_turtle_parses_with_rdflib_and_pyoxigraph_alike() -> None:
    graph = rdflib.Graph().parse(EXPORTS / "kg.ttl", format="turtle")
    store = pyoxigraph.Store()
    store.load(path=str(EXPORTS / "kg.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(graph) == len(store) > 100
    nt_lines = [line for line in (EXPORTS / "kg.nt").read_text().splitlines() if line]
    assert nt_lines == sorted(nt_lines)
    assert len(nt_lines) == len(graph)


def test_graphml_reads_back_with_typed_attributes() -> None:
    graph = nx.read_graphml(EXPORTS / "kg.graphml")
    assert graph.nodes[EVEROLIMUS]["label"] == "everolimus"
    edges = [d for u, v, d in graph.edges(data=True) if u == EVEROLIMUS and v == MTOR]
    assert any(d["label"] == "inhibits" for d in edges)
    inhibits = next(d for d in edges if d["label"] == "inhibits")
    assert isinstance(inhibits["confidence"], float)
    assert isinstance(inhibits["negated"], bool)


def test_exports_are_fresh(tmp_path: Path) -> None:
    """The committed exports/ are exactly what a fresh build of seeds/ writes."""
    from kg.cli import main

    assert main(["build", "seeds", "-o", str(tmp_path), "--validate"]) == 0  # as make build runs it
    for committed in sorted(EXPORTS.iterdir()):
        fresh = tmp_path / committed.name
        assert fresh.exists(), committed.name
        assert fresh.read_bytes() == committed.read_bytes(), f"{committed.name} is stale: run make build"


def test_committed_export_passes_shacl_validation() -> None:
    from kg.validate import validate

    violations = [v for v in validate(EXPORTS / "kg.ttl") if v.severity == "Violation"]
    assert violations == []


def test_trial_results_per_arm_are_data() -> None:
    store = pyoxigraph.Store()
    store.load(path=str(EXPORTS / "kg.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    rows = store.query(SPARQL_PREFIXES + """
        SELECT ?value ?unit ?arm WHERE {
          <https://clinicaltrials.gov/study/NCT00863655> kg:hasResult ?r .
          ?r kg:measure "median" ; kg:value ?value ; kg:unit ?unit ; kg:endpoint ?e .
          ?e rdfs:label "progression-free survival" .
          OPTIONAL { ?r kg:arm ?arm } } ORDER BY DESC(?value)""")
    found = [(float(r["value"].value), r["unit"].value, r["arm"].value if r["arm"] else "") for r in rows]
    assert found == [(7.4, "months", "the combination therapy"), (3.2, "months", "exemestane alone")]
