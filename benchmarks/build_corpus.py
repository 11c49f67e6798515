"""Benchmark: build the whole dev corpus and print throughput, memory and graph size.

    python benchmarks/build_corpus.py ../shared/corpus/nci            # full build + exports
    python benchmarks/build_corpus.py ../shared/corpus/nci --scaling  # linking time on half vs all

Figures are printed as a markdown table so they can go into the README as they are.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

from kg.documents import iter_document_paths, read_document
from kg.export import write_exports
from kg.pipeline import build, default_linker


def _peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def full_build(corpus: Path, workers: int | None) -> None:
    paths = iter_document_paths([corpus])
    megabytes = sum(p.stat().st_size for p in paths) / 1e6
    started = time.perf_counter()
    report = build([corpus], workers=workers)
    built = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        written = write_exports(report.graph, Path(tmp))
        exported = time.perf_counter()
        triples = sum(1 for _ in (Path(tmp) / "kg.nt").open(encoding="utf-8"))
        sizes = {p.name: p.stat().st_size / 1e6 for p in written}
    seconds = exported - started
    rows = [
        ("documents", f"{report.documents} read, {report.failed} failed"),
        ("input", f"{megabytes:.1f} MB"),
        ("build (read, link, extract, merge)", f"{built - started:.1f} s"),
        (f"exports ({len(written)} files)", f"{exported - built:.1f} s"),
        ("total", f"{seconds:.1f} s"),
        ("documents/s", f"{report.documents / seconds:.1f}"),
        ("MB/s", f"{megabytes / seconds:.2f}"),
        ("peak memory (largest process)", f"{_peak_mb():.0f} MB"),
        ("entity nodes", f"{len(report.graph.nodes)}"),
        ("document nodes", f"{len(report.graph.documents)}"),
        ("relation edges", f"{len(report.graph.edges)}"),
        ("mentions edges", f"{len(report.graph.mentions)}"),
        ("triples (kg.nt)", f"{triples}"),
        ("export sizes", ", ".join(f"{k} {v:.1f} MB" for k, v in sorted(sizes.items()))),
    ]
    _table(rows)


def scaling(corpus: Path) -> None:
    """Linking time (one process) on the first half of the corpus and on all of it, wall and CPU."""
    paths = iter_document_paths([corpus])
    started = time.perf_counter()
    documents = [read_document(p, root=corpus) for p in paths]
    read_seconds = time.perf_counter() - started
    started = time.perf_counter()
    linker = default_linker()
    rows = [
        (f"read {len(documents)} docs (front matter + markdown-it-py)", f"{read_seconds:.1f} s"),
        (f"load vocabulary and build the matcher ({linker.matcher.size:,} names)",
         f"{time.perf_counter() - started:.1f} s"),
    ]
    for share, part in (("half", documents[: len(documents) // 2]), ("all", documents)):
        characters = sum(len(d.text) for d in part)
        started, cpu_started = time.perf_counter(), time.process_time()
        mentions = sum(len(linker.link(d)) for d in part)
        seconds = time.perf_counter() - started
        cpu = max(time.process_time() - cpu_started, 1e-6)  # the steadier figure on a shared machine
        rows.append((f"link {share}: {len(part)} docs, {characters / 1e6:.1f} M chars",
                     f"{seconds:.1f} s, {mentions} mentions, {characters / 1e6 / seconds:.2f} M chars/s; "
                     f"{cpu:.1f} s CPU, {characters / 1e6 / cpu:.2f} M chars per CPU second"))
    _table(rows)


def _table(rows: list[tuple[str, str]]) -> None:
    print("| measure | value |\n|---|---|")
    for name, value in rows:
        print(f"| {name} | {value} |")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("corpus", type=Path, nargs="?", default=Path("../shared/corpus/nci"))
    parser.add_argument("--scaling", action="store_true", help="linking time on half vs all documents")
    parser.add_argument("-j", "--workers", type=int, default=None)
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"{args.corpus}: no such corpus", file=sys.stderr)
        return 2
    if args.scaling:
        scaling(args.corpus)
    else:
        full_build(args.corpus, args.workers)
    return 0


if __name__ == "__main__":
    sys.exit(main())
