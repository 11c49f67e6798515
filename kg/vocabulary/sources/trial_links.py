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


# Lower-case words a trial's name may hold ("ALCHEMIST EGFR treatment trial", "Trial of ... for Cancer Patients").
_NAME_WORDS = frozenset("a an and as at by for in of on or the to with trial study".split())


def is_trial_name(anchor: str) -> bool:
    """Whether a link's anchor names a trial, rather than describing the link or the study: a description
    opens with a lower-case word and holds no name ("see the protocol summary", "history of breast cancer",
    "ongoing clinical trials") or runs on in ordinary words ("One ongoing trial is comparing"). Such anchors
    are no name to find in other pages, where they would name a trial in any sentence using the phrase.

    >>> [is_trial_name(a) for a in ("TAILORx", "aTTom", "CheckMate 067", "second ALCHEMIST immunotherapy trial")]
    [True, True, True, True]
    >>> [is_trial_name(a) for a in ("history of breast cancer", "One ongoing trial is comparing")]
    [False, False]
    """
    words = anchor.split()
    if not words:
        return False
    named = any(re.search(r"\d|[A-Z].*[A-Z]", w) for w in words)  # "ALCHEMIST", "aTTom", "067"
    if re.fullmatch(r"[a-z][a-z-]*", words[0]) and not named:
        return False
    plain = [w for w in words if re.fullmatch(r"[a-z][a-z-]*,?", w) and w.rstrip(",") not in _NAME_WORDS]
    return len(plain) < 3


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
        if name and fold(name) != fold(nct) and is_trial_name(name):
            anchors.setdefault(nct, []).append((-pages, " " in name, name))
        else:
            anchors.setdefault(nct, [])
    for nct in sorted(anchors):
        names = [name for _, _, name in sorted(anchors[nct])]
        label = names[0] if names else nct
        yield Term(f"clinicaltrials:{nct}", "trial", label, tuple(names[1:]), (), (nct,), (), (SOURCE,))
