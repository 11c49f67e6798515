"""A code name given in parentheses right after a drug ("trastuzumab emtansine (T-DM1)", "trifluridine and
tipiracil (TAS-102)") is that drug's name for the rest of the page, although its letters do not spell the
drug's words (so the abbreviation finder does not take it).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.model import Document, Mention

_CODE_AFTER = re.compile(r"\s*\(([A-Z0-9][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+|[A-Z]+[0-9]+[A-Z0-9]*)\)")


def drug_code_mentions(document: Document, mentions: list[Mention]) -> list[Mention]:
    """Mentions of each parenthesised code name that follows a drug mention, wherever the page uses it.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("Women received trastuzumab emtansine (T-DM1). T-DM1 worked.", "x.md")
    >>> drug = Mention(doc.id, 15, 36, "trastuzumab emtansine", "D1", "trastuzumab emtansine", "drug", "link", 0.9)
    >>> [(m.text, m.start, m.id) for m in drug_code_mentions(doc, [drug])]
    [('T-DM1', 38, 'D1'), ('T-DM1', 46, 'D1')]
    """
    text = document.text
    taken = [(m.start, m.end) for m in mentions]
    codes: dict[str, Mention] = {}
    for mention in mentions:
        if mention.type != "drug":
            continue
        found = _CODE_AFTER.match(text, mention.end)
        if found is None or found.group(1) in codes:
            continue
        if any(s < found.end(1) and found.start(1) < e for s, e in taken):
            continue  # already something else ("(NCT01234567)", a trial acronym)
        codes[found.group(1)] = mention
    result: list[Mention] = []
    for code, drug in codes.items():
        for match in re.finditer(rf"(?<![\w-]){re.escape(code)}(?![\w-])", text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            result.append(replace(drug, start=match.start(), end=match.end(), text=code, method="abbreviation",
                                  confidence=min(drug.confidence, 0.85), name_kind="code", synonyms=()))
    return result


__all__ = ["drug_code_mentions"]
