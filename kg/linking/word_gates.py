"""Cheap necessary conditions for whole-page regex scans: a page that has none of the words every match of a
pattern contains cannot match it, and its scan is skipped (the matches found are the same).

A case-insensitive pattern's words are looked up in the page as the dictionary matcher reads it
(:func:`~kg.linking.matcher.padded_words`: folded to lower case, every character that is not a letter or digit a
space), which the matcher has made for the page already; a case-sensitive pattern's in the text itself.
"""

from __future__ import annotations

from kg.linking.matcher import padded_words

# Characters the regex engine takes for an ASCII letter when it ignores case, but which the matcher's folding
# leaves as they are: dotted and dotless I, the long s, the Kelvin sign. A page with one of them is scanned.
_ODD_CASES = ("\u0130", "\u0131", "\u017f", "\u212a")


def says_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether the text may have one of the words, in any case: each word is lower case, of letters, digits and
    single spaces (a space stands for any character that is not a letter or digit).

    >>> says_any("The Primary End-Point was OS.", ("endpoint", "end point"))
    True
    >>> says_any("No such words here.", ("endpoint",))
    False
    """
    padded = padded_words(text)
    return any(word in padded for word in words) or any(odd in text for odd in _ODD_CASES)
