"""Session twenty, export speed: the faster paths write the same bytes as the ones they replace."""

from __future__ import annotations

import io
import random
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
import pytest

from kg.export import DEFAULT_FORMATS, _tasks
from kg.export.graphml import write_graphml
from kg.export.graphml_pair import write_graphml_and_yed
from kg.export.rdf import all_quads
from kg.export.sorting import SortedLines
from kg.export.yed import write_yed_graphml
from kg.graph import Edge, KnowledgeGraph
from kg.model import Evidence
from tests.test_export import sample_graph


def _lines(count: int, seed: int) -> list[bytes]:
    """Lines in stretches that are sorted already, with repeats, as the RDF exporters add them."""
    chooser = random.Random(seed)
    lines: list[bytes] = []
    while len(lines) < count:
        subject = chooser.randrange(400)
        lines.extend(b"<s%03d> <p%d> <o%d> .\n" % (subject, number, chooser.randrange(3)) for number in range(5))
    return lines


def test_sorted_lines_are_sorted_and_distinct_in_memory_and_spilled() -> None:
    lines = _lines(3000, 1)
    assert len(set(lines)) < len(lines)  # repeats, within a run and across runs
    for limit in (None, 1 << 30, 2000, 64):
        with SortedLines(limit=limit) as sorted_lines:
            sorted_lines.add(b"".join(lines[:1000]))
            sorted_lines.extend(lines[1000:])
            assert list(sorted_lines) == sorted(set(lines)), limit


def _alone(writer: Callable[[KnowledgeGraph, BinaryIO], None], graph: KnowledgeGraph) -> bytes:
    handle = io.BytesIO()
    writer(graph, handle)
    return handle.getvalue()


@pytest.mark.parametrize("data_key", ["median_pfs", "yfiles_edge"])
def test_graphml_and_yed_written_together_are_those_written_apart(tmp_path: Path, data_key: str) -> None:
    graph = sample_graph()
    evidence = Evidence("https://example.org/page", "A inhibits B.", 0, 13, "verb", 0.8)
    # an edge attribute whose key id is a yFiles key's: the yEd file then declares its keys otherwise
    graph.edges[("HGNC:3942", "inhibits", "HGNC:3430")] = Edge(
        "HGNC:3942", "inhibits", "HGNC:3430", (evidence,), ((data_key, "x < y"),)
    )
    paths = write_graphml_and_yed(graph, tmp_path / "kg.graphml", tmp_path / "kg.yed.graphml")
    assert [path.read_bytes() for path in paths] == [_alone(write_graphml, graph), _alone(write_yed_graphml, graph)]
    assert (b'<key id="edge_yfiles_edge"' in paths[1].read_bytes()) == (data_key == "yfiles_edge")


def test_write_exports_writes_graphml_and_yed_by_one_task(tmp_path: Path) -> None:
    tasks, _ = _tasks(sample_graph(), tmp_path, list(DEFAULT_FORMATS), tmp_path / ".helper")
    assert "graphml+yed" in tasks and "graphml" not in tasks and "yed" not in tasks
    tasks, _ = _tasks(sample_graph(), tmp_path, ["yed", "cyjs"], tmp_path / ".helper")
    assert sorted(tasks) == ["cyjs", "yed"]


def test_quads_made_without_a_graph_name_are_those_made_with_the_default_graph() -> None:
    quads = list(all_quads(sample_graph()))
    remade = [ox.Quad(quad.subject, quad.predicate, quad.object, quad.graph_name) for quad in quads]
    assert any(isinstance(quad.graph_name, ox.DefaultGraph) for quad in remade)
    assert any(isinstance(quad.graph_name, ox.NamedNode) for quad in remade)
    assert ox.serialize(quads, format=ox.RdfFormat.N_QUADS) == ox.serialize(remade, format=ox.RdfFormat.N_QUADS)
