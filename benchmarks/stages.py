"""CPU seconds of each per-document stage (read, link, extract, trial results) in one process, on a seeded sample.

    python benchmarks/stages.py ../shared/corpus/nci 150     # 150 pages in a fixed random order

One process and process CPU time: steadier than a full build's wall time on a shared machine, so two commits can be
compared by running this alternately on each (a `git archive` copy of the other one with its own KG_CACHE_DIR).
The start-up cache is loaded before timing; run once after a vocabulary or code change to build it.
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    """Time the stages over a sample of the corpus and print one line per stage."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("corpus", type=Path)
    parser.add_argument("pages", type=int, nargs="?", default=150)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)

    from kg.documents import read_document
    from kg.pipeline import default_linker
    from kg.relations import extract_statements
    from kg.results import extract_results

    paths = sorted(args.corpus.rglob("*.md"))
    random.Random(args.seed).shuffle(paths)
    paths = paths[: args.pages]
    linker = default_linker()
    seconds = {"read": 0.0, "link": 0.0, "extract": 0.0, "results": 0.0}
    characters = 0
    for path in paths:
        started = time.process_time()
        document = read_document(path, root=args.corpus)
        read = time.process_time()
        mentions = linker.link(document)
        linked = time.process_time()
        extract_statements(document, mentions)
        extracted = time.process_time()
        extract_results(document, mentions)
        done = time.process_time()
        seconds["read"] += read - started
        seconds["link"] += linked - read
        seconds["extract"] += extracted - linked
        seconds["results"] += done - extracted
        characters += len(document.text)
    total = sum(seconds.values())
    print(f"{len(paths)} pages, {characters / 1e6:.2f} M characters, {total:.1f} CPU s "
          f"({characters / total / 1e6:.3f} M characters per CPU second)")
    for stage, spent in seconds.items():
        print(f"  {stage:8s} {spent:6.1f} s  {spent / total:5.1%}  {characters / spent / 1e6:6.2f} M characters/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
