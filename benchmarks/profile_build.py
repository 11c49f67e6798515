"""Profile a build end to end (one process, cProfile): the top functions by own time, per stage.

    python benchmarks/profile_build.py ../shared/corpus/nci --every 6 > benchmarks/profile.md

``--every K`` profiles every K-th page (cProfile slows Python code several times; a sample keeps it short).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import tempfile
import time
from pathlib import Path


def _top(profile: cProfile.Profile, limit: int) -> str:
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out)
    stats.sort_stats("tottime").print_stats(limit)
    lines = [line.replace(str(Path.cwd()) + "/", "") for line in out.getvalue().splitlines()]
    start = next(i for i, line in enumerate(lines) if line.strip().startswith("ncalls"))
    return "\n".join(lines[start:])


def main(argv: list[str] | None = None) -> int:
    """Profile the build of a sample of the corpus and print the summary as markdown."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--every", type=int, default=6)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args(argv)

    from kg.documents import iter_document_paths
    from kg.export import write_exports
    from kg.pipeline import build, default_linker

    pages = iter_document_paths([args.corpus])[:: args.every]
    started = time.perf_counter()
    default_linker()
    load = time.perf_counter() - started
    analyse = cProfile.Profile()
    started = time.perf_counter()
    analyse.enable()
    report = build(pages, workers=1)
    analyse.disable()
    built = time.perf_counter() - started
    export = cProfile.Profile()
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        export.enable()
        write_exports(report.graph, Path(tmp), workers=1)  # one process, so the profiler sees every format
        export.disable()
        exported = time.perf_counter() - started
    print(f"# Build profile: every {args.every}th page of {args.corpus.name} ({report.documents} documents)\n")
    print(f"`python benchmarks/profile_build.py {args.corpus} --every {args.every}`, one process, under cProfile "
          "(which slows Python code several times: compare rows, not totals with the benchmarks).\n")
    print(f"- load the start-up cache (vocabulary + matcher): {load:.2f} s (not profiled)")
    print(f"- read, link, extract, merge: {built:.1f} s under the profiler")
    print(f"- all exports: {exported:.1f} s under the profiler\n")
    for title, profile in (("Read, link, extract, merge", analyse), ("Exports", export)):
        print(f"## {title}: top {args.top} functions by own time\n\n```\n{_top(profile, args.top)}\n```\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
