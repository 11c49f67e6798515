"""SHACL validation of the RDF exports: a good graph conforms, a broken one is reported readably."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_export import sample_graph

from kg.export import write_exports
from kg.graph import Edge, KnowledgeGraph, Node
from kg.model import Evidence
from kg.validate import Violation, format_violations, validate


@pytest.mark.parametrize("fmt", ["ttl", "nt"])
def test_good_graph_conforms(tmp_path: Path, fmt: str) -> None:
    (path,) = write_exports(sample_graph(), tmp_path, [fmt])
    violations = validate(path)
    assert violations == [], format_violations(violations)
    assert "conforms" in format_violations(violations)


def broken_graph() -> KnowledgeGraph:
    graph = sample_graph()
    graph.add_node(Node(id="NCIT:C99999", type="drug", label=""))
    graph.edges[("NCIT:C99999", "treats", "NCIT:C4872")] = Edge("NCIT:C99999", "treats", "NCIT:C4872", ())
    bad = Evidence("https://www.cancer.gov/x", "It treats it.", -3, 10, "verb")
    graph.edges[("NCIT:C48387", "treats", "NCIT:C4872")] = Edge("NCIT:C48387", "treats", "NCIT:C4872", (bad,))
    return graph


def test_broken_graph_fails_naming_the_nodes(tmp_path: Path) -> None:
    (path,) = write_exports(broken_graph(), tmp_path, ["ttl"])
    violations = validate(path)
    by_problem = {(v.focus_node, v.path) for v in violations}
    no_evidence = Edge("NCIT:C99999", "treats", "NCIT:C4872", ()).id
    negative = Edge("NCIT:C48387", "treats", "NCIT:C4872", ()).id
    assert ("NCIT:C99999", "rdfs:label") in by_problem
    assert (f"kgstmt:{no_evidence}", "kg:evidence") in by_problem
    assert (f"kgstmt:{negative}-1", "kg:startOffset") in by_problem
    assert all(v.severity == "Violation" for v in violations)
    report = format_violations(violations)
    assert report.startswith(f"{len(violations)} SHACL problems ({len(violations)} violations")
    assert "NCIT:C99999  rdfs:label: an entity needs exactly one rdfs:label" in report
    assert f"kgstmt:{no_evidence}  kg:evidence: a statement needs at least one kg:evidence node" in report


def test_document_without_title_fails(tmp_path: Path) -> None:
    path = tmp_path / "kg.ttl"
    path.write_text(
        "@prefix kg: <https://w3id.org/kgnci/vocab#> .\n"
        "<https://www.cancer.gov/x> a kg:Document .\n"
    )
    paths = sorted(v.path for v in validate(path))
    assert paths == ["dcterms:title", "schema:url"]


def test_unsupported_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"kg\.xml: cannot validate a \.xml file"):
        validate(tmp_path / "kg.xml")


def test_violations_are_frozen_records() -> None:
    violation = Violation("NCIT:C1", "rdfs:label", "missing", "Violation")
    with pytest.raises(AttributeError):
        violation.message = "changed"  # type: ignore[misc]
