"""Writing an export file from the previous version of it: unchanged byte ranges are copied, changed blocks
are written anew.

Every export is a header, a body of *blocks* in a fixed order and a footer: N-Triples and N-Quads are sorted
lines (a block is the lines of one subject), Turtle and JSON-LD are one block per subject in the same order,
GraphML, Cytoscape JSON and KGX one block per node or edge. After one page changed, nearly every block of
the previous file is still right, so the new file is assembled from *segments*: ranges of the old file
(copied inside the kernel with ``os.copy_file_range``, no Python bytes in between) and the few blocks made
again. :func:`write_segments` joins segments with the format's separator; :class:`SortedLines` finds the
range of the lines with a given prefix in a sorted file by binary search, so nothing is read but the
lines a change touches.
"""

from __future__ import annotations

import mmap
import os
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

__all__ = ["Segment", "SortedLines", "copy_range", "write_segments"]

Segment = tuple[int, int] | bytes
"""A piece of a new file: a ``(start, end)`` byte range of the old file, or new bytes."""

_CHUNK = 1 << 24


def copy_range(source: int, target: int, start: int, end: int) -> None:
    """Append bytes ``start:end`` of the file open as ``source`` to the file open as ``target`` (descriptors),
    inside the kernel where it can (``os.copy_file_range``), else through a buffer.

    >>> import tempfile
    >>> old, new = tempfile.TemporaryFile(), tempfile.TemporaryFile()
    >>> _ = old.write(b"0123456789"); old.flush()
    >>> copy_range(old.fileno(), new.fileno(), 2, 5)
    >>> _ = new.seek(0); new.read()
    b'234'
    """
    while start < end:
        try:
            copied = os.copy_file_range(source, target, min(end - start, _CHUNK), start)
        except OSError:
            copied = 0
        if copied <= 0:  # not supported here (another file system, an old kernel): copy through a buffer
            data = os.pread(source, min(end - start, _CHUNK), start)
            if not data:
                raise OSError(f"the previous export ended before byte {start}")
            os.write(target, data)
            copied = len(data)
        start += copied


def write_segments(
    handle: BinaryIO, source: BinaryIO, segments: Iterable[Segment], *, header: bytes = b"",
    separator: bytes = b"", footer: bytes = b"",
) -> None:
    """Write ``header``, the segments joined by ``separator``, and ``footer`` to ``handle``; byte ranges come
    from ``source`` (the old file). Adjacent ranges are copied as one.

    >>> import io, tempfile
    >>> old = tempfile.TemporaryFile()
    >>> _ = old.write(b"[a,b,c]"); old.flush()
    >>> new = tempfile.TemporaryFile()
    >>> write_segments(new, old, [(1, 4), b"x", (5, 6)], header=b"[", separator=b",", footer=b"]")
    >>> _ = new.seek(0); new.read()
    b'[a,b,x,c]'
    """
    handle.flush()
    target, origin = handle.fileno(), source.fileno()
    pending = bytearray(header)
    first = True
    for segment in segments:
        if not first:
            pending += separator
        first = False
        if isinstance(segment, bytes):
            pending += segment
            if len(pending) >= _CHUNK:
                os.write(target, pending)
                pending.clear()
            continue
        if pending:
            _write_all(target, pending)
            pending.clear()
        copy_range(origin, target, *segment)
    pending += footer
    _write_all(target, pending)


def _write_all(target: int, data: bytearray) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(target, view):]


class SortedLines:
    """A file of sorted lines (sorted N-Triples or N-Quads), opened for lookups by prefix.

    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "kg.nt"
    >>> _ = path.write_bytes(b"<a> 1\\n<b> 1\\n<b> 2\\n<c> 1\\n")
    >>> with SortedLines(path) as lines:
    ...     lines.prefix_range(b"<b>"), lines.prefix_range(b"<bb>"), lines.size
    ((6, 18), (18, 18), 24)
    """

    def __init__(self, path: Path) -> None:
        self.handle = path.open("rb")
        self.size = os.fstat(self.handle.fileno()).st_size
        self._map = mmap.mmap(self.handle.fileno(), 0, access=mmap.ACCESS_READ) if self.size else None

    def lower_bound(self, key: bytes) -> int:
        """The offset of the first line that is not less than ``key`` (the file's size when none is)."""
        data = self._map
        if data is None:
            return 0
        low, high = 0, self.size
        while low < high:
            middle = (low + high) // 2
            start = data.rfind(b"\n", 0, middle) + 1
            end = data.find(b"\n", start)
            end = self.size if end < 0 else end + 1
            if data[start:end] < key:
                low = end
            else:
                high = start
        return low

    def prefix_range(self, prefix: bytes) -> tuple[int, int]:
        """The byte range of the lines that start with ``prefix`` (empty, where they would be, when none do)."""
        return self.lower_bound(prefix), self.lower_bound(prefix + b"\xff")

    def close(self) -> None:
        """Close the file."""
        if self._map is not None:
            self._map.close()
        self.handle.close()

    def __enter__(self) -> SortedLines:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()
