"""A regimen's own drug page names the regimen ("Drugs in the CMF combination:" over a table of its drugs): where
the vocabulary does not know the acronym, the page's name is a drug (a regimen is a ``drug`` named by its
acronym) wherever the page writes it, so the page's uses and contents have a subject.
"""

from __future__ import annotations

import re

from kg.identifiers import mint
from kg.model import Document, Mention

_DRUGS_IN = re.compile(r"^Drugs in the ([A-Za-z][\w-]*) combination:", re.M)


def regimen_page_mentions(document: Document, mentions: list[Mention]) -> list[Mention]:
    """Mentions of the regimen a page lists the drugs of, when no drug mention of that name exists yet.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("# CMF\\n\\nDrugs in the CMF combination:\\n\\nCMF is used for X.", "x.md")
    >>> [(m.text, m.start, m.id, m.type) for m in regimen_page_mentions(doc, [])]
    [('CMF', 0, 'KG:drug/cmf', 'drug'), ('CMF', 17, 'KG:drug/cmf', 'drug'), ('CMF', 34, 'KG:drug/cmf', 'drug')]
    """
    text = document.text
    found = _DRUGS_IN.search(text)
    if found is None:
        return []
    name = found.group(1)
    if any(m.type == "drug" and m.text.lower() == name.lower() for m in mentions):
        return []  # the vocabulary knows the regimen ("FOLFIRI", "R-CHOP")
    taken = [(m.start, m.end) for m in mentions]
    result: list[Mention] = []
    for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        result.append(Mention(document.id, match.start(), match.end(), name, mint("drug", name), name.lower(),
                              "drug", "pattern", 0.85, name_kind="label"))
    return result


__all__ = ["regimen_page_mentions"]
