"""Sentence spans: abbreviations, initials and numbers do not split; blocks always do."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.documents import read_document
from kg.sentences import sentence_at, sentence_spans

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_702680f2cf8034cf.txt"


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text)]


@pytest.fixture(scope="module")
def seed_sentences() -> list[str]:
    return sentences(read_document(SEED).text)


def test_seed_sentences_keep_names_and_numbers(seed_sentences: list[str]) -> None:
    pfs = next(s for s in seed_sentences if "median progression-free survival" in s)
    assert "7.4 months" in pfs
    assert "M. D. Anderson Cancer Center reported at the symposium." in pfs
    assert pfs.startswith("For women who received") and pfs.endswith("at the symposium.")
    quote = next(s for s in seed_sentences if "Dr. Hortobagyi said" in s)
    assert quote.startswith("“For postmenopausal patients") and quote.endswith("said in a statement.")


def test_seed_first_paragraph_has_two_sentences(seed_sentences: list[str]) -> None:
    first = next(i for i, s in enumerate(seed_sentences) if s.startswith("Adding the drug"))
    assert seed_sentences[first].endswith("than women who received exemestane alone.")
    assert seed_sentences[first + 1].startswith("Findings from the trial, called BOLERO 2")


@pytest.mark.parametrize(
    "text",
    [
        "Approved by the U.S. Food and Drug Administration in 2012.",
        "Drugs, e.g. everolimus, i.e. RAD001, were given.",
        "Results were 7.4 vs. 3.2 months.",
        "Smith et al. reported this in trial No. 5 and Fig. 2 first.",
        "Prof. Jones and Mr. Lee agreed.",
        "Gabriel N. Hortobagyi spoke.",
    ],
)
def test_abbreviations_do_not_split(text: str) -> None:
    assert sentences(text) == [text]


def test_boundaries() -> None:
    text = "It works.  It was “good.” Was it? Yes! (See below.) mTOR is a kinase.[12] Next one"
    assert sentences(text) == [
        "It works.",
        "It was “good.”",
        "Was it?",
        "Yes!",
        "(See below.)",
        "mTOR is a kinase.[12]",
        "Next one",
    ]


def test_blocks_always_split_and_spans_are_trimmed() -> None:
    text = "  Side effects include:\nfatigue\nmouth sores \n\nDone. "
    assert sentences(text) == ["Side effects include:", "fatigue", "mouth sores", "Done."]
    for start, end in sentence_spans(text):
        assert "\n" not in text[start:end]


def test_sentence_ends_after_initial_in_lowercase_context() -> None:
    assert sentences("Take vitamin D. Then rest.") == ["Take vitamin D.", "Then rest."]


def test_sentence_at() -> None:
    text = "One here. Two there."
    spans = sentence_spans(text)
    assert sentence_at(spans, 0) == (0, 9)
    assert sentence_at(spans, text.index("Two")) == (10, 20)
    assert sentence_at(spans, 9) is None
    assert sentence_at(spans, 99) is None
    assert sentence_at([], 0) is None


def test_empty_text() -> None:
    assert sentence_spans("") == []
    assert sentence_spans(" \n ") == []
