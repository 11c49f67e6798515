"""Measure: which adverse-event names in side-effect contexts does the vocabulary not resolve?

    python benchmarks/event_reach.py ../shared/corpus/nci [--top 60]

Names are gathered where pages list side effects on purpose: the items of a bulleted list whose lead-in
paragraph speaks of side effects, and the members of inline lists after "side effects such as / include /
including / were / are" and after a treatment that "can/may cause" (:func:`event_items`, with the spans
``side_effect_reach.py`` reads). A name counts once per document; an item is cut at its first comma, colon, dash,
parenthesis or a clause word, a leading "a/an/the/some/severe/mild" is dropped, and words that name no side effect
("symptoms", "the following") are skipped. A name is resolved
when :func:`kg.linking.resolve.resolve_name` finds an adverse event (or a disease) for it.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from vocabulary_reach import print_unresolved  # the sibling script (run from benchmarks/ or with it on the path)

from kg.documents import DocumentError, iter_document_paths, read_document
from kg.model import Document

# a treatment named before "may cause" in its sentence: the drug's effects, not a disease's signs
_TREATMENT = (r"\b(?:drugs?|medicines?|chemotherapy|therapy|treatment|inhibitors?|immunotherapy|vaccines?)\b"
              r"[^.:;]{0,60}?")
_LEAD_IN = re.compile(rf"side effects?|adverse (?:events?|reactions?)|{_TREATMENT}\b(?:may|can|could|might) (?:also )?"
                      r"cause\b", re.I)
_INLINE = re.compile(
    r"(?:side effects?|adverse (?:events?|reactions?))[^.:;]{0,40}?\b(?:such as|include|includes|including|were|are)"
    rf":?\s+([^.;:]+)|{_TREATMENT}\b(?:can|may|could|might) (?:also )?cause\s+([^.;:]+)",
    re.I,
)
# words that name no side effect: the lead-in's own words, the start of a clause
_NOT_NAMES = re.compile(r"(?:side effects?|symptoms?|signs?|(?:the )?following|including|problems|effects|which\b.*"
                        r"|but\b.*|these\b.*|same\b.*)", re.I)
_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_TRIM = re.compile(r"^(?:(?:a|an|the|some|severe|serious|mild|other|certain|very|new|more|common)\s+)+", re.I)
_CUT = re.compile(r"\s*[,:(—–]|\s+-\s+|\s+(?:that|which|when|if|in people|in patients|caused by|were|was|are|is|"
                  r"occurred|may|can)\b")


def _item(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """(start, end, lower-case name) of the side effect an item or list member names, or None."""
    part = text[start:end]
    stripped = part.lstrip()
    start += len(part) - len(stripped)
    head = _CUT.split(stripped, maxsplit=1)[0]
    trim = _TRIM.match(head)
    if trim:
        start, head = start + trim.end(), head[trim.end():]
    name = head.rstrip(" .")
    low = name.lower()
    if not low or len(low.split()) > 5 or low[0].isdigit() or _NOT_NAMES.fullmatch(low):
        return None
    return start, start + len(name), low


def event_items(document: Document) -> list[tuple[int, int, str]]:
    """(start, end, name) of each side effect a page lists on purpose: the items under a side-effect lead-in and
    the members of an inline side-effect list.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("Side effects may include:\\n\\n- feeling tired\\n- a rash, often mild", "x.md")
    >>> [name for _, _, name in event_items(doc)]
    ['feeling tired', 'rash']
    """
    text, items = document.text, []
    lead_in = False
    for block in document.blocks:
        part = text[block.start:block.end]
        if block.kind == "list_item":
            if lead_in and (item := _item(text, block.start, block.end)):
                items.append(item)
            continue
        lead_in = block.kind == "paragraph" and bool(_LEAD_IN.search(part)) and part.rstrip().endswith(":")
        for match in _INLINE.finditer(part):
            group = 1 if match.group(1) else 2
            offset = block.start + match.start(group)
            cuts = [0, *(x for m in _SPLIT.finditer(match.group(group)) for x in (m.start(), m.end())),
                    len(match.group(group))]
            for begin, end in zip(cuts[::2], cuts[1::2], strict=True):
                if (item := _item(text, offset + begin, offset + end)):
                    items.append(item)
    return items


def event_names(path: Path, root: Path) -> set[str]:
    """The adverse-event-like names one page lists in side-effect contexts."""
    try:
        document = read_document(path, root=root)
    except DocumentError:
        return set()
    return {name for _, _, name in event_items(document)}


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
