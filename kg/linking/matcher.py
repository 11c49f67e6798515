"""Dictionary matching of vocabulary names in plain text: longest match at word boundaries.

Text and names are *folded* the same way, one character for one character, so offsets in the folded text
are offsets in the original: lower case, every dash or hyphen and slash becomes a space, curly quotes
become straight ones. "BOLERO 2", "BOLERO-2" and "bolero–2" therefore share one key. An Aho–Corasick
automaton (pyahocorasick) finds every key in one pass.

Only hits that start at a word boundary are worth a look, so the automaton never reports the others: it
searches a second folding of the text, :func:`separated`, in which every character that is not a letter or
digit is a space, and each key is stored in that form behind one leading space, the "word boundary" (the text
gets one in front as well). A key can then only end where a word starts before it; the few keys that hold
punctuation or spaces are compared with the folded text once found, and the end of the word (or a plural
ending) is checked on the original text. Every key is still reported at the position and in the order of a
plain search, so the hits are the same ones, only without the millions inside words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

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


class _SeparatorTable(dict[int, str]):
    """The translation table of :func:`separated`, filled in as characters are met."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = char.translate(_FOLD_TABLE) if char.isalnum() else " "
        self[code] = folded
        return folded


_SEPARATOR_TABLE = _SeparatorTable()


def fold(text: str) -> str:
    """Fold text for matching without changing its length.

    >>> fold("Hormone Receptor–Positive")
    'hormone receptor positive'
    >>> len(fold("BOLERO-2")) == len("BOLERO-2")
    True
    """
    return text.translate(_FOLD_TABLE)


def separated(text: str) -> str:
    """Fold text like :func:`fold` and make every character that is not a letter or digit a space.

    >>> separated("HER2+ (Breast)")
    'her2   breast '
    """
    return text.translate(_SEPARATOR_TABLE)


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


class Hit(NamedTuple):
    """A key found in the text, with every entry that key stands for (a named tuple: a document has
    hundreds of thousands of raw hits, and a tuple is made several times faster than a frozen dataclass).

    >>> Hit(0, 8, "afinitor", ()).end
    8
    """

    start: int
    end: int
    key: str
    entries: tuple[Entry, ...]


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
        # Keys that share a separated form ("a.b", "a,b") share an automaton word: a group of key indexes.
        self._packed: list[str | tuple[str, tuple[Entry, ...]]] = []
        words: dict[str, list[int]] = {}
        for index, (key, found) in enumerate(table.items()):
            self._packed.append(_pack(key, found))
            words.setdefault(" " + separated(key), []).append(index)
        self._groups: list[tuple[int, ...]] = []
        self._automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        for word, indexes in words.items():
            if len(indexes) == 1:  # the low bit: the key holds more than letters and digits
                reference = indexes[0] << 1 | (not word[1:].isalnum() or word[1:] != self._key_of(indexes[0]))
            else:
                reference = (len(self._packed) + len(self._groups)) << 1 | 1
                self._groups.append(tuple(indexes))
            self._automaton.add_word(word, reference)
        self._automaton.make_automaton()
        self._unpacked: dict[int, tuple[str, tuple[Entry, ...]]] = {}
        self.size = len(table)

    def _key_of(self, index: int) -> str:
        packed = self._packed[index]
        return packed.partition(_KEY_END)[0] if isinstance(packed, str) else packed[0]

    def __getstate__(self) -> dict[str, object]:
        """Pickle the automaton and the packed entries, not the entries unpacked so far."""
        return {"_automaton": self._automaton, "_packed": self._packed, "_groups": self._groups, "size": self.size}

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
        length = len(text)
        entries_of = self._entries_of
        keys = len(self._packed)
        # one leading space: a key (stored behind a space) can start at offset 0; the automaton reports the
        # end of a word in the padded text, which is the key's end offset in the text itself
        for end, reference in self._automaton.iter(" " + separated(text)):
            stop = end
            if end < length:
                after = text[end]
                if after.isalnum():  # inside a word, unless a plural ending ends it ('s' or 'es')
                    if after == "s":
                        stop = end + 1
                    elif after == "e" and text[end + 1 : end + 2] == "s":
                        stop = end + 2
                    else:
                        continue
                    if stop < length and text[stop].isalnum():
                        continue
            index = reference >> 1
            if not reference & 1:  # a key of letters and digits only: found as it is
                key, entries = entries_of(index)
                yield Hit(end - len(key), stop, key, entries)
                continue
            for candidate in (index,) if index < keys else self._groups[index - keys]:
                key, entries = entries_of(candidate)
                start = end - len(key)
                if fold(text[start:end]) == key:
                    yield Hit(start, stop, key, entries)


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
