"""Measure: which adverse-event names in side-effect contexts does the vocabulary not resolve?

    python benchmarks/event_reach.py ../shared/corpus/nci [--top 60]

Names are gathered where pages list side effects on purpose: the items of a bulleted list whose lead-in
paragraph speaks of side effects, and the members of inline lists after "side effects such as / include /
including / were / are" and "can cause". A name counts once per document; an item is cut at its first
comma, colon, dash or parenthesis, and a leading "a/an/the/some/severe/mild" is dropped. A name is resolved
when :func:`kg.linking.resolve.resolve_name` finds an adverse event (or a disease) for it.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from vocabulary_reach import print_unresolved  # the sibling script (run from benchmarks/ or with it on the path)

from kg.documents import DocumentError, iter_document_paths, read_document

_LEAD_IN = re.compile(r"side effects?|adverse (?:events?|reactions?)", re.I)
_INLINE = re.compile(
    r"(?:side effects?|adverse (?:events?|reactions?))[^.:;]{0,40}?\b(?:such as|include|includes|including|were|are)"
    r":?\s+([^.;:]+)|\bcan cause\s+([^.;:]+)",
    re.I,
)
_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_TRIM = re.compile(r"^(?:(?:a|an|the|some|severe|serious|mild|other|certain|very|new|more|common)\s+)+", re.I)
_CUT = re.compile(r"\s*[,:(—–]|\s+-\s+|\s+(?:that|which|when|if|in people|in patients|caused by)\b")


def _name(item: str) -> str | None:
    name = _TRIM.sub("", _CUT.split(item.strip(), maxsplit=1)[0]).strip(" .").lower()
    return name if name and len(name.split()) <= 5 and not name[0].isdigit() else None


def event_names(path: Path, root: Path) -> set[str]:
    """The adverse-event-like names one page lists in side-effect contexts."""
    try:
        document = read_document(path, root=root)
    except DocumentError:
        return set()
    text, names = document.text, set()
    lead_in = False
    for block in document.blocks:
        part = text[block.start:block.end]
        if block.kind == "list_item":
            if lead_in and (name := _name(part)):
                names.add(name)
            continue
        lead_in = block.kind == "paragraph" and bool(_LEAD_IN.search(part)) and part.rstrip().endswith(":")
        for match in _INLINE.finditer(part):
            for item in _SPLIT.split(match.group(1) or match.group(2)):
                if name := _name(item):
                    names.add(name)
    return names


def main(argv: list[str] | None = None) -> int:
    """Count name uses and print the most used unresolved ones."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--top", type=int, default=60)
    args = parser.parse_args(argv)
    uses: Counter[str] = Counter()
    for path in iter_document_paths([args.corpus]):
        uses.update(event_names(path, args.corpus))
    print_unresolved(uses, ("adverse_event", "disease"), args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
