"""The per-document cache of incremental builds: one pickled analysis per document version.

A document's entry is keyed by its bytes, its path (the path is part of the output), the vocabulary's
content hash and the code version (:func:`kg.cache.code_version`), so an entry is never stale: a changed
page, vocabulary or code gives a new key and the document is analysed again. The merge and the exports
always run on the analyses of the documents present now, so a removed page leaves the graph.

Entries are files ``DIR/ab/abcdef….pickle``, written atomically, so parallel workers may share a folder.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.cache import code_version, vocabulary_hash
from kg.gcpause import gc_paused

DEFAULT_DIR = Path("build") / "kg-cache"


@dataclass(frozen=True)
class DocumentCache:
    """A folder of cached analyses.

    >>> import tempfile
    >>> cache = DocumentCache(Path(tempfile.mkdtemp()))
    >>> key = cache.key(Path("a.md"), None, b"text")
    >>> cache.load(key) is None
    True
    >>> cache.store(key, {"any": "picklable value"})
    >>> cache.load(key)
    {'any': 'picklable value'}
    """

    directory: Path

    def key(self, path: Path, root: Path | None, raw: bytes) -> str:
        """The entry key of a document read from ``path`` (under ``root``) with these bytes."""
        digest = hashlib.sha256(f"{code_version()}\0{vocabulary_hash()}\0{path}\0{root}\0".encode())
        digest.update(raw)
        return digest.hexdigest()

    def file(self, key: str) -> Path:
        """Where the entry of ``key`` is kept."""
        return self.directory / key[:2] / f"{key}.pickle"

    def load(self, key: str) -> Any:
        """The cached value of ``key``, or None when there is none (or it cannot be read)."""
        try:
            with self.file(key).open("rb") as handle, gc_paused():  # a rebuild loads every entry
                return pickle.load(handle)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, TypeError, ValueError):
            return None

    def store(self, key: str, value: Any) -> None:
        """Keep ``value`` under ``key`` (atomically; a folder that cannot be written is skipped)."""
        target = self.file(key)
        temporary: str | None = None
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, temporary = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, target)
            temporary = None
        except OSError:
            pass
        finally:
            if temporary is not None:
                Path(temporary).unlink(missing_ok=True)
