"""Speed-ups of the linker (session seventeen) that must not change what it finds: whole-page scans skipped on
pages without the words every match needs, and the drug before a cancer found without a scan of all mentions."""

from __future__ import annotations

import re
from typing import Any
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.documents import parse_document
from kg.linking import adverse_events, biomarkers, change_events, endpoints, kind_nouns, page_parts, trials
from kg.linking.neoplasm_events import _caused_by_drug
from kg.linking.word_gates import says_any
from kg.model import Mention
from kg.vocabulary import default_vocabulary

WORDS = ["Objective", "objective", "OBJECT\u0130VE", "response", "rate", "Clinical Benefit", "clinical", "benefit",
         "patient-reported", "outcomes", "Primary", "end point", "End-Point", "endpoint", "was", "were", "overall",
         "survival", "decrease", "Decreases", "in", "of", "the", "Drop", "kidney", "function", "loss", "is", "an",
         "ANT\u0130BIOTIC", "antibiotic", "that", "lower", "higher", "than", "normal", "usual", "blood", "pressure",
         "published", "appeared", "JAMA", "MSI-H", "ms\u0131", "dMMR", "TMB-high", "tumor", "mutational", "burden",
         "microsatellite", "instability", "mismatch", "repair", "deficient", "Philadelphia", "chromosome",
         "https://www.cancer.gov", "www.nih.gov", "HTTP://X.ORG", "\u017fide", ".", ","]
VOCABULARY = default_vocabulary()
GATED = (endpoints, change_events, biomarkers, kind_nouns, page_parts)


def _all_passes(text: str) -> list[Any]:
    document = parse_document(text, "x.md")
    return [endpoints.endpoint_mentions(document), change_events.change_event_mentions(document, VOCABULARY),
            biomarkers.biomarker_mentions(document), kind_nouns.drug_kind_nouns(document, VOCABULARY),
            page_parts.web_address_spans(document.text),
            adverse_events.comparative_event_mentions(document, VOCABULARY)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=14))
def test_gated_passes_find_what_ungated_ones_find(words: list[str]) -> None:
    text = " ".join(["Note:", *words])
    gated = _all_passes(text)
    with mock.patch.multiple(adverse_events, _COMPARATIVE_WORDS=("",)), \
            mock.patch.multiple(biomarkers, _GENOMIC_CASED_WORDS={}):
        patches = [mock.patch.object(module, "says_any", lambda *_: True) for module in GATED]
        for patch in patches:
            patch.start()
        try:
            ungated = _all_passes(text)
        finally:
            for patch in patches:
                patch.stop()
    assert gated == ungated


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=14))
def test_journal_names_found_as_without_the_test_for_published(words: list[str]) -> None:
    text = " ".join(["Note:", *words])
    named = [Mention("x", 0, 4, "JAMA", "KG:trial/jama", "JAMA", "trial", "pattern", 0.6)]
    document = parse_document(text, "x.md")
    gated = trials.journals_named(named, document)
    with mock.patch.multiple(trials, _PUBLISHED_WORDS=("",)):
        assert gated == trials.journals_named(named, document)


class _NotScanned:
    """A pattern that fails the test when a page is scanned with it."""

    def finditer(self, *_: object) -> Any:
        raise AssertionError("scanned a page without the words every match needs")

    search = match = finditer


def test_pages_without_the_words_are_not_scanned() -> None:
    document = parse_document("Patients lived longer; the drug was well tolerated by most of them.", "x.md")
    with mock.patch.multiple(endpoints, _DECLARED=_NotScanned(),
                             _MORE_ENDPOINTS=tuple((_NotScanned(), label) for _, label in endpoints._MORE_ENDPOINTS)), \
            mock.patch.multiple(change_events, _CHANGE=_NotScanned(), _ORGAN_FUNCTION=_NotScanned()), \
            mock.patch.multiple(biomarkers, _GENOMIC_MARKERS=tuple(
                (_NotScanned(), label) for _, label in biomarkers._GENOMIC_MARKERS)), \
            mock.patch.multiple(kind_nouns, _DRUG_IS_A=_NotScanned()), \
            mock.patch.multiple(page_parts, _WEB_ADDRESS=_NotScanned()), \
            mock.patch.multiple(adverse_events, _COMPARATIVE=_NotScanned()), \
            mock.patch.multiple(trials, _PUBLISHED_IN=_NotScanned()):
        assert _all_passes(document.text) == [[], [], [], [], [], []]
        assert trials.journals_named([], document) == []


def test_a_letter_the_regex_engine_folds_differently_keeps_the_scan() -> None:
    assert says_any("OBJECT\u0130VE response", ("objective",))  # dotted capital I: "objective" to the regex engine
    assert not says_any("OBJECTIVE".replace("I", "Y"), ("objective",))
    assert [m.text for m in endpoints.endpoint_mentions(parse_document("An OBJECT\u0130VE response.", "x.md"))] == [
        "OBJECT\u0130VE response"]


def _drug_by_filter(ordered: list[Mention], index: int, text: str, span: tuple[int, int]) -> Mention | None:
    """The drug before the cancer at ``index`` as the first reading found it: the last of all earlier mentions
    that is a drug or class inside the sentence and ends before the cancer."""
    cancer = ordered[index]
    drugs = [m for m in ordered[:index] if m.type in ("drug", "drug_class") and span[0] <= m.start
             and m.end <= cancer.start]
    return drugs[-1] if drugs else None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 12), st.sampled_from(["drug", "drug_class", "disease"])),
                min_size=1, max_size=12),
       st.integers(0, 40), st.data())
def test_the_drug_before_a_cancer_is_the_one_all_mentions_give(spans: list[tuple[int, int, str]], sentence: int,
                                                             data: st.DataObject) -> None:
    text = "Tamoxifen can cause uterine cancer and more. " * 2
    ordered = sorted((Mention("x", s, s + n, text[s : s + n], "D", "d", t, "dictionary", 0.9) for s, n, t in spans),
                     key=lambda m: (m.start, m.end))
    index = data.draw(st.integers(0, len(ordered) - 1))
    span = (sentence, len(text))
    drug = _drug_by_filter(ordered, index, text, span)
    with mock.patch("kg.linking.neoplasm_events._CAUSED_BY", re.compile("")), \
            mock.patch("kg.linking.neoplasm_events._HAD_MORE", re.compile("(?!)")):
        assert _caused_by_drug(ordered, index, text, span) == (drug is not None)
