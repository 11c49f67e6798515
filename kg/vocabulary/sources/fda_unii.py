"""FDA UNII names (``fda_unii/``): brand names (``bn``) of a substance with an official name (``of``)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.vocabulary.text import read_tsv

SOURCE = "fda_unii"


@dataclass(frozen=True)
class BrandName:
    """A brand name of the substance with this official name and UNII.

    >>> BrandName("Afinitor", "EVEROLIMUS", "9HW64Q8G6G").brand
    'Afinitor'
    """

    brand: str
    official_name: str
    unii: str


def brand_case(name: str) -> str:
    """FDA's all-capital brand names in title case; names with lower case are kept.

    >>> brand_case("AFINITOR DISPERZ")
    'Afinitor Disperz'
    >>> brand_case("pHisoHex")
    'pHisoHex'
    """
    if any(c.islower() for c in name):
        return name
    return " ".join(w[:1] + w[1:].lower() if w.isalpha() else w for w in name.split())


def read_brand_names(path: Path) -> Iterator[BrandName]:
    """Every ``bn`` row with the substance's official (display) name.

    >>> next(read_brand_names(Path("unii_names_brand_and_official.tsv.gz")))  # doctest: +SKIP
    BrandName(brand='Afinitor', official_name='EVEROLIMUS', unii='9HW64Q8G6G')
    """
    for _, row in read_tsv(path, ("Name", "TYPE", "UNII", "Display Name")):
        if row["TYPE"].strip() == "bn" and row["Name"].strip() and row["Display Name"].strip():
            yield BrandName(brand_case(row["Name"].strip()), row["Display Name"].strip(), row["UNII"].strip())
