"""Incremental exports: after a few documents changed, patch the previous build's files instead of writing
them whole.

A build with a document cache (``kg build --cache DIR``) leaves its exports' state in a folder of its own
under ``DIR/exports`` (named by ``DIR/exports/current``, replaced atomically): hard links to the files it
wrote (no copy: the exports are never changed in place, only replaced), their sizes and modification times,
the cache key of every document it merged and the entity ids of its graph (:class:`ExportState`), and where
the elements of its GraphML, yEd and Cytoscape files lie (:mod:`kg.export.element_index`). The next
build compares its document keys with those: the documents whose key changed, that are new or that are gone
are the change, and the analyses of their old and new versions (both in the document cache), compared key by
key, name every key of the merged graph the change can have touched: those to which the two versions contribute
differently (:func:`kg.export.changes.touched_keys`). The exporters then
remake only what those keys give and copy the rest from the previous files (:mod:`kg.export.incremental_rdf`,
:mod:`kg.export.patching`).

The state is trusted only when everything else is the same: the code, the vocabulary, the prefix map, the
formats, and files that nobody touched since (size and modification time). Otherwise, or when more than
:data:`MAX_CHANGED_SHARE` of the documents (and more than :data:`MIN_CHANGED`) changed, the exports are
written whole, as without a cache.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import secrets
import shutil
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.cache import code_version, vocabulary_hash
from kg.doccache import DocumentCache
from kg.export import element_index
from kg.export.changes import Contribution, Touched, touched_keys
from kg.identifiers import prefix_map

if TYPE_CHECKING:
    from kg.pipeline import BuildReport

__all__ = ["MAX_CHANGED_SHARE", "MIN_CHANGED", "STATE_DIR", "ExportState", "Plan", "plan", "save_state"]

_LOG = logging.getLogger(__name__)

STATE_DIR = "exports"
"""The folder of the export state, inside the document cache folder."""

STATE_FILE = "state.pickle"
CURRENT = "current"
"""The file in :data:`STATE_DIR` naming the folder of the current state: every build keeps its state in a
folder of its own, so a build reading the previous state never finds another build's files in its place."""

MAX_CHANGED_SHARE = 0.1
"""Above this share of changed documents the exports are written whole (patching would not be faster)."""

MIN_CHANGED = 16
"""Up to this many changed documents the exports are patched, however small the corpus."""


@dataclass(frozen=True)
class ExportState:
    """What the previous build exported: enough to tell what changed and to trust its files.

    >>> ExportState("v", {"a.md": "k"}, {"kg.nt": (10, 5)}, frozenset()).keys
    {'a.md': 'k'}
    """

    version: str
    keys: dict[str, str]
    files: dict[str, tuple[int, int]]
    nodes: frozenset[str]
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Plan:
    """An incremental export: the touched keys and the previous files to patch, by file name.

    >>> Plan(Touched(), {}, {}).touched.empty
    True
    """

    touched: Touched
    previous: dict[str, Path]
    extra: dict[str, Any]


def _version() -> str:
    prefixes = repr(sorted(prefix_map().items())).encode()
    return f"{code_version()}-{vocabulary_hash()}-{hashlib.sha256(prefixes).hexdigest()[:16]}"


def _signature(path: Path) -> tuple[int, int]:
    status = path.stat()
    return status.st_size, status.st_mtime_ns


def load_state(cache: Path) -> ExportState | None:
    """The export state kept in the cache folder, or None when there is none that this code can use.

    >>> import tempfile
    >>> load_state(Path(tempfile.mkdtemp())) is None
    True
    """
    try:
        with (_current_folder(cache) / STATE_FILE).open("rb") as handle:
            state = pickle.load(handle)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, TypeError, ValueError):
        return None
    if not isinstance(state, ExportState) or state.version != _version():
        return None
    return state


def plan(report: BuildReport, file_names: Sequence[str]) -> Plan | None:
    """The incremental export of ``report``'s graph, or None when the files must be written whole (no cache,
    no usable state, a file missing or changed, too many documents changed).

    >>> from kg.pipeline import BuildReport
    >>> from kg.graph import KnowledgeGraph
    >>> plan(BuildReport(KnowledgeGraph()), ["kg.nt"]) is None
    True
    """
    if report.cache is None or not report.keys:
        return None
    state = load_state(report.cache)
    if state is None:
        return None
    try:
        folder = _current_folder(report.cache)
    except OSError:
        return None
    previous: dict[str, Path] = {}
    for name in file_names:
        path = folder / name
        try:
            if name not in state.files or _signature(path) != state.files[name]:
                _LOG.info("%s changed since the last build: exports written whole", path)
                return None
        except OSError:
            _LOG.info("%s is gone: exports written whole", path)
            return None
        previous[name] = path
    changed = list(changed_paths(state.keys, report.keys))
    if len(changed) > max(MIN_CHANGED, MAX_CHANGED_SHARE * max(len(report.keys), len(state.keys))):
        _LOG.info("%d documents changed: exports written whole", len(changed))
        return None
    store = DocumentCache(report.cache)
    versions: list[tuple[Contribution | None, Contribution | None]] = []
    for changed_path in changed:
        pair: list[Contribution | None] = []
        for keys in (state.keys, report.keys):
            if changed_path not in keys:
                pair.append(None)
                continue
            analysis = store.load(keys[changed_path])
            if not _is_analysis(analysis):  # an old version is no longer in the cache: what it gave is unknown
                _LOG.info("%s: the analysis of its previous version is gone: exports written whole", changed_path)
                return None
            pair.append(Contribution.of(analysis.document.id, analysis.mentioned(), analysis.statements,
                                        analysis.results))
        versions.append((pair[0], pair[1]))
    from kg.pipeline import curated_statements

    touched = touched_keys(versions, report.graph, state.nodes, curated_statements())
    return Plan(touched, previous, state.extra)


def _is_analysis(value: object) -> bool:
    from kg.pipeline import Analysis

    return isinstance(value, Analysis)


def save_state(report: BuildReport, written: Sequence[Path], extra: Mapping[str, Any] | None = None) -> None:
    """Keep the state of this build's exports in its cache folder, for the next build to patch (hard links to
    the files; copies where the cache is on another file system). A folder that cannot be written only costs
    the next build its shortcut.

    >>> import tempfile
    >>> from kg.graph import KnowledgeGraph
    >>> from kg.pipeline import BuildReport
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "kg.nt").write_bytes(b"")
    >>> save_state(BuildReport(KnowledgeGraph(), keys={"a.md": "k"}, cache=folder / "cache"), [folder / "kg.nt"])
    >>> load_state(folder / "cache").keys
    {'a.md': 'k'}
    """
    if report.cache is None:
        return
    states = report.cache / STATE_DIR
    name = f"{os.getpid()}-{secrets.token_hex(4)}"
    fresh = states / name
    try:
        fresh.mkdir(parents=True)
        files: dict[str, tuple[int, int]] = {}
        for path in written:
            target = fresh / path.name
            try:
                os.link(path, target)
            except OSError:
                shutil.copy2(path, target)
            files[path.name] = _signature(target)
            index = element_index.pending_path(path)
            if index.exists():  # where the exporter found the file's elements: for the next patch
                os.replace(index, element_index.kept_path(target))
        state = ExportState(_version(), dict(report.keys), files, frozenset(report.graph.nodes), dict(extra or {}))
        with (fresh / STATE_FILE).open("wb") as handle:
            pickle.dump(state, handle, protocol=pickle.HIGHEST_PROTOCOL)
        pointer = states / f".{CURRENT}.{name}.tmp"
        pointer.write_text(name, encoding="utf-8")
        os.replace(pointer, states / CURRENT)
    except OSError:
        shutil.rmtree(fresh, ignore_errors=True)
        return
    for entry in states.iterdir():  # the states of earlier builds (a build still reading one falls back)
        if entry.name in (name, CURRENT) or entry.name.startswith(f".{CURRENT}."):
            continue
        if entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)


def _current_folder(cache: Path) -> Path:
    """The folder of the current export state (raises OSError when there is none)."""
    name = (cache / STATE_DIR / CURRENT).read_text(encoding="utf-8").strip()
    if not name or "/" in name or name.startswith("."):
        raise OSError(f"{cache / STATE_DIR / CURRENT}: not a state folder name")
    return cache / STATE_DIR / name


def changed_paths(old: Mapping[str, str], new: Mapping[str, str]) -> Iterator[str]:
    """The paths whose document key differs between two builds (changed, new or removed), sorted.

    >>> list(changed_paths({"a": "1", "b": "2"}, {"b": "3", "c": "4"}))
    ['a', 'b', 'c']
    """
    yield from sorted(path for path in old.keys() | new.keys() if old.get(path) != new.get(path))
