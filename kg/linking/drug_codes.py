"""A code name given in parentheses right after a drug ("trastuzumab emtansine (T-DM1)", "trifluridine and
tipiracil (TAS-102)") is that drug's name for the rest of the page, although its letters do not spell the
drug's words (so the abbreviation finder does not take it).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.model import Document, Mention

_CODE_AFTER = re.compile(r"\s*\(([A-Z0-9][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+|[A-Z]+[0-9]+[A-Z0-9]*)\)")
# what joins the drugs of a regimen written out ("daunorubicin and etoposide", "clofarabine/cytarabine")
_TOGETHER = re.compile(r"(?:\s*,)?\s*(?:and|plus|\+)\s+|\s*[/+,]\s*", re.IGNORECASE)


def ends_a_list(text: str, mentions: list[Mention], drug: Mention) -> bool:
    """Whether a drug mention is the last of drugs given together ("daunorubicin and etoposide (ADE)",
    "clofarabine/cytarabine (CA)"): a name in parentheses after it names the regimen, not this drug.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("cisplatin plus etoposide (EP)", "x.md")
    >>> a, b = (Mention(doc.id, s, e, doc.text[s:e], "D", "d", "drug", "dictionary", 1) for s, e in ((0, 9), (15, 24)))
    >>> ends_a_list(doc.text, [a, b], b), ends_a_list(doc.text, [a, b], a)
    (True, False)
    """
    return any(
        m.type == "drug" and m.end <= drug.start and _TOGETHER.fullmatch(text, m.end, drug.start) is not None
        for m in mentions
    )


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
        if found is None or found.group(1) in codes or ends_a_list(text, mentions, mention):
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


__all__ = ["drug_code_mentions", "ends_a_list"]
