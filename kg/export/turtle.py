"""Turtle sink, with the project's prefixes.

pyoxigraph serialises Turtle 15–100× faster than rdflib; it writes triples in the order given, grouping
consecutive triples of a subject, so feeding it sorted triples makes the body deterministic and readable.
The ``@prefix`` header is written here, sorted by prefix, rather than left to the serialiser's own order.
The sorted N-Triples are read from a file and the Turtle written as it is made, so neither is held whole.
"""

from __future__ import annotations

import io
import tempfile
from typing import BinaryIO

import pyoxigraph as ox

from kg.export.rdf_text import ntriples_lines
from kg.graph import KnowledgeGraph
from kg.identifiers import prefix_map


def write_turtle(graph: KnowledgeGraph, handle: BinaryIO, /) -> None:
    """Write the graph's triples (named graphs merged) as Turtle, with the prefixes of the prefix map.

    >>> import io
    >>> from kg.graph import Node
    >>> g = KnowledgeGraph()
    >>> g.add_node(Node(id="HGNC:3942", type="target", label="MTOR"))
    >>> out = io.BytesIO()
    >>> write_turtle(g, out)
    >>> b'HGNC:3942 dcterms:identifier "HGNC:3942" ;' in out.getvalue()
    True
    """
    with tempfile.TemporaryFile() as text:
        text.writelines(ntriples_lines(graph))
        text.seek(0)
        turtle_from_ntriples(text, handle)


def turtle_from_ntriples(source: BinaryIO, handle: BinaryIO, /) -> None:
    """Write sorted N-Triples read from ``source`` (a binary file) as Turtle with the project's prefixes.

    >>> import io
    >>> out = io.BytesIO()
    >>> turtle_from_ntriples(io.BytesIO(b'<https://w3id.org/kgnci/vocab#a> <http://b> "c" .\\n'), out)
    >>> out.getvalue().splitlines()[-1]
    b'kg:a <http://b> "c" .'
    """
    handle.write(turtle_header())
    turtle_body_from_ntriples(source, handle)


def turtle_header() -> bytes:
    """The ``@prefix`` lines, sorted by prefix, and the blank line that ends them.

    >>> turtle_header().splitlines()[-1]
    b''
    """
    prefixes = prefix_map()
    return "".join(f"@prefix {name}: <{prefixes[name]}> .\n" for name in sorted(prefixes)).encode("utf-8") + b"\n"


def turtle_body_from_ntriples(source: BinaryIO, handle: BinaryIO, /) -> None:
    """Write sorted N-Triples read from ``source`` as Turtle without the header. Every subject's block ends
    with its own " .", so the bodies of consecutive ranges of the sorted lines, one after the other, are the
    body of the whole (:mod:`kg.export.rdf_parts` writes them in several processes).

    >>> import io
    >>> out = io.BytesIO()
    >>> turtle_body_from_ntriples(io.BytesIO(b'<https://w3id.org/kgnci/vocab#a> <http://b> "c" .\\n'), out)
    >>> out.getvalue()
    b'kg:a <http://b> "c" .\\n'
    """
    body = _WithoutPrefixes(handle)
    parsed = ox.parse(source, format=ox.RdfFormat.N_TRIPLES)
    ox.serialize(parsed, body, format=ox.RdfFormat.TURTLE, prefixes=dict(prefix_map()))  # type: ignore[arg-type]
    body.finish()


def turtle_body(ntriples: bytes, /) -> bytes:
    """Sorted N-Triples as Turtle without the ``@prefix`` header: the subject blocks as a whole export has
    them (used to remake the blocks a change touches, :mod:`kg.export.incremental_rdf`).

    >>> turtle_body(b'<https://w3id.org/kgnci/vocab#a> <http://b> "c" .\\n')
    b'kg:a <http://b> "c" .\\n'
    """
    out = io.BytesIO()
    body = _WithoutPrefixes(out)
    parsed = ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES)
    ox.serialize(parsed, body, format=ox.RdfFormat.TURTLE, prefixes=dict(prefix_map()))  # type: ignore[arg-type]
    body.finish()
    return out.getvalue()


class _WithoutPrefixes:
    """A binary writer passing on what pyoxigraph writes, except the ``@prefix`` lines it starts with.

    >>> import io
    >>> out = io.BytesIO()
    >>> body = _WithoutPrefixes(out)
    >>> for part in (b"@pre", b"fix a: <x> .\\n@prefix b: <y> .\\n<s>", b" <p> <o> .\\n"):
    ...     _ = body.write(part)
    >>> body.finish()
    >>> out.getvalue()
    b'<s> <p> <o> .\\n'
    """

    _PREFIX = b"@prefix "

    def __init__(self, handle: BinaryIO) -> None:
        self.handle = handle
        self.pending: bytes | None = b""  # None once the header is passed

    def write(self, data: bytes) -> int:
        """Pass ``data`` on, once past the header."""
        if self.pending is None:
            self.handle.write(data)
            return len(data)
        text = self.pending + bytes(data)
        while text.startswith(self._PREFIX) and b"\n" in text:
            text = text[text.index(b"\n") + 1:]
        if self._PREFIX.startswith(text[: len(self._PREFIX)]):
            self.pending = text  # may still be (the start of) a prefix line
        else:
            self.pending = None
            self.handle.write(text)
        return len(data)

    def flush(self) -> None:
        """Nothing is buffered beyond the header."""

    def finish(self) -> None:
        """Write what is left of a body too short to tell from a header."""
        if self.pending:
            self.handle.write(self.pending)
        self.pending = None
