"""CURIEs and IRIs: one prefix map (``ontology/prefixes.json``) shared by every export.

Things with a public identifier keep it; things without one get a content-derived CURIE in the ``KG``
namespace (:func:`mint`), never a counter, so two builds of the same input are byte-identical.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from pathlib import Path

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
PREFIX_FILE = ONTOLOGY_DIR / "prefixes.json"


class UnknownPrefixError(ValueError):
    """A CURIE whose prefix is not in ``ontology/prefixes.json``."""


@cache
def prefix_map() -> dict[str, str]:
    """The prefix → IRI namespace map.

    >>> prefix_map()["NCIT"]
    'http://purl.obolibrary.org/obo/NCIT_'
    """
    with PREFIX_FILE.open(encoding="utf-8") as handle:
        data: dict[str, str] = json.load(handle)
    return data


def expand(curie: str) -> str:
    """The full IRI of a CURIE.

    >>> expand("NCIT:C48387")
    'http://purl.obolibrary.org/obo/NCIT_C48387'
    >>> expand("clinicaltrials:NCT00863655")
    'https://clinicaltrials.gov/study/NCT00863655'
    """
    prefix, sep, local = curie.partition(":")
    if not sep:
        raise UnknownPrefixError(f"not a CURIE (no prefix): {curie!r}")
    try:
        return prefix_map()[prefix] + local
    except KeyError:
        raise UnknownPrefixError(f"unknown prefix {prefix!r} in {curie!r}") from None


def compress(iri: str) -> str | None:
    """The CURIE of an IRI, or None when no prefix covers it (the longest namespace wins).

    >>> compress("https://identifiers.org/hgnc:3942")
    'HGNC:3942'
    >>> compress("urn:x") is None
    True
    """
    pattern, prefixes = _namespaces()
    found = pattern.match(iri)
    if found is None:
        return None
    namespace = found.group()
    return f"{prefixes[namespace]}:{iri[len(namespace):]}"


@cache
def _namespaces() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern matching the longest namespace an IRI starts with, and each namespace's prefix (the
    first in the prefix map when two prefixes share one)."""
    prefixes: dict[str, str] = {}
    for prefix, namespace in prefix_map().items():
        prefixes.setdefault(namespace, prefix)
    longest_first = sorted(prefixes, key=len, reverse=True)
    return re.compile("|".join(re.escape(namespace) for namespace in longest_first)), prefixes


def slug(text: str) -> str:
    """A stable, readable identifier fragment made from a name.

    >>> slug("University of Texas M. D. Anderson Cancer Center")
    'university-of-texas-m-d-anderson-cancer-center'
    """
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-") or "x"


def mint(entity_type: str, name: str) -> str:
    """A content-derived CURIE for a thing with no public identifier.

    >>> mint("organization", "Novartis")
    'KG:organization/novartis'
    """
    return f"KG:{entity_type}/{slug(name)}"
