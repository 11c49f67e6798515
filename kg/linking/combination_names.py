"""A vocabulary name that is two drugs joined by "plus" ("ribociclib plus letrozole", a co-packaged product)
names, in running text, a combination: each drug is mentioned on its own, so the relation reader sees both.

A regimen the vocabulary names by its drugs ("A/B regimen", written "A plus B", "A-B" or "A and B" in the text) is
read the same way: in running text it is the drugs given together, not a regimen name like an acronym.

Drug names joined by "and" are left whole: the rulebook keeps fixed-dose products as named ("trifluridine and
tipiracil").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from kg.model import Mention

_PLUS = re.compile(r"\s+(?:plus|\+)\s+", re.IGNORECASE)
_REGIMEN_JOINT = re.compile(r"\s+(?:plus|and|with|\+)\s+|\s*[/+]\s*", re.IGNORECASE)
_REGIMEN_HYPHEN = re.compile(r"\s+(?:plus|and|with|\+)\s+|\s*[/+]\s*|-", re.IGNORECASE)

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
        parts = None
        if mention.type == "drug":
            parts = _parts(mention, resolve, _PLUS)
        elif mention.type == "drug_class" and mention.label.lower().endswith("regimen"):
            # "AC-T plus trastuzumab" is cut at "plus"; "dabrafenib-trametinib" needs its hyphen cut too
            parts = _parts(mention, resolve, _REGIMEN_JOINT) or _parts(mention, resolve, _REGIMEN_HYPHEN)
        result.extend(parts or [mention])
    return result


def _parts(mention: Mention, resolve: Resolve, joints: re.Pattern[str]) -> list[Mention] | None:
    """The drugs of a name cut at every joint, or None unless every piece is a drug (and there are two or more)."""
    cuts = list(joints.finditer(mention.text))
    if not cuts:
        return None
    bounds = [0, *(c for cut in cuts for c in cut.span()), len(mention.text)]
    pieces = list(zip(bounds[::2], bounds[1::2], strict=True))
    found: list[Mention] = []
    for begin, end in pieces:
        name = mention.text[begin:end]
        resolved = resolve(name)
        if resolved is None:
            return None
        entity, label = resolved
        found.append(replace(mention, start=mention.start + begin, end=mention.start + end, text=name, id=entity,
                             type="drug", label=label, synonyms=(), xrefs=(), name_kind=""))
    return found


__all__ = ["split_combination_names"]
