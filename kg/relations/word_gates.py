"""Word gates: a cheap test that lets a long case-insensitive regex skip a sentence it cannot match.

Some cue patterns are searched in every sentence the rules read, and most sentences hold none of their cues. Each
gate lists words one of which every match of its pattern contains (read off the pattern, alternative by
alternative); where the sentence holds none of them the search is skipped, with the same answer. Only ASCII text is
gated: there ``str.lower`` and the regex engine's ignore-case agree letter for letter (outside ASCII, "ſ" matches
"s" under ``re.I`` though it lower-cases to itself), so other text is always searched.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator, Sequence

__all__ = ["COMPANION_LEAD_WORDS", "INVESTIGATIONAL_WORDS", "POOLED_STUDY_WORDS", "GatedPattern", "lowered",
           "may_match"]

# kg.relations.cues.INVESTIGATIONAL: "being studied", "under study", "investigational", "testing", "experimental",
# "clinical trial(s)", "trial/study ... is comparing", "has been studied/tested/investigated", "continue to study",
# "to see whether/if", "research is needed", "to determine the effectiveness of", "in mice", "in animal models",
# "in cell lines", "in laboratory studies", "showed promise"
INVESTIGATIONAL_WORDS = ("being", "under", "investigat", "testing", "experimental", "trial", "stud", "tested",
                         "continue", "whether", " if", "needed", "determine", "mice", "rats", "animal", "mouse",
                         "cell line", "lab", "promise")
# kg.relations.context._POOLED_STUDY: "meta-analysis", "pooled analysis", "pooled data"
POOLED_STUDY_WORDS = ("meta-analys", "pooled")
# kg.relations.cues.COMPANION_LEAD: "with ... one of the following:", "plus these"
COMPANION_LEAD_WORDS = ("following", "these")


def lowered(text: str) -> str | None:
    """``text`` in lower case for :func:`may_match`, or None when it is not ASCII (and so is never gated).

    >>> lowered("Being Studied"), lowered("ſtudied")
    ('being studied', None)
    """
    return text.lower() if text.isascii() else None


def may_match(lowered_text: str | None, words: Sequence[str]) -> bool:
    """Whether a pattern whose every match holds one of ``words`` may match the text :func:`lowered` gave.

    >>> may_match(lowered("It is being studied."), INVESTIGATIONAL_WORDS)
    True
    >>> may_match(lowered("It is used to treat leukemia."), INVESTIGATIONAL_WORDS)
    False
    >>> may_match(lowered("It is ſtudied."), INVESTIGATIONAL_WORDS)
    True
    """
    return lowered_text is None or any(word in lowered_text for word in words)


class GatedPattern:
    """A compiled pattern that searches a text only where it holds one of ``words`` (see the module notes); the
    matches are the pattern's own.

    >>> cue = GatedPattern(re.compile(r"\\bbeing (?:studied|tested)", re.I), ("being",))
    >>> cue.search("It is Being Tested.").group(), cue.search("It is used."), len(list(cue.finditer("being studied")))
    ('Being Tested', None, 1)
    """

    def __init__(self, pattern: re.Pattern[str], words: Sequence[str]) -> None:
        self.pattern = pattern
        self.words = tuple(words)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``pattern.search``, skipped where the text (from ``pos`` to ``endpos``) holds none of the words."""
        window = string if pos == 0 and endpos >= len(string) else string[pos:endpos]
        if not may_match(lowered(window), self.words):
            return None
        return self.pattern.search(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        """``pattern.finditer``, with nothing to find where the text holds none of the words."""
        window = string if pos == 0 and endpos >= len(string) else string[pos:endpos]
        if not may_match(lowered(window), self.words):
            return iter(())
        return self.pattern.finditer(string, pos, endpos)
