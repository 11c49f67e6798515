"""Write a file all at once or not at all.

The content goes to a hidden temporary file in the target's directory (same file system, so the final
rename is atomic) and replaces the target only when the writer returned; if the writer raises, the
temporary file is removed and the target — old version or none — is left as it was.

The content is flushed to disk (``fsync``) before the rename, except in a staging folder of
:class:`kg.export.publish.Staging` (:func:`synced_on_publish`): there nothing is visible until the whole set is
published, and publishing flushes every file of the set at once, side by side with hashing it for the
manifest, instead of each export worker waiting for the disk after each file it writes.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

__all__ = ["synced_on_publish", "write_atomic"]

_STAGING = re.compile(r"\..+\.staging-\d+-[0-9a-f]+\Z")  # the name kg.export.publish.Staging gives its folder


def write_atomic(path: Path, write: Callable[[BinaryIO], None], /) -> Path:
    """Call ``write`` with a binary file handle and move what it wrote to ``path``; return ``path``.

    >>> import tempfile
    >>> target = Path(tempfile.mkdtemp()) / "hello.txt"
    >>> write_atomic(target, lambda handle: handle.write(b"hi")).read_bytes()
    b'hi'
    """
    path = Path(path)
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            write(handle)
            handle.flush()
            if not synced_on_publish(path.parent):
                os.fsync(handle.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    return path


def synced_on_publish(folder: Path) -> bool:
    """True for a staging folder of :class:`kg.export.publish.Staging`, whose files are flushed to disk when
    the set is published (so :func:`write_atomic` does not flush them one by one).

    >>> synced_on_publish(Path("out/.exports.staging-4242-0a1b2c3d")), synced_on_publish(Path("out/exports"))
    (True, False)
    """
    return bool(_STAGING.match(folder.name))
