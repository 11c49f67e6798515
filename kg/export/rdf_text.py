"""The graph's quads as sorted N-Quads and N-Triples text: generated once, serialised by pyoxigraph.

:func:`sorted_statements` walks :func:`kg.export.rdf.all_quads` once, in chunks; pyoxigraph serialises each
chunk as N-Quads, and the lines go to a :class:`~kg.export.sorting.SortedLines`, which sorts and de-duplicates
them within bounded memory. The sorted N-Triples are the sorted N-Quads with the graph names dropped and the
repeats left out (:func:`triple_lines`: no second serialisation or sort); Turtle and JSON-LD are made from
the sorted N-Triples file (:func:`kg.export.turtle.turtle_from_ntriples`,
:func:`kg.export.jsonld.jsonld_from_ntriples`).
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox

from kg.export.rdf import all_quads
from kg.export.sorting import SortedLines
from kg.graph import KnowledgeGraph

__all__ = ["nquads_lines", "ntriples_bytes", "ntriples_lines", "quads", "sorted_statements", "sorted_triples",
           "triple_line", "triple_lines", "triples"]

CHUNK = 1_000
"""Quads serialised per call to pyoxigraph (a chunk of quad objects is all that is held of them; small chunks
stay in the processor's cache)."""


def sorted_statements(
    graph: KnowledgeGraph, *, directory: Path | None = None, keep: Callable[[str], bool] | None = None
) -> SortedLines:
    """The graph's N-Quads lines, to be read back sorted and de-duplicated (:func:`triple_lines` makes the
    sorted N-Triples from them, so the quads are generated, serialised and sorted once for both).
    ``directory``: where long sorts spill their runs; ``keep``: only the subjects it keeps
    (see :func:`kg.export.rdf.all_quads`).

    >>> from kg.graph import Node
    >>> g = KnowledgeGraph()
    >>> g.add_node(Node(id="HGNC:3942", type="target", label="MTOR"))
    >>> quad_lines = list(sorted_statements(g))
    >>> len(quad_lines), quad_lines[0].split()[1]
    (5, b'<http://purl.org/dc/terms/identifier>')
    """
    quad_text = SortedLines(directory=directory)
    chunk: list[ox.Quad] = []

    def flush() -> None:
        quad_text.add(ox.serialize(chunk, format=ox.RdfFormat.N_QUADS))
        chunk.clear()

    collecting = gc.isenabled()
    gc.disable()  # a million short-lived quads, no reference cycles: collections would only cost time
    try:
        for quad in all_quads(graph, keep):
            chunk.append(quad)
            if len(chunk) >= CHUNK:
                flush()
        flush()
    finally:
        if collecting:
            gc.enable()
    return quad_text


def triple_line(quad_line: bytes) -> bytes:
    """The N-Triples line of an N-Quads line (its graph name dropped). Subjects and predicates are IRIs and
    graph names are IRIs or absent (the exports have no blank nodes).

    >>> triple_line(b'<http://s> <http://p> "a <b>"^^<http://t> <http://g> .\\n')
    b'<http://s> <http://p> "a <b>"^^<http://t> .\\n'
    >>> triple_line(b'<http://s> <http://p> <http://o> .\\n')
    b'<http://s> <http://p> <http://o> .\\n'
    """
    if not quad_line.endswith(b"> .\n"):
        return quad_line  # ends with a literal: the default graph
    start = quad_line.rfind(b"<")
    # the object starts after the subject's and the predicate's "> "; a graph name is a later "<" after a space
    if quad_line[start - 1] != 32 or start <= quad_line.index(b"> ", quad_line.index(b"> ") + 2) + 2:
        return quad_line
    return quad_line[: start - 1] + b" .\n"


def triple_lines(quad_lines: Iterable[bytes]) -> Iterator[bytes]:
    """Sorted, de-duplicated N-Triples lines from sorted N-Quads lines. A triple's "subject predicate object "
    is never a prefix of another triple's, so the quads sorted are their triples sorted, with the quads of
    one triple (in different graphs) next to each other.

    >>> list(triple_lines([b'<http://s> <http://p> "o" .\\n', b'<http://s> <http://p> "o" <http://g> .\\n']))
    [b'<http://s> <http://p> "o" .\\n']
    """
    previous = b""
    for line in quad_lines:
        line = triple_line(line)
        if line != previous:
            yield line
            previous = line


def nquads_lines(graph: KnowledgeGraph) -> Iterator[bytes]:
    """The graph as sorted, de-duplicated N-Quads lines.

    >>> from kg.graph import Node
    >>> g = KnowledgeGraph()
    >>> g.add_node(Node(id="HGNC:3942", type="target", label="MTOR"))
    >>> len(list(nquads_lines(g)))
    5
    """
    yield from sorted_statements(graph)


def ntriples_lines(graph: KnowledgeGraph) -> Iterator[bytes]:
    """The graph's triples (named graphs merged) as sorted, de-duplicated N-Triples lines.

    >>> from kg.graph import Node
    >>> g = KnowledgeGraph()
    >>> g.add_node(Node(id="HGNC:3942", type="target", label="MTOR"))
    >>> next(ntriples_lines(g)).split()[1]
    b'<http://purl.org/dc/terms/identifier>'
    """
    yield from triple_lines(sorted_statements(graph))


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
