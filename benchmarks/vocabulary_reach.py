"""Measure: which disease, class and adverse-event names the corpus uses most does the vocabulary not resolve?

    python benchmarks/vocabulary_reach.py ../shared/corpus/nci [--top 40]

Names are gathered where pages name things on purpose: front-matter ``cancerTypes`` (read as "<organ> cancer"),
titles and headings, and link anchors. A name counts once per document. A name is resolved when
:func:`kg.linking.resolve.resolve_name` finds a disease, drug class or adverse event for it. Prints the share of
uses resolved and the most used unresolved names.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from kg.documents import DocumentError, iter_document_paths, read_document
from kg.linking.resolve import resolve_name
from kg.vocabulary.store import default_vocabulary

TYPES = ("disease", "drug_class", "adverse_event")
_HEADS = (
    r"cancers?|carcinomas?|lymphomas?|leukemias?|sarcomas?|melanomas?|myelomas?|tumou?rs?|blastomas?|gliomas?|"
    r"syndromes?|neoplasms?|inhibitors?|chemotherapy|immunotherapy|therapy|blockers?|antibod(?:y|ies)|toxicity"
)
_PHRASE = re.compile(rf"\b((?:[A-Za-z][\w'-]*\s+){{0,3}}(?:{_HEADS}))\b")
_LEAD = re.compile(r"^(?:(?:the|a|an|of|for|and|or|to|in|with|about|how|what|is|are|treatment|treating|types?|"
                   r"stages?|new|more|advanced|metastatic|recurrent|early|adult|childhood|learn|your|after|"
                   r"during|people|living|cancer|research|side|effects?)\s+)+", re.I)


def names_of(path: Path, root: Path) -> set[str]:
    """The disease/class/AE-like names one page uses in its front matter, title, headings and link anchors."""
    try:
        document = read_document(path, root=root)
    except DocumentError:
        return set()
    names: set[str] = set()
    for organ in document.metadata.get("cancerTypes") or ():
        if isinstance(organ, str) and len(organ.split()) <= 3 and organ.lower() != "general":
            organ = organ.lower()
            names.add(organ if re.search(rf"(?:{_HEADS})$", organ) else f"{organ} cancer")
    texts = [document.title, *(h.text for h in document.headings), *(link.text for link in document.links)]
    for text in texts:
        for match in _PHRASE.finditer(text.split(" - ")[0]):
            name = _LEAD.sub("", match.group(1)).strip().lower()
            if len(name.split()) >= 2 and not name.startswith(("this ", "these ", "that ")):
                names.add(name)
    return names


def main(argv: list[str] | None = None) -> int:
    """Count name uses and print the most used unresolved ones."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args(argv)
    uses: Counter[str] = Counter()
    for path in iter_document_paths([args.corpus]):
        uses.update(names_of(path, args.corpus))
    print_unresolved(uses, TYPES, args.top)
    return 0


def print_unresolved(uses: Counter[str], types: tuple[str, ...], top: int) -> None:
    """Print how many of the name uses the vocabulary resolves to one of ``types``, and the ``top`` unresolved
    names by uses (also used by ``benchmarks/event_reach.py``)."""
    vocabulary = default_vocabulary()
    unresolved = Counter({n: c for n, c in uses.items() if resolve_name(vocabulary, n, only=types) is None})
    total, missing = sum(uses.values()), sum(unresolved.values())
    print(f"{len(uses)} names, {total} uses; resolved {1 - missing / total:.1%} of uses "
          f"({len(uses) - len(unresolved)} names); unresolved {len(unresolved)} names")
    print("\n| uses | unresolved name |\n|---:|---|")
    for name, count in unresolved.most_common(top):
        print(f"| {count} | {name} |")


if __name__ == "__main__":
    raise SystemExit(main())
