"""N-Triples sink: one triple per line, lines sorted, so two builds diff line by line."""

from __future__ import annotations

from typing import BinaryIO

from kg.export.rdf_text import ntriples_lines
from kg.graph import KnowledgeGraph


def write_ntriples(graph: KnowledgeGraph, handle: BinaryIO, /) -> None:
    """Write the graph's triples (named graphs merged) as sorted N-Triples.

    >>> import io
    >>> from kg.graph import Node
    >>> g = KnowledgeGraph()
    >>> g.add_node(Node(id="HGNC:3942", type="target", label="MTOR"))
    >>> out = io.BytesIO()
    >>> write_ntriples(g, out)
    >>> out.getvalue().count(b"\\n")
    5
    """
    handle.writelines(ntriples_lines(graph))
