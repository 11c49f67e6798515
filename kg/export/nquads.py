"""N-Quads sink: one named graph per source document, entity and statement triples in the default graph."""

from __future__ import annotations

from typing import BinaryIO

from kg.export.rdf_text import nquads_lines
from kg.graph import KnowledgeGraph


def write_nquads(graph: KnowledgeGraph, handle: BinaryIO, /) -> None:
    """Write the graph's quads as sorted N-Quads; a document's graph is named by the document's IRI.

    >>> import io
    >>> from kg.graph import DocumentNode
    >>> g = KnowledgeGraph()
    >>> url = "https://www.cancer.gov/x"
    >>> g.documents[url] = DocumentNode(url, "x.md", (("title", "X"),))
    >>> out = io.BytesIO()
    >>> write_nquads(g, out)
    >>> out.getvalue().splitlines()[0].endswith(b"<https://www.cancer.gov/x> .")
    True
    """
    handle.writelines(nquads_lines(graph))
