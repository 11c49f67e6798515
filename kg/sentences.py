"""Sentence spans in a document's plain text.

Relations are read one sentence at a time, so a boundary in the wrong place either joins two facts
that have nothing to do with each other or cuts one fact in half. The splitter is a rule set tuned to
cancer.gov prose rather than a trained model: one compiled regex finds every candidate end
(``.``/``?``/``!`` followed by closing quotes, brackets or a ``[12]`` citation, then whitespace), and a
few cheap tests on the word before and the word after throw out the false ones: titles (``Dr.``),
initials (``M. D. Anderson``), dotted acronyms (``U.S. Food and Drug Administration``), Latin
abbreviations (``e.g.``, ``i.e.``, ``vs.``, ``et al.``), ``No. 5``. A ``\\n`` (a block boundary of
:attr:`kg.model.Document.text`) always ends a sentence, so list items and table rows without a final
period are sentences of their own. Decimal numbers never split because a candidate needs whitespace
after the period.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache

from kg.model import Mention

__all__ = ["document_sentences", "mentions_within", "sentence_around", "sentence_at", "sentence_spans"]

Span = tuple[int, int]

# "\n", or a run of ends with what may close it; opening with one class lets the engine skip to the next candidate
_CANDIDATE = re.compile(r"[\n.?!…](?:(?<=\n)|[.?!…]*[\"'”’)\]]*(?:\[[\d, –-]{1,40}\])?(?=\s))")
_NEXT_WORD = re.compile(r"[ \t\u00a0]*(\S+)")
_DOTTED = re.compile(r"(?:[A-Za-z]{1,2}\.){2,}\Z")
_CLOSERS = "\"'”’)]"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Never end a sentence after these (lower-cased, without the final period).
_HARD = _words(
    """dr mr mrs ms prof sr jr st rev gen col lt sgt capt gov sen rep hon
    e.g i.e eg ie vs v cf viz approx ca fig figs ref refs vol pp p eq sect dept univ
    jan feb mar apr jun jul aug sep sept oct nov dec mt ft"""
)
# End a sentence after these only when a capitalised word follows ("et al. The study ...").
_SOFT = _words("al etc inc ltd co corp bros no nos")
# Words that start a sentence after a dotted acronym ("... in the U.S. The ...").
_STARTERS = _words(
    """the this these that those there it its in a an and but however for of on at as after
    among during although because before if when while with we they he she our some most many
    all one two three patients researchers results"""
)


def sentence_spans(text: str) -> list[Span]:
    """The ``(start, end)`` of every sentence of ``text``, whitespace trimmed, in order.

    >>> text = "Dr. Hortobagyi said it works. PFS was 7.4 months.\\nFatigue"
    >>> [text[s:e] for s, e in sentence_spans(text)]
    ['Dr. Hortobagyi said it works.', 'PFS was 7.4 months.', 'Fatigue']
    """
    spans: list[Span] = []
    start = 0
    for match in _CANDIDATE.finditer(text):
        if match.group() == "\n":
            _append(text, start, match.start(), spans)
            start = match.end()
        elif _ends_sentence(text, match.start(), match.end()):
            _append(text, start, match.end(), spans)
            start = match.end()
    _append(text, start, len(text), spans)
    return spans


_AFTER_ALL = float("inf")


def sentence_at(spans: Sequence[Span], offset: int) -> Span | None:
    """The span in ``spans`` (sorted, as :func:`sentence_spans` returns them) that holds ``offset``.

    >>> spans = sentence_spans("One. Two.")
    >>> sentence_at(spans, 6), sentence_at(spans, 4)
    ((5, 9), None)
    """
    index = bisect_right(spans, (offset, _AFTER_ALL)) - 1  # the last span starting at or before offset
    if index >= 0 and spans[index][0] <= offset < spans[index][1]:
        return spans[index]
    return None


def _append(text: str, start: int, end: int, spans: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


def _ends_sentence(text: str, punct: int, end: int) -> bool:
    """Whether the candidate ``text[punct:end]`` really ends a sentence."""
    if text[punct] != "." or text[end - 1] in _CLOSERS:
        return True  # ? ! … end sentences; a quote or bracket after the period settles it
    if end - punct > 1:
        return True  # "..." or ".." at the end of a clause
    following = _NEXT_WORD.match(text, end)
    if following is None:
        return True
    after = following.group(1)
    word_start, word = _word_before(text, punct + 1)
    core = word[:-1].lower()
    first = after[0]
    if core in _HARD:
        return False
    if core in _SOFT:
        if core in ("no", "nos") and first.isdigit():
            return False
        return first.isupper()
    if _DOTTED.match(word):  # U.S., M.D., e.g., Ph.D.
        return first.isupper() and after.strip("\"“'(").lower() in _STARTERS
    if len(word) == 2 and word[0].isupper():  # an initial: "M. D. Anderson", "Gabriel N. Smith"
        before = _word_before(text, word_start - 1)[1] if word_start > 0 else ""
        name_like = before[:1].isupper() or (len(before) == 2 and before.endswith("."))
        return not (name_like and first.isupper())
    if first.islower():
        return not (len(core) <= 3 and core.isalpha() and core.islower())
    return True


def _word_before(text: str, end: int) -> tuple[int, str]:
    """Where the word ending at ``end`` starts, and the word without leading quotes or brackets."""
    low = max(0, end - 64)
    start = max(text.rfind(" ", low, end), text.rfind("\n", low, end), text.rfind("\u00a0", low, end))
    start = low if start < 0 else start + 1
    return start, text[start:end].lstrip("\"'“‘([")


def mentions_within(mentions: Sequence[Mention], starts: Sequence[int], start: int, end: int) -> list[Mention]:
    """The mentions that lie inside ``start``..``end``, found by bisection: ``mentions`` are sorted by start and
    ``starts`` are their start offsets (so a document costs a log per sentence, not a pass over all mentions).

    >>> ms = [Mention("d", 0, 3, "abc", "x", "x", "drug", "dictionary", 1.0),
    ...       Mention("d", 10, 12, "de", "y", "y", "drug", "dictionary", 1.0)]
    >>> [m.text for m in mentions_within(ms, [0, 10], 5, 20)]
    ['de']
    """
    low, high = bisect_left(starts, start), bisect_left(starts, end)
    return [m for m in mentions[low:high] if m.end <= end]


@lru_cache(maxsize=8)
def _cached_spans(text: str) -> tuple[Span, ...]:
    return tuple(sentence_spans(text))  # one document's mentions ask in turn: the text's hash is computed once


def document_sentences(text: str) -> tuple[Span, ...]:
    """:func:`sentence_spans` of a document's text, split once for all the stages that ask in turn (context
    typing, relations, results).

    >>> document_sentences("One. Two.")
    ((0, 4), (5, 9))
    """
    return _cached_spans(text)


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` that holds ``start``..``end`` (the span itself when it lies between sentences).

    >>> text = "Dr. Lee spoke. Rash may occur.\\nFatigue"
    >>> sentence_around(text, 15, 19), sentence_around(text, 31, 38)
    ('Rash may occur.', 'Fatigue')
    """
    span = sentence_at(_cached_spans(text), start)
    return text[span[0] : max(span[1], end)] if span is not None else text[start:end]
