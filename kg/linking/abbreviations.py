"""Abbreviations defined in a document: "progression-free survival (PFS)", "hormone receptor (HR)-positive".

A definition is a parenthesised short form right after its long form; the long form is the shortest run
of preceding words whose letters can spell the short form in order, first letter on a word start (a
simple reading of the usual short-form/long-form alignment idea, written for this project).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_SHORT_FORM = re.compile(r"\(([A-Za-z][A-Za-z0-9+\-/]{0,9})\)")
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’]*")
MAX_LONG_WORDS = 8


@dataclass(frozen=True)
class Abbreviation:
    """A short form and the long form it stands for, with their spans in the text.

    >>> Abbreviation("PFS", 30, 33, 0, 24).short
    'PFS'
    """

    short: str
    short_start: int
    short_end: int
    long_start: int
    long_end: int


def _spells(short: str, long_form: str) -> bool:
    """Whether the letters of ``short`` appear in order in ``long_form``, the first one starting a word."""
    letters = [c.lower() for c in short if c.isalnum()]
    text = long_form.lower()
    if not letters:
        return False
    position = len(text) - 1
    for index in range(len(letters) - 1, -1, -1):
        char = letters[index]
        while position >= 0:
            at_word_start = position == 0 or not text[position - 1].isalnum()
            if text[position] == char and (index > 0 or at_word_start):
                break
            position -= 1
        if position < 0:
            return False
        position -= 1
    return True


def find_abbreviations(text: str) -> list[Abbreviation]:
    """Abbreviation definitions in text, in order of appearance.

    >>> [a.short for a in find_abbreviations("median progression-free survival (PFS) was 7 months")]
    ['PFS']
    >>> a = find_abbreviations("non-small cell lung cancer (NSCLC)")[0]
    >>> "non-small cell lung cancer (NSCLC)"[a.long_start:a.long_end]
    'non-small cell lung cancer'
    """
    return list(_abbreviations(text))


@lru_cache(maxsize=4)  # one document's readers (defined short forms, initialisms, trial names) ask in turn
def _abbreviations(text: str) -> tuple[Abbreviation, ...]:
    found: list[Abbreviation] = []
    for match in _SHORT_FORM.finditer(text):
        short = match.group(1)
        if sum(c.isupper() for c in short) < 2 or len(short) < 2:
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        before = text[line_start : match.start()].rstrip()
        words = list(_WORD.finditer(before))
        if not words:
            continue
        limit = min(MAX_LONG_WORDS, len(short) + 5)
        for count in range(1, min(limit, len(words)) + 1):
            first = words[-count]
            long_form = before[first.start() :]
            if first.group(0)[0].lower() != short[0].lower():
                continue
            if _spells(short, long_form) and len(long_form) > len(short):
                found.append(
                    Abbreviation(
                        short=short,
                        short_start=match.start(1),
                        short_end=match.end(1),
                        long_start=line_start + first.start(),
                        long_end=line_start + len(before),
                    )
                )
                break
    return tuple(found)
