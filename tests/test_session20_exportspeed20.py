"""Session twenty, export speed: the faster paths write the same bytes as the ones they replace."""

from __future__ import annotations

import random

from kg.export.sorting import SortedLines


def _lines(count: int, seed: int) -> list[bytes]:
    """Lines in stretches that are sorted already, with repeats, as the RDF exporters add them."""
    chooser = random.Random(seed)
    lines: list[bytes] = []
    while len(lines) < count:
        subject = chooser.randrange(400)
        lines.extend(b"<s%03d> <p%d> <o%d> .\n" % (subject, number, chooser.randrange(3)) for number in range(5))
    return lines


def test_sorted_lines_are_sorted_and_distinct_in_memory_and_spilled() -> None:
    lines = _lines(3000, 1)
    assert len(set(lines)) < len(lines)  # repeats, within a run and across runs
    for limit in (None, 1 << 30, 2000, 64):
        with SortedLines(limit=limit) as sorted_lines:
            sorted_lines.add(b"".join(lines[:1000]))
            sorted_lines.extend(lines[1000:])
            assert list(sorted_lines) == sorted(set(lines)), limit
