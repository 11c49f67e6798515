"""Dictionary matching of vocabulary names in plain text: longest match at word boundaries.

Text and names are *folded* the same way, one character for one character, so offsets in the folded text
are offsets in the original: lower case, every dash or hyphen and slash becomes a space, curly quotes
become straight ones. "BOLERO 2", "BOLERO-2" and "bolero–2" therefore share one key. An Aho–Corasick
automaton (pyahocorasick) finds every key in one pass; word boundaries, plural endings and case rules
are checked on the original text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

_FOLD_TABLE: dict[int, str] = {}
for _code in range(0x250):
    _lower = chr(_code).lower()
    if len(_lower) == 1 and _lower != chr(_code):
        _FOLD_TABLE[_code] = _lower
for _dash in "-‐‑‒–—―−/":
    _FOLD_TABLE[ord(_dash)] = " "
for _quote, _plain in (("‘", "'"), ("’", "'"), ("“", '"'), ("”", '"'), ("\u00a0", " ")):
    _FOLD_TABLE[ord(_quote)] = _plain

_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Fold text for matching without changing its length.

    >>> fold("Hormone Receptor–Positive")
    'hormone receptor positive'
    >>> len(fold("BOLERO-2")) == len("BOLERO-2")
    True
    """
    return text.translate(_FOLD_TABLE)


@lru_cache(maxsize=1 << 16)  # the same names (an entry's, a term's brands) are keyed again and again
def name_key(name: str) -> str:
    """The matching key of a vocabulary name: folded, with runs of spaces collapsed.

    >>> name_key("  BOLERO-2 ")
    'bolero 2'
    """
    return _SPACES.sub(" ", fold(name)).strip()


@dataclass(frozen=True)
class Entry:
    """One way a key can be read: the term, the name as written, and what kind of name it is.

    ``kind`` is ``label``, ``synonym``, ``brand``, ``code`` or ``learned``.

    >>> Entry("NCIT:C48387", "Afinitor", "brand", "drug").kind
    'brand'
    """

    term_id: str
    name: str
    kind: str
    type: str


@dataclass(frozen=True)
class Hit:
    """A key found in the text, with every entry that key stands for.

    >>> Hit(0, 8, "afinitor", ()).end
    8
    """

    start: int
    end: int
    key: str
    entries: tuple[Entry, ...]


def _is_word_char(char: str) -> bool:
    return char.isalnum()


class Matcher:
    """Finds vocabulary names in text; build it once and reuse it for every document.

    >>> matcher = Matcher([Entry("NCIT:C48387", "everolimus", "label", "drug")])
    >>> [(h.start, h.end) for h in matcher.find("Adding everolimus to exemestane")]
    [(7, 17)]
    """

    def __init__(self, entries: Iterable[Entry]) -> None:
        table: dict[str, list[Entry]] = {}
        for entry in entries:
            key = name_key(entry.name)
            if len(key) < 2:
                continue
            table.setdefault(key, []).append(entry)
            if len(key) > 4 and key.endswith("y") and key[-2] not in "aeiou":
                table.setdefault(key[:-1] + "ies", []).append(entry)  # therapy → therapies
        # The automaton stores an index; what a key stands for is kept as one packed string per key and
        # unpacked on its first hit, so a pickled matcher (kg/cache.py) loads in a fraction of a second.
        self._automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        self._packed: list[str | tuple[str, tuple[Entry, ...]]] = []
        for index, (key, found) in enumerate(table.items()):
            # the value carries the key's length, so hits that fail the word-boundary test cost no lookup
            self._automaton.add_word(key, index << _LENGTH_BITS | min(len(key), _LENGTH_MASK))
            self._packed.append(_pack(key, found))
        self._automaton.make_automaton()
        self._unpacked: dict[int, tuple[str, tuple[Entry, ...]]] = {}
        self.size = len(table)

    def __getstate__(self) -> dict[str, object]:
        """Pickle the automaton and the packed entries, not the entries unpacked so far."""
        return {"_automaton": self._automaton, "_packed": self._packed, "size": self.size}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._unpacked = {}

    def _entries_of(self, index: int) -> tuple[str, tuple[Entry, ...]]:
        found = self._unpacked.get(index)
        if found is None:
            packed = self._packed[index]
            found = _unpack(packed) if isinstance(packed, str) else packed
            self._unpacked[index] = found
        return found

    def find(self, text: str) -> Iterator[Hit]:
        """Every key occurrence that starts and ends at a word boundary (a trailing plural 's' allowed).

        Overlapping hits are all returned; :func:`longest_hits` keeps the longest leftmost ones.
        """
        if self.size == 0:
            return
        folded = fold(text)
        length = len(text)
        entries_of = self._entries_of
        for end_index, value in self._automaton.iter(folded):
            size = value & _LENGTH_MASK
            start = end_index - size + 1 if size < _LENGTH_MASK else -1
            if start > 0 and text[start - 1].isalnum():
                continue
            end = end_index + 1
            if end < length and text[end].isalnum():
                plural = _plural_end(text, end)
                if plural is None:
                    continue
                end = plural
            key, entries = entries_of(value >> _LENGTH_BITS)
            if start < 0:  # a key too long for the length field
                start = end_index - len(key) + 1
                if start > 0 and text[start - 1].isalnum():
                    continue
            yield Hit(start, end, key, entries)


_LENGTH_BITS = 12
_LENGTH_MASK = (1 << _LENGTH_BITS) - 1
_KEY_END, _ENTRY_END, _FIELD_END = "\x1d", "\x1e", "\x1f"


def _pack(key: str, entries: list[Entry]) -> str | tuple[str, tuple[Entry, ...]]:
    """One string for a key and its entries (or the tuple itself when a name holds a separator).

    >>> _unpack(_pack("afinitor", [Entry("NCIT:C48387", "Afinitor", "brand", "drug")]))[1][0].name
    'Afinitor'
    """
    fields = [key, *(f for e in entries for f in (e.term_id, e.name, e.kind, e.type))]
    if any(c in f for f in fields for c in (_KEY_END, _ENTRY_END, _FIELD_END)):
        return (key, tuple(entries))
    return key + _KEY_END + _ENTRY_END.join(_FIELD_END.join((e.term_id, e.name, e.kind, e.type)) for e in entries)


def _unpack(packed: str) -> tuple[str, tuple[Entry, ...]]:
    key, _, rest = packed.partition(_KEY_END)
    return key, tuple(Entry(*record.split(_FIELD_END)) for record in rest.split(_ENTRY_END))


def _plural_end(text: str, end: int) -> int | None:
    """The end of a plural ending ('s' or 'es') right after a match, if the word ends there."""
    for suffix in ("s", "es"):
        stop = end + len(suffix)
        if text[end:stop] == suffix and (stop >= len(text) or not _is_word_char(text[stop])):
            return stop
    return None


def longest_hits(hits: Iterable[Hit]) -> list[Hit]:
    """Keep the longest leftmost hits that do not overlap.

    >>> a, b = Hit(0, 6, "breast", ()), Hit(0, 13, "breast cancer", ())
    >>> [h.key for h in longest_hits([a, b])]
    ['breast cancer']
    """
    chosen: list[Hit] = []
    last_end = -1
    for hit in sorted(hits, key=lambda h: (h.start, -(h.end - h.start))):
        if hit.start >= last_end:
            chosen.append(hit)
            last_end = hit.end
    return chosen
