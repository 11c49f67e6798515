"""GraphML, yEd GraphML, Cytoscape JSON and KGX after a change, made from the previous build's files.

These files hold one block per node or edge (an element, a line, a row) in an order fixed by the graph.
The new file lists the new graph's elements in that order: an element the change touched
(:class:`kg.export.changes.Touched`) is made again, every other one is the very block of the old file (the
untouched blocks of the old file come in the same order, so they are matched one to one, and each match
is checked by its id). Runs of old blocks are copied as one range (:mod:`kg.export.patching`). A yEd node
that moved on the grid is made again too; a header that changed (GraphML keys declared anew) or a file that
is not laid out as expected raises :class:`~kg.export.incremental_rdf.PatchError`, and the file is then
written whole.
"""

from __future__ import annotations

import json
import mmap
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import BinaryIO

from kg.export import biolink, cytoscape, kgx
from kg.export.atomic import write_atomic
from kg.export.changes import Touched
from kg.export.graphml import (
    GRAPHML_FOOTER,
    Element,
    GraphmlKey,
    edge_text,
    graphml_header,
    graphml_parts,
    node_text,
    xml_attribute,
)
from kg.export.ids import mention_id
from kg.export.incremental_rdf import PatchError
from kg.export.patching import Segment, write_segments
from kg.export.yed import LAYOUT_LIMIT, node_positions, yed_edge_text, yed_header, yed_node_text, yed_parts
from kg.graph import Edge, KnowledgeGraph

__all__ = ["patch_cytoscape", "patch_graphml", "patch_kgx", "walk"]

Block = tuple[bytes, int, int]
"""An old block: its key (as the file spells the element's id), start and end."""

_GRAPHML_BLOCK = re.compile(rb'^    <(node|edge) id="([^"]*)"', re.MULTILINE)
_JSON_ID = re.compile(rb'[{ ]"id": ("(?:[^"\\]|\\.)*")')


def walk(old: Sequence[Block], touched: set[bytes], new: Iterable[tuple[bytes, Callable[[], bytes] | None]],
         separator: int = 0) -> list[Segment]:
    """The segments of a new file: each new element is made (when it has a maker) or is the next old block
    whose key is not ``touched``; ``separator`` is the length of what separates blocks in the file.

    >>> walk([(b"a", 0, 1), (b"b", 1, 2), (b"c", 2, 3)], {b"b"}, [(b"a", None), (b"b", lambda: b"B"), (b"c", None)])
    [(0, 1), b'B', (2, 3)]
    """
    untouched = (block for block in old if block[0] not in touched)
    segments: list[Segment] = []
    for key, make in new:
        if make is not None:
            segments.append(make())
            continue
        block = next(untouched, None)
        if block is None or block[0] != key:
            raise PatchError(f"the previous file's element {block and block[0][:80]!r} is not {key[:80]!r}")
        last = segments[-1] if segments else None
        if isinstance(last, tuple) and last[1] + separator == block[1]:
            segments[-1] = (last[0], block[2])
        else:
            segments.append((block[1], block[2]))
    if next(untouched, None) is not None:
        raise PatchError("the previous file has elements the new graph does not")
    return segments


def _element_ids(graph: KnowledgeGraph, touched: Touched) -> tuple[set[str], set[str]]:
    """The ids of the touched node elements and of the touched edge elements."""
    nodes = touched.documents | touched.nodes
    edges = {mention_id(doc, entity) for doc, entity in touched.mentions}
    edges |= {Edge(s, p, o, ()).id for s, p, o in touched.edges}
    return nodes, edges


def _open(path: Path) -> tuple[BinaryIO, mmap.mmap]:
    handle = path.open("rb")
    try:
        return handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        handle.close()
        raise PatchError(f"{path} cannot be read") from None


def patch_graphml(graph: KnowledgeGraph, touched: Touched, old: Path, new: Path, *, yed: bool = False) -> Path:
    """Write the GraphML (or, with ``yed``, the yEd GraphML) export of ``graph`` to ``new`` from ``old``."""
    node_keys, edge_keys, nodes, edges = yed_parts(graph) if yed else graphml_parts(graph)
    if yed and len(nodes) <= LAYOUT_LIMIT:
        raise PatchError("a small graph's yEd layout is drawn whole")
    header = (yed_header(node_keys, edge_keys) if yed else graphml_header(node_keys, edge_keys)).encode("utf-8")
    touched_nodes, touched_edges = _element_ids(graph, touched)
    positions = node_positions(nodes, edges) if yed else {}
    source, data = _open(old)
    with source, data:
        end = data.rfind(GRAPHML_FOOTER.encode())
        if data[:len(header)] != header or end < 0:
            raise PatchError(f"{old}: the key declarations changed")
        found = [(match.group(1) + b" " + match.group(2), match.start()) for match in _GRAPHML_BLOCK.finditer(data)]
        if not found or found[0][1] != len(header):
            raise PatchError(f"{old}: no elements after the header")
        blocks = [(key, start, found[i + 1][1] if i + 1 < len(found) else end)
                  for i, (key, start) in enumerate(found)]
        skip = {b"node " + xml_attribute(i).encode() for i in touched_nodes}
        skip |= {b"edge " + xml_attribute(i).encode() for i in touched_edges}
        if yed:
            skip |= _moved(blocks, data, nodes, positions, skip)
        made: list[tuple[bytes, Callable[[], bytes] | None]] = []
        for node in nodes:
            key = b"node " + xml_attribute(node.id).encode()
            if key in skip:
                position = positions.get(node.id, (0.0, 0.0))
                made.append((key, partial(_node_bytes, node, node_keys, position, yed)))
            else:
                made.append((key, None))
        for edge in edges:
            key = b"edge " + xml_attribute(edge.id).encode()
            made.append((key, partial(_edge_bytes, edge, edge_keys, yed) if key in skip else None))
        segments = walk(blocks, skip, made)
        return write_atomic(new, partial(_write, source, segments, header, b"", GRAPHML_FOOTER.encode()))


def _node_bytes(node: Element, keys: dict[str, GraphmlKey], position: tuple[float, float], yed: bool) -> bytes:
    text = yed_node_text(node, keys, position) if yed else node_text(node, keys)
    return text.encode("utf-8")


def _edge_bytes(edge: Element, keys: dict[str, GraphmlKey], yed: bool) -> bytes:
    text = yed_edge_text(edge, keys) if yed else edge_text(edge, keys)
    return text.encode("utf-8")


def _moved(blocks: list[Block], data: mmap.mmap, nodes: list[Element],
           positions: dict[str, tuple[float, float]], skip: set[bytes]) -> set[bytes]:
    """The yEd node blocks whose position on the grid is no longer the node's."""
    where = {b"node " + xml_attribute(node.id).encode(): positions.get(node.id, (0.0, 0.0)) for node in nodes}
    moved: set[bytes] = set()
    for key, start, end in blocks:
        if key.startswith(b"node ") and key not in skip and key in where:
            x, y = where[key]
            if f' x="{x}" y="{y}"/>'.encode() not in data[start:end]:
                moved.add(key)
    return moved


def _write(source: BinaryIO, segments: list[Segment], header: bytes, separator: bytes, footer: bytes,
           handle: BinaryIO) -> None:
    write_segments(handle, source, segments, header=header, separator=separator, footer=footer)


def _json_key(identifier: str) -> bytes:
    return json.dumps(identifier, ensure_ascii=False).encode("utf-8")


def _line_blocks(data: mmap.mmap, start: int, end: int, pattern: re.Pattern[bytes] | None) -> list[Block]:
    """The lines of ``data[start:end]`` as blocks (without their ``,\\n`` or ``\\n``), keyed by the JSON id
    (``pattern``) or the first TSV column."""
    blocks: list[Block] = []
    position = start
    while position < end:
        stop = data.find(b"\n", position, end)
        stop = end if stop < 0 else stop
        line_end = stop - 1 if pattern is not None and data[stop - 1:stop] == b"," else stop
        line = data[position:line_end]
        if pattern is None:
            key = line.split(b"\t", 1)[0]
        else:
            found = pattern.search(line)
            if found is None:
                raise PatchError(f"a line without an id: {line[:80]!r}")
            key = found.group(1)
        blocks.append((key, position, line_end))
        position = stop + 1
    return blocks


def patch_cytoscape(graph: KnowledgeGraph, touched: Touched, old: Path, new: Path) -> Path:
    """Write the Cytoscape JSON export of ``graph`` to ``new`` from ``old``."""
    nodes: dict[str, Callable[[], cytoscape.Data]] = {}
    for doc_id, doc in graph.documents.items():
        nodes[doc_id] = partial(cytoscape.document_data, doc)
    for node_id, node in graph.nodes.items():
        nodes[node_id] = partial(cytoscape.entity_data, node)
    edges: dict[str, Callable[[], cytoscape.Data]] = {}
    for (doc_id, entity_id), count in graph.mentions.items():
        edges[mention_id(doc_id, entity_id)] = partial(cytoscape.mention_data, doc_id, entity_id, count)
    ends: set[str] = set()
    for edge in graph.edges.values():
        edges[edge.id] = partial(cytoscape.relation_data, edge)
        ends.update((edge.subject, edge.object))
    ends.update(entity for _, entity in graph.mentions)
    ends.update(graph.documents)
    for missing in ends - nodes.keys():
        nodes[missing] = partial(cytoscape.placeholder_data, missing)
    touched_nodes, touched_edges = _element_ids(graph, touched)
    source, data = _open(old)
    with source, data:
        opening, between, closing = b'"edges": [\n', b'],\n"nodes": [\n', b']\n},\n"format_version"'
        edges_start = data.find(opening) + len(opening)
        middle = data.find(between, edges_start)
        tail = data.find(closing, middle)
        if edges_start < len(opening) or middle < 0 or tail < 0 or not edges or not nodes:
            raise PatchError(f"{old}: not laid out as expected")
        header = data[:edges_start]
        middle_text = data[middle - 1:middle + len(between)]
        footer = data[tail - 1:]
        parts: list[list[Segment]] = []
        for chosen, touched_ids, start, end in ((edges, touched_edges, edges_start, middle - 1),
                                                (nodes, touched_nodes, middle + len(between), tail - 1)):
            skip = {_json_key(i) for i in touched_ids}
            blocks = _line_blocks(data, start, end, _JSON_ID)
            made = [(_json_key(i), partial(_json_element, chosen[i]) if _json_key(i) in skip else None)
                    for i in sorted(chosen)]
            parts.append(walk(blocks, skip, made, separator=2))

        def write(handle: BinaryIO) -> None:
            write_segments(handle, source, parts[0], header=header, separator=b",\n", footer=middle_text)
            write_segments(handle, source, parts[1], separator=b",\n", footer=footer)

        return write_atomic(new, write)


def _json_element(make: Callable[[], cytoscape.Data]) -> bytes:
    return cytoscape.element_text(make()).encode("utf-8")


def patch_kgx(graph: KnowledgeGraph, touched: Touched, old: Path, new: Path, *, edges: bool) -> Path:
    """Write the KGX node (or, with ``edges``, edge) TSV of ``graph`` to ``new`` from ``old``."""
    made: list[tuple[bytes, Callable[[], bytes] | None]] = []
    skip: set[bytes] = set()
    if edges:
        rows = sorted((f"kgstmt:{edge.id}", key) for key, edge in graph.edges.items())
        touched_ids = {f"kgstmt:{Edge(*key, ()).id}" for key in touched.edges}
        skip = {i.encode() for i in touched_ids}
        for row_id, key in rows:
            maker = partial(_row, kgx.EDGE_COLUMNS, partial(kgx.edge_row, graph.edges[key]))
            made.append((row_id.encode(), maker if row_id in touched_ids else None))
    else:
        skip = {biolink.biolink_curie(i).encode() for i in touched.nodes}
        for node in graph.sorted_nodes():
            node_key = biolink.biolink_curie(node.id).encode()
            made.append((node_key, partial(_row, kgx.NODE_COLUMNS, partial(kgx.node_row, node))
                         if node.id in touched.nodes else None))
    source, data = _open(old)
    with source, data:
        first = data.find(b"\n") + 1
        if first <= 0 or not made:
            raise PatchError(f"{old}: no rows")
        if data[-1:] != b"\n":
            raise PatchError(f"{old}: the last row does not end")
        blocks = _line_blocks(data, first, len(data) - 1, None)
        segments = walk(blocks, skip, _rows_checked(made, skip), separator=1)
        columns = kgx.EDGE_COLUMNS if edges else kgx.NODE_COLUMNS
        header = ("\t".join(columns) + "\n").encode("utf-8")
        return write_atomic(new, partial(_write, source, segments, header, b"\n", b"\n"))


def _rows_checked(made: list[tuple[bytes, Callable[[], bytes] | None]],
                  skip: set[bytes]) -> Iterator[tuple[bytes, Callable[[], bytes] | None]]:
    for key, maker in made:
        if maker is None and key in skip:
            raise PatchError(f"two entities share the KGX id {key[:80]!r}")
        yield key, maker


def _row(columns: Sequence[str], make: Callable[[], dict[str, str]]) -> bytes:
    row = make()
    return "\t".join(row.get(column, "") for column in columns).encode("utf-8")
