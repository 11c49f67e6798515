"""Performance benchmarks: cold start, full build, incremental rebuild, growth, Dask. Prints markdown tables.

    python benchmarks/perf.py cold                       # `kg link` on the seed in fresh processes
    python benchmarks/perf.py build ../shared/corpus/nci # full build + all exports: wall, peak RSS, per stage
    python benchmarks/perf.py incremental ../shared/corpus/nci   # rebuild after one page changed
    python benchmarks/perf.py growth ../shared/corpus/nci        # 1x, 2x, 4x copies (distinct urls, temp dir)
    python benchmarks/perf.py dask ../shared/corpus/nci          # the build on a dask LocalCluster
    python benchmarks/perf.py all ../shared/corpus/nci           # everything above

Peak RSS is the largest single process (this one or a worker), from the operating system's accounting.
Timings on a shared machine vary between runs: quote them with the run's date and load.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_702680f2cf8034cf.txt"


def _peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def _cpu_s() -> float:
    """CPU seconds (user + system) of this process and its finished worker processes."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _table(header: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---" if i == 0 else "---:" for i in range(len(header))) + "|", flush=True)
    for row in rows:
        print("| " + " | ".join(str(cell) for cell in row) + " |")
    if rows:
        print()


def cold(runs: int = 5) -> None:
    """`kg link` on the seed, and `kg.link()` in a fresh interpreter, with the start-up cache in place."""
    kg_command = [str(Path(sys.executable).parent / "kg"), "link", str(SEED)]
    library = [sys.executable, "-c", f"import kg; kg.link({str(SEED)!r})"]
    rows = []
    for name, command in (("kg link seeds/000_….txt", kg_command), ("python -c 'import kg; kg.link(…)'", library)):
        subprocess.run(command, check=True, capture_output=True)  # warm-up: builds the cache if missing
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True)
            times.append(time.perf_counter() - started)
        rows.append((name, f"{statistics.median(times):.2f} s", f"{min(times):.2f}–{max(times):.2f} s"))
    print(f"Cold start, {runs} fresh processes each (start-up cache built before):\n")
    _table(("command", "median wall", "min–max"), rows)


def measure_build(corpus: Path, *, workers: int | None = None, cache: Path | None = None,
                  executor: str = "local") -> dict[str, Any]:
    """Build and export in this process; wall time, peak RSS and time per stage."""
    from kg.export import DEFAULT_FORMATS, write_exports
    from kg.pipeline import build

    cpu_start = _cpu_s()
    stages: list[tuple[str, float, float, float]] = []
    started, cpu = time.perf_counter(), _cpu_s()
    report = build([corpus], workers=workers, cache=cache, executor=executor)
    stages.append(("read, link, extract, merge", time.perf_counter() - started, _peak_mb(), _cpu_s() - cpu))
    with tempfile.TemporaryDirectory() as tmp:
        # all formats in one call, as `kg build` writes them: the RDF quads are generated once for four formats,
        # and the formats are written side by side by worker processes
        began, cpu_began = time.perf_counter(), _cpu_s()
        write_exports(report.graph, Path(tmp), DEFAULT_FORMATS, workers=workers, report=report)
        stages.append((f"export all {len(DEFAULT_FORMATS)} formats", time.perf_counter() - began, _peak_mb(),
                       _cpu_s() - cpu_began))
        triples = sum(1 for _ in (Path(tmp) / "kg.nt").open("rb"))
    characters = sum(len(path.read_bytes()) for path in corpus.rglob("*.md"))
    return {
        "documents": report.documents, "failed": report.failed, "wall": time.perf_counter() - started,
        "peak_mb": _peak_mb(), "stages": stages, "cpu": _cpu_s() - cpu_start,
        "triples": triples, "megabytes": characters / 1e6,
        "edges": len(report.graph.edges), "nodes": len(report.graph.nodes),
    }


def _print_build(result: dict[str, Any], title: str) -> None:
    print(f"{title}: {result['documents']} documents ({result['megabytes']:.1f} MB), {result['failed']} failed, "
          f"{result['nodes']} entities, {result['edges']} relation edges, {result['triples']} triples\n")
    rows = [(name, f"{seconds:.1f} s", f"{cpu:.1f} s", f"{peak:.0f} MB")
            for name, seconds, peak, cpu in result["stages"]]
    rows.append(("**total**", f"**{result['wall']:.1f} s**", f"**{result['cpu']:.1f} s**",
                 f"**{result['peak_mb']:.0f} MB**"))
    _table(("stage", "wall", "CPU (all processes)", "peak RSS so far"), rows)


def _subprocess_build(corpus: Path, *extra: str) -> dict[str, Any]:
    """One build in a fresh process, so its peak RSS is its own."""
    done = subprocess.run(
        [sys.executable, __file__, "build", str(corpus), "--json", *extra],
        check=True, capture_output=True, text=True,
    )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _copy_corpus(corpus: Path, target: Path, copies: int) -> Path:
    """``copies`` copies of the corpus under ``target``; copy k > 0 gets urls under ``/copy-k/``."""
    for number in range(copies):
        folder = target / f"copy-{number}"
        for page in sorted(corpus.rglob("*.md")):
            text = page.read_text(encoding="utf-8", errors="surrogateescape")
            if number:
                text = text.replace("url: https://www.cancer.gov/", f"url: https://www.cancer.gov/copy-{number}/", 1)
            out = folder / page.relative_to(corpus)
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(text, encoding="utf-8", errors="surrogateescape")
    return target


def incremental(corpus: Path, commands: int = 3) -> None:
    """A cached build, then one page changed: only that page is analysed again and the exports are patched.
    Then the `kg build` command itself, as a user runs it, after ``commands`` more one-page changes and one of the
    largest page (a fresh process each: start-up, merge, patched exports, stats.json, MANIFEST.json and publishing
    included)."""
    kg_command = str(Path(sys.executable).parent / "kg")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        work = _copy_corpus(corpus, Path(tmp) / "corpus", 1)
        cache = Path(tmp) / "cache"
        first = _subprocess_build(work, "--cache", str(cache))
        pages = sorted(work.rglob("*.md"))
        page = pages[0]
        page.write_text(page.read_text(encoding="utf-8") + "\nEverolimus inhibits mTOR.\n", encoding="utf-8")
        second = _subprocess_build(work, "--cache", str(cache))
        out = Path(tmp) / "out"
        command = [kg_command, "build", str(work), "-o", str(out), "--cache", str(cache), "-q"]
        subprocess.run(command, check=True, capture_output=True)  # publishes a first set to patch
        # pages spread over the corpus, then the largest one (the slowest to analyse again: the target is every page)
        edited = [pages[number * len(pages) // (commands + 1)] for number in range(1, commands + 1)]
        edited.append(max(pages, key=lambda path: path.stat().st_size))
        for page in edited:
            page.write_text(page.read_text(encoding="utf-8") + "\nImatinib inhibits BCR-ABL.\n", encoding="utf-8")
            cpu, started = _children_cpu_s(), time.perf_counter()
            subprocess.run(command, check=True, capture_output=True)
            rows.append((f"`kg build … --cache` after editing {page.name[:40]}",
                         f"{time.perf_counter() - started:.1f} s", f"{_children_cpu_s() - cpu:.1f} s"))
    _print_build(first, "Cached build, empty cache")
    _print_build(second, "Rebuild after one page changed (cache warm)")
    print("The command, one more page changed each time (fresh process; wall and CPU of all its processes):\n")
    _table(("command", "wall", "CPU"), rows)


def _children_cpu_s() -> float:
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return children.ru_utime + children.ru_stime


def growth(corpus: Path, factors: tuple[int, ...] = (1, 2, 4)) -> None:
    """1x, 2x, 4x the corpus (copies with distinct urls), each built in a fresh process, no cache.

    Rows are printed as each size finishes.
    """
    print("Growth (fresh process per size, no cache, all exports):\n")
    header = ("corpus", "documents", "input", "wall", "CPU", "wall per 1× of corpus", "peak RSS", "triples")
    _table(header, [])
    for factor in factors:
        with tempfile.TemporaryDirectory() as tmp:
            work = _copy_corpus(corpus, Path(tmp) / "corpus", factor)
            result = _subprocess_build(work)
        row = (f"{factor}×", result["documents"], f"{result['megabytes']:.0f} MB", f"{result['wall']:.1f} s",
               f"{result['cpu']:.1f} s", f"{result['wall'] / factor:.1f} s", f"{result['peak_mb']:.0f} MB",
               result["triples"])
        print("| " + " | ".join(str(cell) for cell in row) + " |", flush=True)
    print()


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks named on the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("what", choices=("cold", "build", "incremental", "growth", "dask", "all"))
    parser.add_argument("corpus", type=Path, nargs="?", default=ROOT.parent / "shared" / "corpus" / "nci")
    parser.add_argument("-j", "--workers", type=int, default=None)
    parser.add_argument("--cache", type=Path, default=None, help="per-document cache folder (default: none)")
    parser.add_argument("--executor", choices=("local", "dask"), default="local")
    parser.add_argument("--factors", default="1,2,4", help="growth: corpus sizes to build (default 1,2,4)")
    parser.add_argument("--json", action="store_true", help="print the build's figures as one JSON line")
    args = parser.parse_args(argv)
    if args.what != "cold" and not args.corpus.exists():
        print(f"{args.corpus}: no such corpus", file=sys.stderr)
        return 2
    steps: dict[str, Callable[[], None]] = {
        "cold": cold,
        "build": lambda: _print_build(_subprocess_build(args.corpus), "Full build, no cache"),
        "incremental": lambda: incremental(args.corpus),
        "growth": lambda: growth(args.corpus, tuple(int(f) for f in args.factors.split(","))),
        "dask": lambda: _print_build(_subprocess_build(args.corpus, "--executor", "dask"),
                                     "Build on a dask LocalCluster (2 worker processes)"),
    }
    if args.json:
        result = measure_build(args.corpus, workers=args.workers, cache=args.cache, executor=args.executor)
        print(json.dumps(result))
        return 0
    for name in steps if args.what == "all" else (args.what,):
        steps[name]()
    return 0


if __name__ == "__main__":
    sys.exit(main())
