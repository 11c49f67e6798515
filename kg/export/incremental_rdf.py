"""The RDF exports after a change, made from the previous build's files: only the touched subjects are new.

N-Triples and N-Quads are sorted lines, and all the lines of one subject are consecutive; Turtle and JSON-LD
have one block per subject in the same order. :func:`rdf_changes` lists the subjects whose lines a change
may have changed (as byte prefixes of their lines: ``<iri>`` for an entity, a document, a mention record or
a trial result; ``<…/statement/e…`` for an edge's statement node together with its numbered evidence nodes)
and makes all of their quads again from the new graph, through the same generators as a full export
(:mod:`kg.export.rdf`). :func:`patch_rdf` then writes each file as the old one with those subjects' lines
or blocks replaced (:mod:`kg.export.patching`): the lines of a subject are found in the old sorted files by
binary search, and in the old Turtle and JSON-LD by one scan for block starts. The result is byte for byte
the file a full export writes (``tests/test_incremental.py``).
"""

from __future__ import annotations

import json
import mmap
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from kg.export import rdf
from kg.export.atomic import write_atomic
from kg.export.changes import Touched
from kg.export.ids import document_iri, entity_iri, mention_id
from kg.export.jsonld import JSONLD_FOOTER, jsonld_header, jsonld_nodes
from kg.export.patching import Segment, SortedLines, write_segments
from kg.export.turtle import turtle_body
from kg.graph import Edge, KnowledgeGraph
from kg.identifiers import expand, prefix_map

__all__ = ["PatchError", "RdfChanges", "SubjectBlocks", "patch_rdf", "rdf_changes"]


class PatchError(Exception):
    """The previous export cannot be patched (it is not what this code writes): write the file whole."""


@dataclass(frozen=True)
class RdfChanges:
    """The touched subjects' line prefixes (sorted) and their new N-Quads and N-Triples lines, by prefix."""

    prefixes: list[bytes]
    quads: dict[bytes, bytes]
    triples: dict[bytes, bytes]


def rdf_changes(graph: KnowledgeGraph, touched: Touched) -> RdfChanges:
    """Every line of the new graph whose subject a change touched, by subject prefix.

    >>> from kg.graph import Node
    >>> g = KnowledgeGraph()
    >>> g.add_node(Node(id="HGNC:3942", type="target", label="MTOR"))
    >>> changes = rdf_changes(g, Touched(nodes={"HGNC:3942"}))
    >>> changes.prefixes, changes.triples[changes.prefixes[0]].count(b"\\n")
    ([b'<https://identifiers.org/hgnc:3942>'], 5)
    """
    quads: list[ox.Quad] = []
    prefixes: set[bytes] = set()
    entities: dict[str, list[str]] = {}  # IRI → entity ids (an edge's ends, a result's trial included)
    for entity_id in {*graph.nodes, *(key[0] for key in graph.edges), *(r.trial for r in graph.results.values())}:
        if entity_id:
            entities.setdefault(entity_iri(entity_id), []).append(entity_id)
    documents = {document_iri(doc_id): doc_id for doc_id in graph.documents}
    exact = {entity_iri(node) for node in touched.nodes} | {document_iri(doc) for doc in touched.documents}
    exact |= {document_iri(doc) for doc, _ in touched.mentions}
    edges_of: dict[str, list[Edge]] = {}
    for key, edge in graph.edges.items():
        edges_of.setdefault(key[0], []).append(edge)
    results_of: dict[str, list[str]] = {}
    for result_id, result in graph.results.items():
        results_of.setdefault(result.trial, []).append(result_id)
    mentioned: dict[str, list[str]] = {}
    for doc_id, entity_id in graph.mentions:
        mentioned.setdefault(doc_id, []).append(entity_id)
    for iri in exact:
        prefixes.add(_key(iri))
        for entity_id in entities.get(iri, ()):
            if entity_id in graph.nodes:
                quads.extend(rdf.entity_quads(graph.nodes[entity_id]))
            for edge in edges_of.get(entity_id, ()):
                quads.extend(rdf.edge_direct_quads(edge))
            for result_id in results_of.get(entity_id, ()):
                quads.extend(rdf.result_link_quads(graph.results[result_id]))
        if iri in documents:
            doc_id = documents[iri]
            quads.extend(rdf.document_quads(graph.documents[doc_id]))
            for entity_id in mentioned.get(doc_id, ()):
                quads.extend(rdf.mention_link_quads(doc_id, entity_id))
    for doc_id, entity_id in touched.mentions:
        prefixes.add(_key(expand("kgstmt:" + mention_id(doc_id, entity_id))))
        if (doc_id, entity_id) in graph.mentions:
            quads.extend(rdf.mention_record_quads(doc_id, entity_id, graph.mentions[doc_id, entity_id]))
    for subject, predicate, obj in touched.edges:
        edge = graph.edges.get((subject, predicate, obj)) or Edge(subject, predicate, obj, ())
        prefixes.add(_key(expand(f"kgstmt:{edge.id}"))[:-1])  # the statement and its evidence nodes
        if edge.evidence:
            quads.extend(rdf.edge_statement_quads(edge))
    for result_id in touched.results:
        prefixes.add(_key(expand("kgstmt:" + result_id)))
        if result_id in graph.results:
            quads.extend(rdf.result_node_quads(graph.results[result_id]))
    ordered = _outermost(sorted(prefixes))
    quad_text = ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b""
    triple_text = ox.serialize((quad.triple for quad in quads), format=ox.RdfFormat.N_TRIPLES) or b""
    quad_lines = sorted(set(quad_text.splitlines(keepends=True)))
    triple_lines = sorted(set(triple_text.splitlines(keepends=True)))
    return RdfChanges(ordered, _by_prefix(quad_lines, ordered), _by_prefix(triple_lines, ordered))


def _key(iri: str) -> bytes:
    return f"<{iri}>".encode()


def _outermost(prefixes: list[bytes]) -> list[bytes]:
    """Sorted prefixes without those that another one already covers."""
    kept: list[bytes] = []
    for prefix in prefixes:
        if not kept or not prefix.startswith(kept[-1]):
            kept.append(prefix)
    return kept


def _by_prefix(lines: list[bytes], prefixes: list[bytes]) -> dict[bytes, bytes]:
    groups: dict[bytes, list[bytes]] = {}
    for line in lines:
        index = bisect_right(prefixes, line) - 1
        if index < 0 or not line.startswith(prefixes[index]):
            raise PatchError(f"a new line has no touched subject: {line[:80]!r}")
        groups.setdefault(prefixes[index], []).append(line)
    return {prefix: b"".join(group) for prefix, group in groups.items()}


_JSONLD_MARK = b'\n  {\n   "@id": '
_TURTLE_NEXT = re.compile(rb"\n(?=[^\t])")
_TURTLE_ESCAPE = re.compile(rb"\\(.)")
_FIRST_STEP = 4096  # bytes: a few blocks of a typical subject


class SubjectBlocks:
    """The subject blocks of a Turtle (``ttl``) or JSON-LD (``jsonld``) export, found by binary search: a
    block is a subject's text up to the next subject's (its separator included), in subject order.

    >>> text = b"@prefix kg: <https://w3id.org/kgnci/vocab#> .\\n\\nkg:a <p> 1 ;\\n\\t<q> 2 .\\n<x> <p> 3 .\\n"
    >>> blocks = SubjectBlocks(text, "ttl")
    >>> text[blocks.lower_bound(b"<https://w3id.org/kgnci/vocab#b>"):], blocks.lower_bound(b"<y>") == len(text)
    (b'<x> <p> 3 .\\n', True)
    """

    def __init__(self, data: bytes | mmap.mmap, kind: str) -> None:
        self.data, self.kind = data, kind
        if kind == "ttl":
            found, self.end, self.separator = data.find(b"\n\n"), len(data), b""
            self.start = found + 2
        else:
            found, self.end, self.separator = data.find(_JSONLD_MARK), data.rfind(JSONLD_FOOTER), b",\n  "
            self.start = found + 3
        if found < 0 or self.end < self.start:
            raise PatchError(f"no {kind} subject blocks")
        self._namespaces = {name.encode(): value.encode() for name, value in prefix_map().items()}

    def _previous_start(self, position: int) -> int:
        """The start of the block that holds ``position``."""
        data = self.data
        if self.kind == "jsonld":
            return max(data.rfind(_JSONLD_MARK, 0, position - 3 + len(_JSONLD_MARK)) + 3, self.start)
        while True:
            line = data.rfind(b"\n", 0, position) + 1
            if line <= self.start or data[line:line + 1] != b"\t":
                return max(line, self.start)
            position = line - 1

    def next_start(self, start: int) -> int:
        """The start of the block after the one starting at ``start`` (the body's end after the last)."""
        if self.kind == "jsonld":
            found = self.data.find(_JSONLD_MARK, start + 1, self.end)
            return found + 3 if found >= 0 else self.end
        match = _TURTLE_NEXT.search(self.data, start, self.end)
        return match.start() + 1 if match and match.start() + 1 < self.end else self.end

    def key(self, start: int) -> bytes:
        """The ``<iri>`` of the subject of the block starting at ``start``."""
        data = self.data
        if self.kind == "jsonld":
            begin = start + len(_JSONLD_MARK) - 3
            text = data[begin:data.find(b"\n", begin)].rstrip(b",")
            node_id = json.loads(text)
            name, _, local = node_id.partition(":")
            return _key(expand(node_id) if name in prefix_map() and not local.startswith("//") else node_id)
        token = data[start:data.find(b" ", start)]
        if token.startswith(b"<"):
            return bytes(token)
        name, _, local = token.partition(b":")
        if name not in self._namespaces:
            raise PatchError(f"unknown prefix in Turtle subject {token[:80]!r}")
        return b"<" + self._namespaces[name] + _TURTLE_ESCAPE.sub(rb"\1", local) + b">"

    def lower_bound(self, key: bytes, low: int | None = None) -> int:
        """The start of the first block whose subject is not less than ``key`` (the body's end if none).

        ``low``, a block start before which every subject is less than ``key``, starts the search there: it
        looks ahead in doubling steps from ``low`` and then halves the last step, so that sorted keys searched
        one after the other (the touched subjects of a rebuild) read a few blocks near the last one found
        instead of halving the whole file each time.
        """
        low = self.start if low is None else low
        high, step = self.end, _FIRST_STEP
        while low + step < high:
            start = self._previous_start(low + step)
            if self.key(start) >= key:
                high = start
                break
            low, step = self.next_start(start), step * 2
        while low < high:
            start = self._previous_start((low + high) // 2)
            if self.key(start) < key:
                low = self.next_start(start)
            else:
                high = start
        return low


def _line_segments(old: SortedLines, prefixes: Sequence[bytes], new: dict[bytes, bytes]) -> Iterator[Segment]:
    position = 0
    for prefix in prefixes:
        low, high = old.prefix_range(prefix)
        if low > position:
            yield (position, low)
        if prefix in new:
            yield new[prefix]
        position = max(position, high)
    if old.size > position:
        yield (position, old.size)


def _block_segments(old: SubjectBlocks, prefixes: Sequence[bytes], new: dict[bytes, list[bytes]]) -> list[Segment]:
    segments: list[Segment] = []
    position = old.start
    for prefix in prefixes:
        low = old.lower_bound(prefix, position)
        high = old.lower_bound(prefix + b"\xff", low)
        if low > position:
            segments.append((position, low))
        segments.extend(block + old.separator for block in new.get(prefix, ()))
        position = max(position, high)
    if old.end > position:
        segments.append((position, old.end))
    elif segments and old.separator:  # the last block has no separator after it
        last, cut = segments[-1], len(old.separator)
        segments[-1] = last[:-cut] if isinstance(last, bytes) else (last[0], last[1] - cut)
    return segments


def _new_blocks(text: bytes, kind: str, prefixes: list[bytes]) -> dict[bytes, list[bytes]]:
    """The blocks of freshly made Turtle body text (``kind`` ``ttl``) or of JSON-LD node texts joined by
    newlines (``jsonld``), by touched prefix."""
    blocks: dict[bytes, list[bytes]] = {}
    if not text:
        return blocks
    index = SubjectBlocks(b"\n\n" + text if kind == "ttl" else text, kind)
    start = index.start
    while start < index.end:
        following = index.next_start(start)
        key = index.key(start)
        at = bisect_right(prefixes, key) - 1
        if at < 0 or not key.startswith(prefixes[at]):
            raise PatchError(f"a new block has no touched subject: {key[:80]!r}")
        stop = following - len(index.separator) if following < index.end else following
        blocks.setdefault(prefixes[at], []).append(bytes(index.data[start:stop]))
        start = following
    return blocks


def patch_rdf(changes: RdfChanges, old: dict[str, Path], new: dict[str, Path]) -> list[Path]:
    """Write the RDF files named in ``new`` (``nq``, ``nt``, ``ttl``, ``jsonld`` → path) from the previous
    build's files in ``old`` with the changed subjects replaced; return the paths written.

    Raises :class:`PatchError` when an old file is not laid out as this code writes it.

    >>> import tempfile
    >>> from kg.export.rdf_files import write_sorted_rdf
    >>> from kg.graph import Node
    >>> folder = Path(tempfile.mkdtemp())
    >>> g = KnowledgeGraph()
    >>> g.add_node(Node(id="HGNC:3942", type="target", label="MTOR"))
    >>> _ = write_sorted_rdf(g, None, folder / "old.nt")
    >>> g.add_node(Node(id="HGNC:1", type="target", label="A1BG"))
    >>> changes = rdf_changes(g, Touched(nodes={"HGNC:1"}))
    >>> _ = patch_rdf(changes, {"nt": folder / "old.nt"}, {"nt": folder / "new.nt"})
    >>> _ = write_sorted_rdf(g, None, folder / "whole.nt")
    >>> (folder / "new.nt").read_bytes() == (folder / "whole.nt").read_bytes()
    True
    """
    written: list[Path] = []
    for name in ("nq", "nt"):
        if name in new:
            lines = changes.quads if name == "nq" else changes.triples
            with SortedLines(old[name]) as lookup:
                segments = list(_line_segments(lookup, changes.prefixes, lines))
                written.append(write_atomic(new[name], partial(_write, lookup.handle, segments, b"", b"", b"")))
    changed_triples = b"".join(changes.triples[prefix] for prefix in changes.prefixes if prefix in changes.triples)
    for name in ("ttl", "jsonld"):
        if name not in new:
            continue
        if name == "ttl":
            rendered = turtle_body(changed_triples)
        else:
            nodes = jsonld_nodes(ox.parse(changed_triples, format=ox.RdfFormat.N_TRIPLES))
            rendered = jsonld_header() + b"\n  " + b",\n  ".join(n.encode("utf-8") for n in nodes) + JSONLD_FOOTER
        blocks = _new_blocks(rendered, name, changes.prefixes)
        with old[name].open("rb") as source, mmap.mmap(source.fileno(), 0, access=mmap.ACCESS_READ) as data:
            index = SubjectBlocks(data, name)
            segments = _block_segments(index, changes.prefixes, blocks)
            if not segments:
                raise PatchError(f"{name}: the graph is empty")
            header, footer = data[:index.start], data[index.end:]
            written.append(write_atomic(new[name], partial(_write, source, segments, header, b"", footer)))
    return written


def _write(
    source: BinaryIO, segments: list[Segment], header: bytes, separator: bytes, footer: bytes, handle: BinaryIO
) -> None:
    write_segments(handle, source, segments, header=header, separator=separator, footer=footer)
