"""CTCAE v5 (``ctcae/ctcae_v5.tsv``): adverse-event terms with their MedDRA codes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from kg.model import Term
from kg.vocabulary.text import SourceFormatError, inverted, read_tsv

SOURCE = "ctcae"


def read_adverse_events(path: Path) -> Iterator[Term]:
    """One ``adverse_event`` term per CTCAE row: lower-case natural-order label ("oral mucositis"), with the
    CTCAE wording ("Mucositis oral") kept as a synonym.

    >>> next(read_adverse_events(Path("ctcae_v5.tsv"))).id  # doctest: +SKIP
    'MEDDRA:10002272'
    """
    for line, row in read_tsv(path, ("meddra_code", "ctcae_term")):
        code, name = row["meddra_code"].strip(), row["ctcae_term"].strip()
        if not code.isdigit() or not name:
            raise SourceFormatError(
                f"{path}:{line}: expected a MedDRA code and a term, got {code!r}, {name!r}"
            )
        natural = None if "specify" in name.lower() else inverted(name)
        label = natural.lower() if natural else name.lower()  # "Mucositis oral" reads "oral mucositis"
        synonyms = (name, name.lower()) if natural else (name,)
        yield Term(f"MEDDRA:{code}", "adverse_event", label, synonyms, sources=(SOURCE,))
