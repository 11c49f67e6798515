"""Benchmark: load an export once and time every example query of ``queries/``.

    python benchmarks/queries.py build/nci-kg/kg.nt     # after: kg build ../shared/corpus/nci -o build/nci-kg

Prints a markdown table: load time, then each query's time (best of three) and its number of rows.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from kg.query import load_store, query_store, read_query_file

QUERIES = Path(__file__).resolve().parent.parent / "queries"


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("export", type=Path, nargs="?", default=Path("build/nci-kg/kg.nt"))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    if not args.export.exists():
        print(f"{args.export}: no such export (run: kg build ../shared/corpus/nci -o build/nci-kg)", file=sys.stderr)
        return 2
    started = time.perf_counter()
    store = load_store(args.export)
    loaded = time.perf_counter() - started
    print(f"| query | seconds (best of {args.repeat}) | rows |\n|---|---:|---:|")
    print(f"| load {args.export.name} ({len(store):,} quads) | {loaded:.2f} | |")
    for path in sorted(QUERIES.glob("*.rq")):
        sparql = read_query_file(path)
        best, rows = float("inf"), 0
        for _ in range(args.repeat):
            begin = time.perf_counter()
            result = query_store(store, sparql, source=str(path))
            best = min(best, time.perf_counter() - begin)
            rows = len(result.rows)
        print(f"| {path.stem} | {best:.3f} | {rows} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
