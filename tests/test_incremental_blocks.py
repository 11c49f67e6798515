"""Finding and keeping the blocks of the previous element-per-line exports (Cytoscape JSON, KGX) without
reading more than the ids, and refusing a file that is not what the graph says it should be."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.export import kgx
from kg.export.changes import Touched
from kg.export.incremental_elements import _json_blocks, _whole
from kg.export.incremental_kgx import patch_kgx
from kg.export.incremental_rdf import PatchError
from kg.graph import KnowledgeGraph
from kg.model import Evidence, Statement


def test_json_blocks_key_each_line_by_its_own_id() -> None:
    lines = [
        b'{"data": {"evidence": ["a text with \\"id\\": \\"x\\" in it"], "id": "e1", "source": "a"}}',
        b'{"data": {"id": "e2", "label": "say \\"id\\": here"}}',
        b'{"data": {"confidence": 0.5, "id": "e3"}}',
    ]
    section = b",\n".join(lines)
    blocks = _json_blocks(section, 0, len(section))  # type: ignore[arg-type]
    assert [key for key, _, _ in blocks] == [b"e1", b"e2", b"e3"]
    assert [section[start:end] for _, start, end in blocks] == lines


def test_json_blocks_refuse_a_line_without_an_id_or_an_escaped_id() -> None:
    with pytest.raises(PatchError):
        _json_blocks(b'{"data": {"id": "e1"}},\n{"data": {"name": "no id"}}', 0, 49)  # type: ignore[arg-type]
    escaped = b'{"data": {"id": "e\\"1"}}'
    with pytest.raises(PatchError):
        _json_blocks(escaped, 0, len(escaped))  # type: ignore[arg-type]
    glued = b'{"data": {"x":"id": "e1"}}'  # an "id" not led by a brace or a space is not a key this code writes
    with pytest.raises(PatchError):
        _json_blocks(glued, 0, len(glued))  # type: ignore[arg-type]


def _edges_graph() -> KnowledgeGraph:
    graph = KnowledgeGraph()
    for number in range(1, 6):
        graph.add_statement(Statement(f"NCIT:C{number}", "inhibits", "HGNC:3942", Evidence("d", "s", 0, 1, "verb")))
    return graph


def test_kgx_edge_rows_are_merged_by_id_and_equal_a_whole_write(tmp_path: Path) -> None:
    graph = _edges_graph()
    old = tmp_path / "old.tsv"
    old.write_bytes(_whole(kgx.write_kgx_edges, graph))
    gone = ("NCIT:C2", "inhibits", "HGNC:3942")
    del graph.edges[gone]
    graph.add_statement(Statement("NCIT:C9", "inhibits", "HGNC:3942", Evidence("d", "s", 0, 1, "verb")))
    touched = Touched(edges={gone, ("NCIT:C9", "inhibits", "HGNC:3942")})
    new = patch_kgx(graph, touched, old, tmp_path / "new.tsv", edges=True)
    assert new.read_bytes() == _whole(kgx.write_kgx_edges, graph)


def test_a_kgx_edge_file_missing_a_row_is_not_patched(tmp_path: Path) -> None:
    graph = _edges_graph()
    rows = _whole(kgx.write_kgx_edges, graph).split(b"\n")
    old = tmp_path / "old.tsv"
    old.write_bytes(b"\n".join(rows[:2] + rows[3:]))  # one row deleted by hand
    graph.add_statement(Statement("NCIT:C9", "inhibits", "HGNC:3942", Evidence("d", "s", 0, 1, "verb")))
    with pytest.raises(PatchError):
        patch_kgx(graph, Touched(edges={("NCIT:C9", "inhibits", "HGNC:3942")}), old, tmp_path / "new.tsv", edges=True)
