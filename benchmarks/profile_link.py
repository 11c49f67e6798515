"""Profile the entity linker alone: ``Linker.link`` on every Nth page, under cProfile.

    python benchmarks/profile_link.py ../shared/corpus/nci --every 3

Prints the CPU time of linking without the profiler first (the figure to compare between runs), then, under the
profiler, the cost of each pass ``Linker.link`` calls (cumulative time, its calls from ``link`` only) and the
top functions by own time. The profiler slows Python code several times: compare rows, not totals.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import time
from pathlib import Path

from kg.documents import iter_document_paths, read_document
from kg.linking.linker import Linker
from kg.model import Document
from kg.pipeline import default_linker


def link_all(linker: Linker, documents: list[Document]) -> tuple[int, float]:
    """Link every document once; the characters linked and the CPU seconds it took (this process)."""
    started = time.process_time()
    for document in documents:
        linker.link(document)
    return sum(len(d.text) for d in documents), max(time.process_time() - started, 1e-9)


def pass_costs(stats: pstats.Stats) -> list[tuple[float, int, str]]:
    """(cumulative seconds, calls, function) of each function ``Linker.link`` calls, costliest first.

    >>> pass_costs(pstats.Stats(cProfile.Profile()))
    []
    """
    rows = []
    for (filename, line, name), (_, calls, _, _, callers) in stats.stats.items():  # type: ignore[attr-defined]
        for (caller_file, _, caller_name), (_, _, _, from_link) in callers.items():
            if caller_name == "link" and caller_file.endswith("linking/linker.py"):
                where = f"{Path(filename).parent.name}/{Path(filename).name}:{line}({name})"
                rows.append((from_link, calls, where))
    return sorted(rows, reverse=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--every", type=int, default=3, help="profile every Nth page (default 3)")
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    paths = iter_document_paths([args.corpus])[:: args.every]
    documents: list[Document] = [read_document(p, root=args.corpus) for p in paths]
    linker = default_linker()
    linker.link(documents[0])  # warm the caches that the first call fills
    characters, cpu = link_all(linker, documents)
    print(f"{len(documents)} documents, {characters / 1e6:.2f} M chars: linking {cpu:.2f} CPU s, "
          f"{characters / 1e6 / cpu:.2f} M chars per CPU second (no profiler)\n")
    profile = cProfile.Profile()
    profile.enable()
    for document in documents:
        linker.link(document)
    profile.disable()
    stats = pstats.Stats(profile)
    total = stats.total_tt  # type: ignore[attr-defined]
    print(f"under the profiler: {total:.2f} s\n\n## Passes called by Linker.link (cumulative, profiled)\n")
    print("```\n  seconds  share   calls  pass")
    for seconds, calls, where in pass_costs(stats)[: args.top]:
        print(f"{seconds:9.3f} {seconds / total:6.1%} {calls:7d}  {where}")
    print("```\n\n## Top functions by own time\n\n```")
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(args.top)
    print("\n".join(line for line in out.getvalue().splitlines() if line.strip()
                    and not line.lstrip().startswith(("Ordered", "List reduced")))[-12000:])
    print("```")


if __name__ == "__main__":
    main()
