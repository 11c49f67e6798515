"""The RDF family of export files (N-Quads, N-Triples, Turtle, JSON-LD) from one generation of quads.

:func:`write_sorted_rdf` generates and sorts the quads once (:func:`kg.export.rdf_text.sorted_statements`)
and writes the sorted N-Quads and N-Triples in one pass over them; :func:`write_from_ntriples` then makes
Turtle or JSON-LD from the sorted N-Triples file, streaming (pyoxigraph parses it back for Turtle; JSON-LD
reads its lines, :func:`kg.export.jsonld.jsonld_from_ntriples`; nothing holds the whole text). The two steps are
separate so that Turtle and JSON-LD can be written by different processes once the N-Triples exist
(:func:`kg.export.write_exports`).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import BinaryIO

from kg.export.atomic import write_atomic
from kg.export.jsonld import jsonld_from_ntriples
from kg.export.rdf_text import sorted_statements, triple_line, triple_lines
from kg.export.turtle import turtle_from_ntriples
from kg.graph import KnowledgeGraph

__all__ = ["FROM_NTRIPLES", "RDF_FORMATS", "write_from_ntriples", "write_sorted_rdf"]

RDF_FORMATS = ("nq", "nt", "ttl", "jsonld")
"""The formats written from the one generation of quads."""

FROM_NTRIPLES = ("ttl", "jsonld")
"""The formats made from the sorted N-Triples file."""


def write_sorted_rdf(graph: KnowledgeGraph, nquads: Path | None, ntriples: Path | None) -> list[Path]:
    """Write the graph's sorted N-Quads to ``nquads`` and sorted N-Triples to ``ntriples`` (either may be None:
    not written), generating the quads once; return the paths written. Long sorts spill beside the files.

    >>> import tempfile
    >>> from kg.graph import Node
    >>> g = KnowledgeGraph()
    >>> g.add_node(Node(id="HGNC:3942", type="target", label="MTOR"))
    >>> folder = Path(tempfile.mkdtemp())
    >>> [p.name for p in write_sorted_rdf(g, folder / "kg.nq", folder / "kg.nt")]
    ['kg.nq', 'kg.nt']
    >>> (folder / "kg.nt").read_bytes().count(b"\\n")
    5
    """
    target = nquads or ntriples
    if target is None:
        return []
    with sorted_statements(graph, directory=target.parent) as quad_lines:
        if nquads is None:
            return [write_atomic(target, partial(_write_lines, triple_lines(quad_lines)))]
        if ntriples is None:
            return [write_atomic(target, partial(_write_lines, quad_lines))]

        def write_both(quad_handle: BinaryIO) -> None:
            write_atomic(ntriples, partial(_write_pairs, quad_lines, quad_handle))

        return [write_atomic(nquads, write_both), ntriples]


def _write_lines(lines: Iterable[bytes], handle: BinaryIO) -> None:
    handle.writelines(lines)


def _write_pairs(
    quad_lines: Iterable[bytes], quad_handle: BinaryIO, triple_handle: BinaryIO, batch: int = 4096
) -> None:
    """Each sorted quad line to ``quad_handle`` and its triple, once, to ``triple_handle`` (in one pass), ``batch``
    lines at a time (a write call per line cost a fifth more).

    >>> import io
    >>> quads, triples = io.BytesIO(), io.BytesIO()
    >>> lines = [b'<http://s> <http://p> "o" .\\n', b'<http://s> <http://p> "o" <http://g> .\\n']
    >>> _write_pairs(lines, quads, triples, batch=1)
    >>> quads.getvalue() == b"".join(lines), triples.getvalue()
    (True, b'<http://s> <http://p> "o" .\\n')
    """
    previous = b""
    quads: list[bytes] = []
    triples: list[bytes] = []
    for line in quad_lines:
        quads.append(line)
        triple = triple_line(line)
        if triple != previous:
            triples.append(triple)
            previous = triple
        if len(quads) >= batch:
            quad_handle.write(b"".join(quads))
            triple_handle.write(b"".join(triples))
            quads.clear()
            triples.clear()
    quad_handle.write(b"".join(quads))
    triple_handle.write(b"".join(triples))


def write_from_ntriples(name: str, ntriples: Path, path: Path) -> Path:
    """Write format ``name`` (``ttl`` or ``jsonld``) to ``path`` from the sorted N-Triples file ``ntriples``.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "kg.nt").write_bytes(b'<https://w3id.org/kgnci/vocab#a> <http://b> "c" .\\n')
    >>> write_from_ntriples("ttl", folder / "kg.nt", folder / "kg.ttl").read_text().splitlines()[-1]
    'kg:a <http://b> "c" .'
    """
    if name not in FROM_NTRIPLES:
        raise ValueError(f"{name!r} is not made from N-Triples (those are: {', '.join(FROM_NTRIPLES)})")

    def write(handle: BinaryIO) -> None:
        with ntriples.open("rb") as source:
            if name == "ttl":
                turtle_from_ntriples(source, handle)
            else:
                jsonld_from_ntriples(source, handle)

    return write_atomic(path, write)
