"""Measure: how many of the side effects pages list does the linker give an adverse-event mention?

    python benchmarks/side_effect_reach.py PAGE_LIST_OR_DIR [--root DIR] [--top 50] [--show NAME]

The items are those of :func:`event_reach.event_items`: bullets under a side-effect lead-in ("Common side effects
include:", "X may cause:") and the members of inline lists ("side effects such as A, B, and C", "can cause A
or B"). An item is *linked* when an adverse-event mention of :func:`kg.pipeline.analyse_document` overlaps its
name, *stated* when that event is also the object of a ``has_adverse_effect`` statement of the page, and *typed
otherwise* when only a mention of another type overlaps it. Prints the reach (linked / items, stated / items) and
the most frequent names that get no adverse-event mention, with how often each is typed otherwise.
``PAGE_LIST_OR_DIR`` is a folder of pages or a text file naming one page per line (the session that wrote it read
the 1,168 corpus pages that are not in the gold).
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from event_reach import event_items  # the sibling script (run from benchmarks/ or with it on the path)

from kg.documents import DocumentError, iter_document_paths, read_document
from kg.pipeline import analyse_document


def page_paths(source: Path) -> list[Path]:
    """The pages a folder holds, or those a list file names one per line."""
    if source.is_dir():
        return list(iter_document_paths([source]))
    return [Path(line.strip()) for line in source.read_text().splitlines() if line.strip()]


def item_reach(path: Path, root: Path | None) -> list[tuple[str, str, str]]:
    """(name, outcome, surrounding text) of each listed side effect of one page; outcome is "stated", "linked",
    "other:<type>" or "none"."""
    try:
        document = read_document(path, root=root)
    except DocumentError:
        return []
    items = event_items(document)
    if not items:
        return []
    analysis = analyse_document(document)
    objects = {s.object for s in analysis.statements if s.predicate == "has_adverse_effect"}
    found: list[tuple[str, str, str]] = []
    for start, end, name in items:
        over = [m for m in analysis.mentions if m.start < end and start < m.end]
        events = [m for m in over if m.type == "adverse_event"]
        if any(m.id in objects for m in events):
            outcome = "stated"
        elif events:
            outcome = "linked"
        elif over:
            outcome = "other:" + "/".join(sorted({m.type for m in over}))
        else:
            outcome = "none"
        line_start = document.text.rfind("\n", 0, start) + 1
        found.append((name, outcome, document.text[line_start : end + 60].split("\n")[0]))
    return found


def main(argv: list[str] | None = None) -> int:
    """Print the reach and the most frequent unlinked names."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("source", type=Path)
    parser.add_argument("--root", type=Path, default=None)
    parser.add_argument("--top", type=int, default=50)
    parser.add_argument("--show", default=None, help="print the contexts of the items with this name")
    args = parser.parse_args(argv)
    outcomes: Counter[str] = Counter()
    unlinked: Counter[str] = Counter()
    other: Counter[str] = Counter()
    for path in page_paths(args.source):
        for name, outcome, context in item_reach(path, args.root):
            outcomes[outcome.split(":")[0]] += 1
            if outcome in ("stated", "linked"):
                continue
            unlinked[name] += 1
            if outcome.startswith("other"):
                other[name] += 1
            if args.show and name == args.show:
                print(f"{path.name}: {context}")
    items = sum(outcomes.values())
    linked = outcomes["stated"] + outcomes["linked"]
    print(f"items: {items}  linked: {linked} ({linked / max(items, 1):.3f})  stated: {outcomes['stated']} "
          f"({outcomes['stated'] / max(items, 1):.3f})  typed otherwise: {outcomes['other']}  none: {outcomes['none']}")
    print("\n| unlinked name | uses | typed otherwise |\n|---|---:|---:|")
    for name, uses in unlinked.most_common(args.top):
        print(f"| {name} | {uses} | {other[name]} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
