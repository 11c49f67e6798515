"""The brand list of a drug information page: every line under "US Brand Name(s)" names the page's drug.

cancer.gov drug pages open with the drug's name as title, then a "US Brand Name(s)" line followed by one brand per
line until "FDA Approved". A brand the vocabulary does not know yet (a new biosimilar) is still a brand of that
drug: the page's layout says so, whatever the name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.model import Document, Mention

_BRANDS_HEAD = re.compile(r"^US Brand Names?(?:\(s\))?\s*$", re.IGNORECASE)
_BRANDS_END = re.compile(r"^(?:FDA Approved|Other Names?|Use in Cancer)\b", re.IGNORECASE)
_BRAND_LINE = re.compile(r"^[A-Z0-9][\w®™.\- ]{1,38}$")
_BRAND_WORD = re.compile(r"^[A-Z][A-Za-z0-9\-]{2,}[®™,]*$")
# Dosage forms and routes that follow a brand ("Gliadel Wafer", "Sterile Talc Powder"): not names.
_FORM_WORDS = frozenset({
    "wafer", "powder", "aerosol", "sterile", "injection", "tablet", "tablets", "capsule", "capsules", "solution",
    "kit", "implant", "cream", "gel", "patch", "spray", "oral", "intrapleural", "topical", "intravenous", "film",
    "suspension", "vial", "liposomal", "pfs", "xr", "er", "sr",
})
MAX_BRANDS = 30


def brand_list_mentions(document: Document, mentions: list[Mention]) -> list[Mention]:
    """Mentions of the page's drug for each line of its "US Brand Name(s)" list that no mention covers yet.

    The page's drug is the drug named by the first heading (the page title).

    >>> from kg.documents import parse_document
    >>> page = "# Zoledronic Acid\\n\\nUS Brand Name(s)\\n\\nZometa\\n\\nNewbrand\\n\\nFDA Approved\\n"
    >>> doc = parse_document(page, "x.md")
    >>> drug = Mention(doc.id, 0, 15, "Zoledronic Acid", "D1", "zoledronic acid", "drug", "dictionary", 0.9)
    >>> [(m.text, m.id, m.name_kind) for m in brand_list_mentions(doc, [drug])]
    [('Zometa', 'D1', 'brand'), ('Newbrand', 'D1', 'brand')]
    """
    drug = _page_drug(document, mentions)
    if drug is None:
        return []
    blocks = list(document.blocks)
    start = next((i for i, b in enumerate(blocks) if _BRANDS_HEAD.match(document.text[b.start : b.end])), None)
    if start is None:
        return []
    spans = sorted((m.start, m.end) for m in mentions)
    found: list[Mention] = []
    for block in blocks[start + 1 : start + 1 + MAX_BRANDS]:
        text = document.text[block.start : block.end]
        if _BRANDS_END.match(text.strip()) or block.kind == "heading":
            break
        for begin, end in _names(text, block.start, spans, frozenset(drug.label.lower().split())):
            found.append(replace(drug, start=begin, end=end, text=document.text[begin:end], method="pattern",
                                 confidence=0.85, name_kind="brand", synonyms=()))
    return found


def _names(text: str, offset: int, spans: list[tuple[int, int]], generic: frozenset[str]) -> list[tuple[int, int]]:
    """The brand names of one block no mention covers: a whole line when the names stand one per line, else
    each capitalised word left between the linked names ("Alymsys Avastin Jobevne": Jobevne)."""
    names: list[tuple[int, int]] = []
    lines = text.split("\n")
    at = offset
    for line in lines:
        stripped = line.rstrip("®™ ")
        covered = [(s, e) for s, e in spans if at <= s < at + len(line)]
        if len(lines) > 1 and not covered and _BRAND_LINE.match(stripped):
            names.append((at, at + len(stripped)))
        elif " " in stripped:
            words = list(re.finditer(r"\S+", line))
            free = [not any(s < at + w.end() and at + w.start() < e for s, e in covered) for w in words]
            for index, word in enumerate(words):
                name = word.group(0).rstrip("®™,")
                if free[index] and _BRAND_WORD.match(word.group(0)) and name.lower() not in _FORM_WORDS | generic:
                    names.append((at + word.start(), at + word.start() + len(name)))
        elif not covered and _BRAND_LINE.match(stripped):
            names.append((at, at + len(stripped)))
        at += len(line) + 1
    return names


def page_drug_brands(document: Document, mentions: list[Mention]) -> list[Mention]:
    """The page's brands linked as the page's drug: a brand that stands as a whole line of the "US Brand Name(s)"
    list names the page's drug, even where the vocabulary links it to another record of the same drug (a salt
    form's page, "Trametinib Dimethyl Sulfoxide", lists "Mekinist", which the vocabulary gives the base drug);
    the brand's other mentions on the page ("approved for the Mekinist brand") follow it.

    >>> from kg.documents import parse_document
    >>> page = "# Drugx Mesylate\\n\\nUS Brand Name(s)\\n\\nBrandy\\n\\nFDA Approved\\n\\nBrandy is used.\\n"
    >>> doc = parse_document(page, "x.md")
    >>> drug = Mention(doc.id, 0, 14, "Drugx Mesylate", "D1", "drugx mesylate", "drug", "dictionary", 0.9)
    >>> brand = doc.text.index("Brandy")
    >>> ms = [drug] + [Mention(doc.id, b, b + 6, "Brandy", "D2", "drugx", "drug", "dictionary", 0.8)
    ...                for b in (brand, doc.text.index("Brandy", brand + 1))]
    >>> [m.id for m in page_drug_brands(doc, ms)]
    ['D1', 'D1', 'D1']
    """
    drug = _page_drug(document, mentions)
    if drug is None:
        return mentions
    blocks = list(document.blocks)
    start = next((i for i, b in enumerate(blocks) if _BRANDS_HEAD.match(document.text[b.start : b.end])), None)
    if start is None:
        return mentions
    lines: set[tuple[int, int]] = set()
    for block in blocks[start + 1 : start + 1 + MAX_BRANDS]:
        text = document.text[block.start : block.end]
        if _BRANDS_END.match(text.strip()) or block.kind == "heading":
            break
        at = block.start
        for line in text.split("\n"):
            stripped = line.strip().rstrip("®™ ")
            if stripped:
                begin = at + line.index(stripped)
                lines.add((begin, begin + len(stripped)))
            at += len(line) + 1
    brands = {m.text for m in mentions if m.type == "drug" and m.id != drug.id and (m.start, m.end) in lines}
    if not brands:
        return mentions
    return [replace(m, id=drug.id, label=drug.label, xrefs=drug.xrefs) if m.type == "drug" and m.text in brands
            else m for m in mentions]


def _page_drug(document: Document, mentions: list[Mention]) -> Mention | None:
    """The drug the page is about: a drug mention inside its first heading."""
    heading = next(iter(document.headings), None)
    if heading is None:
        return None
    return next((m for m in mentions if m.type == "drug" and heading.start <= m.start < heading.end), None)


__all__ = ["brand_list_mentions", "page_drug_brands"]
