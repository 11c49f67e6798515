"""Joining the blocks of a previous export file that a change left alone with the blocks made again: the
segments of the new file (:mod:`kg.export.patching`), and where each of its blocks lies
(:mod:`kg.export.element_index`), for :mod:`kg.export.incremental_elements` and :mod:`kg.export.incremental_kgx`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from kg.export.element_index import Block
from kg.export.incremental_rdf import PatchError
from kg.export.patching import Segment

__all__ = ["sorted_merge", "walk"]


def walk(old: Sequence[Block], touched: set[bytes],
         new: Iterable[tuple[bytes | None, Callable[[], bytes] | None]], separator: int = 0,
         placed: list[Block] | None = None, at: int = 0) -> list[Segment]:
    """The segments of a new file: each new element is made (when it has a maker) or is the next old block
    whose key is not ``touched``, which must have the element's key (not checked where the key is None:
    the ids of most edges are hashes, not worth computing to check what the order already says);
    ``separator`` is the length of what separates blocks in the file. Given ``placed``, the blocks of the new
    file (its first at offset ``at``) are appended to it.

    >>> placed: list[Block] = []
    >>> walk([(b"a", 0, 1), (b"b", 1, 2), (b"c", 2, 3)], {b"b"}, [(b"a", None), (b"b", lambda: b"BB"), (b"c", None)],
    ...      placed=placed)
    [(0, 1), b'BB', (2, 3)]
    >>> placed
    [(b'a', 0, 1), (b'b', 1, 3), (b'c', 3, 4)]
    """
    untouched = (block for block in old if block[0] not in touched)
    segments: list[Segment] = []
    for key, make in new:
        if make is not None:
            made = make()
            segments.append(made)
            if placed is not None:
                if key is None:
                    raise ValueError("a made element without a key cannot be placed")
                placed.append((key, at, at + len(made)))
            at += len(made) + separator
            continue
        block = next(untouched, None)
        if block is None or (key is not None and block[0] != key):
            raise PatchError(f"the previous file's element {block and block[0][:80]!r} is not {key!r}")
        if placed is not None:
            placed.append((block[0], at, at + block[2] - block[1]))
        at += block[2] - block[1] + separator
        last = segments[-1] if segments else None
        if isinstance(last, tuple) and last[1] + separator == block[1]:
            segments[-1] = (last[0], block[2])
        else:
            segments.append((block[1], block[2]))
    if next(untouched, None) is not None:
        raise PatchError("the previous file has elements the new graph does not")
    return segments


def sorted_merge(old: list[Block], skip: set[bytes], new: list[tuple[bytes, bytes]],
                  separator: int = 2, placed: list[Block] | None = None, at: int = 0) -> list[Segment]:
    """Old blocks not in ``skip`` and new blocks, merged in key order (``separator`` bytes between blocks:
    ``,\\n`` in Cytoscape JSON, a newline in KGX). Given ``placed``, the blocks of the new list (its first
    at offset ``at``) are appended to it.

    >>> placed: list[Block] = []
    >>> sorted_merge([(b"a", 0, 1), (b"b", 2, 3), (b"d", 4, 5)], {b"b"}, [(b"c", b"CC")], separator=1, placed=placed)
    [(0, 1), b'CC', (4, 5)]
    >>> placed
    [(b'a', 0, 1), (b'c', 2, 4), (b'd', 5, 6)]
    """
    segments: list[Segment] = []
    pending = iter(new)
    upcoming = next(pending, None)
    last_key = b""

    def place(key: bytes, length: int) -> None:
        nonlocal at
        if placed is not None:
            placed.append((key, at, at + length))
        at += length + separator

    for key, start, end in old:
        if key in skip:
            continue
        if key <= last_key:
            raise PatchError("the previous file's elements are not in id order")
        last_key = key
        while upcoming is not None and upcoming[0] < key:
            segments.append(upcoming[1])
            place(upcoming[0], len(upcoming[1]))
            upcoming = next(pending, None)
        if upcoming is not None and upcoming[0] == key:
            raise PatchError(f"an element both kept and made again: {key[:80]!r}")
        place(key, end - start)
        previous = segments[-1] if segments else None
        if isinstance(previous, tuple) and previous[1] + separator == start:
            segments[-1] = (previous[0], end)
        else:
            segments.append((start, end))
    while upcoming is not None:
        segments.append(upcoming[1])
        place(upcoming[0], len(upcoming[1]))
        upcoming = next(pending, None)
    return segments
