"""Exports of a :class:`~kg.graph.KnowledgeGraph`: one sink per format, chosen by name from :data:`FORMATS`.

>>> sorted(FORMATS)
['cyjs', 'graphml', 'jsonld', 'kgx-edges', 'kgx-nodes', 'nq', 'nt', 'preview', 'ttl', 'yed']

Every file is written to a temporary name and renamed into place (:mod:`kg.export.atomic`), and every
sink sorts what it writes, so two exports of the same graph are byte-identical.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import partial
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, BinaryIO

from kg.export.atomic import write_atomic
from kg.export.cytoscape import write_cytoscape
from kg.export.graphml import write_graphml
from kg.export.interop import to_rdflib
from kg.export.jsonld import write_jsonld
from kg.export.kgx import write_kgx_edges, write_kgx_nodes
from kg.export.nquads import write_nquads
from kg.export.ntriples import write_ntriples
from kg.export.preview import write_preview
from kg.export.turtle import write_turtle
from kg.export.yed import write_yed_graphml
from kg.graph import KnowledgeGraph

if TYPE_CHECKING:
    from kg.pipeline import BuildReport
    from kg.progress import Progress

__all__ = [
    "DEFAULT_FORMATS",
    "FORMATS",
    "UnknownFormatError",
    "Writer",
    "to_rdflib",
    "write_exports",
]

Writer = Callable[[KnowledgeGraph, BinaryIO], None]

FORMATS: Mapping[str, tuple[str, Writer]] = MappingProxyType(
    {
        "ttl": ("kg.ttl", write_turtle),
        "nt": ("kg.nt", write_ntriples),
        "nq": ("kg.nq", write_nquads),
        "jsonld": ("kg.jsonld", write_jsonld),
        "graphml": ("kg.graphml", write_graphml),
        "yed": ("kg.yed.graphml", write_yed_graphml),
        "cyjs": ("kg.cyjs.json", write_cytoscape),
        "preview": ("preview.html", write_preview),
        "kgx-nodes": ("kg.kgx.nodes.tsv", write_kgx_nodes),
        "kgx-edges": ("kg.kgx.edges.tsv", write_kgx_edges),
    }
)
"""Format name → (file name, writer). A writer streams the whole graph to a binary handle."""

DEFAULT_FORMATS: tuple[str, ...] = (
    "ttl", "nt", "nq", "jsonld", "graphml", "yed", "cyjs", "preview", "kgx-nodes", "kgx-edges"
)


class UnknownFormatError(ValueError):
    """An export format that is not in :data:`FORMATS`."""

    def __init__(self, name: str) -> None:
        self.format = name
        known = ", ".join(sorted(FORMATS))
        super().__init__(f"unknown export format {name!r} (known formats: {known})")


def write_exports(
    graph: KnowledgeGraph, out_dir: Path, formats: Sequence[str] = DEFAULT_FORMATS, *,
    report: BuildReport | None = None, stats: bool = False, progress: Progress | None = None,
) -> list[Path]:
    """Write the graph in each format to ``out_dir`` (created if missing) and return the paths written.

    Every name is checked before anything is written: an unknown one raises :class:`UnknownFormatError`.
    With ``stats``, ``stats.json`` (entities by type, edges by predicate, export sizes:
    :func:`kg.summary.summarize`) is written last (``kg.write_exports`` asks for it); ``report`` adds the
    build's document counts and errors to it.
    ``progress`` (a :class:`kg.progress.Progress`) advances by one per file written.

    >>> import tempfile
    >>> from kg.graph import Node
    >>> g = KnowledgeGraph()
    >>> g.add_node(Node(id="HGNC:3942", type="target", label="MTOR"))
    >>> [p.name for p in write_exports(g, Path(tempfile.mkdtemp()), ["nt", "graphml"], stats=True)]
    ['kg.nt', 'kg.graphml', 'stats.json']
    """
    if isinstance(formats, str):
        formats = (formats,)
    for name in formats:
        if name not in FORMATS:
            raise UnknownFormatError(name)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for name in dict.fromkeys(formats):
        file_name, writer = FORMATS[name]
        written.append(write_atomic(out_dir / file_name, partial(_call, writer, graph)))
        if progress is not None:
            progress.advance(note=f"wrote {written[-1].name}")
    if stats:
        from kg.pipeline import BuildReport
        from kg.summary import summarize, write_stats

        built = report if report is not None else BuildReport(graph, documents=len(graph.documents))
        written.append(write_stats(summarize(built, written), out_dir / "stats.json"))
        if progress is not None:
            progress.advance(note=f"wrote {written[-1].name}")
    return written


def _call(writer: Writer, graph: KnowledgeGraph, handle: BinaryIO) -> None:
    writer(graph, handle)
