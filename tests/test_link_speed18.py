"""Speed-ups of the linker (session eighteen) that must not change what it finds: the matcher makes no hit for a
name that stands only for gene symbols where it is not written as one, nor for a generic word that the entry choice
never reads as a name; and each side-effect clause is scanned for only on pages with one of its words."""

from __future__ import annotations

import re
from typing import Any
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.documents import parse_document
from kg.linking import clause_events
from kg.linking.matcher import Entry, Matcher, written_as_symbol
from kg.linking.name_checks import gene_symbol, generic_name
from kg.vocabulary import default_vocabulary

ENTRIES = [Entry("G1", "KIT", "label", "target"), Entry("G2", "ROS", "label", "target"),
           Entry("D1", "ros", "synonym", "drug"), Entry("G3", "HLA-A", "label", "target"),
           Entry("G4", "P53", "synonym", "target"), Entry("X1", "kit receptor", "label", "target"),
           Entry("M1", "Cancer", "synonym", "disease"), Entry("M2", "breast cancer", "label", "disease"),
           Entry("M3", "therapy", "synonym", "drug_class"), Entry("M4", "The", "synonym", "target")]
WORDS = ["KIT", "kit", "Kit", "kits", "KITs", "ROS", "ros", "HLA-A", "hla-a", "HLA a", "p53", "P53", "p53s",
         "kit receptor", "KIT receptor", "the", "THE", "Cancer", "cancers", "breast", "therapies", ",", "(", ")"]


def test_a_symbol_is_found_only_where_written_as_one() -> None:
    matcher = Matcher(ENTRIES, gene_symbol, generic_name)
    text = "KIT and kit, Kit; HLA-A not hla-a; p53 and the kit receptor"
    found = [text[h.start : h.end] for h in matcher.find(text)]
    assert found == ["KIT", "HLA-A", "p53", "kit receptor"]


def test_a_name_that_is_also_a_word_of_another_kind_is_found_in_any_case() -> None:
    matcher = Matcher(ENTRIES, gene_symbol, generic_name)
    assert [h.key for h in matcher.find("We ros and ROS.")] == ["ros", "ros"]


def test_a_generic_word_is_not_found_but_a_name_that_holds_it_is() -> None:
    matcher = Matcher(ENTRIES, gene_symbol, generic_name)
    text = "Cancer therapies: THE breast cancers"
    assert [text[h.start : h.end] for h in matcher.find(text)] == ["breast cancers"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=12))
def test_the_hits_are_those_the_entry_choice_keeps(words: list[str]) -> None:
    text = " ".join(words)
    every = [h for h in Matcher(ENTRIES).find(text) if not all(generic_name(e) for e in h.entries)
             and (not all(gene_symbol(e) for e in h.entries) or written_as_symbol(text[h.start : h.end]))]
    assert list(Matcher(ENTRIES, gene_symbol, generic_name).find(text)) == every


VOCABULARY = default_vocabulary()
CLAUSE_WORDS = ["You", "may", "throw", "THREW", "up", "feel", "sick", "to", "your", "stomach", "hair", "fall", "out",
                "bleed", "more", "easily", "bruise", "hard", "sleep", "asleep", "disrupt", "menstrual", "cycle",
                "blood", "clots", "in", "the", "lungs", "loss", "of", "ability", "have", "sex", "\u017fex", ".", ","]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(CLAUSE_WORDS), max_size=14))
def test_clauses_scanned_on_their_own_words_find_what_every_scan_finds(words: list[str]) -> None:
    document = parse_document(" ".join(["Note:", *words]), "x.md")
    gated = clause_events.clause_event_mentions(document, VOCABULARY)
    with mock.patch.object(clause_events, "says_any", lambda *_: True):
        assert clause_events.clause_event_mentions(document, VOCABULARY) == gated


def test_a_page_is_scanned_only_for_the_clauses_whose_words_it_has() -> None:
    scanned: list[str] = []

    class Counted:
        def __init__(self, pattern: re.Pattern[str]) -> None:
            self.pattern = pattern

        def finditer(self, text: str) -> Any:
            scanned.append(self.pattern.pattern)
            return self.pattern.finditer(text)

    clauses = tuple((Counted(pattern), name, words) for pattern, name, words in clause_events._CLAUSES)
    document = parse_document("Your hair may fall out.", "x.md")
    with mock.patch.object(clause_events, "_CLAUSES", clauses):
        found = clause_events.clause_event_mentions(document, VOCABULARY)
    assert [m.text for m in found] == ["hair may fall out"]
    assert len(scanned) == 1
