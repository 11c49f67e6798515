"""kg: build a linked medical knowledge graph from cancer.gov articles.

The pipeline is document → mentions → statements → graph → exports::

    >>> import kg
    >>> graph = kg.build_graph(["seeds"])
    >>> graph.nodes["NCIT:C48387"].label
    'everolimus'
    >>> nx_graph = graph.to_networkx()
    >>> nx_graph.has_edge("NCIT:C48387", "HGNC:3942", key="inhibits")
    True
    >>> rdf_graph = kg.to_rdflib(graph)
    >>> len(rdf_graph) > 100
    True

``kg.write_exports(graph, "exports")`` writes Turtle, sorted N-Triples, N-Quads, JSON-LD, GraphML, yEd GraphML,
Cytoscape.js JSON and a self-contained preview page.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from kg.documents import DocumentError, parse_document, read_document
from kg.graph import Edge, KnowledgeGraph, Node
from kg.model import Document, Evidence, Mention, Statement
from kg.pipeline import Analysis, BuildReport, analyse_document, build
from kg.vocabulary import Vocabulary, default_vocabulary

if TYPE_CHECKING:  # the exporters (rdflib, networkx) are imported when used, not by `import kg` (start-up time)
    import rdflib

__all__ = [
    "Analysis",
    "BuildReport",
    "Document",
    "DocumentError",
    "Edge",
    "Evidence",
    "KnowledgeGraph",
    "Mention",
    "Node",
    "Statement",
    "Vocabulary",
    "analyse_document",
    "build",
    "build_graph",
    "default_vocabulary",
    "link",
    "parse_document",
    "read_document",
    "to_rdflib",
    "write_exports",
]


def build_graph(paths: Iterable[str | Path], *, workers: int | None = None) -> KnowledgeGraph:
    """Build the knowledge graph of the documents under ``paths`` (files or folders).

    Documents that cannot be read are reported on stderr and left out; use :func:`build` for the full
    report (counts and errors).

    >>> build_graph(["seeds"]).nodes["HGNC:3942"].label
    'MTOR'
    """
    return build([Path(p) for p in paths], workers=workers).graph


def link(path: str | Path) -> list[Mention]:
    """The entity mentions of one document.

    >>> sorted({m.label for m in link("seeds/000_702680f2cf8034cf.txt") if m.type == "drug"})
    ['everolimus', 'exemestane']
    """
    return list(analyse_document(read_document(Path(path))).mentions)


def write_exports(graph: KnowledgeGraph, out_dir: str | Path) -> list[Path]:
    """Write every export format of ``graph`` and ``stats.json`` into ``out_dir`` (atomically, file by file).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     sorted(p.name for p in write_exports(build_graph(["seeds"]), tmp))  # doctest: +NORMALIZE_WHITESPACE
    ['kg.cyjs.json', 'kg.graphml', 'kg.jsonld', 'kg.kgx.edges.tsv', 'kg.kgx.nodes.tsv', 'kg.nq', 'kg.nt', 'kg.ttl',
     'kg.yed.graphml', 'preview.html', 'stats.json']
    """
    from kg.export import write_exports as write_all

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    return write_all(graph, out, stats=True)


def to_rdflib(graph: KnowledgeGraph) -> rdflib.Graph:
    """The graph's triples (named graphs merged) as an ``rdflib.Graph`` with the project's prefixes bound, for
    SPARQL in memory.

    >>> len(to_rdflib(build_graph(["seeds"]))) > 0
    True
    """
    from kg.export.interop import to_rdflib as convert

    return convert(graph)
