"""Trial links (``nci_pages/nci_trial_links.tsv``): NCT ids with the acronyms articles use for them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from kg.model import Term
from kg.vocabulary.text import SourceFormatError, fold, read_tsv

SOURCE = "trial_links"
_NCT = re.compile(r"NCT\d{8}")


def anchor_name(anchor: str) -> str:
    """An anchor text without wrapping parentheses or brackets.

    >>> anchor_name("(ACOSOG-Z0011)")
    'ACOSOG-Z0011'
    """
    return anchor.strip().strip("()[]").strip()


def read_trials(path: Path) -> Iterator[Term]:
    """One ``trial`` term per NCT id; the anchor used on most pages is the label, the rest are synonyms.

    >>> next(read_trials(Path("nci_trial_links.tsv"))).id  # doctest: +SKIP
    'clinicaltrials:NCT00003855'
    """
    anchors: dict[str, list[tuple[int, bool, str]]] = {}
    for line, row in read_tsv(path, ("anchor_text", "nct_id", "n_pages")):
        nct = row["nct_id"].strip()
        if not _NCT.fullmatch(nct):
            raise SourceFormatError(f"{path}:{line}: not an NCT id: {nct!r}")
        name = anchor_name(row["anchor_text"])
        pages = int(row["n_pages"]) if row["n_pages"].strip().isdigit() else 0
        if name and fold(name) != fold(nct):
            anchors.setdefault(nct, []).append((-pages, " " in name, name))
        else:
            anchors.setdefault(nct, [])
    for nct in sorted(anchors):
        names = [name for _, _, name in sorted(anchors[nct])]
        label = names[0] if names else nct
        yield Term(f"clinicaltrials:{nct}", "trial", label, tuple(names[1:]), (), (nct,), (), (SOURCE,))
