"""Names interrupted by a gloss or an abbreviation in parentheses.

Articles explain a word inside a name: "indolent (slow-growing) lymphoma", "human papillomavirus (HPV)
infection". The name without the parenthesis is a vocabulary name, so the whole span is a mention of it.
"""

from __future__ import annotations

import re

from kg.linking.resolve import resolve_name
from kg.model import Document, Mention
from kg.regex_prefilter import prefilter_patterns
from kg.vocabulary.store import Vocabulary

# the parenthesis and the words after it are found first; the (up to four) words before it are read back from
# there, which is the same match as one left-to-right pattern but without trying every position of the text
_GLOSS = re.compile(r" \(([^()\n]{1,40})\) ([a-z][\w-]*(?: [a-z][\w-]*){0,2})")
_WORDS_BEFORE = re.compile(r"(?<![\w-])((?:[A-Za-z][\w-]* ){0,3}[A-Za-z][\w-]*)$")
_ABBREVIATION = re.compile(r"^[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9+]*$")
_GRADING = re.compile(r"\bgrade\b|\bstage\b", re.IGNORECASE)


def _spells(abbreviation: str, words: list[str]) -> bool:
    """Whether an abbreviation stands for these words: it starts with their first letter, or spells the
    initials of their last words ("ER" for "selective estrogen receptor"); "PLCO" does not stand for "Ovarian".

    >>> _spells("HPV", ["Human", "papillomavirus"]), _spells("ER", ["selective", "estrogen", "receptor"])
    (True, True)
    >>> _spells("PLCO", ["Ovarian"])
    False
    """
    letters = abbreviation.upper().rstrip("S+")
    if letters[:1] == words[0][:1].upper():
        return True
    parts = [p for w in words for p in re.split(r"[-/]", w) if p]
    return "".join(p[0] for p in parts).upper().endswith(letters)


class _Match:
    """A gloss and its words: group 1 the words before, 2 the gloss, 3 the words after (with their starts)."""

    def __init__(self, text: str, before_start: int, gloss: re.Match[str]) -> None:
        self._groups = (text[before_start : gloss.start()], gloss.group(1), gloss.group(2))
        self._starts = (before_start, gloss.start(1), gloss.start(2))

    def group(self, index: int) -> str:
        return self._groups[index - 1]

    def start(self, index: int) -> int:
        return self._starts[index - 1]


def _gloss_matches(text: str) -> list[_Match]:
    found: list[_Match] = []
    consumed = 0
    for gloss in _GLOSS.finditer(text):
        window_start = max(consumed, gloss.start() - 160)
        words = _WORDS_BEFORE.search(text, window_start, gloss.start())
        if words is None or words.start() < consumed:
            continue
        found.append(_Match(text, words.start(), gloss))
        consumed = gloss.end()
    return found


def glossed_mentions(document: Document, vocabulary: Vocabulary) -> list[Mention]:
    """Mentions of names written with a parenthesis inside them, the longest name that resolves.

    >>> from kg.documents import parse_document
    >>> from kg.vocabulary import default_vocabulary
    >>> doc = parse_document("Some had indolent (slow-growing) lymphoma.", "x.md")
    >>> [(m.text, m.type) for m in glossed_mentions(doc, default_vocabulary())]
    [('indolent (slow-growing) lymphoma', 'disease')]
    """
    text = document.text
    mentions: list[Mention] = []
    for match in _gloss_matches(text):
        before, gloss, after = match.group(1).split(), match.group(2), match.group(3).split()
        abbreviation = bool(_ABBREVIATION.match(gloss))
        types = ("disease", "adverse_event", "drug_class") if abbreviation else ("disease",)
        found = None
        for size_before in range(len(before), 0, -1):
            if abbreviation and not _spells(gloss, before[-size_before:]):
                continue
            for size_after in range(len(after), 0, -1):
                name = " ".join(before[-size_before:] + after[:size_after])
                candidate = resolve_name(vocabulary, name, only=types)
                if candidate is not None and not _GRADING.search(candidate.label):
                    found = (candidate, size_before, size_after)
                    break
            if found:
                break
        if found is None:
            continue
        candidate, size_before, size_after = found
        start = match.start(1) + len(match.group(1)) - len(" ".join(before[-size_before:]))
        end = match.start(3) + len(" ".join(after[:size_after]))
        mentions.append(Mention(document.id, start, end, text[start:end], candidate.id, candidate.label,
                                candidate.type, "pattern", 0.75))
    return mentions


prefilter_patterns(globals())  # the same matches, scanned faster (see kg.regex_prefilter)
