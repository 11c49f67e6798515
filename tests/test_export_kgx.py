"""KGX TSV export: checked offline against the Biolink model the ``biolink-model`` package ships."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from kg.export.kgx import EDGE_COLUMNS, NODE_COLUMNS, iter_rows, write_kgx_edges, write_kgx_nodes
from kg.graph import Edge, KnowledgeGraph, Node
from kg.model import Evidence
from tests.conftest import EXPORTS


def rows(path: Path) -> list[dict[str, str]]:
    return list(iter_rows(path.read_text(encoding="utf-8")))


def test_the_seed_kgx_files_have_no_biolink_errors() -> None:
    pytest.importorskip("biolink_model")
    from kg.export.kgx_validate import validate

    report = validate(EXPORTS / "kg.kgx.nodes.tsv", EXPORTS / "kg.kgx.edges.tsv")
    assert report.errors == []
    assert report.categories["biolink:Drug"] >= 2
    assert report.predicates["biolink:treats"] >= 1
    assert report.predicates["biolink:has_adverse_event"] >= 1


def test_the_validator_catches_what_kgx_would(tmp_path: Path) -> None:
    pytest.importorskip("biolink_model")
    from kg.export.kgx_validate import validate

    nodes = tmp_path / "n.tsv"
    edges = tmp_path / "e.tsv"
    nodes.write_text("id\tcategory\tname\nNCIT:C1\tbiolink:Drug\tx\nnot a curie\tbiolink:Drugg\ty\n")
    edges.write_text(
        "subject\tpredicate\tobject\tknowledge_level\tagent_type\n"
        "NCIT:C1\tkg:inhibits\tHGNC:1\tknowledge_assertion\tsomebody\n"
    )
    errors = "\n".join(validate(nodes, edges).errors)
    for expected in ("is not a CURIE", "biolink:Drugg is not a Biolink category", "kg:inhibits is not a Biolink",
                     "object HGNC:1 is not a node", "agent_type 'somebody'"):
        assert expected in errors


def test_every_entity_and_relation_edge_is_in_the_seed_kgx_files(seed_report) -> None:  # type: ignore[no-untyped-def]
    graph = seed_report.graph
    nodes = rows(EXPORTS / "kg.kgx.nodes.tsv")
    edges = rows(EXPORTS / "kg.kgx.edges.tsv")
    assert len(nodes) == len(graph.nodes)
    assert len(edges) == len(graph.edges)
    assert list(nodes[0]) == list(NODE_COLUMNS)
    assert list(edges[0]) == list(EDGE_COLUMNS)
    everolimus = next(row for row in nodes if row["id"] == "NCIT:C48387")
    assert everolimus["category"] == "biolink:Drug"
    assert "Afinitor" in everolimus["synonym"].split("|")
    trials = [row for row in nodes if row["category"] == "biolink:ClinicalTrial"]
    assert trials and all(row["id"].startswith("CLINICALTRIALS:NCT") for row in trials)
    for edge in edges:
        assert edge["knowledge_level"] and edge["agent_type"] and edge["primary_knowledge_source"]
        if edge["agent_type"] == "text_mining_agent":
            assert edge["publications"].startswith("https://www.cancer.gov/")


def test_negated_edges_say_so_and_inhibits_is_qualified() -> None:
    read = Evidence(doc="https://www.cancer.gov/x", sentence="It did not inhibit MTOR.", start=0, end=9,
                    method="verb", negated=True)
    graph = KnowledgeGraph()
    graph.add_node(Node(id="NCIT:C48387", type="drug", label="everolimus"))
    graph.add_node(Node(id="HGNC:3942", type="target", label="MTOR"))
    graph.edges[("NCIT:C48387", "inhibits", "HGNC:3942")] = Edge("NCIT:C48387", "inhibits", "HGNC:3942", (read,))
    out = io.BytesIO()
    write_kgx_edges(graph, out)
    (edge,) = iter_rows(out.getvalue().decode())
    assert edge["negated"] == "True"
    assert (edge["predicate"], edge["qualified_predicate"], edge["object_direction_qualifier"]) == (
        "biolink:affects", "biolink:causes", "decreased")
    out = io.BytesIO()
    write_kgx_nodes(graph, out)
    assert out.getvalue().count(b"\n") == 3
