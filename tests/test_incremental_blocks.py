"""Finding the blocks of the previous element-per-line exports (Cytoscape JSON) without reading more than
the ids."""

from __future__ import annotations

import pytest

from kg.export.incremental_elements import _json_blocks
from kg.export.incremental_rdf import PatchError


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
