"""The graph's quads as sorted N-Quads and N-Triples text: generated once, serialised by pyoxigraph.

:func:`sorted_statements` walks :func:`kg.export.rdf.all_quads` once, in chunks; pyoxigraph serialises each
chunk both as N-Quads and as N-Triples (the graph name dropped), and the lines go to two
:class:`~kg.export.sorting.SortedLines`, which sort and de-duplicate them within bounded memory. N-Quads and
N-Triples are written from those; Turtle and JSON-LD read the sorted N-Triples back through pyoxigraph's
parser (:func:`kg.export.turtle.turtle_from_ntriples`, :func:`kg.export.jsonld.jsonld_from_triples`).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

from kg.export.rdf import all_quads
from kg.export.sorting import SortedLines
from kg.graph import KnowledgeGraph

__all__ = ["nquads_lines", "ntriples_bytes", "ntriples_lines", "quads", "sorted_statements", "sorted_triples",
           "triples"]

CHUNK = 1_000
"""Quads serialised per call to pyoxigraph (a chunk of quad objects is all that is held of them; small chunks
stay in the processor's cache)."""


def sorted_statements(
    graph: KnowledgeGraph, *, with_quads: bool = True, with_triples: bool = True, directory: Path | None = None
) -> tuple[SortedLines, SortedLines]:
    """The graph's N-Quads lines and N-Triples lines (named graphs merged), each to be read back sorted and
    de-duplicated; the quads are generated once for both. ``directory``: where long sorts spill their runs.

    >>> from kg.graph import Node
    >>> g = KnowledgeGraph()
    >>> g.add_node(Node(id="HGNC:3942", type="target", label="MTOR"))
    >>> quad_lines, triple_lines = sorted_statements(g)
    >>> len(list(quad_lines)), list(triple_lines)[0].split()[1]
    (5, b'<http://purl.org/dc/terms/identifier>')
    """
    quad_text = SortedLines(directory=directory)
    triple_text = SortedLines(directory=directory)
    chunk: list[ox.Quad] = []

    def flush() -> None:
        if with_quads:
            quad_text.add(ox.serialize(chunk, format=ox.RdfFormat.N_QUADS))
        if with_triples:
            triple_text.add(ox.serialize((quad.triple for quad in chunk), format=ox.RdfFormat.N_TRIPLES))
        chunk.clear()

    collecting = gc.isenabled()
    gc.disable()  # a million short-lived quads, no reference cycles: collections would only cost time
    try:
        for quad in all_quads(graph):
            chunk.append(quad)
            if len(chunk) >= CHUNK:
                flush()
        flush()
    finally:
        if collecting:
            gc.enable()
    return quad_text, triple_text


def nquads_lines(graph: KnowledgeGraph) -> Iterator[bytes]:
    """The graph as sorted, de-duplicated N-Quads lines.

    >>> from kg.graph import Node
    >>> g = KnowledgeGraph()
    >>> g.add_node(Node(id="HGNC:3942", type="target", label="MTOR"))
    >>> len(list(nquads_lines(g)))
    5
    """
    quad_lines, _ = sorted_statements(graph, with_triples=False)
    yield from quad_lines


def ntriples_lines(graph: KnowledgeGraph) -> Iterator[bytes]:
    """The graph's triples (named graphs merged) as sorted, de-duplicated N-Triples lines.

    >>> from kg.graph import Node
    >>> g = KnowledgeGraph()
    >>> g.add_node(Node(id="HGNC:3942", type="target", label="MTOR"))
    >>> next(ntriples_lines(g)).split()[1]
    b'<http://purl.org/dc/terms/identifier>'
    """
    _, triple_lines = sorted_statements(graph, with_quads=False)
    yield from triple_lines


def ntriples_bytes(graph: KnowledgeGraph) -> bytes:
    """The text of :func:`ntriples_lines` (for small graphs: the whole text is held in memory).

    >>> from kg.graph import Node
    >>> g = KnowledgeGraph()
    >>> g.add_node(Node(id="HGNC:3942", type="target", label="MTOR"))
    >>> ntriples_bytes(g).count(b"\\n")
    5
    """
    return b"".join(ntriples_lines(graph))


def sorted_triples(graph: KnowledgeGraph) -> Iterator[ox.Triple]:
    """The triples of :func:`ntriples_lines`, in its order, parsed back one at a time.

    >>> from kg.graph import Node
    >>> g = KnowledgeGraph()
    >>> g.add_node(Node(id="HGNC:3942", type="target", label="MTOR"))
    >>> next(sorted_triples(g)).object.value
    'HGNC:3942'
    """
    for quad in ox.parse(ntriples_bytes(graph), format=ox.RdfFormat.N_TRIPLES):
        yield quad.triple


def quads(graph: KnowledgeGraph) -> list[ox.Quad]:
    """Every quad of the graph, de-duplicated and sorted by their N-Quads form.

    >>> from kg.graph import Node
    >>> g = KnowledgeGraph()
    >>> g.add_node(Node(id="HGNC:3942", type="target", label="MTOR"))
    >>> len(quads(g))
    5
    """
    return list(ox.parse(b"".join(nquads_lines(graph)), format=ox.RdfFormat.N_QUADS))


def triples(graph: KnowledgeGraph) -> list[ox.Triple]:
    """Every triple of the graph (named graphs merged), de-duplicated and sorted.

    >>> from kg.graph import Node
    >>> g = KnowledgeGraph()
    >>> g.add_node(Node(id="HGNC:3942", type="target", label="MTOR", synonyms=("mTOR",)))
    >>> triples(g)[0].predicate.value
    'http://purl.org/dc/terms/identifier'
    >>> len(triples(g))
    6
    """
    return list(sorted_triples(graph))
