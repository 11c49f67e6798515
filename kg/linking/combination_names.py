"""A vocabulary name that is two drugs joined by "plus" ("ribociclib plus letrozole", a co-packaged product)
names, in running text, a combination: each drug is mentioned on its own, so the relation reader sees both.
A regimen the vocabulary types as a class ("X/Y regimen") is, written out as its drugs ("X plus Y", "X-Y"),
those drugs; "<name> regimen" typed as a class, where the name is a drug (a regimen acronym), is that drug.

Names joined by "and" are left whole: the rulebook keeps fixed-dose products as named ("trifluridine and
tipiracil").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from kg.model import Mention

_PLUS = re.compile(r"\s+(?:plus|\+)\s+", re.IGNORECASE)
# A regimen the vocabulary lists as a class ("Dabrafenib/Trametinib regimen") is, when the text writes out its
# drugs ("dabrafenib plus trametinib", "pertuzumab-trastuzumab-docetaxel"), those drugs.
_REGIMEN = re.compile(r"\s+regimens?$", re.IGNORECASE)
_JOINED = re.compile(r"\s+(?:plus|\+|and|with)\s+|\s*[/]\s*", re.IGNORECASE)
_JOINED_OR_HYPHEN = re.compile(r"\s+(?:plus|\+|and|with)\s+|\s*[-‐–/]\s*", re.IGNORECASE)

Resolve = Callable[[str], tuple[str, str] | None]


def split_combination_names(mentions: list[Mention], resolve: Resolve) -> list[Mention]:
    """Each drug mention "X plus Y" whose parts are both drugs becomes two mentions, X and Y.

    ``resolve`` gives the (id, label) of a drug name, or None.

    >>> m = Mention("d", 0, 25, "ribociclib plus letrozole", "KG:drug/x", "x", "drug", "dictionary", 0.8)
    >>> names = {"ribociclib": ("D1", "ribociclib"), "letrozole": ("D2", "letrozole")}
    >>> [(p.text, p.id) for p in split_combination_names([m], names.get)]
    [('ribociclib', 'D1'), ('letrozole', 'D2')]

    A regimen typed as a class, written out as its drugs, is those drugs:

    >>> m = Mention("d", 0, 21, "ribociclib-letrozole", "X", "regimen", "drug_class", "dictionary", 0.8)
    >>> [(p.text, p.type) for p in split_combination_names([m], names.get)]
    [('ribociclib', 'drug'), ('letrozole', 'drug')]
    """
    result: list[Mention] = []
    for mention in mentions:
        parts = None
        if mention.type == "drug" and mention.id.startswith("KG:drug/") and mention.method != "link":
            # a regimen's name written out as its drugs ("carboplatin/etoposide/ifosfamide" for ICE): those drugs;
            # a hyphened name is the regimen's own ("GEMCITABINE-CISPLATIN", an NCI drug page)
            parts = _parts(mention, resolve, _JOINED)
        elif mention.type == "drug":
            parts = _parts(mention, resolve, _PLUS)
        elif mention.type == "drug_class" and mention.method != "link":
            # "AC-T plus trastuzumab" is cut at "plus" first; "dabrafenib-trametinib" needs its hyphen cut too
            parts = (_parts(mention, resolve, _JOINED) or _parts(mention, resolve, _JOINED_OR_HYPHEN)
                     or _named_regimen(mention, resolve))
        result.extend(parts or [mention])
    return result


def _named_regimen(mention: Mention, resolve: Resolve) -> list[Mention] | None:
    """"<regimen> regimen" typed as a class, where the regimen's name is a drug ("the R-CHOP regimen"): the
    mention of that drug."""
    head = _REGIMEN.search(mention.text)
    if head is None or head.start() == 0:
        return None
    resolved = resolve(mention.text[: head.start()])
    if resolved is None:
        return None
    return [replace(mention, end=mention.start + head.start(), text=mention.text[: head.start()], id=resolved[0],
                    label=resolved[1], type="drug", synonyms=(), xrefs=(), name_kind="")]


def _parts(mention: Mention, resolve: Resolve, joints: re.Pattern[str]) -> list[Mention] | None:
    cuts = list(joints.finditer(mention.text))
    if not cuts:
        return None
    bounds = [0, *(b for cut in cuts for b in (cut.start(), cut.end())), len(mention.text)]
    pieces = list(zip(bounds[::2], bounds[1::2], strict=True))
    found: list[Mention] = []
    for begin, end in pieces:
        name = mention.text[begin:end]
        resolved = resolve(name)
        if resolved is None:
            return None
        entity, label = resolved
        found.append(replace(mention, start=mention.start + begin, end=mention.start + end, text=name, id=entity,
                             label=label, type="drug", synonyms=(), xrefs=(), name_kind=""))
    return found


__all__ = ["split_combination_names"]
