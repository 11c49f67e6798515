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
        self._automaton = ahocorasick.Automaton()
        for key, found in table.items():
            self._automaton.add_word(key, (key, tuple(found)))
        self._automaton.make_automaton()
        self.size = len(table)

    def find(self, text: str) -> Iterator[Hit]:
        """Every key occurrence that starts and ends at a word boundary (a trailing plural 's' allowed).

        Overlapping hits are all returned; :func:`longest_hits` keeps the longest leftmost ones.
        """
        if self.size == 0:
            return
        folded = fold(text)
        length = len(text)
        for end_index, (key, entries) in self._automaton.iter(folded):
            start = end_index - len(key) + 1
            end = end_index + 1
            if start > 0 and text[start - 1].isalnum():
                continue
            if end < length and text[end].isalnum():
                plural = _plural_end(text, end)
                if plural is None:
                    continue
                end = plural
            yield Hit(start, end, key, entries)


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
