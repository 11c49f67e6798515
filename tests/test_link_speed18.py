"""Speed-ups of the linker (session eighteen) that must not change what it finds: the matcher makes no hit for a
name that stands only for gene symbols where it is not written as one."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.linking.matcher import Entry, Matcher, written_as_symbol
from kg.linking.name_checks import gene_symbol

ENTRIES = [Entry("G1", "MET", "label", "target"), Entry("G2", "CAN", "label", "target"),
           Entry("D1", "can", "synonym", "drug"), Entry("G3", "HLA-A", "label", "target"),
           Entry("G4", "P53", "synonym", "target"), Entry("X1", "met receptor", "label", "target")]
WORDS = ["MET", "met", "Met", "mets", "METs", "CAN", "can", "HLA-A", "hla-a", "HLA a", "p53", "P53", "p53s",
         "met receptor", "MET receptor", "the", ",", "(", ")"]


def test_a_symbol_is_found_only_where_written_as_one() -> None:
    matcher = Matcher(ENTRIES, gene_symbol)
    text = "MET and met, Met; HLA-A not hla-a; p53 and the met receptor"
    found = [text[h.start : h.end] for h in matcher.find(text)]
    assert found == ["MET", "HLA-A", "p53", "met receptor"]


def test_a_name_that_is_also_a_word_of_another_kind_is_found_in_any_case() -> None:
    matcher = Matcher(ENTRIES, gene_symbol)
    assert [h.key for h in matcher.find("We can and CAN.")] == ["can", "can"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=12))
def test_the_hits_are_those_the_entry_choice_keeps(words: list[str]) -> None:
    text = " ".join(words)
    every = [h for h in Matcher(ENTRIES).find(text)
             if not all(gene_symbol(e) for e in h.entries) or written_as_symbol(text[h.start : h.end])]
    assert list(Matcher(ENTRIES, gene_symbol).find(text)) == every

