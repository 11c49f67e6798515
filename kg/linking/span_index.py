"""Spans of a page asked, many times over, whether any of them overlaps a range or covers a position: a long
page has thousands of mentions, and a pass that scans all of them for each of its own matches grows with the
square of the page's length. Sorted by start, with the furthest end reached so far, each question is a binary
search.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate

__all__ = ["SpanIndex"]


class SpanIndex:
    """``(start, end)`` spans, for overlap and cover questions.

    >>> spans = SpanIndex([(10, 20), (0, 5)])
    >>> spans.overlaps(4, 6), spans.overlaps(5, 10), spans.overlaps(19, 30)
    (True, False, True)
    >>> spans.covers(0), spans.covers(5), spans.covers(19), spans.covers(20)
    (True, False, True, False)
    """

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._reach = list(accumulate((end for _, end in ordered), max))  # the furthest end of the first i + 1

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span ``(s, e)`` has ``s < end`` and ``start < e``."""
        count = bisect_left(self._starts, end)
        return count > 0 and self._reach[count - 1] > start

    def covers(self, position: int) -> bool:
        """Whether a span ``(s, e)`` has ``s <= position < e``."""
        count = bisect_right(self._starts, position)
        return count > 0 and self._reach[count - 1] > position
