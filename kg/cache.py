"""The start-up cache: the vocabulary with its indexes and the compiled matcher, built once, loaded fast.

Building the matcher over 389,496 names and the vocabulary's name index takes seconds; the first use writes
them to two pickle files (``vocabulary-…`` and ``matcher-…``), and later processes load them in a fraction
of a second. The file is keyed by the
content hash of the vocabulary files and by the code version (:func:`code_version`: every source file of
``kg``, the Python version and the marisa-trie build), so it is never stale: any change gives a new key,
and older files in the folder are removed when a new one is written.

Terms, the name and cross-reference indexes and the relations are kept in packed tables (:mod:`kg.packed`: a
MARISA trie of the keys and one UTF-8 block of the values) and unpacked on first access (:class:`LazyTerms`,
:class:`LazyNames`, :class:`PackedRelations`), so loading makes a handful of objects, not one per name of
379,228; the matcher is kept the same way (:mod:`kg.linking.matcher`).

The folder is ``$KG_CACHE_DIR`` when set, else ``$XDG_CACHE_HOME/kg`` (default ``~/.cache/kg``); when it
cannot be written the state is built in memory as before.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any, TypeVar, overload

import marisa_trie

from kg.linking.matcher import Matcher
from kg.model import CuratedRelation, Term
from kg.packed import PackedMap, PackedStrings
from kg.vocabulary.store import DEFAULT_DIR, Vocabulary

CACHE_ENV = "KG_CACHE_DIR"
Value = TypeVar("Value")
PACKAGE_DIR = Path(__file__).resolve().parent
_SEP, _LIST = "\t", "|"


def cache_dir() -> Path:
    """The folder of the start-up cache (``$KG_CACHE_DIR``, else the user cache folder).

    >>> os.environ.get(CACHE_ENV) is None or cache_dir() == Path(os.environ[CACHE_ENV])
    True
    """
    given = os.environ.get(CACHE_ENV)
    if given:
        return Path(given)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "kg"


@cache
def code_version() -> str:
    """A hash of every source file of ``kg``, the Python version and the marisa-trie build.

    >>> len(code_version())
    16
    """
    digest = hashlib.sha256(sys.version.encode())
    native = Path(marisa_trie.__file__ or "marisa_trie")
    digest.update(f"{native.name}:{native.stat().st_size if native.exists() else 0}".encode())
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        digest.update(path.relative_to(PACKAGE_DIR).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@cache
def vocabulary_hash(directory: Path = DEFAULT_DIR) -> str:
    """The content hash of the compiled vocabulary files (terms, relations, learned names).

    >>> len(vocabulary_hash())
    16
    """
    digest = hashlib.sha256()
    for path in sorted(directory.glob("*.tsv.gz")):
        digest.update(path.name.encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class _LazyMap(Mapping[str, Value]):
    """A :class:`PackedMap` whose values are unpacked (and kept) on first access; values that cannot be packed
    are given as they are in ``odd``."""

    def __init__(self, packed: PackedMap, odd: dict[str, Value] | None = None) -> None:
        self._packed = packed
        self._odd = odd or {}
        self._unpacked: dict[str, Value] = {}

    def _unpack(self, packed: str) -> Value:
        raise NotImplementedError

    def _find(self, key: str) -> Value | None:
        value = self._unpacked.get(key)
        if value is None:
            value = self._odd.get(key)
            if value is None:
                packed = self._packed.get(key)
                if packed is None:
                    return None
                value = self._unpack(packed)
            self._unpacked[key] = value
        return value

    def __getitem__(self, key: str) -> Value:
        value = self._find(key)
        if value is None:
            raise KeyError(key)
        return value

    def get(self, key: str, default: Any = None) -> Any:
        """The value of ``key``, or ``default``."""
        value = self._find(key)
        return default if value is None else value

    def __contains__(self, key: object) -> bool:
        return key in self._unpacked or key in self._odd or key in self._packed

    def __iter__(self) -> Iterator[str]:
        yield from self._packed
        yield from self._odd

    def __len__(self) -> int:
        return len(self._packed) + len(self._odd)


class LazyTerms(_LazyMap[Term]):
    """Terms by id, kept packed (one TSV row each, in a :class:`PackedMap`) and unpacked on first access.

    >>> terms = LazyTerms(PackedMap([("HGNC:3942", "HGNC:3942\\ttarget\\tMTOR\\tFRAP1|mTOR\\t\\t\\t\\thgnc")]))
    >>> terms["HGNC:3942"].synonyms, terms.get("HGNC:0") is None, len(terms)
    (('FRAP1', 'mTOR'), True, 1)
    """

    def _unpack(self, packed: str) -> Term:
        return _unpack_term(packed)


class LazyNames(_LazyMap[list[tuple[int, str]]]):
    """The vocabulary's name index (folded name → ``(name kind, term id)`` pairs), unpacked on access.

    >>> LazyNames(PackedMap([("afinitor", "1:NCIT:C48387")])).get("afinitor")
    [(1, 'NCIT:C48387')]
    """

    def _unpack(self, packed: str) -> list[tuple[int, str]]:
        return [(int(item[0]), item[2:]) for item in packed.split(_SEP)]


class PackedRelations(Sequence[CuratedRelation]):
    """The curated relations, one TSV row each in :class:`PackedStrings`, made objects when read.

    >>> relations = PackedRelations(PackedStrings(["NCIT:C48387\\ttargets\\tHGNC:3942\\tdrugcentral"]))
    >>> relations[0].object, len(relations), list(relations) == [relations[0]]
    ('HGNC:3942', 1, True)
    """

    def __init__(self, rows: PackedStrings) -> None:
        self._rows = rows

    @overload
    def __getitem__(self, index: int) -> CuratedRelation: ...

    @overload
    def __getitem__(self, index: slice) -> list[CuratedRelation]: ...

    def __getitem__(self, index: int | slice) -> CuratedRelation | list[CuratedRelation]:
        if isinstance(index, slice):
            return [self[i] for i in range(len(self))[index]]
        return CuratedRelation(*self._rows[index].split(_SEP))

    def __len__(self) -> int:
        return len(self._rows)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]


def _pack_term(term: Term) -> str | None:
    fields = (term.id, term.type, term.label)
    lists = (term.synonyms, term.brands, term.codes, term.xrefs, term.sources)
    if any(_SEP in f or "\n" in f for f in fields) or any(
        _SEP in v or _LIST in v or not v for values in lists for v in values
    ):
        return None
    return _SEP.join((*fields, *(_LIST.join(values) for values in lists)))


def _unpack_term(packed: str) -> Term:
    row = packed.split(_SEP)
    return Term(row[0], row[1], row[2], *(tuple(v.split(_LIST)) if v else () for v in row[3:]))


def _state_of(vocabulary: Vocabulary) -> dict[str, Any]:
    """What the vocabulary file holds: packed terms and name index, the xref index, the relations."""
    terms: dict[str, str] = {}
    odd_terms: dict[str, Term] = {}
    for term_id, term in vocabulary.terms.items():
        packed = _pack_term(term)
        if packed is not None and _unpack_term(packed) == term:
            terms[term_id] = packed
        else:
            odd_terms[term_id] = term
    vocabulary.by_xref("")  # builds the xref index
    vocabulary.lookup("")  # builds the name index
    names: dict[str, str] = {}
    odd_names: dict[str, list[tuple[int, str]]] = {}
    for name, pairs in (vocabulary._names or {}).items():
        if pairs and all(_SEP not in term_id for _, term_id in pairs):
            names[name] = _SEP.join(f"{kind}:{term_id}" for kind, term_id in pairs)
        else:
            odd_names[name] = pairs
    relations = [(r.subject, r.predicate, r.object, r.source) for r in vocabulary.relations]
    if any(_SEP in field for row in relations for field in row):
        raise ValueError("a curated relation holds a tab")
    return {
        "terms": PackedMap(terms.items()),
        "odd_terms": odd_terms,
        "names": PackedMap(names.items()),
        "odd_names": odd_names,
        "xrefs": PackedMap((vocabulary._xrefs or {}).items()),
        "relations": PackedStrings(_SEP.join(row) for row in relations),
    }


def _from_state(state: dict[str, Any]) -> Vocabulary:
    vocabulary = Vocabulary(
        LazyTerms(state["terms"], state["odd_terms"]), PackedRelations(state["relations"])
    )
    vocabulary._xrefs = state["xrefs"]
    vocabulary._names = LazyNames(state["names"], state["odd_names"])
    return vocabulary


def cache_path(kind: str = "vocabulary") -> Path:
    """The cache file of ``kind`` (``vocabulary`` or ``matcher``) for the committed vocabulary and this code.

    >>> cache_path("matcher").name.startswith("matcher-")
    True
    """
    return cache_dir() / f"{kind}-{vocabulary_hash()}-{code_version()}.pickle"


def _load(kind: str) -> Any:
    try:
        with cache_path(kind).open("rb") as handle:
            return pickle.load(handle)
    except (OSError, EOFError, pickle.UnpicklingError, KeyError, TypeError, AttributeError):
        return None


@cache
def _built() -> tuple[Vocabulary, Matcher]:
    """Build both from the vocabulary files and write both cache files."""
    from kg.linking.linker import Linker  # here, not at the top: loading the cached state needs no linker

    vocabulary = Vocabulary.load()
    matcher = Linker(vocabulary).matcher
    state = _state_of(vocabulary)
    _write(cache_path("vocabulary"), state)
    _write(cache_path("matcher"), matcher)
    return _from_state(state), matcher


@cache
def cached_vocabulary() -> Vocabulary:
    """The committed vocabulary with its name and xref indexes, from the cache (built and cached if missing).

    >>> cached_vocabulary().get("HGNC:3942").label
    'MTOR'
    """
    state = _load("vocabulary")
    return _from_state(state) if isinstance(state, dict) else _built()[0]


@cache
def cached_matcher() -> Matcher:
    """The matcher compiled from the committed vocabulary, from the cache (built and cached if missing).

    It is kept in a file of its own: the merge needs the vocabulary but not the matcher's memory.

    >>> cached_matcher().size > 100000
    True
    """
    matcher = _load("matcher")
    return matcher if isinstance(matcher, Matcher) else _built()[1]


def linker_state() -> tuple[Vocabulary, Matcher]:
    """The committed vocabulary and its compiled matcher, each loaded once per process.

    >>> vocabulary, matcher = linker_state()
    >>> vocabulary.get("HGNC:3942").label, matcher.size > 100000
    ('MTOR', True)
    """
    return cached_vocabulary(), cached_matcher()


KEEP_FILES = 3


def _write(path: Path, state: Any) -> None:
    """Write the cache file atomically and keep only the newest few; a folder that cannot be written is
    skipped (with a warning) and the state is used from memory."""
    temporary: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".kg-", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(state, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
        temporary = None
        kind = path.name.split("-")[0]
        older = sorted(path.parent.glob(f"{kind}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in [p for p in older if p != path][KEEP_FILES - 1 :]:
            old.unlink(missing_ok=True)
    except OSError as error:
        print(f"warning: start-up cache not written to {path.parent}: {error}", file=sys.stderr)
    finally:
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
