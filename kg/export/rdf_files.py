"""The RDF family of export files (N-Quads, N-Triples, Turtle, JSON-LD) from one generation of quads.

:func:`write_sorted_rdf` generates the quads once (:func:`kg.export.rdf_text.sorted_statements`) and writes
the sorted N-Quads and N-Triples; :func:`write_from_ntriples` then makes Turtle or JSON-LD from the sorted
N-Triples file, streaming (pyoxigraph parses it back; nothing holds the whole text). The two steps are
separate so that Turtle and JSON-LD can be written by different processes once the N-Triples exist
(:func:`kg.export.write_exports`).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from kg.export.atomic import write_atomic
from kg.export.jsonld import jsonld_from_triples
from kg.export.rdf_text import sorted_statements
from kg.export.sorting import SortedLines
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
    quad_lines, triple_lines = sorted_statements(
        graph, with_quads=nquads is not None, with_triples=ntriples is not None, directory=target.parent
    )
    written: list[Path] = []
    with quad_lines, triple_lines:
        for path, lines in ((nquads, quad_lines), (ntriples, triple_lines)):
            if path is not None:
                written.append(write_atomic(path, partial(_write_lines, lines)))
    return written


def _write_lines(lines: SortedLines, handle: BinaryIO) -> None:
    handle.writelines(lines)


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
                parsed = ox.parse(source, format=ox.RdfFormat.N_TRIPLES)
                jsonld_from_triples(parsed, handle)  # quads of the default graph: their triples

    return write_atomic(path, write)
