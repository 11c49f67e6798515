"""Plain ``*emphasis*`` and ``**strong**`` for the inline fast path (:mod:`kg.markdown_inline`): runs of one or two
``*`` that open where CommonMark can only open (after a space or punctuation, before a word) and close, with the same
length, where it can close (after a word or punctuation, before a space or punctuation), one pair after another. Such
runs are all matched by markdown-it and render as nothing, so the text is the text without them. Anything else (a run
inside a word, nested or unequal runs, three stars, characters outside ASCII next to a run) is left to markdown-it.
"""

from __future__ import annotations

import string

__all__ = ["star_pairs"]

_WORD = frozenset(string.ascii_letters + string.digits)
_PUNCT = frozenset(string.punctuation)
_SPACE = frozenset(" \n")


def star_pairs(content: str, start: int, end: int, opened: int, scope_end: int) -> int:
    """Check the ``*`` runs of ``content[start:end]``, given the length of a run left open before (``opened``, 0 for
    none); the length of the run left open after, or -1 when markdown-it is to judge. Past ``scope_end`` (the end of
    the content or of a link's label) markdown-it reads a space.

    >>> text = "**Bold:** an *[APC](/x)*, gene."
    >>> star_pairs(text, 0, len(text), 0, len(text))
    0
    >>> star_pairs("a*b*c", 0, 5, 0, 5), star_pairs("***x***", 0, 7, 0, 7), star_pairs("*a", 0, 2, 0, 2)
    (-1, -1, 1)
    """
    pos = content.find("*", start, end)
    while pos >= 0:
        run_end = pos + 1
        while run_end < end and content[run_end] == "*":
            run_end += 1
        length = run_end - pos
        before = content[pos - 1] if pos > 0 else " "
        after = content[run_end] if run_end < scope_end else " "
        if length > 2:
            return -1
        if not opened:  # it must open and must not close: before a word, or before "[" after a space
            if not ((after in _WORD and (before in _SPACE or before in _PUNCT)) or (after == "[" and before in _SPACE)):
                return -1
            opened = length
        else:  # it must close the run opened before, and may open as well only after punctuation
            if length != opened or not (
                (before in _WORD or before in _PUNCT) and (after in _SPACE or after in _PUNCT)
            ):
                return -1
            opened = 0
        pos = content.find("*", run_end, end)
    return opened
