"""Export tasks run side by side in forked worker processes, which share the graph instead of copying it.

A task writes one or more files and returns their paths; a task may wait for another (Turtle and JSON-LD are
made from the sorted N-Triples file that the RDF task writes). With one worker, or where ``fork`` is not
available, the tasks run here, one after the other. Forked children see the parent's graph as it is, copy-on-
write, so nothing is pickled but the task's name and the paths it returns; ``gc.freeze`` keeps the children's
garbage collector from touching (and so copying) the parent's objects. The parent freezes them without a full
collection first (as the :mod:`gc` documentation advises before a fork: a collection frees little there, leaves
holes in pages the children then copy, and walks every object of the merged graph, ~0.13 s in a one-page rebuild).
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Mapping
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from pathlib import Path

from kg.guard import end_with_parent

__all__ = ["Task", "can_fork", "run_tasks"]

Task = Callable[[], list[Path]]

_TASKS: dict[str, Task] = {}  # the tasks of the current run, inherited by the forked workers


def can_fork() -> bool:
    """True where worker processes can be forked (Linux, macOS), and this process may have children (a
    daemonic process, such as a pool's worker, may not).

    >>> isinstance(can_fork(), bool)
    True
    """
    return "fork" in multiprocessing.get_all_start_methods() and not multiprocessing.current_process().daemon


def run_tasks(
    tasks: Mapping[str, Task], after: Mapping[str, str], *, workers: int = 1,
    done: Callable[[str, list[Path]], None] | None = None,
) -> dict[str, list[Path]]:
    """Run every task and return the paths each wrote, by task name. A task named in ``after`` starts once the
    task it names has ended (that one must come first in ``tasks``). With ``workers`` > 1 the tasks run in that
    many forked processes, started in the order given (a task that waited, as soon as it may start); ``done``
    is called (here) as each task ends. The first error is raised once the running tasks have ended; tasks not
    yet started are dropped.

    >>> order = []
    >>> tasks = {"a": lambda: order.append("a") or [Path("a")], "b": lambda: order.append("b") or [Path("b")]}
    >>> run_tasks(tasks, {"a": "b"}, workers=1)
    Traceback (most recent call last):
    ...
    ValueError: task 'a' waits for 'b', which does not come before it
    >>> run_tasks(tasks, {"b": "a"}, workers=1), order
    ({'a': [PosixPath('a')], 'b': [PosixPath('b')]}, ['a', 'b'])
    """
    names = list(tasks)
    for name, first in after.items():
        if first not in names or names.index(first) > names.index(name):
            raise ValueError(f"task {name!r} waits for {first!r}, which does not come before it")
    results: dict[str, list[Path]] = {}
    if workers <= 1 or len(tasks) <= 1 or not can_fork():
        for name, task in tasks.items():
            results[name] = task()
            if done is not None:
                done(name, results[name])
        return results
    _TASKS.clear()
    _TASKS.update(tasks)
    gc.freeze()  # no full collection first: it would walk the whole merged graph to find next to nothing
    pool_size = min(workers, len(tasks))
    pool = ProcessPoolExecutor(
        max_workers=pool_size, mp_context=multiprocessing.get_context("fork"),
        initializer=end_with_parent, initargs=(os.getpid(),),
    )
    # No more tasks are handed to the pool than it has workers: a task that was waiting goes before those not
    # yet started once it may start, so the chain behind a long task is not left to the end.
    ready = [name for name in tasks if name not in after]
    running: dict[Future[list[str]], str] = {}
    try:
        while ready or running:
            while ready and len(running) < pool_size:
                name = ready.pop(0)
                running[pool.submit(_run, name)] = name
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                name = running.pop(future)
                results[name] = [Path(path) for path in future.result()]
                if done is not None:
                    done(name, results[name])
                ready[:0] = [waiting for waiting, first in after.items() if first == name]
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        gc.unfreeze()
        _TASKS.clear()
    return {name: results[name] for name in tasks}


def _run(name: str) -> list[str]:
    return [str(path) for path in _TASKS[name]()]
