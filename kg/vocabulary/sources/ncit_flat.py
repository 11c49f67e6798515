"""NCI Thesaurus flat file (``Thesaurus.txt``), used when a release is dropped into the sources directory.

Tab-separated, no header: ``code, concept IRI, parents (|-sep), synonyms (|-sep, first preferred),
definition, display name, concept status, semantic type``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from kg.model import Term
from kg.vocabulary.text import SourceFormatError, lower_label, open_text

SOURCE = "ncit"
_TYPES = {
    "Pharmacologic Substance": "drug",
    "Antibiotic": "drug",
    "Immunologic Factor": "drug",
    "Clinical Drug": "drug",
    "Neoplastic Process": "disease",
    "Disease or Syndrome": "disease",
    "Gene or Genome": "target",
    "Amino Acid, Peptide, or Protein": "target",
}


def term_type(semantic_types: str) -> str | None:
    """Our entity type for NCIt semantic type(s) (``|``-separated), or None when none applies.

    >>> term_type("Pharmacologic Substance|Organic Chemical")
    'drug'
    >>> term_type("Organism") is None
    True
    """
    for semantic_type in semantic_types.split("|"):
        if semantic_type.strip() in _TYPES:
            return _TYPES[semantic_type.strip()]
    return None


def read_thesaurus(path: Path) -> Iterator[Term]:
    """One term per active concept of a kept semantic type; retired concepts are skipped.

    >>> next(read_thesaurus(Path("Thesaurus.txt"))).id  # doctest: +SKIP
    'NCIT:C48387'
    """
    for number, line in enumerate(open_text(path), start=1):
        if not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) < 8 or not fields[0].startswith("C"):
            raise SourceFormatError(
                f"{path}:{number}: expected 8 tab-separated fields starting with a C code"
            )
        code, _iri, _parents, synonyms, _definition, display, status, semantic = fields[:8]
        kind = term_type(semantic)
        if kind is None or "Retired" in status:
            continue
        names = [s.strip() for s in synonyms.split("|") if s.strip()]
        preferred = display.strip() or (names[0] if names else code)
        label = preferred if kind == "target" else lower_label(preferred)
        yield Term(f"NCIT:{code}", kind, label, tuple([preferred, *names]), sources=(SOURCE,))
