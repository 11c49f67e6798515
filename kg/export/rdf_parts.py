"""The RDF family written in parts by several worker processes, then joined: the same bytes as one task.

One task generating every quad, sorting them and writing ``kg.nq`` and ``kg.nt``, then Turtle and JSON-LD made
from the whole ``kg.nt``, is the longest chain of the export stage (about two thirds of its CPU time on the dev
corpus): the other formats end long before it. Here the sorted lines are cut into consecutive ranges of their
subjects at :data:`BOUNDARIES`. A part task generates only the quads of its subjects
(:func:`kg.export.rdf.all_quads` with ``keep``), sorts them and writes its range of the N-Quads and N-Triples to
hidden part files beside the exports; a Turtle and a JSON-LD task then make their range of those formats from
the N-Triples part. The parts run side by side, and :class:`RdfParts` joins each format's parts into its file
(copied inside the kernel, :func:`kg.export.patching.copy_range`) as soon as they are all written, while the
workers go on with the other formats.

The joined files are the bytes of one task's: every line of a subject is in one part and the parts are
ranges of the sorted order, so the sorted, de-duplicated lines of the parts one after the other are those
of the whole; Turtle and JSON-LD have one block per subject, ended by the block itself (Turtle's " .") or
put between blocks (JSON-LD's ",\\n  ", written here between parts).
"""

from __future__ import annotations

import bisect
import os
from collections.abc import Callable, Iterable
from contextlib import ExitStack
from functools import partial
from pathlib import Path
from typing import BinaryIO

from kg.export.atomic import write_atomic
from kg.export.jsonld import JSONLD_FOOTER, JSONLD_SEPARATOR, jsonld_header, jsonld_nodes_from_ntriples
from kg.export.parallel import Task
from kg.export.patching import copy_range
from kg.export.rdf_files import RDF_FORMATS, _write_pairs
from kg.export.rdf_text import sorted_statements, triple_lines
from kg.export.turtle import turtle_body_from_ntriples, turtle_header
from kg.graph import KnowledgeGraph

__all__ = ["BOUNDARIES", "RdfParts", "part_of"]

BOUNDARIES: tuple[str, ...] = ("https://w3id.org/kgnci/statement/ea",)
"""Where the sorted lines are cut into parts: a line whose subject IRI (with its closing ``>``) sorts before
the first boundary is in part 0, and so on. Statement, evidence and mention-record nodes are about three
quarters of the lines, their ids hex digests after an ``e`` (edges), ``m`` or ``r``: cutting at ``ea`` puts
10/16 of the edge statements in the first part with the entities, which gives two parts of about the same
number of lines (620 K and 605 K of the dev corpus's 1.22 M), and stays so as the corpus grows, ids being
hashes. A boundary holds no ``>`` and is a prefix of no subject IRI, so an edge's evidence nodes (its
statement's IRI followed by ``-1``, ``-2`` …) are in its statement's part."""

def part_of(iri: str, boundaries: tuple[str, ...] = BOUNDARIES) -> int:
    """The part of the lines whose subject is ``iri``: how many boundaries sort at or before ``<iri>``.

    >>> part_of("https://w3id.org/kgnci/statement/e9a0"), part_of("https://w3id.org/kgnci/statement/ea01-2")
    (0, 1)
    >>> part_of("http://purl.obolibrary.org/obo/NCIT_C1"), part_of("https://www.cancer.gov/types/breast")
    (0, 1)
    """
    return bisect.bisect_right(boundaries, iri + ">")


class RdfParts:
    """The part tasks (:attr:`tasks`, with :attr:`after`, for :func:`kg.export.parallel.run_tasks`) of the RDF
    formats to be written to ``targets`` (format of ``nq``, ``nt``, ``ttl``, ``jsonld`` → path), the lines cut
    at ``boundaries`` (default :data:`BOUNDARIES`); :meth:`finished` joins a format once its parts are written.

    >>> import tempfile
    >>> from kg.export.parallel import run_tasks
    >>> from kg.graph import Node
    >>> g = KnowledgeGraph()
    >>> g.add_node(Node(id="HGNC:3942", type="target", label="MTOR"))
    >>> folder = Path(tempfile.mkdtemp())
    >>> parts = RdfParts(g, {"nt": folder / "kg.nt", "jsonld": folder / "kg.jsonld"})
    >>> sorted(parts.tasks), parts.after["jsonld-1"]
    (['jsonld-0', 'jsonld-1', 'rdf-0', 'rdf-1'], 'rdf-1')
    >>> joined = [path.name for name, _ in run_tasks(parts.tasks, parts.after).items() for path in parts.finished(name)]
    >>> joined, parts.remove()
    (['kg.nt', 'kg.jsonld'], None)
    >>> sorted(path.name for path in folder.iterdir())
    ['kg.jsonld', 'kg.nt']
    """

    def __init__(
        self, graph: KnowledgeGraph, targets: dict[str, Path], boundaries: tuple[str, ...] | None = None
    ) -> None:
        boundaries = BOUNDARIES if boundaries is None else boundaries
        unknown = set(targets) - set(RDF_FORMATS)
        if unknown:
            raise ValueError(f"not RDF formats: {', '.join(sorted(unknown))}")
        self.targets = targets
        folder = next(iter(targets.values())).parent
        count = len(boundaries) + 1
        # N-Triples parts are written for Turtle and JSON-LD even when kg.nt is not asked
        wanted = [name for name in RDF_FORMATS if name in targets or (name == "nt" and set(targets) - {"nq"})]
        self.pieces: dict[str, list[Path]] = {
            name: [folder / f".kg.part{index}.{name}.tmp" for index in range(count)] for name in wanted
        }
        self.tasks: dict[str, Task] = {}
        self.after: dict[str, str] = {}
        self._waiting: dict[str, set[str]] = {name: set() for name in targets}  # format → tasks not yet ended
        for index in range(count):
            keep = partial(_in_part, index, boundaries)
            nquads, ntriples = (self.pieces[name][index] if name in self.pieces else None for name in ("nq", "nt"))
            self._add(f"rdf-{index}", partial(_write_part, graph, keep, nquads, ntriples),
                      [name for name in ("nq", "nt") if name in targets])
        for name, write in (("jsonld", _jsonld_nodes), ("ttl", turtle_body_from_ntriples)):  # longest first
            if name in targets:
                for index in range(count):
                    task = f"{name}-{index}"
                    self._add(task, partial(_write_from, write, self.pieces["nt"][index], self.pieces[name][index]),
                              [name])
                    self.after[task] = f"rdf-{index}"

    def _add(self, task: str, write: Callable[[], None], formats: list[str]) -> None:
        self.tasks[task] = partial(_no_paths, write)
        for name in formats:
            self._waiting[name].add(task)

    def finished(self, task: str) -> list[Path]:
        """Note that ``task`` has ended; join every format whose parts are now all written; return its paths."""
        joined = []
        for name, waiting in self._waiting.items():
            if task in waiting:
                waiting.discard(task)
                if not waiting:
                    joined.append(_join(name, self.pieces[name], self.targets[name]))
        return joined

    def remove(self) -> None:
        """Remove the part files (after the join, or after a failure)."""
        for paths in self.pieces.values():
            for path in paths:
                path.unlink(missing_ok=True)


def _in_part(index: int, boundaries: tuple[str, ...], iri: str) -> bool:
    return part_of(iri, boundaries) == index


def _no_paths(write: Callable[[], None]) -> list[Path]:
    write()
    return []


def _write_part(
    graph: KnowledgeGraph, keep: Callable[[str], bool], nquads: Path | None, ntriples: Path | None
) -> None:
    """The sorted N-Quads and N-Triples (each when its path is given) of the subjects ``keep`` keeps."""
    folder = (nquads or ntriples or Path()).parent
    with sorted_statements(graph, directory=folder, keep=keep) as quad_lines, ExitStack() as files:
        quad_file, triple_file = (files.enter_context(path.open("wb")) if path else None for path in (nquads, ntriples))
        if quad_file is not None and triple_file is not None:
            _write_pairs(quad_lines, quad_file, triple_file)
        elif quad_file is not None:
            quad_file.writelines(quad_lines)
        elif triple_file is not None:
            triple_file.writelines(triple_lines(quad_lines))


def _jsonld_nodes(source: BinaryIO, handle: BinaryIO) -> None:
    jsonld_nodes_from_ntriples(source, handle)


def _write_from(write: Callable[[BinaryIO, BinaryIO], None], source: Path, target: Path) -> None:
    with source.open("rb") as lines, target.open("wb") as handle:
        write(lines, handle)


def _join(name: str, pieces: Iterable[Path], path: Path) -> Path:
    """The file of format ``name`` from its parts: Turtle's header before them, JSON-LD's header, separators
    and footer around them (as :func:`kg.export.jsonld.jsonld_from_ntriples` writes them)."""
    sizes = [(piece, piece.stat().st_size) for piece in pieces]

    def write(handle: BinaryIO) -> None:
        between = b""
        if name == "ttl":
            handle.write(turtle_header())
        elif name == "jsonld":
            handle.write(jsonld_header())
            between = b"\n  "
        for piece, size in sizes:
            if not size:
                continue
            if between:
                handle.write(between)
                between = JSONLD_SEPARATOR
            handle.flush()
            with piece.open("rb") as source:
                copy_range(source.fileno(), handle.fileno(), 0, size)
            os.lseek(handle.fileno(), 0, os.SEEK_END)
        if name == "jsonld":
            handle.write(b"]\n}\n" if between == b"\n  " else JSONLD_FOOTER)

    return write_atomic(path, write)
