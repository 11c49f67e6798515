"""Write a file all at once or not at all.

The content goes to a hidden temporary file in the target's directory (same file system, so the final
rename is atomic) and replaces the target only when the writer returned; if the writer raises, the
temporary file is removed and the target — old version or none — is left as it was.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


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
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    return path
