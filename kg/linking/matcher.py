"""Dictionary matching of vocabulary names in plain text: longest match at word boundaries.

Text and names are *folded* the same way, one character for one character, so offsets in the folded text
are offsets in the original: lower case, every dash or hyphen and slash becomes a space, curly quotes
become straight ones. "BOLERO 2", "BOLERO-2" and "bolero–2" therefore share one key.

Only hits that start and end at a word boundary count, so the search works on a second folding of the text,
:func:`separated`, in which every character that is not a letter or digit is a space. Each key is stored in
that form in a MARISA trie (marisa-trie), behind one leading space and followed by the end of a word: a space,
or a plural "s " or "es ". At the start of every word of the text, one prefix search of the trie returns the
keys that start there and end at a word end, and nothing else. The few keys that hold punctuation or spaces are
compared with the folded text once found. The trie is a few megabytes, so a pickled matcher loads in
milliseconds (:mod:`kg.cache`); what a key stands for is unpacked on its first hit.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter, methodcaller
from typing import NamedTuple

import marisa_trie

from kg.packed import PackedStrings

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
        # a footnote mark ("lymphoma¹") ends a word like punctuation
        folded = char.translate(_FOLD_TABLE) if char.isalnum() and char not in _SUPERSCRIPTS else " "
        self[code] = folded
        return folded


_SUPERSCRIPTS = "¹²³⁰⁴⁵⁶⁷⁸⁹"
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
    >>> separated("lymphoma¹")
    'lymphoma '
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

    def __init__(self, entries: Iterable[Entry], symbol: Callable[[Entry], bool] | None = None,
                 unread: Callable[[Entry], bool] | None = None) -> None:
        """``symbol``: which entries are read only where written as a symbol (:func:`written_as_symbol`); a key
        whose every entry is one is not found where it is written otherwise ("met" for MET). ``unread``: which
        entries are never read as names, wherever written ("cancer"); a key whose every entry is one is never
        found. Either way no hit is made for the many such words of a page."""
        table: dict[str, list[Entry]] = {}
        for entry in entries:
            key = name_key(entry.name)
            if len(key) < 2:
                continue
            table.setdefault(key, []).append(entry)
            if len(key) > 4 and key.endswith("y") and key[-2] not in "aeiou":
                table.setdefault(key[:-1] + "ies", []).append(entry)  # therapy → therapies
        # What a key stands for is kept as one packed string per key, unpacked on its first hit. Keys that
        # share a separated form ("a.b", "a,b") share a word: a group of key indexes.
        packed: list[str | tuple[str, tuple[Entry, ...]]] = []
        words: dict[str, list[int]] = {}
        table_entries = list(table.values())
        for index, (key, found) in enumerate(table.items()):
            packed.append(_pack(key, found))
            words.setdefault(" " + separated(key), []).append(index)
        self._groups: list[tuple[int, ...]] = []
        # The trie holds every word three times, followed by the end of a word: " ", "s " or "es " (a plural
        # ending). A word whose key starts with punctuation ("(r) chop") is stored from its last leading space
        # on, with the count of the spaces before it (checked in the text when found).
        values: dict[str, list[int]] = {}
        for word, indexes in words.items():
            # a word whose every key stands only for names never read: not kept at all
            if unread is not None and all(unread(e) for i in indexes for e in table_entries[i]):
                continue
            # a word whose every key stands only for symbols: its hits need the capitals of a symbol
            as_symbol = symbol is not None and all(symbol(e) for i in indexes for e in table_entries[i])
            if len(indexes) == 1:  # the low bit: the key holds more than letters and digits
                reference = indexes[0] << 1 | (not word[1:].isalnum() or word[1:] != _key_of(packed[indexes[0]]))
            else:
                reference = (len(packed) + len(self._groups)) << 1 | 1
                self._groups.append(tuple(indexes))
            lead = len(word) - len(word.lstrip(" ")) - 1
            if lead > _LEAD_MASK:
                continue  # a key behind hundreds of punctuation marks: no name is written so, none is kept
            flags = as_symbol << _SYMBOL_BIT | lead << 2
            for plural, ending in enumerate(_ENDINGS):
                values.setdefault(word[lead:] + ending, []).append(reference << _REFERENCE_SHIFT | flags | plural)
        self._trie = marisa_trie.Trie(values)
        # a small matcher (a document's own link texts) looks only where one of its first words is written
        first_words = {word.split(" ", 2)[1] for word in values}
        self._first_words = tuple(sorted(first_words)) if len(first_words) <= _FEW_WORDS else None
        self._values = array("q", [0]) * len(self._trie)
        self._shared: list[tuple[int, ...]] = []
        for trie_word, found_values in values.items():
            if len(found_values) == 1:
                self._values[self._trie[trie_word]] = found_values[0]
            else:
                self._values[self._trie[trie_word]] = -1 - len(self._shared)
                self._shared.append(tuple(found_values))
        self._span = max(map(len, values), default=0)
        self._packed = PackedStrings(p if isinstance(p, str) else "" for p in packed)
        self._odd = {i: p for i, p in enumerate(packed) if not isinstance(p, str)}
        self._unpacked: dict[int, tuple[str, tuple[Entry, ...]]] = {}
        self.size = len(table)

    def __getstate__(self) -> dict[str, object]:
        """Pickle the trie and the packed entries, not the entries unpacked so far."""
        state = dict(self.__dict__)
        state["_unpacked"] = {}
        return state

    def _entries_of(self, index: int) -> tuple[str, tuple[Entry, ...]]:
        found = self._unpacked.get(index)
        if found is None:
            found = self._odd.get(index) or _unpack(self._packed[index])
            self._unpacked[index] = found
        return found

    def find(self, text: str) -> Iterator[Hit]:
        """Every key occurrence that starts and ends at a word boundary (a trailing plural 's' allowed).

        Overlapping hits are all returned, in the order of their key's end, longest first; :func:`longest_hits`
        keeps the longest leftmost ones.
        """
        if self.size == 0:
            return
        entries_of = self._entries_of
        keys = len(self._packed)
        values, shared, span = self._values, self._shared, self._span
        prefixes = self._trie.iter_prefixes_with_ids
        padded = _padded(text)
        hits: list[tuple[int, int, Hit]] = []
        folded: dict[str, str] = {}  # the words of a page's names recur: each is folded once
        for at in self._word_starts(padded):
            for word, word_id in prefixes(padded[at : at + span]):
                value = values[word_id]
                for packed in (value,) if value >= 0 else shared[-1 - value]:
                    plural, lead = packed & 3, (packed >> 2) & _LEAD_MASK
                    if lead and (at < lead or padded[at - lead : at] != " " * lead):
                        continue
                    end = at + len(word) - plural - 2  # the key's end in the text
                    if plural and text[end : end + plural] != _ENDINGS[plural][:-1]:
                        continue  # a plural ending in lower case only, as written
                    reference = packed >> _REFERENCE_SHIFT
                    index = reference >> 1
                    as_symbol = packed >> _SYMBOL_BIT & 1
                    if not reference & 1:  # a key of letters and digits only: found as it is, from ``at`` on
                        if as_symbol and not written_as_symbol(text[at : end + plural]):
                            continue
                        key, entries = entries_of(index)
                        hits.append((end, -len(key), Hit(end - len(key), end + plural, key, entries)))
                        continue
                    for candidate in (index,) if index < keys else self._groups[index - keys]:
                        key, entries = entries_of(candidate)
                        start = end - len(key)
                        if as_symbol and not written_as_symbol(text[start : end + plural]):
                            continue
                        written = text[start:end]
                        folded_written = folded.get(written)
                        if folded_written is None:
                            folded_written = folded[written] = fold(written)
                        if folded_written == key:
                            hits.append((end, -len(key), Hit(start, end + plural, key, entries)))
        hits.sort(key=_ORDER)  # stable: a group's keys stay in their order
        for _, _, hit in hits:
            yield hit


    def _word_starts(self, padded: str) -> Iterable[int]:
        """The offsets of the spaces before each word of the padded text; for a small matcher, only those before
        a word that some key starts with (found by plain substring search: the same hits, fewer lookups)."""
        if self._first_words is None:
            return map(_MATCH_START, _WORD_STARTS.finditer(padded))
        starts: set[int] = set()
        for first in self._first_words:
            needle = " " + first
            at = padded.find(needle)
            while at >= 0:
                starts.add(at)
                at = padded.find(needle, at + 1)
        return sorted(starts)


_FEW_WORDS = 128  # up to this many distinct first words, a matcher searches for them instead of trying every word
_ENDINGS = (" ", "s ", "es ")
_LEAD_MASK = 0xFF
_SYMBOL_BIT = 10
_REFERENCE_SHIFT = 11  # a trie value: reference, a bit for a symbol, 8 bits of leading spaces, 2 of plural ending
_WORD_STARTS = re.compile(r" (?=[^ ])")
_ORDER = itemgetter(0, 1)
_MATCH_START = methodcaller("start")


_last_padded: tuple[str, str] = ("", "  ")


def _padded(text: str) -> str:
    """The text :func:`separated`, with one leading space (a word of the trie starts with one) and one trailing
    (every word ends with one). The last one is kept: the vocabulary's matcher and a page's own small matcher
    (:func:`~kg.linking.document_names.anchor_mentions`) search the same page in turn, and separating a page
    costs a pass over every character of it.

    >>> _padded("HER2+ (Breast)") == " " + separated("HER2+ (Breast)") + " "
    True
    """
    global _last_padded
    seen, padded = _last_padded
    if seen is not text:
        padded = " " + separated(text) + " "
        _last_padded = (text, padded)
    return padded


def padded_words(text: str) -> str:
    """The text as the matcher reads it: folded, every character that is not a letter or digit a space, with a
    space before and after (made once for the page being linked, so later readers may ask for it cheaply).

    >>> padded_words("HER2+ (Breast)")
    ' her2   breast  '
    """
    return _padded(text)


def _key_of(packed: str | tuple[str, tuple[Entry, ...]]) -> str:
    return packed.partition(_KEY_END)[0] if isinstance(packed, str) else packed[0]


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


def written_as_symbol(surface: str) -> bool:
    """Whether a span is written as a gene symbol is: with two capitals or digits at least ("MET", "p53", not "met").

    >>> written_as_symbol("MET"), written_as_symbol("met"), written_as_symbol("Met")
    (True, False, False)
    """
    if surface.islower() and surface.isalpha():
        return False  # most spans tested: a word in lower case, with neither capital nor digit
    return sum(c.isupper() or c.isdigit() for c in surface) >= 2


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
