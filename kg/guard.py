"""Guards around one document's work, so a pathological page costs only itself.

* :func:`time_limit` stops the work of one document after a number of seconds (``kg build --doc-timeout``) by
  raising :class:`DocumentTimeout` from a ``SIGALRM`` timer. It only works in a process's main thread (where the
  build runs a document, in the parent or in a worker); elsewhere it is a no-op. A long call inside a C
  extension is interrupted when it returns to Python.
* :func:`end_with_parent` makes a worker process end when the build that started it ends, even by ``kill -9``:
  the kernel sends it ``SIGKILL`` (Linux ``PR_SET_PDEATHSIG``) and, elsewhere, a watchdog thread notices that
  its parent is gone.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from types import FrameType

__all__ = ["DocumentTimeout", "end_with_parent", "time_limit"]


class DocumentTimeout(Exception):
    """The work on one document took longer than its limit.

    >>> str(DocumentTimeout(2.5))
    'took longer than 2.5 s (--doc-timeout): skipped'
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        super().__init__(f"took longer than {seconds:g} s (--doc-timeout): skipped")

    def __reduce__(self) -> tuple[type[DocumentTimeout], tuple[float]]:
        return (type(self), (self.seconds,))


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`DocumentTimeout` in the body when it runs longer than ``seconds`` (None or 0: no limit).

    >>> with time_limit(5):
    ...     sum(range(10))
    45
    >>> with time_limit(0.05):
    ...     while True:
    ...         pass
    Traceback (most recent call last):
    ...
    kg.guard.DocumentTimeout: took longer than 0.05 s (--doc-timeout): skipped
    """
    usable = bool(seconds) and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable or seconds is None:
        yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise DocumentTimeout(seconds)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def end_with_parent(parent: int | None = None) -> None:
    """Make this process end when its parent does (a ``ProcessPoolExecutor`` initializer). ``parent`` is the
    parent's pid as the parent saw it (``initargs=(os.getpid(),)``): a parent killed between the fork and this
    call is then noticed too, where the child would otherwise take its new parent (init) for the old one.

    >>> import multiprocessing
    >>> with multiprocessing.get_context("spawn").Pool(1, initializer=end_with_parent) as pool:
    ...     pool.apply(abs, (-3,))
    3
    """
    parent = parent if parent is not None else os.getppid()
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            pr_set_pdeathsig = 1
            ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # the parent died before the request was made
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent,), name="kg-parent-watchdog", daemon=True).start()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)
