"""Measure: how many approval, side-effect and class sentences of research-news pages become statements?

    python benchmarks/trial_news_reach.py PAGE_LIST_OR_DIR [--root DIR] [--show approval|effect|class]

Only pages whose file name has ``-research`` in it are read (cancer.gov research news: trial reports). Each sentence
of such a page is sorted by what it could state:

- *approval*: an approval word ("approved", "approval") with a drug (or drug class) and a disease mention: reached
  when some ``approved_for`` statement's evidence covers the sentence;
- *effect*: a side-effect word ("side effects", "adverse events", "toxicity") with an adverse-event mention: reached
  when some ``has_adverse_effect`` statement's evidence covers it;
- *class*: a drug and a drug-class mention with a kind cue ("a ... inhibitor" apposition, "class of drugs",
  "a type of", "called"): reached when some ``member_of_class`` statement's evidence covers it.

A sentence may fall in several kinds. Prints, per kind, the sentences found and those reached; ``--show KIND``
(repeatable) prints the unreached sentences of that kind, for reading. ``PAGE_LIST_OR_DIR`` is a folder of pages or
a text file naming one page per line (the session that wrote it read the non-gold page list).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from kg.documents import DocumentError, iter_document_paths, read_document
from kg.model import Mention, Statement
from kg.pipeline import analyse_document
from kg.sentences import document_sentences

_APPROVAL = re.compile(r"\bapprov(?:ed|al|es|e)\b", re.I)
_EFFECT = re.compile(r"\bside effects?\b|\badverse (?:events?|effects?|reactions?)\b|\btoxicit(?:y|ies)\b", re.I)
_KIND = re.compile(r"\b(?:an?|the) [^.,;]{0,40}?(?:inhibitor|antibody|agonist|antagonist|drug|therapy|agent)s?\b"
                   r"|\bclass of\b|\btype of\b|\bcalled\b|\bknown as\b", re.I)

# kind -> (the predicate that reaches it, the mention types the sentence must hold: one of each set)
KINDS: dict[str, tuple[str, tuple[frozenset[str], ...]]] = {
    "approval": ("approved_for", (frozenset({"drug", "drug_class"}), frozenset({"disease"}))),
    "effect": ("has_adverse_effect", (frozenset({"adverse_event"}),)),
    "class": ("member_of_class", (frozenset({"drug"}), frozenset({"drug_class"}))),
}
_CUES = {"approval": _APPROVAL, "effect": _EFFECT, "class": _KIND}


def page_paths(source: Path) -> list[Path]:
    """The research-news pages a folder holds, or those a list file names one per line.

    >>> page_paths(Path("/nonexistent-dir-for-doctest"))
    []
    """
    if source.is_dir():
        paths = list(iter_document_paths([source]))
    elif source.is_file():
        paths = [Path(line.strip()) for line in source.read_text().splitlines() if line.strip()]
    else:
        return []
    return [p for p in paths if "-research" in p.name]


def sentence_kinds(text: str, mentions: list[Mention]) -> list[str]:
    """The kinds of statement a sentence could give, by its cue words and the types of its mentions.

    >>> m = [Mention("d", 0, 1, "x", "X:1", "x", "drug", "t", 1.0), Mention("d", 0, 1, "y", "X:2", "y", "disease",
    ...      "t", 1.0)]
    >>> sentence_kinds("The FDA approved x for y.", m)
    ['approval']
    """
    types = {m.type for m in mentions}
    return [kind for kind, (_, needs) in KINDS.items()
            if _CUES[kind].search(text) and all(types & need for need in needs)]


def covers(statement: Statement, start: int, end: int) -> bool:
    """Whether the statement's evidence takes in the sentence ``start:end`` (a joined evidence may be longer).

    >>> from kg.model import Evidence
    >>> covers(Statement("a", "treats", "b", Evidence("d", "s", 0, 40, "verb")), 10, 20)
    True
    """
    return statement.evidence.start <= start and end <= statement.evidence.end


def page_reach(path: Path, root: Path | None) -> list[tuple[str, bool, str]]:
    """(kind, reached, sentence) of each sentence of one page that could give an approval, side effect or class."""
    try:
        document = read_document(path, root=root)
    except DocumentError:
        return []
    analysis = analyse_document(document)
    found: list[tuple[str, bool, str]] = []
    for start, end in document_sentences(document.text):
        within = [m for m in analysis.mentions if start <= m.start and m.end <= end]
        text = document.text[start:end]
        for kind in sentence_kinds(text, within):
            predicate = KINDS[kind][0]
            reached = any(s.predicate == predicate and covers(s, start, end) for s in analysis.statements)
            found.append((kind, reached, " ".join(text.split())))
    return found


def main(argv: list[str] | None = None) -> int:
    """Print the reach per kind and, with --show, the unreached sentences of one kind."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("source", type=Path)
    parser.add_argument("--root", type=Path, default=None)
    parser.add_argument("--show", choices=sorted(KINDS), action="append", default=[])
    args = parser.parse_args(argv)
    found: Counter[str] = Counter()
    reached: Counter[str] = Counter()
    paths = page_paths(args.source)
    for path in paths:
        for kind, hit, text in page_reach(path, args.root):
            found[kind] += 1
            reached[kind] += hit
            if kind in args.show and not hit:
                print(f"{kind}\t{path.name}: {text}")
    print(f"pages: {len(paths)}")
    print("| kind | sentences | reached | share |\n|---|---:|---:|---:|")
    for kind in KINDS:
        print(f"| {kind} | {found[kind]} | {reached[kind]} | {reached[kind] / max(found[kind], 1):.3f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
