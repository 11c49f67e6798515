"""Read-only string tables that load in milliseconds: values in one UTF-8 block, keys in a MARISA trie.

The start-up cache (:mod:`kg.cache`) and the matcher (:mod:`kg.linking.matcher`) hold hundreds of thousands of
names. Kept as Python dicts and lists of ``str``, unpickling them creates about a million objects, and on a
machine where fresh memory is slow to map that took several seconds at every start. Here a table is three
objects (a trie, a bytes block, an offset array), pickled and loaded as they are; a value becomes a ``str`` only
when it is read.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import marisa_trie


class PackedStrings:
    """A read-only list of strings stored in one UTF-8 block.

    >>> names = PackedStrings(["everolimus", "", "exemestane"])
    >>> len(names), names[2], names[1], names[-1]
    (3, 'exemestane', '', 'exemestane')
    """

    def __init__(self, values: Iterable[str]) -> None:
        offsets = array("Q", [0])
        chunks: list[bytes] = []
        total = 0
        for value in values:
            data = value.encode("utf-8", "surrogatepass")
            chunks.append(data)
            total += len(data)
            offsets.append(total)
        self._block = b"".join(chunks)
        self._offsets = offsets

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def __getitem__(self, index: int) -> str:
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        offsets = self._offsets
        return self._block[offsets[index] : offsets[index + 1]].decode("utf-8", "surrogatepass")

    def __iter__(self) -> Iterator[str]:
        return (self[index] for index in range(len(self)))

    def __getstate__(self) -> tuple[bytes, bytes]:
        return self._block, self._offsets.tobytes()

    def __setstate__(self, state: tuple[bytes, bytes]) -> None:
        self._block = state[0]
        self._offsets = array("Q")
        self._offsets.frombytes(state[1])


class PackedMap(Mapping[str, str]):
    """A read-only ``str → str`` mapping: keys in a MARISA trie, values in :class:`PackedStrings`.

    Iteration follows the trie's order, not the order the pairs were given in. Keys must be valid UTF-8 text
    (no lone surrogates); values may be any string.

    >>> table = PackedMap([("afinitor", "NCIT:C48387"), ("aromasin", "NCIT:C1097")])
    >>> table["afinitor"], table.get("zortress"), "aromasin" in table, len(table)
    ('NCIT:C48387', None, True, 2)
    """

    def __init__(self, items: Iterable[tuple[str, str]]) -> None:
        pairs = dict(items)
        self._odd = {key: pairs.pop(key) for key in [key for key in pairs if "\x00" in key]}  # the trie stops at NUL
        self._trie = marisa_trie.Trie(pairs)
        ordered = [""] * len(self._trie)
        for key, value in pairs.items():
            ordered[self._trie[key]] = value
        self._values = PackedStrings(ordered)

    def __getitem__(self, key: str) -> str:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found  # type: ignore[no-any-return]

    def get(self, key: str, default: Any = None) -> Any:
        """The value of ``key``, or ``default``."""
        if not isinstance(key, str):
            return default
        if "\x00" in key:
            return self._odd.get(key, default)
        index = self._trie.get(key)
        return default if index is None else self._values[index]

    def __contains__(self, key: object) -> bool:
        return self.get(key) is not None  # type: ignore[arg-type]

    def __iter__(self) -> Iterator[str]:
        yield from self._trie
        yield from self._odd

    def __len__(self) -> int:
        return len(self._trie) + len(self._odd)
