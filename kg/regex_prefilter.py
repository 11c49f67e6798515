"""Faster scans with the same matches: a regex gets a one-character look-ahead of the characters its matches
can start with.

Python's regex engine tries a pattern at every position of the text. For a pattern that opens with a word
boundary and a long alternation (``\\b(?:overall|progression-free|...) survival``, case-insensitive), most of
the time goes into trying and failing the alternation at positions where no match can start. A look-ahead
``(?=[op...])`` in front fails at those positions after one character test. The set of first characters is
read from the parsed pattern, so it is complete by construction; when the pattern has a part whose first
characters cannot be listed (``.``, a negated class, a back-reference, scoped flags, a part that can match
nothing at all), the pattern is returned unchanged. Either way the matches are the same. A part that can only
match at the start of the string (after ``^`` without MULTILINE, or ``\\A``: "``...|^\\W*testing|...``") adds no
characters: the look-ahead lets the start of the string through instead, ``(?:(?=[op...])|\\A)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from re import _constants as sre  # type: ignore[attr-defined]  # the parser's opcodes (CPython 3.11+)
from re import _parser  # type: ignore[attr-defined]
from typing import Any

_ZERO_WIDTH = frozenset((sre.AT, sre.ASSERT, sre.ASSERT_NOT))
_REPEATS = frozenset(
    op for op in (getattr(sre, name, None) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")) if op
)
_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}


class _Unlisted(Exception):
    """The first characters of a part cannot be listed as a character class."""


def _class_items(items: list[tuple[Any, Any]]) -> list[str]:
    listed: list[str] = []
    for op, value in items:
        if op is sre.LITERAL:
            listed.append(re.escape(chr(value)))
        elif op is sre.RANGE:
            listed.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        elif op is sre.CATEGORY and value in _CATEGORIES:
            listed.append(_CATEGORIES[value])
        else:  # NEGATE and anything else: give up
            raise _Unlisted
    return listed


_AT_START = r"\A"  # in ``found``: a part of the pattern matches only at the start of the string


def _first(sequence: Any, found: list[str], multiline: bool = False) -> bool:
    """Add the first characters of a parsed sequence to ``found``; whether the sequence can match nothing."""
    for op, value in sequence:
        if op is sre.AT and (value is sre.AT_BEGINNING_STRING or (value is sre.AT_BEGINNING and not multiline)):
            found.append(_AT_START)  # nothing can be consumed before it: a match this way starts at 0
            return False
        if op in _ZERO_WIDTH:
            continue
        if op is sre.LITERAL:
            found.append(re.escape(chr(value)))
            return False
        if op is sre.IN:
            found.extend(_class_items(value))
            return False
        if op is sre.SUBPATTERN:
            _group, add_flags, del_flags, inner = value
            if add_flags or del_flags:
                raise _Unlisted  # scoped flags (?i:...) change what a character matches
            if not _first(inner, found, multiline):
                return False
            continue
        if op is sre.BRANCH:
            empty = False
            for alternative in value[1]:
                empty = _first(alternative, found, multiline) or empty
            if not empty:
                return False
            continue
        if op in _REPEATS:
            minimum, _maximum, inner = value
            if not _first(inner, found, multiline) and minimum > 0:
                return False
            continue
        raise _Unlisted  # ANY, NOT_LITERAL, back-references, conditionals
    return True


def _opens_with_one_test(parsed: Any, ignore_case: bool) -> bool:
    """Whether the pattern is anchored at the start, or its first step is already one character test, so that
    a look-ahead would only repeat it: a literal, a class or a repeat of one, or an alternation of literals
    (which the engine scans for by itself unless case is ignored)."""
    sequence = list(parsed)
    while sequence and sequence[0][0] is sre.SUBPATTERN and not any(sequence[0][1][1:3]):
        sequence = list(sequence[0][1][3])
    if not sequence:
        return False
    op, value = sequence[0]
    if op is sre.AT and value in (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING):
        return True  # anchored: the engine tries the start (of each line) only
    if op in _REPEATS and value[0] > 0 and len(value[2]) == 1:
        op, value = value[2][0]
    if op is sre.LITERAL or op is sre.IN:
        return True
    if op is sre.BRANCH and all(alt and alt[0][0] is sre.LITERAL for alt in value[1]):
        return not ignore_case or all(chr(alt[0][1]).lower() == chr(alt[0][1]).upper() for alt in value[1])
    return False


_BROAD = frozenset((r"\w", r"\W", r"\s", r"\S", r"\D"))


def first_characters(pattern: re.Pattern[str]) -> str | None:
    """A character class of the characters every match of ``pattern`` starts with, or None (also where a part of
    the pattern can only match at the start of the string: see :func:`_look_ahead`).

    >>> first_characters(re.compile(r"\\b(?:over|pro)all|\\d+ years?"))
    '[op\\\\d]'
    >>> first_characters(re.compile(r"a?b*")) is None
    True
    """
    ahead = _look_ahead(pattern)
    return ahead[3:-1] if ahead is not None and ahead.startswith("(?=") else None


def _look_ahead(pattern: re.Pattern[str], parsed: Any = None) -> str | None:
    """The look-ahead that lets through the positions where a match of ``pattern`` can start: a class of its
    first characters, or that class or the start of the string where a part of it is anchored there.

    >>> _look_ahead(re.compile(r"\\b(?:over|pro)all"))
    '(?=[op])'
    >>> _look_ahead(re.compile(r"\\bover|^\\W*testing"))
    '(?:(?=[o])|\\\\A)'
    >>> _look_ahead(re.compile(r"\\bover|^\\W*testing", re.MULTILINE))  # ^ after every newline: what follows it
    '(?=[o\\\\Wt])'
    """
    if not isinstance(pattern.pattern, str):
        return None
    try:
        if parsed is None:
            parsed = _parser.parse(pattern.pattern, pattern.flags & ~re.UNICODE)
        found: list[str] = []
        if _first(parsed, found, bool(pattern.flags & re.MULTILINE)):
            return None
    except (_Unlisted, re.error, RecursionError):
        return None
    characters = "".join(dict.fromkeys(c for c in found if c != _AT_START))
    if not characters:
        return None
    return f"(?:(?=[{characters}])|\\A)" if _AT_START in found else f"(?=[{characters}])"


def prefiltered(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The same pattern behind a look-ahead of its first characters (or itself when they cannot be listed).

    Groups, flags and matches are unchanged; only the scan is faster. It is left as it is where the look-ahead
    would not pay: when the pattern is anchored at the start or its first step already is one character test (a
    literal, a class, literals the engine scans for by itself), or when most characters of a text could start a
    match (lower-case letter ranges, ``\\w``, ``\\s``).

    >>> slow = re.compile(r"\\b(?:overall|progression[- ]free) survival", re.IGNORECASE)
    >>> fast = prefiltered(slow)
    >>> fast.pattern[:8], fast.findall("Overall survival and PFS") == slow.findall("Overall survival and PFS")
    ('(?=[op])', True)
    """
    try:  # parsed once here, for both tests (parsing is about half of what compiling a pattern costs)
        parsed = _parser.parse(pattern.pattern, pattern.flags & ~re.UNICODE)
    except (re.error, RecursionError):
        return pattern
    ahead = _look_ahead(pattern, parsed)
    if ahead is None or "a-" in ahead or any(broad in ahead for broad in _BROAD):
        return pattern
    if _opens_with_one_test(parsed, bool(pattern.flags & re.IGNORECASE)):
        return pattern
    try:
        return re.compile(f"{ahead}(?:{pattern.pattern})", pattern.flags)
    except re.error:  # e.g. global inline flags, which must open the pattern
        return pattern


def words_before(text: str, end: int, count: int, word_characters: str = "_-") -> int:
    """Where the last ``count`` runs of word characters (letters, digits and ``word_characters``), each followed
    by whitespace, begin before ``end``: no match of a pattern of at most ``count`` such words that ends right
    before ``end`` can start earlier. Patterns of a few words before a rare anchor ("hazard ratio [HR]") are
    searched from there only, instead of being tried at every position of a text.

    >>> text = "x: the overall survival (OS)"
    >>> text[words_before(text, text.index("("), 2) :]
    'overall survival (OS)'
    >>> text[words_before(text, text.index("("), 6) :]
    'the overall survival (OS)'
    """
    start = end
    for _ in range(count):
        space = start
        while space > 0 and text[space - 1].isspace():
            space -= 1
        word = space
        while word > 0 and (text[word - 1].isalnum() or text[word - 1] in word_characters):
            word -= 1
        if space == start or word == space:
            break
        start = word
    return start


def prefilter_patterns(namespace: dict[str, Any]) -> None:
    """Replace every compiled pattern among a module's globals by :func:`prefiltered` (call it at the end of a
    module of many cue patterns: ``prefilter_patterns(globals())``).

    >>> space = {"CUE": re.compile(r"\\b(?:side effects?|toxicity)", re.IGNORECASE)}
    >>> prefilter_patterns(space)
    >>> space["CUE"].pattern[:9]
    '(?=[st])('
    """
    for name, value in list(namespace.items()):
        if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
            namespace[name] = prefiltered(value)


_MAX_NEEDLES = 64  # more literal openings than this: the substring tests would cost more than the scan they save


def _openings(sequence: Any, found: list[str]) -> tuple[list[str], bool]:
    """The literal openings of a parsed sequence continued from ``found`` (every match of the sequence, after
    one of ``found``, starts with one of them), and whether the whole sequence was literal (so what follows it
    continues them). Zero-width steps are passed over; a step that is not a literal, a small class of literals
    or an alternation of such ends the openings there."""
    for op, value in sequence:
        if op in _ZERO_WIDTH:
            continue
        if op is sre.LITERAL:
            found = [f + chr(value) for f in found]
        elif op is sre.IN and len(value) <= 4 and all(item_op is sre.LITERAL for item_op, _ in value):
            found = [f + chr(code) for f in found for _, code in value]
        elif op is sre.SUBPATTERN and not value[1] and not value[2]:
            found, whole = _openings(value[3], found)
            if not whole:
                return found, False
        elif op is sre.BRANCH:
            continued: list[str] = []
            whole = True
            for alternative in value[1]:
                more, alternative_whole = _openings(alternative, found)
                continued.extend(more)
                whole = whole and alternative_whole
            found = continued
            if not whole:
                return found, False
        else:
            return found, False
        if len(found) > _MAX_NEEDLES:
            raise _Unlisted
    return found, True


def literal_openings(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` starts with (lower-cased when the pattern ignores case),
    or None when some match may start otherwise (a class, a repeat, scoped flags) or there are too many.

    >>> literal_openings(re.compile(r"\\bside[- ]effects?|\\b(?:more|less) common|%", re.IGNORECASE))
    ('side-effect', 'side effect', 'more common', 'less common', '%')
    >>> literal_openings(re.compile(r"\\w+ment")) is None
    True
    """
    if not isinstance(pattern.pattern, str):
        return None
    try:
        found, _ = _openings(_parser.parse(pattern.pattern, pattern.flags & ~re.UNICODE), [""])
    except (_Unlisted, re.error, RecursionError):
        return None
    if not found or "" in found:
        return None
    if pattern.flags & re.IGNORECASE:
        if any(not c.isascii() and c.lower() != c.upper() for f in found for c in f):
            return None  # "ſ" matches "s" when case is ignored: cased letters beyond ASCII are not tested here
        found = [f.lower() for f in found]
    return tuple(dict.fromkeys(found))


# The characters a case-ignoring pattern matches to an ASCII letter that ``str.lower`` does not turn into that letter:
# the dotless i and the long s ("ı" matches "i", "ſ" matches "s"; "İ" lowers to two characters, "K" to "k").
_FOLDED_APART = ("\u0131", "\u017f")


_last_lowered: tuple[str, str] = ("", "")


def _lowered(text: str) -> str:
    """``text.lower()``, the last one kept: the patterns scanned over a page in turn lower the same page."""
    global _last_lowered
    if _last_lowered[0] is not text:
        _last_lowered = (text, text.lower())
    return _last_lowered[1]


class Cues:
    """A pattern's matches looked for only where one of the strings every match starts with is written
    (:func:`literal_openings`): a few substring tests are many times faster than a case-ignoring scan of a long
    alternation, which the regex engine tries at every position, and the pattern is then tried at those places only.

    When the pattern ignores case, the places are found in the text lower-cased, where that keeps every character
    in its place and turns each character the pattern can match to a letter of an opening into that letter (no
    character lowers to two, and neither "ı" nor "ſ" is written); other texts are scanned as before. The matches are
    always the pattern's.

    >>> cues = Cues(re.compile(r"\\bside effects?|\\btoxicit", re.IGNORECASE))
    >>> cues.found_in("Side Effects of the drug"), cues.found_in("The drug works."), cues.found_in("Toxicité")
    (True, False, True)
    >>> [m.group() for m in cues.finditer("Toxicity, side effects and side effect")]
    ['Toxicit', 'side effects', 'side effect']
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.needles = literal_openings(pattern)
        self._lower = bool(pattern.flags & re.IGNORECASE)

    def _tested(self, text: str) -> str | None:
        """The text the openings are looked for in (lower-cased when case is ignored), or None when a scan is
        needed: no openings, or a lower-cased text whose characters are not where they were."""
        if self.needles is None or not self._lower:
            return None if self.needles is None else text
        tested = _lowered(text)
        if len(tested) != len(text) or (not text.isascii() and any(odd in text for odd in _FOLDED_APART)):
            return None
        return tested

    def starts(self, text: str) -> list[int] | None:
        """The offsets where a match can start, in order, or None when they cannot be told without a scan.

        >>> Cues(re.compile(r"\\b(?:one|two)\\b", re.IGNORECASE)).starts("One, two, twofold")
        [0, 5, 10]
        """
        tested = self._tested(text)
        if tested is None or self.needles is None:
            return None
        found: set[int] = set()
        for needle in self.needles:
            at = tested.find(needle)
            while at >= 0:
                found.add(at)
                at = tested.find(needle, at + 1)
        return sorted(found)

    def found_in(self, text: str) -> bool:
        """Whether ``pattern.search(text)`` finds a match."""
        tested = self._tested(text)
        if tested is None or self.needles is None:
            return self.pattern.search(text) is not None
        match = self.pattern.match
        for needle in self.needles:
            at = tested.find(needle)
            while at >= 0:
                if match(text, at) is not None:
                    return True
                at = tested.find(needle, at + 1)
        return False

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches ``pattern.finditer(text)`` yields (none is empty: each starts with an opening)."""
        starts = self.starts(text)
        if starts is None:
            yield from self.pattern.finditer(text)
            return
        match = self.pattern.match
        end = 0
        for at in starts:
            if at >= end:
                found = match(text, at)
                if found is not None:
                    yield found
                    end = found.end()


@cache
def cues_of(pattern: re.Pattern[str]) -> Cues:
    """The :class:`Cues` of a pattern, made once (call it with the module's pattern at run time, after
    :func:`prefilter_patterns` has replaced it).

    >>> pattern = re.compile(r"\\banti[- ]?\\w+", re.IGNORECASE)
    >>> [m.group() for m in cues_of(pattern).finditer("Antiandrogens and anti-VEGF drugs")]
    ['Antiandrogens', 'anti-VEGF']
    """
    return Cues(pattern)
