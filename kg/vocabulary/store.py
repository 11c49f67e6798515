"""Load the compiled vocabulary and answer the questions the linker asks: by id, by xref, by name.

Parsing the two gzip TSVs takes well under a second; the name index (every label, synonym, brand and code
folded) is built on the first :meth:`Vocabulary.lookup`, so code that only needs ids pays nothing for it.
"""

from __future__ import annotations

import gzip
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path

from kg.model import CuratedRelation, Term
from kg.vocabulary.compile import RELATION_COLUMNS, RELATIONS_FILE, TERM_COLUMNS, TERMS_FILE
from kg.vocabulary.learned import LEARNED_FILE, merge_learned, read_learned
from kg.vocabulary.text import SourceFormatError, fold

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "ontology" / "vocabulary"
NAME_KINDS = ("label", "brand", "code", "synonym")
_TYPE_RANK = {"drug": 0, "target": 1, "adverse_event": 2, "disease": 3, "drug_class": 4, "trial": 5}


def _split(value: str) -> tuple[str, ...]:
    return tuple(value.split("|")) if value else ()


def _read(path: Path, columns: tuple[str, ...]) -> list[list[str]]:
    with gzip.open(path, "rt", encoding="utf-8", newline="\n") as handle:
        lines = handle.read().split("\n")
    if not lines or lines[0].split("\t") != list(columns):
        raise SourceFormatError(f"{path}:1: expected the header {' '.join(columns)}")
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        if not line:
            continue
        fields = line.split("\t")
        if len(fields) != len(columns):
            raise SourceFormatError(f"{path}:{number}: expected {len(columns)} fields, got {len(fields)}")
        rows.append(fields)
    return rows


class Vocabulary:
    """The compiled terms and curated relations.

    >>> vocab = default_vocabulary()
    >>> vocab.lookup("Afinitor")[0].id
    'NCIT:C48387'
    """

    def __init__(self, terms: Mapping[str, Term], relations: Sequence[CuratedRelation]) -> None:
        self.terms = terms
        self.relations = relations
        self._xrefs: Mapping[str, str] | None = None
        self._names: Mapping[str, list[tuple[int, str]]] | None = None

    @classmethod
    def load(cls, path: Path | None = None, *, learned: bool = True) -> Vocabulary:
        """Read ``terms.tsv.gz`` and ``relations.tsv.gz`` from a directory (default ``ontology/vocabulary``),
        and merge the names learned from the corpus's links (``learned.tsv.gz``) unless ``learned`` is false.

        >>> Vocabulary.load().get("HGNC:3942").label
        'MTOR'
        """
        directory = path or DEFAULT_DIR
        terms = {}
        for row in _read(directory / TERMS_FILE, TERM_COLUMNS):
            term = Term(row[0], row[1], row[2], *(_split(v) for v in row[3:]))
            terms[term.id] = term
        if learned:
            merge_learned(terms, read_learned(directory / LEARNED_FILE))
        relations = [CuratedRelation(*row) for row in _read(directory / RELATIONS_FILE, RELATION_COLUMNS)]
        return cls(terms, relations)

    def get(self, term_id: str) -> Term | None:
        """The term with this id, or None.

        >>> default_vocabulary().get("NCIT:C1097").label
        'exemestane'
        """
        return self.terms.get(term_id)

    def by_xref(self, curie: str) -> Term | None:
        """The term with this id or cross-reference (``NCIDRUG:…``, ``MESH:…``, ``NCIT:…``), or None.

        >>> default_vocabulary().by_xref("NCIDRUG:372905").id
        'NCIT:C48387'
        """
        if curie in self.terms:
            return self.terms[curie]
        if self._xrefs is None:
            index: dict[str, str] = {}
            for term in self.terms.values():
                for xref in term.xrefs:
                    index.setdefault(xref, term.id)
            self._xrefs = index
        found = self._xrefs.get(curie)
        return self.terms[found] if found else None

    def lookup(self, name: str) -> list[Term]:
        """Terms known by this name (case and punctuation folded), best first.

        Labels beat brands, brands beat codes, codes beat synonyms; then drugs before targets, adverse events,
        diseases, classes and trials; CTCAE adverse events before HPO and MeSH ones.

        >>> [t.id for t in default_vocabulary().lookup("HER2")][:1]
        ['HGNC:3430']
        """
        return [self.terms[term_id] for _, term_id in self.matches(name)]

    def matches(self, name: str) -> list[tuple[str, str]]:
        """``(name kind, term id)`` pairs for a name, best first (kinds: label, brand, code, synonym).

        >>> default_vocabulary().matches("Afinitor")[0]
        ('brand', 'NCIT:C48387')
        """
        found = self._name_index().get(fold(name), [])
        seen: dict[str, str] = {}
        for kind_rank, term_id in sorted(found, key=lambda item: self._rank(item)):
            seen.setdefault(term_id, NAME_KINDS[kind_rank])
        return [(kind, term_id) for term_id, kind in seen.items()]

    def stats(self) -> dict[str, dict[str, int]]:
        """Term counts by type and by source, plus curated relations by predicate.

        >>> default_vocabulary().stats()["type"]["drug"] > 10000
        True
        """
        by_type = Counter(t.type for t in self.terms.values())
        by_source = Counter(s for t in self.terms.values() for s in t.sources)
        by_predicate = Counter(r.predicate for r in self.relations)
        return {
            "type": dict(sorted(by_type.items())),
            "source": dict(sorted(by_source.items())),
            "predicate": dict(sorted(by_predicate.items())),
        }

    def _rank(self, item: tuple[int, str]) -> tuple[int, int, int, int, str]:
        term = self.terms[item[1]]
        # CTCAE adverse events (MedDRA ids) win over HPO and MeSH ones known by the same kind of name.
        curated_event = 0 if term.id.startswith("MEDDRA:") else 1
        return (item[0], _TYPE_RANK.get(term.type, 9), curated_event, -len(term.sources), term.id)

    def _name_index(self) -> Mapping[str, list[tuple[int, str]]]:
        if self._names is None:
            index: dict[str, list[tuple[int, str]]] = {}
            for term in self.terms.values():
                for kind, names in enumerate(((term.label,), term.brands, term.codes, term.synonyms)):
                    for value in names:
                        index.setdefault(fold(value), []).append((kind, term.id))
            self._names = index
        return self._names


@cache
def default_vocabulary() -> Vocabulary:
    """The committed vocabulary (``ontology/vocabulary``), loaded once per process.

    >>> default_vocabulary() is default_vocabulary()
    True
    """
    from kg.cache import cached_vocabulary  # the same vocabulary, with its indexes, from the start-up cache

    return cached_vocabulary()
