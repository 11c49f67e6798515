"""The start-up cache: the vocabulary with its indexes and the compiled matcher, built once, loaded fast.

Building the matcher over 389,496 names and the vocabulary's name index takes seconds; the first use writes
them to two pickle files (``vocabulary-…`` and ``matcher-…``), and later processes load them in a fraction
of a second. The file is keyed by the
content hash of the vocabulary files and by the code version (:func:`code_version`: every source file of
``kg``, the Python version and the pyahocorasick build), so it is never stale: any change gives a new key,
and older files in the folder are removed when a new one is written.

Terms and names are stored packed, one string each, and unpacked on first access (:class:`LazyTerms`,
:class:`LazyNames`), so loading does not create a Python object per field of 100,697 terms.

The folder is ``$KG_CACHE_DIR`` when set, else ``$XDG_CACHE_HOME/kg`` (default ``~/.cache/kg``); when it
cannot be written the state is built in memory as before.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import ItemsView, Iterator, ValuesView
from functools import cache
from pathlib import Path
from typing import Any

import ahocorasick

from kg.linking.linker import Linker
from kg.linking.matcher import Matcher
from kg.model import CuratedRelation, Term
from kg.vocabulary.store import DEFAULT_DIR, Vocabulary

CACHE_ENV = "KG_CACHE_DIR"
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
    """A hash of every source file of ``kg``, the Python version and the pyahocorasick build.

    >>> len(code_version())
    16
    """
    digest = hashlib.sha256(sys.version.encode())
    native = Path(ahocorasick.__file__ or "ahocorasick")
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


class LazyTerms(dict[str, Term]):
    """Terms by id, kept packed (one TSV row each) and unpacked on first access.

    >>> terms = LazyTerms({"HGNC:3942": "HGNC:3942\\ttarget\\tMTOR\\tFRAP1|mTOR\\t\\t\\t\\thgnc"})
    >>> terms["HGNC:3942"].synonyms, terms.get("HGNC:0") is None, len(terms)
    (('FRAP1', 'mTOR'), True, 1)
    """

    def __getitem__(self, key: str) -> Term:
        value: Any = dict.__getitem__(self, key)
        if isinstance(value, str):
            value = _unpack_term(value)
            dict.__setitem__(self, key, value)
        return value  # type: ignore[no-any-return]

    def get(self, key: str, default: Any = None) -> Any:
        """The term with this id, or ``default``."""
        return self[key] if dict.__contains__(self, key) else default

    def values(self) -> ValuesView[Term]:  # type: ignore[override]
        """Every term (all unpacked)."""
        for key in self:
            self[key]
        return dict.values(self)

    def items(self) -> ItemsView[str, Term]:  # type: ignore[override]
        """Every (id, term) pair (all unpacked)."""
        self.values()
        return dict.items(self)

    def __reduce__(self) -> tuple[Any, ...]:
        return (LazyTerms, (dict(dict.items(self)),))


class LazyNames(dict[str, list[tuple[int, str]]]):
    """The vocabulary's name index (folded name → ``(name kind, term id)`` pairs), unpacked on access.

    >>> LazyNames({"afinitor": "1:NCIT:C48387"}).get("afinitor")
    [(1, 'NCIT:C48387')]
    """

    def __getitem__(self, key: str) -> list[tuple[int, str]]:
        value: Any = dict.__getitem__(self, key)
        if isinstance(value, str):
            value = [(int(item[0]), item[2:]) for item in value.split(_SEP)]
            dict.__setitem__(self, key, value)
        return value  # type: ignore[no-any-return]

    def get(self, key: str, default: Any = None) -> Any:
        """The pairs for this folded name, or ``default``."""
        return self[key] if dict.__contains__(self, key) else default

    def __iter__(self) -> Iterator[str]:
        return dict.__iter__(self)


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
    terms: dict[str, Any] = {}
    for term_id, term in vocabulary.terms.items():
        packed = _pack_term(term)
        terms[term_id] = packed if packed is not None and _unpack_term(packed) == term else term
    vocabulary.by_xref("")  # builds the xref index
    vocabulary.lookup("")  # builds the name index
    names: dict[str, Any] = {}
    for name, pairs in (vocabulary._names or {}).items():
        simple = all(_SEP not in term_id for _, term_id in pairs)
        names[name] = _SEP.join(f"{kind}:{term_id}" for kind, term_id in pairs) if simple and pairs else pairs
    relations = [(r.subject, r.predicate, r.object, r.source) for r in vocabulary.relations]
    return {"terms": terms, "names": names, "xrefs": vocabulary._xrefs, "relations": relations}


def _from_state(state: dict[str, Any]) -> Vocabulary:
    vocabulary = Vocabulary(LazyTerms(state["terms"]), [CuratedRelation(*r) for r in state["relations"]])
    vocabulary._xrefs = state["xrefs"]
    vocabulary._names = LazyNames(state["names"])
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
