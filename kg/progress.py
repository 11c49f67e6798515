"""Progress on stderr for long stages: a bar on a terminal, a line every few seconds otherwise, or nothing.

``kg build`` reports the documents read and each export written; ``--quiet`` silences it. On a terminal
the bar is redrawn in place (at most ten times a second); when stderr is a file or a pipe (CI logs,
``2> build.log``) a plain line is written when the stage starts, every :data:`LINE_INTERVAL_S` seconds,
and when it ends, so a log shows that a long build is alive without thousands of lines.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

LINE_INTERVAL_S = 10.0
BAR_WIDTH = 30


class Progress:
    """One stage's progress (``documents``, ``exports``) towards ``total`` steps.

    >>> import io
    >>> out = io.StringIO()
    >>> p = Progress("documents", 3, stream=out, terminal=False)
    >>> for _ in range(3):
    ...     p.advance()
    >>> p.finish()
    >>> print(out.getvalue().strip())
    documents: 0/3
    documents: 3/3 done
    """

    def __init__(self, label: str, total: int, *, stream: TextIO | None = None, quiet: bool = False,
                 terminal: bool | None = None) -> None:
        self.label = label
        self.total = total
        self.done = 0
        self.stream = sys.stderr if stream is None else stream
        self.quiet = quiet
        self.terminal = self.stream.isatty() if terminal is None else terminal
        self._last = 0.0
        self._started = False
        self._finished = False

    def advance(self, steps: int = 1, note: str = "") -> None:
        """Count ``steps`` more done; ``note`` (e.g. the file just written) is shown with the count."""
        if self.quiet:
            self.done += steps
            return
        if not self._started:
            self._started = True
            if not self.terminal:
                self._line(f"{self.label}: {self.done}/{self.total}")
                self._last = time.monotonic()
        self.done += steps
        now = time.monotonic()
        if self.terminal:
            if now - self._last >= 0.1 or self.done == self.total or note:
                self._last = now
                self._draw(note)
        elif note:
            self._line(f"{self.label}: {self.done}/{self.total} {note}")
            self._last = now
        elif now - self._last >= LINE_INTERVAL_S:
            self._line(f"{self.label}: {self.done}/{self.total}")
            self._last = now

    def set(self, done: int, total: int | None = None) -> None:
        """Jump to ``done`` of ``total``: a ``(done, total)`` callback, as :func:`kg.pipeline.build` calls.

        >>> import io
        >>> out = io.StringIO()
        >>> p = Progress("documents", 0, stream=out, terminal=False)
        >>> p.set(1, 2); p.set(2, 2); p.finish()
        >>> out.getvalue().splitlines()
        ['documents: 0/2', 'documents: 2/2 done']
        """
        if total is not None:
            self.total = total
        self.advance(done - self.done)

    def finish(self) -> None:
        """End the stage: the bar's last state and a newline, or a closing line."""
        if self.quiet or self._finished or not self._started:
            return
        self._finished = True
        if self.terminal:
            self._draw("")
            self.stream.write("\n")
            self.stream.flush()
        else:
            self._line(f"{self.label}: {self.done}/{self.total} done")

    def _draw(self, note: str) -> None:
        filled = BAR_WIDTH * self.done // self.total if self.total else BAR_WIDTH
        bar = "#" * filled + "-" * (BAR_WIDTH - filled)
        text = f"\r{self.label} [{bar}] {self.done}/{self.total} {note}"
        self.stream.write(text[:120].ljust(80))
        self.stream.flush()

    def _line(self, text: str) -> None:
        self.stream.write(text + "\n")
        self.stream.flush()
