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

import io
import json
import mmap
import re
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO

from kg.export import cytoscape, element_index
from kg.export.atomic import write_atomic
from kg.export.changes import Touched
from kg.export.element_index import Block
from kg.export.element_merge import sorted_merge as _sorted_merge
from kg.export.element_merge import walk
from kg.export.graphml import (
    EDGE_KEYS,
    GRAPHML_FOOTER,
    NODE_KEYS,
    Element,
    GraphmlKey,
    declare_keys,
    document_element,
    edge_text,
    entity_element,
    graphml_header,
    mention_element,
    node_text,
    relation_element,
    xml_attribute,
)
from kg.export.ids import mention_id
from kg.export.incremental_rdf import PatchError
from kg.export.patching import Segment, write_segments
from kg.export.text import clean_text
from kg.export.yed import LAYOUT_LIMIT, grid_positions, yed_edge_text, yed_header, yed_node_text
from kg.graph import Edge, KnowledgeGraph

__all__ = ["patch_cytoscape", "patch_graphml", "walk"]

_GRAPHML_BLOCK = re.compile(rb'\n    <(?:node|edge) id="')
_JSON_ID = re.compile(rb'"id": ("[^"\\]*(?:\\.[^"\\]*)*")')
"""An ``"id"`` key and its JSON string (led by the literal, which the regular expression engine finds far
faster than a class of characters before it; :func:`_json_blocks` checks that ``{`` or a space precedes it)."""
_KEY_BEFORE = (b"{", b" ")


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


def _graphml_keys(graph: KnowledgeGraph, yed: bool) -> tuple[dict[str, GraphmlKey], dict[str, GraphmlKey]]:
    """The keys a whole export declares, from the few elements that can add a key: entity, placeholder and
    ``mentions`` elements only have attributes of the fixed keys, of their declared types; documents (their
    front-matter fields), trials with results and relation edges with data may add others."""
    nodes = [document_element(doc) for doc in graph.documents.values()]
    nodes.extend(Element(trial, {"results": "", "results_count": len(results)})
                 for trial, results in graph.results_by_trial().items() if trial in graph.nodes)
    edges = [relation_element(edge) for edge in graph.edges.values() if edge.data]
    taken = frozenset({"yfiles_node", "yfiles_edge"}) if yed else frozenset()
    node_keys = declare_keys("node", NODE_KEYS, nodes, taken=taken)
    edge_keys = declare_keys("edge", EDGE_KEYS, edges, taken=taken | {key.id for key in node_keys.values()})
    return node_keys, edge_keys


def _graphml_order(graph: KnowledgeGraph) -> tuple[list[tuple[str, str]], list[tuple[str, Any]]]:
    """The node elements (kind, id) and the edge elements (kind, key) of the file, in its order."""
    nodes = [("document", key) for key in sorted(graph.documents)]
    nodes.extend(("entity", key) for key in sorted(graph.nodes))
    known = set(graph.documents) | set(graph.nodes)
    edges: list[tuple[str, Any]] = [("mention", key) for key in sorted(graph.mentions)]
    edges.extend(("relation", key) for key in sorted(graph.edges))
    for kind, key in edges:
        for end in (key[0], key[1]) if kind == "mention" else (key[0], key[2]):
            if end not in known:
                known.add(end)
                nodes.append(("unknown", end))
    return nodes, edges


def patch_graphml(graph: KnowledgeGraph, touched: Touched, old: Path, new: Path, *, yed: bool = False,
                  index_to: Path | None = None) -> Path:
    """Write the GraphML (or, with ``yed``, the yEd GraphML) export of ``graph`` to ``new`` from ``old``. The
    elements of ``old`` are found by its kept index (:mod:`kg.export.element_index`) when it has a valid one,
    else by a scan; given ``index_to``, the new file's index is saved there.

    >>> import tempfile
    >>> from kg.export.graphml import write_graphml
    >>> from kg.graph import Node
    >>> folder = Path(tempfile.mkdtemp())
    >>> g = KnowledgeGraph()
    >>> g.add_node(Node(id="HGNC:3942", type="target", label="MTOR"))
    >>> _ = (folder / "old.graphml").write_bytes(_whole(write_graphml, g))
    >>> g.add_node(Node(id="HGNC:1", type="target", label="A1BG"))
    >>> new = patch_graphml(g, Touched(nodes={"HGNC:1"}), folder / "old.graphml", folder / "new.graphml")
    >>> new.read_bytes() == _whole(write_graphml, g)
    True
    """
    node_order, edge_order = _graphml_order(graph)
    if yed and len(node_order) <= LAYOUT_LIMIT:
        raise PatchError("a small graph's yEd layout is drawn whole")
    node_keys, edge_keys = _graphml_keys(graph, yed)
    header = (yed_header(node_keys, edge_keys) if yed else graphml_header(node_keys, edge_keys)).encode("utf-8")
    touched_nodes, touched_edges = _element_ids(graph, touched)
    positions: dict[str, tuple[float, float]] = {}
    if yed:
        types = {"document": "document", "unknown": "unknown"}
        positions = grid_positions([(str(types.get(kind) or graph.nodes[key].type), key) for kind, key in node_order])
    results = graph.results_by_trial()
    source, data = _open(old)
    with source, data:
        if data[:len(header)] != header:
            raise PatchError(f"{old}: the key declarations changed")
        kept = element_index.load(old, element_index.kept_path(old))
        blocks = kept.parts[0] if kept is not None and len(kept.parts) == 1 else _graphml_blocks(data, len(header) - 1)
        if not blocks or blocks[0][1] != len(header) or data[blocks[-1][2]:] != GRAPHML_FOOTER.encode():
            raise PatchError(f"{old}: no elements after the header, or not laid out as expected")
        skip = {b"node " + xml_attribute(i).encode() for i in touched_nodes}
        skip |= {b"edge " + xml_attribute(i).encode() for i in touched_edges}
        if yed and kept is not None and kept.positions is not None:
            skip |= {b"node " + xml_attribute(node_id).encode() for node_id, xy in positions.items()
                     if kept.positions.get(node_id) != xy}
        elif yed:
            skip |= _moved(blocks, data, positions, skip)
        made: list[tuple[bytes | None, Callable[[], bytes] | None]] = []
        for kind, node_id in node_order:
            key = b"node " + xml_attribute(node_id).encode()
            maker = None
            if key in skip:
                element = partial(_node_element, graph, kind, node_id, results)
                maker = partial(_node_bytes, element, node_keys, positions.get(node_id, (0.0, 0.0)), yed)
            made.append((key, maker))
        for index, (kind, edge_key) in enumerate(edge_order):
            hit = edge_key in (touched.mentions if kind == "mention" else touched.edges)
            if not hit and index % 16:
                made.append((None, None))
                continue
            if kind == "mention":
                doc_id, entity_id = edge_key
                element_id = mention_id(doc_id, entity_id)
                element = partial(mention_element, doc_id, entity_id, graph.mentions[edge_key])
            else:
                element_id = graph.edges[edge_key].id
                element = partial(relation_element, graph.edges[edge_key])
            key = b"edge " + xml_attribute(element_id).encode()
            made.append((key, partial(_edge_bytes, element, edge_keys, yed) if hit else None))
        placed: list[Block] = []
        segments = walk(blocks, skip, made, placed=placed, at=len(header))
        write_atomic(new, partial(_write, source, segments, header, b"", GRAPHML_FOOTER.encode()))
    if index_to is not None:
        element_index.save(element_index.ElementIndex((), (placed,), positions if yed else None), new, index_to)
    return new


def _graphml_blocks(data: mmap.mmap, start: int) -> list[Block]:
    """The node and edge elements of a GraphML file from ``start`` on, found by a scan (each ends where the
    next, or the footer, starts)."""
    end = data.rfind(GRAPHML_FOOTER.encode())
    if end < 0:
        raise PatchError("no GraphML footer")
    found = [(data[match.start() + 6:match.start() + 10] + b" " + data[match.end():data.find(b'"', match.end())],
              match.start() + 1) for match in _GRAPHML_BLOCK.finditer(data, start)]
    return [(key, start, found[i + 1][1] if i + 1 < len(found) else end) for i, (key, start) in enumerate(found)]


def _node_element(graph: KnowledgeGraph, kind: str, node_id: str, results: dict[str, list[str]]) -> Element:
    if kind == "document":
        return document_element(graph.documents[node_id])
    if kind == "unknown":
        return Element(node_id, {"label": node_id, "name": node_id, "type": "unknown"})
    element = entity_element(graph.nodes[node_id])
    if node_id in results:
        element.attributes["results"] = clean_text(" | ".join(results[node_id]))
        element.attributes["results_count"] = len(results[node_id])
    return element


def _node_bytes(make: Callable[[], Element], keys: dict[str, GraphmlKey], position: tuple[float, float],
                yed: bool) -> bytes:
    node = make()
    text = yed_node_text(node, keys, position) if yed else node_text(node, keys)
    return text.encode("utf-8")


def _edge_bytes(make: Callable[[], Element], keys: dict[str, GraphmlKey], yed: bool) -> bytes:
    edge = make()
    text = yed_edge_text(edge, keys) if yed else edge_text(edge, keys)
    return text.encode("utf-8")


def _moved(blocks: list[Block], data: mmap.mmap, positions: dict[str, tuple[float, float]],
           skip: set[bytes]) -> set[bytes]:
    """The yEd node blocks whose position on the grid is no longer the node's."""
    where = {b"node " + xml_attribute(node_id).encode(): xy for node_id, xy in positions.items()}
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


def _json_blocks(data: mmap.mmap, start: int, end: int) -> list[Block]:
    """The elements of a Cytoscape JSON list (one a line, ``,\\n`` between them) in ``data[start:end]``,
    keyed by their id as raw UTF-8 (an id JSON would escape is refused)."""
    section = data[start:end]
    lines = section.split(b",\n")
    ids = [found.group(1) for found in _JSON_ID.finditer(section)
           if section[found.start() - 1:found.start()] in _KEY_BEFORE]
    if len(ids) != len(lines):
        raise PatchError("a Cytoscape element without an id, or with two")
    blocks: list[Block] = []
    position = start
    for line, quoted in zip(lines, ids, strict=True):
        if b"\\" in quoted:
            raise PatchError(f"an id with an escape: {quoted[:80]!r}")
        blocks.append((quoted[1:-1], position, position + len(line)))
        position += len(line) + 2
    return blocks


def patch_cytoscape(graph: KnowledgeGraph, touched: Touched, old: Path, new: Path, *,
                    index_to: Path | None = None) -> Path:
    """Write the Cytoscape JSON export of ``graph`` to ``new`` from ``old`` (both lists are sorted by id: the
    kept elements and the touched ones made again are merged). The elements of ``old`` are found as in
    :func:`patch_graphml`; given ``index_to``, the new file's index is saved there.

    >>> import tempfile
    >>> from kg.graph import Node
    >>> from kg.model import Evidence, Statement
    >>> folder = Path(tempfile.mkdtemp())
    >>> g = KnowledgeGraph()
    >>> g.add_node(Node(id="HGNC:3942", type="target", label="MTOR"))
    >>> g.add_statement(Statement("NCIT:C48387", "inhibits", "HGNC:3942", Evidence("d", "s", 0, 1, "verb")))
    >>> _ = (folder / "old.json").write_bytes(_whole(cytoscape.write_cytoscape, g))
    >>> g.add_node(Node(id="HGNC:1", type="target", label="A1BG"))
    >>> new = patch_cytoscape(g, Touched(nodes={"HGNC:1"}), folder / "old.json", folder / "new.json")
    >>> new.read_bytes() == _whole(cytoscape.write_cytoscape, g)
    True
    """
    touched_nodes, touched_edges = _element_ids(graph, touched)
    ends = {end for edge in graph.edges.values() for end in (edge.subject, edge.object)}
    ends.update(end for key in graph.mentions for end in key)
    nodes: list[tuple[str, cytoscape.Data]] = []
    for node_id in touched_nodes:
        if node_id in graph.documents:
            nodes.append((node_id, cytoscape.document_data(graph.documents[node_id])))
        elif node_id in graph.nodes:
            nodes.append((node_id, cytoscape.entity_data(graph.nodes[node_id])))
        elif node_id in ends:
            nodes.append((node_id, cytoscape.placeholder_data(node_id)))
    edges: list[tuple[str, cytoscape.Data]] = [
        (mention_id(*key), cytoscape.mention_data(*key, graph.mentions[key]))
        for key in touched.mentions if key in graph.mentions
    ]
    edges.extend((graph.edges[key].id, cytoscape.relation_data(graph.edges[key]))
                 for key in touched.edges if key in graph.edges)
    source, data = _open(old)
    with source, data:
        kept = element_index.load(old, element_index.kept_path(old))
        if kept is not None and len(kept.marks) == 3 and len(kept.parts) == 2:
            edges_start, middle, tail = kept.marks
            olds: list[list[Block]] | None = list(kept.parts)
        else:
            edges_start, middle, tail = _cytoscape_marks(data)
            olds = None
        if (edges_start < len(_OPENING) or data[edges_start - len(_OPENING):edges_start] != _OPENING
                or middle < 0 or data[middle:middle + len(_BETWEEN)] != _BETWEEN
                or tail < 0 or data[tail:tail + len(_CLOSING)] != _CLOSING or not graph.edges or not graph.nodes):
            raise PatchError(f"{old}: not laid out as expected")
        if olds is None:
            olds = [_json_blocks(data, edges_start, middle - 1),
                    _json_blocks(data, middle + len(_BETWEEN), tail - 1)]
        parts: list[list[Segment]] = []
        placed: tuple[list[Block], list[Block]] = ([], [])
        at = edges_start
        for made, touched_ids, blocks, new_blocks in ((edges, touched_edges, olds[0], placed[0]),
                                                      (nodes, touched_nodes, olds[1], placed[1])):
            fresh = sorted((identifier.encode("utf-8"), cytoscape.element_text(item).encode("utf-8"))
                           for identifier, item in made)
            if any(b"\\" in _json_key(identifier) for identifier in touched_ids):
                raise PatchError("a touched id with an escape")
            skip = {identifier.encode("utf-8") for identifier in touched_ids}
            parts.append(_sorted_merge(blocks, skip, fresh, placed=new_blocks, at=at))
            at = (new_blocks[-1][2] if new_blocks else at) + 1 + len(_BETWEEN)  # after the list: "\n" and more
        new_middle = (placed[0][-1][2] if placed[0] else edges_start) + 1
        new_tail = (placed[1][-1][2] if placed[1] else new_middle + len(_BETWEEN)) + 1
        header, middle_text, footer = data[:edges_start], data[middle - 1:middle + len(_BETWEEN)], data[tail - 1:]

        def write(handle: BinaryIO) -> None:
            write_segments(handle, source, parts[0], header=header, separator=b",\n", footer=middle_text)
            write_segments(handle, source, parts[1], separator=b",\n", footer=footer)

        write_atomic(new, write)
    if index_to is not None:
        element_index.save(element_index.ElementIndex((edges_start, new_middle, new_tail), placed), new, index_to)
    return new


def _cytoscape_marks(data: mmap.mmap) -> tuple[int, int, int]:
    """Where the list of edges starts, where the text between the lists starts, where the closing text starts
    (found by a scan; checked by the caller)."""
    edges_start = data.find(_OPENING) + len(_OPENING)
    middle = data.find(_BETWEEN, edges_start)
    return edges_start, middle, data.find(_CLOSING, middle)


def index_whole(path: Path, index_to: Path, *, cytoscape_json: bool = False) -> None:
    """Save the index of a GraphML, yEd or (with ``cytoscape_json``) Cytoscape export written whole, found by a
    scan of it, for the next patch (none for a file not laid out as a patch expects: that one is written whole).

    >>> import tempfile
    >>> from kg.export.graphml import write_graphml
    >>> from kg.graph import Node
    >>> folder = Path(tempfile.mkdtemp())
    >>> g = KnowledgeGraph()
    >>> g.add_node(Node(id="HGNC:3942", type="target", label="MTOR"))
    >>> _ = (folder / "kg.graphml").write_bytes(_whole(write_graphml, g))
    >>> index_whole(folder / "kg.graphml", folder / "index")
    >>> [key for key, _, _ in element_index.load(folder / "kg.graphml", folder / "index").parts[0]]
    [b'node HGNC:3942']
    """
    try:
        source, data = _open(path)
        with source, data:
            if not cytoscape_json:
                found = element_index.ElementIndex((), (_graphml_blocks(data, 0),))
            else:
                edges_start, middle, tail = _cytoscape_marks(data)
                if edges_start < len(_OPENING) or middle < 0 or tail < 0:
                    return
                found = element_index.ElementIndex((edges_start, middle, tail), (
                    _json_blocks(data, edges_start, middle - 1), _json_blocks(data, middle + len(_BETWEEN), tail - 1)))
    except (PatchError, OSError):
        return
    element_index.save(found, path, index_to)


_OPENING, _BETWEEN, _CLOSING = b'"edges": [\n', b'],\n"nodes": [\n', b']\n},\n"format_version"'
"""What opens the list of edges, what comes between it and the list of nodes, what follows that list."""


def _json_key(identifier: str) -> bytes:
    return json.dumps(identifier, ensure_ascii=False).encode("utf-8")


def _whole(writer: Callable[[KnowledgeGraph, BinaryIO], None], graph: KnowledgeGraph) -> bytes:
    """What a whole export of ``graph`` by ``writer`` is (for the examples)."""
    out = io.BytesIO()
    writer(graph, out)
    return out.getvalue()
