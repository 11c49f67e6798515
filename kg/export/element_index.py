"""Where the elements of a GraphML, yEd or Cytoscape export lie, kept with the export state so that the next
patch need not scan the previous file for element boundaries.

An :class:`ElementIndex` holds a file's *marks* (the offsets a format needs besides its blocks: where the
footer starts, where the JSON lists begin and end), its *parts* (the blocks of each list: key, start, end,
as :mod:`kg.export.incremental_elements` reads them) and, for yEd, the grid position every node was drawn at.
It is made by the exporter that wrote the file (from the segments of a patch, or by a scan after a whole
write), saved beside the file as a hidden ``.NAME.index.tmp`` and moved into the export state folder by
:func:`kg.export.incremental.save_state`. An index is used only for the very file it was made of: same size
and modification time (the state keeps hard links to the files, so both stay as they were); otherwise the
patch scans the file as before. Nothing of this reaches the published exports.
"""

from __future__ import annotations

import pickle
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path

__all__ = ["Block", "ElementIndex", "kept_path", "load", "pending_path", "save"]

Block = tuple[bytes, int, int]
"""A block of an export: its key (as the file spells the element's id), start and end."""

_FORMAT = "kg-element-index-1"


@dataclass(frozen=True)
class ElementIndex:
    """The marks, blocks and (yEd) node positions of one export file.

    >>> ElementIndex((7,), ([(b"node a", 0, 7)],)).parts[0][0]
    (b'node a', 0, 7)
    """

    marks: tuple[int, ...]
    parts: tuple[list[Block], ...]
    positions: dict[str, tuple[float, float]] | None = field(default=None)


def pending_path(export: Path) -> Path:
    """Where the exporter leaves the index of ``export`` for the export state to take.

    >>> pending_path(Path("out/kg.graphml")).as_posix()
    'out/.kg.graphml.index.tmp'
    """
    return export.with_name(f".{export.name}.index.tmp")


def kept_path(export: Path) -> Path:
    """Where the export state keeps the index of its copy of an export.

    >>> kept_path(Path("cache/exports/1-ab/kg.graphml")).as_posix()
    'cache/exports/1-ab/kg.graphml.index'
    """
    return export.with_name(f"{export.name}.index")


def save(index: ElementIndex, export: Path, target: Path) -> None:
    """Write ``index`` (of the file ``export``, stamped with its size and modification time) to ``target``.
    An index that cannot be written only costs the next patch a scan.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "kg.graphml").write_bytes(b"<node>")
    >>> save(ElementIndex((6,), ([(b"node a", 0, 6)],)), folder / "kg.graphml", folder / "kg.graphml.index")
    >>> load(folder / "kg.graphml", folder / "kg.graphml.index").marks
    (6,)
    """
    parts = []
    for blocks in index.parts:
        joined = b"\n".join(map(itemgetter(0), blocks))
        if joined.count(b"\n") != max(len(blocks) - 1, 0):
            return  # keys are kept one a line: a key with a line break is not kept
        starts, ends = array("q", map(itemgetter(1), blocks)), array("q", map(itemgetter(2), blocks))
        parts.append((joined, starts.tobytes(), ends.tobytes()))
    try:
        status = export.stat()
        record = (_FORMAT, status.st_size, status.st_mtime_ns, index.marks, parts, index.positions)
        with target.open("wb") as handle:
            pickle.dump(record, handle, protocol=pickle.HIGHEST_PROTOCOL)
    except OSError:
        target.unlink(missing_ok=True)


def load(export: Path, source: Path) -> ElementIndex | None:
    """The index kept in ``source`` when it was made of ``export`` as the file is now (same size and
    modification time), else None.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "kg.graphml").write_bytes(b"<node>")
    >>> save(ElementIndex((6,), ([(b"node a", 0, 6)],)), folder / "kg.graphml", folder / "kg.graphml.index")
    >>> _ = (folder / "kg.graphml").write_bytes(b"<node/>")
    >>> load(folder / "kg.graphml", folder / "kg.graphml.index") is None
    True
    """
    try:
        status = export.stat()
        with source.open("rb") as handle:
            record = pickle.load(handle)
        name, size, mtime, marks, parts, positions = record
        if name != _FORMAT or (size, mtime) != (status.st_size, status.st_mtime_ns):
            return None
        return ElementIndex(tuple(marks), tuple(_blocks(*part) for part in parts), positions)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, TypeError, ValueError):
        return None


def _blocks(keys: bytes, starts: bytes, ends: bytes) -> list[Block]:
    begins, finishes = array("q"), array("q")
    begins.frombytes(starts)
    finishes.frombytes(ends)
    names: Sequence[bytes] = keys.split(b"\n") if begins else []
    if not len(names) == len(begins) == len(finishes):
        raise ValueError("an element index whose lists differ in length")
    return list(zip(names, begins, finishes, strict=True))
