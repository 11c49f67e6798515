"""CPU time of each pass of the entity linker, measured without a profiler.

    python benchmarks/pass_costs.py ../shared/corpus/nci --every 3

Every function that ``Linker.link`` calls by a module-level name (and the linker's own ``_dictionary_mentions``)
is wrapped in a timer for the run, so the figures carry no profiler overhead beyond one clock read per call.
Prints one row per pass, costliest first, with its share of the linking CPU time.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from profile_link import link_all  # the sibling script (run from benchmarks/ or with it on the path)

import kg.linking.linker as linker_module
from kg.documents import iter_document_paths, read_document
from kg.pipeline import default_linker


def timed(name: str, function: Callable[..., Any], costs: dict[str, float]) -> Callable[..., Any]:
    """``function`` that adds its CPU time to ``costs[name]`` on every call.

    >>> costs: dict[str, float] = {}
    >>> timed("len", len, costs)("abc"), sorted(costs)
    (3, ['len'])
    """

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            costs[name] = costs.get(name, 0.0) + time.process_time() - started

    return wrapper


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--every", type=int, default=3, help="every Nth page (default 3)")
    args = parser.parse_args()
    documents = [read_document(p, root=args.corpus) for p in iter_document_paths([args.corpus])[:: args.every]]
    linker = default_linker()
    linker.link(documents[0])
    costs: dict[str, float] = {}
    for name, value in list(vars(linker_module).items()):
        if callable(value) and not isinstance(value, type) and getattr(value, "__module__", "").startswith("kg."):
            setattr(linker_module, name, timed(name, value, costs))
    linker._dictionary_mentions = timed("_dictionary_mentions", linker._dictionary_mentions, costs)  # type: ignore[method-assign]
    characters, total = link_all(linker, documents)
    print(f"{len(documents)} documents, {characters / 1e6:.2f} M chars: {total:.2f} CPU s, "
          f"{characters / 1e6 / total:.2f} M chars per CPU second\n")
    print("| pass | CPU s | share |\n|---|---:|---:|")
    for name, seconds in sorted(costs.items(), key=lambda item: -item[1]):
        print(f"| {name} | {seconds:.3f} | {seconds / total:.1%} |")
    print(f"| (rest of link: filters and sorting) | {total - sum(costs.values()):.3f} | |")


if __name__ == "__main__":
    main()
