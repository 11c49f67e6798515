"""Where the time of a one-page rebuild goes: `kg build … --cache` run in this process with its phases timed.

    python benchmarks/rebuild_phases.py CORPUS -o OUT --cache CACHE   # after a cached build and a one-page edit

Runs the command as `kg build CORPUS -o OUT --cache CACHE -q` does, with timers around its phases, and prints
one row per phase: the process it ran in (``main``, the analysing ``worker``, an ``export`` process), its wall
time and the CPU time (user + system) of that process meanwhile. Forked processes inherit the timers, so the
analysing worker (its imports and the matcher's loading included) and every export task are rows of their own.
Phases nest (the merge holds the loading of the cached analyses), so the rows do not add up to the total; the
last rows are the whole command's wall time and the CPU time of all its processes.
"""

from __future__ import annotations

import argparse
import functools
import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

_LOG: Path | None = None
_MAIN_PID = os.getpid()
_STARTED = time.perf_counter()


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime + own.ru_stime


def _record(name: str, wall: float, cpu: float) -> None:
    if _LOG is None:
        return
    where = "main" if os.getpid() == _MAIN_PID else f"child {os.getpid()}"
    with _LOG.open("a", encoding="utf-8") as handle:
        handle.write(f"{where}\t{name}\t{wall:.3f}\t{cpu:.3f}\n")


def _timed(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """``function`` with its wall and CPU time recorded under ``name`` (one row per call)."""

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        wall, cpu = time.perf_counter(), _cpu()
        try:
            return function(*args, **kwargs)
        finally:
            _record(name, time.perf_counter() - wall, _cpu() - cpu)

    return wrapper


def _install() -> None:
    import kg.doccache
    import kg.export
    import kg.export.incremental
    import kg.export.incremental_rdf
    import kg.export.publish
    import kg.graph
    import kg.pipeline
    import kg.summary

    patches: list[tuple[Any, str, str]] = [
        (kg.pipeline, "build", "build: analyse the changed page and merge every page"),
        (kg.pipeline, "default_linker", "worker: load the matcher (in the analysis above)"),
        (kg.pipeline, "add_vocabulary_names", "merge: vocabulary names"),
        (kg.graph.KnowledgeGraph, "add_statements", "merge: add statements"),
        (kg.doccache.DocumentCache, "load", "merge: load cached analyses"),
        (kg.export, "write_exports", "exports: all (plan, tasks, state)"),
        (kg.export.incremental, "plan", "exports: plan (touched keys)"),
        (kg.export.incremental, "save_state", "exports: save state"),
        (kg.export, "_patch_rdf", "export task: RDF family"),
        (kg.export.incremental_rdf, "rdf_changes", "export task: RDF family: changed lines"),
        (kg.export.incremental_rdf, "patch_rdf", "export task: RDF family: write patched files"),
        (kg.export, "_patch_one", "export task: element format"),
        (kg.export, "_write_indexed", "export task: element format written whole"),
        (kg.export, "write_preview", "export task: preview"),
        (kg.export.publish.Staging, "publish", "publish: manifest, flush, swap"),
        (kg.summary, "summarize", "stats: summarize"),
    ]
    for owner, attribute, name in patches:
        setattr(owner, attribute, _timed(name, getattr(owner, attribute)))
    kg.pipeline.run_job = _timed("worker: analyse the changed page", kg.pipeline.run_job)


def main(argv: list[str] | None = None) -> int:
    """Run the one-page command with its phases timed, and print the table."""
    global _LOG
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("corpus", type=Path)
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--cache", type=Path, required=True)
    args = parser.parse_args(argv)
    start_cpu = _cpu()
    with tempfile.TemporaryDirectory() as folder:
        _LOG = Path(folder) / "phases.tsv"
        _install()
        from kg.cli import main as kg_main

        imported_wall, imported_cpu = time.perf_counter() - _STARTED, _cpu() - start_cpu
        began = time.perf_counter()
        code = kg_main(["build", str(args.corpus), "-o", str(args.output), "--cache", str(args.cache), "-q"])
        wall = time.perf_counter() - began
        rows = [line.split("\t") for line in _LOG.read_text(encoding="utf-8").splitlines()]
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    totals: dict[tuple[str, str], list[float]] = {}
    order: list[tuple[str, str]] = []
    for where, name, seconds, cpu in rows:
        kind = "main" if where == "main" else ("worker" if name.startswith("worker") else "export")
        key = (kind, name)
        if key not in totals:
            order.append(key)
            totals[key] = [0.0, 0.0, 0.0]
        totals[key][0] += float(seconds)
        totals[key][1] += float(cpu)
        totals[key][2] += 1
    print("| process | phase | calls | wall | CPU |")
    print("|---|---|---:|---:|---:|")
    print(f"| main | imports (kg.cli and what it loads) | 1 | {imported_wall:.2f} s | {imported_cpu:.2f} s |")
    for key in order:
        seconds, cpu, calls = totals[key]
        print(f"| {key[0]} | {key[1]} | {int(calls)} | {seconds:.2f} s | {cpu:.2f} s |")
    all_cpu = _cpu() - start_cpu + children.ru_utime + children.ru_stime
    print(f"| all | the command (after imports) | 1 | {wall:.2f} s | {all_cpu - imported_cpu:.2f} s |")
    print(f"| all | everything, imports included | 1 | {time.perf_counter() - _STARTED:.2f} s | {all_cpu:.2f} s |")
    return code


if __name__ == "__main__":
    sys.exit(main())
