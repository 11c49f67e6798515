"""A vocabulary name that is two drugs joined by "plus" ("ribociclib plus letrozole", a co-packaged product)
names, in running text, a combination: each drug is mentioned on its own, so the relation reader sees both.

Names joined by "and" are left whole: the rulebook keeps fixed-dose products as named ("trifluridine and
tipiracil").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from kg.model import Mention

_PLUS = re.compile(r"\s+(?:plus|\+)\s+", re.IGNORECASE)

Resolve = Callable[[str], tuple[str, str] | None]


def split_combination_names(mentions: list[Mention], resolve: Resolve) -> list[Mention]:
    """Each drug mention "X plus Y" whose parts are both drugs becomes two mentions, X and Y.

    ``resolve`` gives the (id, label) of a drug name, or None.

    >>> m = Mention("d", 0, 25, "ribociclib plus letrozole", "KG:drug/x", "x", "drug", "dictionary", 0.8)
    >>> names = {"ribociclib": ("D1", "ribociclib"), "letrozole": ("D2", "letrozole")}
    >>> [(p.text, p.id) for p in split_combination_names([m], names.get)]
    [('ribociclib', 'D1'), ('letrozole', 'D2')]
    """
    result: list[Mention] = []
    for mention in mentions:
        parts = _parts(mention, resolve) if mention.type == "drug" else None
        result.extend(parts or [mention])
    return result


def _parts(mention: Mention, resolve: Resolve) -> list[Mention] | None:
    joint = _PLUS.search(mention.text)
    if joint is None:
        return None
    pieces = [(0, joint.start()), (joint.end(), len(mention.text))]
    found: list[Mention] = []
    for begin, end in pieces:
        name = mention.text[begin:end]
        resolved = resolve(name)
        if resolved is None:
            return None
        entity, label = resolved
        found.append(replace(mention, start=mention.start + begin, end=mention.start + end, text=name, id=entity,
                             label=label, synonyms=(), xrefs=(), name_kind=""))
    return found


__all__ = ["split_combination_names"]
