"""Brands marked in the text: "procarbazine (Matulane®), lomustine (CeeNu®)".

A news article writes a drug's brand in parentheses right after its generic name, with the registered or trademark
sign. The sign says the name is a brand, and its place says whose: the drug just named. So the name is a brand of
that drug whether or not the vocabulary knows it (a brand it lacks), or knows it only as a synonym.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.model import Document, Mention

# "(Matulane®)", "(Gazyva™)", "(Herceptin®, Hercessi™)": names each with a mark, nothing else in the brackets
_MARKED = re.compile(r"\s*\(((?:[A-Z][A-Za-z0-9-]{2,}(?: [A-Z][A-Za-z0-9-]+)?[®™],?\s*)+)\)")
_NAME = re.compile(r"[A-Z][A-Za-z0-9-]{2,}(?: [A-Z][A-Za-z0-9-]+)?(?=[®™])")


def marked_brand_mentions(document: Document, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each marked name in brackets after a drug read as a brand of that drug: a mention of
    the same drug there becomes a brand mention, and a name no mention covers becomes one.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("They got lomustine (CeeNu®) or vincristine (Vincasar®).", "x.md")
    >>> t = doc.text
    >>> ms = [Mention(doc.id, t.index("lomustine"), t.index("lomustine") + 9, "lomustine", "D1", "lomustine",
    ...               "drug", "dictionary", 0.9, name_kind="label"),
    ...       Mention(doc.id, t.index("vincristine"), t.index("vincristine") + 11, "vincristine", "D2",
    ...               "vincristine", "drug", "dictionary", 0.9, name_kind="label"),
    ...       Mention(doc.id, t.index("Vincasar"), t.index("Vincasar") + 8, "Vincasar", "D2", "vincristine",
    ...               "drug", "dictionary", 0.8, name_kind="synonym")]
    >>> [(m.text, m.id, m.name_kind) for m in marked_brand_mentions(doc, ms) if m.name_kind == "brand"]
    [('CeeNu', 'D1', 'brand'), ('Vincasar', 'D2', 'brand')]
    """
    text = document.text
    by_start = {m.start: m for m in mentions}
    changed: dict[int, Mention] = {}
    added: list[Mention] = []
    for drug in mentions:
        if drug.type != "drug" or drug.name_kind == "brand":
            continue
        marked = _MARKED.match(text, drug.end)
        if marked is None:
            continue
        for name in _NAME.finditer(text, marked.start(1), marked.end(1)):
            begin, end = name.start(), name.end()
            if len(name.group(0)) <= 4 and name.group(0).isupper():
                continue  # "Milk Thistle (PDQ®)": a short capital mark names a series or a service, not a brand
            there = by_start.get(begin)
            if there is not None and there.end == end:
                if there.id == drug.id and there.name_kind != "brand":
                    changed[begin] = replace(there, name_kind="brand")
                continue
            if any(m.start < end and begin < m.end for m in mentions):
                continue  # another mention covers part of it: the linker read it as something else
            added.append(replace(drug, start=begin, end=end, text=text[begin:end], method="pattern",
                                 confidence=min(drug.confidence, 0.85), name_kind="brand", synonyms=()))
    kept = [changed.get(m.start, m) if m.start in changed and changed[m.start].end == m.end else m for m in mentions]
    return sorted(kept + added, key=lambda m: (m.start, m.end, m.id))
