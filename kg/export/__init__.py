"""Exports of a :class:`~kg.graph.KnowledgeGraph`: one sink per format, chosen by name from :data:`FORMATS`.

>>> sorted(FORMATS)
['cyjs', 'graphml', 'jsonld', 'kgx-edges', 'kgx-nodes', 'nq', 'nt', 'preview', 'ttl', 'yed']

Every file is written to a temporary name and renamed into place (:mod:`kg.export.atomic`), and every
sink sorts what it writes, so two exports of the same graph are byte-identical. :func:`write_exports`
generates the RDF quads once for N-Quads, N-Triples, Turtle and JSON-LD (:mod:`kg.export.rdf_files`) and,
for a large graph, writes the formats side by side in forked worker processes (:mod:`kg.export.parallel`),
the RDF family cut into ranges of subjects written by several of them and joined (:mod:`kg.export.rdf_parts`).
"""

from __future__ import annotations

import gc
import logging
import os
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, BinaryIO

from kg.export import element_index
from kg.export.atomic import write_atomic
from kg.export.cytoscape import write_cytoscape
from kg.export.graphml import write_graphml
from kg.export.graphml_pair import write_graphml_and_yed
from kg.export.interop import to_rdflib
from kg.export.jsonld import write_jsonld
from kg.export.kgx import write_kgx_edges, write_kgx_nodes
from kg.export.nquads import write_nquads
from kg.export.ntriples import write_ntriples
from kg.export.parallel import Task, can_fork, run_tasks
from kg.export.preview import write_preview
from kg.export.rdf_files import FROM_NTRIPLES, RDF_FORMATS, write_from_ntriples, write_sorted_rdf
from kg.export.rdf_parts import RdfParts
from kg.export.turtle import write_turtle
from kg.export.yed import write_yed_graphml
from kg.graph import KnowledgeGraph

if TYPE_CHECKING:
    from kg.export.incremental import Plan
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

_LOG = logging.getLogger(__name__)

PARALLEL_SIZE = 20_000
"""Graphs with at least this many entities, mention edges and relation edges are exported by worker processes."""

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
    workers: int | None = None, finished: Callable[[Path], None] | None = None,
) -> list[Path]:
    """Write the graph in each format to ``out_dir`` (created if missing) and return the paths written.

    Every name is checked before anything is written: an unknown one raises :class:`UnknownFormatError`.
    With ``stats``, ``stats.json`` (entities by type, edges by predicate, export sizes:
    :func:`kg.summary.summarize`) is written last (``kg.write_exports`` asks for it); ``report`` adds the
    build's document counts and errors to it.
    ``progress`` (a :class:`kg.progress.Progress`) advances by one per file written.
    ``workers``: processes writing formats side by side (default: up to 4, as many as there are cores, for a
    graph of :data:`PARALLEL_SIZE` or more; else 1). The files are the same whatever the number.
    ``finished`` is called with each file as soon as it is complete (``kg build`` hashes it then:
    :meth:`kg.export.publish.Staging.hash_soon`).

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
    names = list(dict.fromkeys(formats))
    # The merged graph lives until its exports are written, and it was made while the cycle collector was paused
    # (kg.gcpause): its objects are all in the collector's younger generations, and the next collection of those
    # would walk every one of them to free nothing (~0.1 s of a one-page rebuild). Frozen, none is walked.
    gc.freeze()
    try:
        return _write_all(graph, out_dir, names, report, stats, progress, workers, finished)
    finally:
        gc.unfreeze()


def _write_all(
    graph: KnowledgeGraph, out_dir: Path, names: list[str], report: BuildReport | None, stats: bool,
    progress: Progress | None, workers: int | None, finished: Callable[[Path], None] | None,
) -> list[Path]:
    """The body of :func:`write_exports`, once the names are checked."""
    helper = out_dir / ".kg.nt.sorted.tmp"  # the sorted N-Triples when Turtle or JSON-LD need them but nt is not asked

    incremental = report is not None and report.cache is not None and report.graph is graph
    plan = None
    if incremental and report is not None:
        from kg.export.incremental import plan as plan_of

        plan = plan_of(report, [FORMATS[name][0] for name in names])
    layouts = report.cache / "layouts" if incremental and report is not None and report.cache else None
    count = _workers(graph, workers)
    parts = None
    if plan is None and count > 1 and can_fork() and any(name in RDF_FORMATS for name in names):
        parts = RdfParts(graph, {name: out_dir / FORMATS[name][0] for name in names if name in RDF_FORMATS})
    joined: list[Path] = []

    def done(task: str, paths: list[Path]) -> None:
        if parts is not None:
            paths = paths + parts.finished(task)
            joined.extend(paths)
        for path in paths:
            if path != helper:
                if finished is not None:
                    finished(path)
                if progress is not None:
                    progress.advance(note=f"wrote {path.name}")

    tasks, after = _tasks(graph, out_dir, names, helper, plan, layouts, parts)
    try:
        produced = run_tasks(tasks, after, workers=count, done=done)
        by_name = {path.name: path for paths in [*produced.values(), joined] for path in paths}
        written = [by_name[FORMATS[name][0]] for name in names]
        if incremental and report is not None:
            from kg.export.incremental import save_state

            save_state(report, written)  # takes the element indexes the exporters left
    finally:
        helper.unlink(missing_ok=True)
        if parts is not None:
            parts.remove()
        for name in names:  # indexes not taken (no state kept, an error): never published
            if name in _INDEXED:
                element_index.pending_path(out_dir / FORMATS[name][0]).unlink(missing_ok=True)
    if stats:
        from kg.pipeline import BuildReport
        from kg.summary import summarize, write_stats

        built = report if report is not None else BuildReport(graph, documents=len(graph.documents))
        written.append(write_stats(summarize(built, written), out_dir / "stats.json"))
        if finished is not None:
            finished(written[-1])
        if progress is not None:
            progress.advance(note=f"wrote {written[-1].name}")
    return written


def _tasks(
    graph: KnowledgeGraph, out_dir: Path, names: list[str], helper: Path, plan: Plan | None = None,
    layouts: Path | None = None, parts: RdfParts | None = None,
) -> tuple[dict[str, Task], dict[str, str]]:
    """The export tasks, longest first: the RDF family (quads generated once; Turtle and JSON-LD after the
    sorted N-Triples exist; written in ``parts`` by several processes when given; or all four patched from
    the previous build's files when there is a ``plan``), then each other format (GraphML and yEd GraphML by one
    task when both are written whole)."""
    tasks: dict[str, Task] = {}
    after: dict[str, str] = {}
    if parts is not None:
        tasks.update(parts.tasks)
        after.update(parts.after)
    elif plan is not None and any(name in RDF_FORMATS for name in names):
        targets = {name: out_dir / FORMATS[name][0] for name in names if name in RDF_FORMATS}
        tasks["rdf"] = partial(_patch_rdf, graph, plan, targets, helper)
    elif any(name in RDF_FORMATS for name in names):
        ntriples = out_dir / FORMATS["nt"][0] if "nt" in names else helper
        wants_ntriples = "nt" in names or any(name in FROM_NTRIPLES for name in names)
        nquads = out_dir / FORMATS["nq"][0] if "nq" in names else None
        tasks["rdf"] = partial(write_sorted_rdf, graph, nquads, ntriples if wants_ntriples else None)
        for name in FROM_NTRIPLES:
            if name in names:
                tasks[name] = partial(_as_list, write_from_ntriples, name, ntriples, out_dir / FORMATS[name][0])
                after[name] = "rdf"
    pair = plan is None and "graphml" in names and "yed" in names  # written together (kg.export.graphml_pair)
    for name in names:
        if name not in RDF_FORMATS and not (pair and name == "yed"):
            file_name, writer = FORMATS[name]
            if pair and name == "graphml":
                tasks["graphml+yed"] = partial(_write_pair, graph, out_dir, layouts is not None)
            elif plan is not None and name in _PATCHED:
                tasks[name] = partial(_patch_one, name, graph, plan, out_dir / file_name)
            elif name in _INDEXED and layouts is not None:  # indexed for the next build's patch
                tasks[name] = partial(_write_indexed, name, graph, out_dir / file_name)
            elif name == "preview" and layouts is not None:
                write = partial(write_preview, graph, layouts=layouts)
                tasks[name] = partial(_as_list, write_atomic, out_dir / file_name, write)
            else:
                tasks[name] = partial(_as_list, write_atomic, out_dir / file_name, partial(_call, writer, graph))
    return tasks, after


_PATCHED = ("graphml", "yed", "cyjs", "kgx-nodes", "kgx-edges")
_INDEXED = ("graphml", "yed", "cyjs")
"""The formats whose element offsets are kept with the export state (:mod:`kg.export.element_index`)."""


def _write_indexed(name: str, graph: KnowledgeGraph, path: Path) -> list[Path]:
    """One of :data:`_INDEXED` written whole, and its elements indexed for the next build's patch."""
    from kg.export.incremental_elements import index_whole

    write_atomic(path, partial(_call, FORMATS[name][1], graph))
    index_whole(path, element_index.pending_path(path), cytoscape_json=name == "cyjs")
    return [path]


def _write_pair(graph: KnowledgeGraph, out_dir: Path, indexed: bool) -> list[Path]:
    """GraphML and yEd GraphML written whole by one task, which makes their shared elements once; with
    ``indexed``, their elements indexed for the next build's patch (as :func:`_write_indexed`)."""
    paths = write_graphml_and_yed(graph, out_dir / FORMATS["graphml"][0], out_dir / FORMATS["yed"][0])
    if indexed:
        from kg.export.incremental_elements import index_whole

        for path in paths:
            index_whole(path, element_index.pending_path(path), cytoscape_json=False)
    return paths


def _patch_one(name: str, graph: KnowledgeGraph, plan: Plan, path: Path) -> list[Path]:
    """One element format patched from the previous build's file (written whole if that one is not as
    expected; linked as it is when nothing changed)."""
    from kg.export import incremental_elements as elements
    from kg.export.incremental_rdf import PatchError

    file_name, writer = FORMATS[name]
    old = plan.previous[file_name]
    index_to = element_index.pending_path(path)
    try:
        if plan.touched.empty:
            if name in _INDEXED and element_index.kept_path(old).exists():
                _link(element_index.kept_path(old), index_to)
            return [_link(old, path)]
        if name in ("graphml", "yed"):
            return [elements.patch_graphml(graph, plan.touched, old, path, yed=name == "yed", index_to=index_to)]
        if name == "cyjs":
            return [elements.patch_cytoscape(graph, plan.touched, old, path, index_to=index_to)]
        from kg.export.incremental_kgx import patch_kgx

        return [patch_kgx(graph, plan.touched, old, path, edges=name == "kgx-edges")]
    except (PatchError, OSError) as error:
        _LOG.info("%s written whole: %s", file_name, error)
        index_to.unlink(missing_ok=True)
        if name in _INDEXED:
            return _write_indexed(name, graph, path)
        return [write_atomic(path, partial(_call, writer, graph))]


def _link(old: Path, path: Path) -> Path:
    """``path`` as a hard link to ``old`` (an unchanged export of the previous build), replacing it atomically."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.link.tmp")
    temporary.unlink(missing_ok=True)
    os.link(old, temporary)
    os.replace(temporary, path)
    return path


def _patch_rdf(graph: KnowledgeGraph, plan: Plan, targets: dict[str, Path], helper: Path) -> list[Path]:
    """The RDF files patched from the previous build's (written whole if those are not as expected)."""
    from kg.export.incremental_rdf import PatchError, patch_rdf, rdf_changes

    previous = {name: plan.previous[FORMATS[name][0]] for name in targets}
    try:
        if plan.touched.empty:
            return [_link(previous[name], path) for name, path in targets.items()]
        return patch_rdf(rdf_changes(graph, plan.touched), previous, targets)
    except (PatchError, OSError) as error:
        _LOG.info("the RDF files written whole: %s", error)
        ntriples = targets.get("nt", helper)
        written = write_sorted_rdf(graph, targets.get("nq"), ntriples)
        written.extend(write_from_ntriples(name, ntriples, targets[name]) for name in FROM_NTRIPLES if name in targets)
        return [path for path in written if path != helper]


def _as_list(function: Callable[..., Path], *args: object) -> list[Path]:
    return [function(*args)]


def _workers(graph: KnowledgeGraph, workers: int | None) -> int:
    if workers is not None:
        return workers
    size = len(graph.nodes) + len(graph.mentions) + len(graph.edges)
    return min(os.cpu_count() or 1, 4) if size >= PARALLEL_SIZE else 1


def _call(writer: Writer, graph: KnowledgeGraph, handle: BinaryIO) -> None:
    writer(graph, handle)
