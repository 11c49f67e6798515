"""Publish a build's exports as one set: all of the new files or all of the old, never a mix.

:class:`Staging` gives a fresh hidden folder beside the output folder (``.exports.staging-<pid>-<token>``
beside ``exports``; same file system, so renames are atomic). The exporters write into it; :meth:`Staging.publish`
adds ``MANIFEST.json`` (each file's size and SHA-256, and a build id derived from them) and swaps the folder
in for the output folder: one atomic exchange on Linux (``renameat2(RENAME_EXCHANGE)``), elsewhere two
renames with the old set parked as ``.exports.old-<pid>-<token>`` in between. A build that stops before
publishing (an error, ``--strict``, a ``kill -9``) leaves the output folder as it was; its staging folder
is removed when the staging ends or, after a kill, by the next :class:`Staging` of the same output.

The output folder is replaced as a whole, so it must hold nothing but exports: :func:`check_output_folder`
refuses a folder with other files in it before any work is done.
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import json
import os
import re
import secrets
import shutil
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from types import TracebackType

__all__ = ["MANIFEST_NAME", "PublishError", "Staging", "check_output_folder", "manifest", "remove_stale"]

MANIFEST_NAME = "MANIFEST.json"
_LEFTOVER = re.compile(r"\..+\.tmp\Z")  # a temporary file of kg.export.atomic left by a killed earlier version
_HIDDEN = re.compile(r"\.(?P<name>.+)\.(?P<kind>staging|old)-(?P<pid>\d+)-[0-9a-f]+\Z")


class PublishError(Exception):
    """The output folder cannot take a published set (it is a file, or holds other files).

    >>> str(PublishError("out: is a file, not a folder"))
    'out: is a file, not a folder'
    """


def check_output_folder(out_dir: Path, export_names: frozenset[str] | set[str]) -> None:
    """Raise :class:`PublishError` unless ``out_dir`` is missing, empty, or holds only export files
    (``export_names``, ``MANIFEST.json``, a file the previous manifest lists, or a ``.name.*.tmp`` left by a
    killed build, which goes with the old set).

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "kg.ttl").write_text("")
    >>> check_output_folder(folder, {"kg.ttl"})
    >>> _ = (folder / "notes.txt").write_text("mine")
    >>> check_output_folder(folder, {"kg.ttl"})  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kg.export.publish.PublishError: ...: holds files that are not kg exports (notes.txt): ...
    """
    if not out_dir.exists():
        return
    if not out_dir.is_dir():
        raise PublishError(f"{out_dir}: is a file, not a folder")
    known = set(export_names) | {MANIFEST_NAME}
    with contextlib.suppress(OSError, ValueError, AttributeError):
        known |= set(json.loads((out_dir / MANIFEST_NAME).read_text(encoding="utf-8"))["files"])
    others = sorted(
        entry.name for entry in out_dir.iterdir() if entry.name not in known and not _LEFTOVER.match(entry.name)
    )
    if others:
        shown = ", ".join(others[:5]) + (", ..." if len(others) > 5 else "")
        raise PublishError(
            f"{out_dir}: holds files that are not kg exports ({shown}): the whole folder is replaced on "
            "each build, so choose an empty or new folder"
        )


Stamp = tuple[int, int, int]  # a file's inode, size and modification time: what a digest was taken of


def manifest(
    folder: Path, *, sync: bool = False, known: dict[str, tuple[Stamp, Future[str]]] | None = None
) -> dict[str, object]:
    """The manifest of the files in ``folder``: each file's bytes and SHA-256, and a build id (the SHA-256
    of those lines, so the same exports always get the same id). With ``sync``, each file is also flushed to
    disk once hashed (the files are read and flushed by four threads side by side). ``known`` holds digests
    already being taken, by file name (:meth:`Staging.hash_soon`): one is used when the file still has the
    stamp it was taken of.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "kg.nt").write_bytes(b"")
    >>> manifest(folder)["files"]
    {'kg.nt': {'bytes': 0, 'sha256': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'}}
    """
    paths = [path for path in sorted(folder.iterdir())
             if path.name != MANIFEST_NAME and not path.name.startswith(".") and path.is_file()]
    known = known or {}
    with ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1)) as pool:  # hashlib lets go of the GIL
        pending = [known[path.name][1] if path.name in known and known[path.name][0] == _stamp(path)
                   else pool.submit(_sha256, path, sync=sync) for path in paths]
        digests = [future.result() for future in pending]
    files: dict[str, dict[str, object]] = {
        path.name: {"bytes": path.stat().st_size, "sha256": digest} for path, digest in zip(paths, digests, strict=True)
    }
    listing = "".join(f"{name} {entry['sha256']}\n" for name, entry in files.items())
    return {"build": hashlib.sha256(listing.encode()).hexdigest()[:16], "files": files}


def _stamp(path: Path) -> Stamp:
    status = path.stat()
    return status.st_ino, status.st_size, status.st_mtime_ns


def _sha256(path: Path, *, sync: bool) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
        if sync:
            os.fsync(handle.fileno())
    return digest.hexdigest()


def remove_stale(out_dir: Path) -> list[Path]:
    """Remove the staging and parked folders that killed runs left beside ``out_dir`` (those whose process
    is gone); when a kill came between the two renames of a publish, first put the parked set back.
    Returns what was removed.

    >>> import tempfile
    >>> parent = Path(tempfile.mkdtemp())
    >>> (parent / ".exports.staging-999999999-ab").mkdir()
    >>> [p.name for p in remove_stale(parent / "exports")]
    ['.exports.staging-999999999-ab']
    """
    if not out_dir.parent.is_dir():
        return []
    stale: list[Path] = []
    for entry in sorted(out_dir.parent.iterdir()):
        found = _HIDDEN.match(entry.name)
        if found and found["name"] == out_dir.name and not _alive(int(found["pid"])):
            stale.append(entry)
    parked = [entry for entry in stale if ".old-" in entry.name]
    if parked and not out_dir.exists():
        os.rename(parked[-1], out_dir)
        stale.remove(parked[-1])
    for entry in stale:
        shutil.rmtree(entry, ignore_errors=True)
    return stale


class Staging:
    """A fresh folder to write one build's exports into, published as a whole or not at all.

    >>> import tempfile
    >>> out = Path(tempfile.mkdtemp()) / "exports"
    >>> with Staging(out) as staging:
    ...     _ = (staging.path / "kg.nt").write_text("")
    ...     published = staging.publish()
    >>> sorted(p.name for p in out.iterdir()), [p.name for p in published]
    (['MANIFEST.json', 'kg.nt'], ['kg.nt', 'MANIFEST.json'])
    >>> with Staging(out) as staging:
    ...     _ = (staging.path / "kg.nt").write_text("never published")
    >>> (out / "kg.nt").read_text(), sorted(p.name for p in out.parent.iterdir())
    ('', ['exports'])
    """

    def __init__(self, out_dir: Path) -> None:
        out_dir = Path(out_dir)
        self.out_dir = out_dir.resolve() if out_dir.is_symlink() else out_dir  # swap the folder, keep the link
        token = f"{os.getpid()}-{secrets.token_hex(4)}"
        self.path = self.out_dir.parent / f".{self.out_dir.name}.staging-{token}"
        self._parked = self.out_dir.parent / f".{self.out_dir.name}.old-{token}"
        self.published = False
        self._hashing: ThreadPoolExecutor | None = None
        self._digests: dict[str, tuple[Stamp, Future[str]]] = {}

    def __enter__(self) -> Staging:
        self.out_dir.parent.mkdir(parents=True, exist_ok=True)
        remove_stale(self.out_dir)
        self.path.mkdir()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._hashing is not None:
            self._hashing.shutdown(wait=True, cancel_futures=True)
        shutil.rmtree(self.path, ignore_errors=True)

    def hash_soon(self, path: Path) -> None:
        """Start hashing and flushing a staged file that is complete, on a background thread, so that the
        manifest of :meth:`publish` need not read it again. It saves the time the manifest took to read the
        finished files while other exports were still being written (the threads use a core the export
        workers leave idle). A file changed after this call is hashed again at publish; a file outside the
        staging folder or hidden is left alone.

        >>> import tempfile
        >>> with Staging(Path(tempfile.mkdtemp()) / "exports") as staging:
        ...     _ = (staging.path / "kg.nt").write_text("")
        ...     staging.hash_soon(staging.path / "kg.nt")
        ...     published = staging.publish()
        >>> [p.name for p in published]
        ['kg.nt', 'MANIFEST.json']
        """
        path = Path(path)
        if path.parent != self.path or path.name.startswith(".") or path.name == MANIFEST_NAME:
            return
        if self._hashing is None:
            self._hashing = ThreadPoolExecutor(max_workers=2)
        self._digests[path.name] = (_stamp(path), self._hashing.submit(_sha256, path, sync=True))

    def publish(self) -> list[Path]:
        """Flush the staged files to disk and write the manifest, then swap the staged set in for the output
        folder; return the published paths (the manifest last)."""
        # write_atomic leaves the flush of a staged file to this (or to hash_soon, before)
        record = manifest(self.path, sync=True, known=self._digests)
        data = json.dumps(record, indent=2, sort_keys=True) + "\n"
        with (self.path / MANIFEST_NAME).open("w", encoding="utf-8") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(self.path, 0o755)
        _fsync_folder(self.path)
        if not self.out_dir.exists():
            os.rename(self.path, self.out_dir)
        elif not _exchange(self.path, self.out_dir):
            os.rename(self.out_dir, self._parked)  # a kill here is undone by remove_stale
            os.rename(self.path, self.out_dir)
            shutil.rmtree(self._parked, ignore_errors=True)
        _fsync_folder(self.out_dir.parent)
        self.published = True
        files = record["files"]
        assert isinstance(files, dict)
        return [self.out_dir / name for name in files] + [self.out_dir / MANIFEST_NAME]


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return pid < 2**22
    return True


def _exchange(first: Path, second: Path) -> bool:
    """Swap two paths atomically (Linux ``renameat2(RENAME_EXCHANGE)``); False where that is not available."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    result = renameat2(at_fdcwd, os.fsencode(first), at_fdcwd, os.fsencode(second), rename_exchange)
    return bool(result == 0)


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
