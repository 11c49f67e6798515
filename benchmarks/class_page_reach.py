"""Measure: on pages that explain a kind of therapy, how many of the class-level statements the text makes become
statements of ``kg extract``?

    python benchmarks/class_page_reach.py --list PAGES [--gold ../shared/gold] [--show members|uses|effects]
    python benchmarks/class_page_reach.py PAGE.md ...

Three kinds of *items* are counted, each in running sentences and in list items under a lead-in:

- **members**: a drug (or a narrower class) named after a class with a member cue ("X inhibitors include A and
  B", "examples of X are A", "X such as A", "X, like A", a lead-in "X include:" or a heading naming the class
  over a list of drugs). Reached when the member has a ``member_of_class`` statement whose evidence overlaps it.
- **uses**: a disease named after a class with a use cue ("X are used to treat A", "X is approved for A",
  "approved to treat many types of cancer, including:"). Reached when some class of the sentence or lead-in has
  a ``treats``, ``approved_for`` or ``studied_for`` statement to the disease whose evidence overlaps it.
- **effects**: an adverse event named after a class with a side-effect cue ("side effects of X include A",
  "X can cause A"). Reached when some class of the sentence or lead-in has ``has_adverse_effect`` to it.

A lead-in is the paragraph (or heading) right before a list; its class is the first class it names. Pages
annotated in the gold folder (a file name matching a gold ``*.yaml``) are skipped; no gold file is opened.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.documents import DocumentError, read_document
from kg.model import Block, Document, Mention, Statement
from kg.pipeline import analyse_document
from kg.sentences import document_sentences

MEMBER_CUE = re.compile(
    r"\b(?:include[sd]?|including|such\s+as|like|examples?\s+(?:of|are|include)|e\.g\.)|:", re.I
)
USE_CUE = re.compile(r"\b(?:treat(?:s|ed|ing)?|approved|used\s+(?:for|in|to)|therapy\s+for|treatment\s+(?:of|for))\b",
                     re.I)
EFFECT_CUE = re.compile(r"\b(?:side\s+effects?|adverse|cause[sd]?|toxicit(?:y|ies)|risks?)\b", re.I)
# a list's lead-in names its members when it says so ("X include:", "the following X:", "examples of X:")
LIST_MEMBER_CUE = re.compile(
    r"\b(?:include[sd]?|including|such\s+as|examples?|e\.g\.|following|types?\s+of|kinds?\s+of)\b[^.]*:\s*$", re.I)
KINDS = {
    "members": (MEMBER_CUE, ("drug", "drug_class"), frozenset({"member_of_class"})),
    "uses": (USE_CUE, ("disease",), frozenset({"treats", "approved_for", "studied_for"})),
    "effects": (EFFECT_CUE, ("adverse_event",), frozenset({"has_adverse_effect"})),
}


@dataclass(frozen=True)
class Item:
    """One named member, disease or side effect under a class, and whether a statement reached it."""

    kind: str
    where: str  # "sentence" or "list"
    name: str
    classes: tuple[str, ...]
    reached: bool
    context: str


def _overlaps(statement: Statement, start: int, end: int) -> bool:
    return statement.evidence.start < end and statement.evidence.end > start


def _lead_in(blocks: Sequence[Block], index: int) -> Block | None:
    """The paragraph or heading right before the list that holds block ``index``."""
    for back in range(index - 1, -1, -1):
        if blocks[back].kind != "list_item":
            return blocks[back] if blocks[back].kind in ("paragraph", "heading") else None
    return None


def items_of(document: Document, mentions: Sequence[Mention], statements: Sequence[Statement]) -> Iterator[Item]:
    """The class-level items of one analysed document.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("PARP inhibitors such as olaparib are used to treat ovarian cancer.", "x.md")
    >>> a = analyse_document(doc)
    >>> sorted((i.kind, i.name, i.reached) for i in items_of(doc, a.mentions, a.statements))
    [('members', 'olaparib', True), ('uses', 'ovarian cancer', True)]
    """
    text = document.text
    ordered = sorted(mentions, key=lambda m: m.start)

    def within(start: int, end: int) -> list[Mention]:
        return [m for m in ordered if start <= m.start and m.end <= end]

    def judge(kind: str, where: str, classes: list[Mention], named: Mention, start: int, end: int,
              context: str) -> Item:
        _, _, predicates = KINDS[kind]
        ids = {c.id for c in classes}
        if kind == "members":
            reached = any(s.subject == named.id and s.predicate in predicates and _overlaps(s, start, end)
                          for s in statements)
        else:
            reached = any(s.subject in ids and s.object == named.id and s.predicate in predicates
                          and _overlaps(s, start, end) for s in statements)
        return Item(kind, where, named.text, tuple(c.text for c in classes), reached, context)

    for start, end in document_sentences(text):
        inside = within(start, end)
        classes = [m for m in inside if m.type == "drug_class"]
        if not classes:
            continue
        sentence = text[start:end]
        for kind, (cue, types, _) in KINDS.items():
            for found in cue.finditer(sentence):
                at = start + found.start()
                if not any(c.end <= at for c in classes):
                    continue
                # the subjects: the classes and drugs named before the cue ("A and B are X inhibitors used to ...")
                before = [m for m in inside if m.end <= at and m.type in ("drug_class", "drug")]
                after = [m for m in inside if m.start >= start + found.end() and m.type in types
                         and m.id not in {c.id for c in before}]
                for named in after:
                    yield judge(kind, "sentence", before, named, start, end, sentence)
                break
    blocks = document.blocks
    for index, block in enumerate(blocks):
        if block.kind != "list_item":
            continue
        lead = _lead_in(blocks, index)
        if lead is None:
            continue
        lead_text = text[lead.start : lead.end]
        classes = [m for m in within(lead.start, lead.end) if m.type == "drug_class"]
        if not classes:
            continue
        item_mentions = within(block.start, block.end)
        for kind, (cue, types, _) in KINDS.items():
            if kind == "members":
                if lead.kind != "heading" and LIST_MEMBER_CUE.search(lead_text) is None:
                    continue
            elif cue.search(lead_text) is None:
                continue
            for named in (m for m in item_mentions if m.type in types and m.id not in {c.id for c in classes}):
                yield judge(kind, "list", classes, named, block.start, block.end,
                            f"{lead_text} [...] {text[block.start:block.end]}")
            if item_mentions:
                break


def _paths(args: argparse.Namespace, skip: frozenset[str]) -> Iterator[Path]:
    paths = [*args.paths]
    if args.list:
        paths += [Path(line.strip()) for line in args.list.read_text().splitlines() if line.strip()]
    yield from (p for p in paths if p.stem not in skip and (args.match is None or re.search(args.match, str(p))))


def main(argv: list[str] | None = None) -> int:
    """Analyse the pages and print the reach of each kind of item, by sentence and by list."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--list", type=Path, help="a file naming one page per line")
    parser.add_argument("--match", default=None, help="only the paths this regular expression finds")
    parser.add_argument("--gold", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "gold")
    parser.add_argument("--show", choices=tuple(KINDS), default=None, help="print the unreached items of a kind")
    args = parser.parse_args(argv)
    skip = frozenset(p.stem for p in args.gold.glob("*.yaml")) if args.gold.is_dir() else frozenset()
    items: list[tuple[str, Item]] = []
    pages = 0
    for path in _paths(args, skip):
        try:
            document = read_document(path)
        except DocumentError as error:
            print(f"skipped: {error}")
            continue
        pages += 1
        analysis = analyse_document(document)
        seen: set[tuple[str, str, str]] = set()
        for item in items_of(document, analysis.mentions, analysis.statements):
            key = (item.kind, item.name.lower(), item.context)
            if key not in seen:  # a brand in brackets after its generic is the same member
                seen.add(key)
                items.append((path.name, item))
    counts: Counter[tuple[str, str, bool]] = Counter((i.kind, i.where, i.reached) for _, i in items)
    print(f"pages: {pages}\n\n| kind | where | items | reached | share |\n|---|---|---:|---:|---:|")
    for kind in KINDS:
        for where in ("sentence", "list"):
            total = counts[(kind, where, True)] + counts[(kind, where, False)]
            share = counts[(kind, where, True)] / total if total else 0.0
            print(f"| {kind} | {where} | {total} | {counts[(kind, where, True)]} | {share:.3f} |")
    if args.show:
        for page, item in items:
            if item.kind == args.show and not item.reached:
                print(f"{page}\t{item.name}\t{'/'.join(item.classes)}\t{item.context[:260]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
