"""A prefiltered pattern finds exactly what the pattern finds."""

from __future__ import annotations

import re

from kg.regex_prefilter import first_characters, prefiltered

TEXT = ("Side effects: grade 3 toxicity in 12% of patients; Overall survival and progression-free survival. "
        "Ohio State University funded by Acme Inc. and the U.S. FDA. İstanbul KELVIN kelvin ſide")


def test_same_matches_for_cue_patterns() -> None:
    patterns = [
        re.compile(r"side[- ]effects?|\bcaus(?:e|es|ing)\b(?! of)|\bgrade\b|%|\b(?:more|less) common", re.I),
        re.compile(r"\b((?:overall|progression[- ‐–]free) survival)\b", re.I),
        re.compile(r"(?:(?:[A-Z]\.){2,}|[A-Z][a-z]+)(?: [A-Z][a-z]+)*"),
        re.compile(r"\b(kelvin|side)\b", re.I),
    ]
    for pattern in patterns:
        fast = prefiltered(pattern)
        assert fast is not pattern
        assert [(m.span(), m.groups()) for m in fast.finditer(TEXT)] == [
            (m.span(), m.groups()) for m in pattern.finditer(TEXT)]


def test_left_alone_where_it_would_not_pay_or_cannot_be_listed() -> None:
    for source in (r"^\w+", r"[ \t]+([A-Z][a-z]+)", r"(oma|emia)$", r".*x", r"a?b*", r"(?i:abc)d", r"\b[A-Za-z]+\b"):
        pattern = re.compile(source)
        assert prefiltered(pattern) is pattern, source
    assert first_characters(re.compile(r"\b(?:x|\d)")) == r"[x\d]"


def test_a_part_anchored_at_the_start_lets_the_start_through() -> None:
    patterns = [
        re.compile(r"\b(?:being tested|under study|^\W*testing)\b", re.I),
        re.compile(r"\b(?:compared|versus)\b|^\W*(?:to\s+)?learn", re.I),
        re.compile(r"\A\s*side|\bgrade\b"),
    ]
    texts = ["- Testing X under study", "Testing versus grade", "  side grade", "to learn more, compared", "x^y"]
    for pattern in patterns:
        fast = prefiltered(pattern)
        assert fast is not pattern and fast.pattern.startswith("(?:(?=[")
        for text in texts:
            for pos in range(len(text)):
                assert [m.span() for m in fast.finditer(text, pos)] == [m.span() for m in pattern.finditer(text, pos)]
                found, expected = fast.match(text, pos), pattern.match(text, pos)
                assert (found and found.span()) == (expected and expected.span())
