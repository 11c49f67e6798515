"""Session twenty, speedlink20: a pattern's matches looked for only where one of its openings is written
(kg.regex_prefilter.Cues.finditer / found_in) are the pattern's own matches, in every case the texts can hold."""

from __future__ import annotations

import re
import string

import pytest

from kg.regex_prefilter import _FOLDED_APART, Cues, cues_of
from tests.conftest import shared_dir

_PATTERNS = [
    re.compile(r"\bside[- ]effects?\b|\btoxicit(?:y|ies)|%|\b(?:more|less) common\b", re.IGNORECASE),
    re.compile(r"(?<![\w-])[Aa]nti-?[a-z]{4,}(?![\w-])"),
    re.compile(r"\b(?:drugs?|agents?)\s+(?:called\s+([A-Z]{3,6})|((?=[A-Z0-9-]*\d)[A-Z][A-Z0-9]*))(?![\w-])"),
    re.compile(r"\b(?:rise|fall)s? in (?:the )?(?:level|count)s?\b", re.IGNORECASE),
    re.compile(r"^(?:risk|harm)s?\b", re.IGNORECASE | re.MULTILINE),
]

_TEXTS = [
    "Side effects and SIDE-EFFECT toxicity were 12% more common; the side effect was rare.",
    "Antiandrogens, anti-VEGF and antiangiogenic drugs; the drug called ABCD and agents X12.",
    "A rise in the level, falls in counts, RISES IN LEVELS and a rise in the Levels.",
    "Risks were low.\nharms were rare.\nThe risk was high.",
    "Toxicité et “side effects” – les effets “more common” … 5 % des cas",  # not ASCII, lowered in place
    "Sıde effects with a dotless i, and ſide effects with a long s",  # matched by the pattern, not by lower()
    "TOXİCITY with a dotted capital I, which lowers to two characters; side effects after it",
    "A KELVIN sign: Kelvin toxicity; more common side effects",
    "",
]


@pytest.mark.parametrize("pattern", _PATTERNS, ids=lambda p: p.pattern[:30])
def test_finditer_and_found_in_are_the_patterns(pattern: re.Pattern[str]) -> None:
    cues = Cues(pattern)
    for text in _TEXTS:
        expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groups()) for m in cues.finditer(text)] == expected, text
        assert cues.found_in(text) == (pattern.search(text) is not None), text
        for start in range(len(text)):  # every suffix: matches at every offset, lookbehinds included
            assert cues.found_in(text[start:]) == (pattern.search(text[start:]) is not None), (text, start)


def test_odd_letters_fall_back_to_a_scan() -> None:
    pattern = re.compile(r"\bside effects?", re.IGNORECASE)
    assert Cues(pattern).needles == ("side effect",)
    for text in ("Sıde effects", "ſide effects", "SİDE EFFECTS side effects"):
        assert [m.span() for m in Cues(pattern).finditer(text)] == [m.span() for m in pattern.finditer(text)]
        assert Cues(pattern).found_in(text)


def test_every_character_matched_to_an_ascii_letter_lowers_to_it_or_is_folded_apart() -> None:
    """What the lower-cased text stands on: a character a case-ignoring pattern matches to an ASCII letter
    lowers to that letter, lowers to two characters (the text is then scanned), or is one of _FOLDED_APART."""
    odd = set()
    for letter in string.ascii_lowercase:
        literal, in_class = re.compile(letter, re.IGNORECASE), re.compile(f"[{letter}]", re.IGNORECASE)
        for code in range(128, 0x110000):
            char = chr(code)
            if (literal.match(char) or in_class.match(char)) and len(char.lower()) == 1 and char.lower() != letter:
                odd.add(char)
    assert odd == set(_FOLDED_APART)


def test_cues_of_is_made_once() -> None:
    pattern = _PATTERNS[0]
    assert cues_of(pattern) is cues_of(pattern)


def test_scans_of_real_pages_are_the_patterns() -> None:
    from kg.linking import anti_classes, change_events, endpoints, patterns

    scanned = [anti_classes._ANTI_WORD, change_events._CHANGE, endpoints._DECLARED, patterns._TRIAL_CALLED,
               patterns._TRIAL_BEFORE_WORD, patterns._CODE_NAMED_DRUG]
    pages = sorted(shared_dir("corpus", "nci").rglob("*.md"))[::40]
    for page in pages:
        text = page.read_text(encoding="utf-8")
        for pattern in scanned:
            assert [m.span() for m in cues_of(pattern).finditer(text)] == [m.span() for m in pattern.finditer(text)]
