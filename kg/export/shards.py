"""N-Quads shards: the sorted ``kg.nq`` cut into N files of about equal size, each loadable on its own.

N-Quads has one quad per line and no prefixes, so any run of lines is a valid file; the cut is at line
boundaries and the shards, concatenated in order, give back ``kg.nq`` byte for byte. They are copied from
the file already written, a line at a time, so sharding needs no more memory than a line.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from kg.export.atomic import write_atomic

SHARD_GLOB = "kg-*-of-*.nq"


def shard_name(number: int, count: int) -> str:
    """The file name of shard ``number`` (from 1) of ``count``.

    >>> shard_name(1, 4)
    'kg-0001-of-0004.nq'
    """
    return f"kg-{number:04d}-of-{count:04d}.nq"


def write_shards(nquads: Path, directory: Path, count: int) -> list[Path]:
    """Cut the N-Quads file ``nquads`` into ``count`` shards in ``directory`` (older shards removed).

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> source = folder / "kg.nq"
    >>> _ = source.write_bytes(b"".join(b"<s%d> <p> <o> .\\n" % i for i in range(10)))
    >>> shards = write_shards(source, folder / "shards", 3)
    >>> [p.name for p in shards]
    ['kg-0001-of-0003.nq', 'kg-0002-of-0003.nq', 'kg-0003-of-0003.nq']
    >>> b"".join(p.read_bytes() for p in shards) == source.read_bytes()
    True
    """
    if count < 1:
        raise ValueError("the number of shards must be at least 1")
    directory.mkdir(parents=True, exist_ok=True)
    for old in directory.glob(SHARD_GLOB):
        old.unlink()
    total = nquads.stat().st_size
    written: list[Path] = []
    with nquads.open("rb") as source:
        for number in range(1, count + 1):
            limit = total * number // count

            def copy(handle: BinaryIO, limit: int = limit) -> None:
                while source.tell() < limit:
                    line = source.readline()
                    if not line:
                        break
                    handle.write(line)

            written.append(write_atomic(directory / shard_name(number, count), copy))
    return written
