"""Turtle sink, with the project's prefixes.

pyoxigraph serialises Turtle 15–100× faster than rdflib; it writes triples in the order given, grouping
consecutive triples of a subject, so feeding it sorted triples makes the body deterministic and readable.
The ``@prefix`` header is written here, sorted by prefix, rather than left to the serialiser's own order.
"""

from __future__ import annotations

from typing import BinaryIO

import pyoxigraph as ox

from kg.export.rdf import ntriples_bytes
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
    prefixes = prefix_map()
    # the sorted N-Triples, parsed and re-serialised inside pyoxigraph (default-graph quads are triples)
    parsed = ox.parse(ntriples_bytes(graph), format=ox.RdfFormat.N_TRIPLES)
    body = ox.serialize(parsed, format=ox.RdfFormat.TURTLE, prefixes=dict(prefixes)) or b""
    start = 0
    while body.startswith(b"@prefix ", start):
        start = body.index(b"\n", start) + 1
    header = "".join(f"@prefix {name}: <{prefixes[name]}> .\n" for name in sorted(prefixes))
    handle.write(header.encode("utf-8") + b"\n")
    handle.write(memoryview(body)[start:])
