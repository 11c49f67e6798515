"""Speed-ups of the linker that must not change what it finds: a keyword test before organization names are cut
from a run of capitalised words, substring tests before a cue pattern's scan, gene-symbol keys rejected before
their entries are read, and a term's name keys read once."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.documents import parse_document
from kg.linking.matcher import Entry, Hit, name_key
from kg.linking.organizations import organization_spans
from kg.linking.resolve import Candidate, EntryChoices, choose_entry, mention_of
from kg.model import Term
from kg.regex_prefilter import Cues, literal_openings
from kg.vocabulary import default_vocabulary

CUE_PATTERNS = [
    re.compile(r"side[- ]effects?|\bcaus(?:e|es|ing)\b(?! of)|\bgrade\b|%|\b(?:more|less) common", re.I),
    re.compile(r"(?<=\w)[-‐–](?:induced|related)\b|\brisks? (?:of|for)\b", re.I),
    re.compile(r"\b(?:patients|people) (?:who have |with )|\bkelvin|\bİstanbul", re.I),
    re.compile(r"\bThe [A-Z]\w+ (?:Study|Trial)\b"),
]
WORDS = ["side", "effect", "Side-effects", "caused", "causes of", "grade", "%", "More common", "KELVIN", "kelvin",
         "ſide", "İstanbul", "istanbul", "drug-induced", "risk of", "Risks for", "patients with", "The", "ROSE",
         "Study", "trial", "–related", "x", " ", "\n", "é"]


def test_cues_answer_as_the_pattern_does() -> None:
    texts = ["Side effects were severe.", "the cause of it", "KELVIN and ſide", "A drug‐related rash", "ISTANBUL",
             "The ROSE Study enrolled", "no cue here at all", "12% had it", "İstanbul"]
    for pattern in CUE_PATTERNS:
        cues = Cues(pattern)
        for text in texts:
            assert cues.found_in(text) == (pattern.search(text) is not None), (pattern.pattern, text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=12), st.sampled_from(range(len(CUE_PATTERNS))))
def test_cues_on_any_words(words: list[str], which: int) -> None:
    text = " ".join(words)
    pattern = CUE_PATTERNS[which]
    assert Cues(pattern).found_in(text) == (pattern.search(text) is not None)


def test_openings_not_listed_where_a_match_may_start_otherwise() -> None:
    for source in (r"\w+ment", r"(?:anti-)?body", r"(?i:x)y", r"[^a]b", r"a|b*"):
        assert literal_openings(re.compile(source)) is None, source
    assert literal_openings(re.compile("ſide", re.I)) is None  # a cased letter beyond ASCII, case ignored


def test_organization_names_need_a_keyword_in_their_run() -> None:
    text = ("He worked at Memorial Sloan Kettering Cancer Center and the National Institute on Aging met "
            "Dana Smith and John Brown in New York. Acme Bio, which manufactures the drug, agreed.")
    assert [text[s:e] for s, e, _ in organization_spans(text)] == [
        "Memorial Sloan Kettering Cancer Center", "National Institute on Aging", "Acme Bio"]


SYMBOL_ENTRIES = [
    (Entry("HGNC:7029", "MET", "label", "target"),),
    (Entry("HGNC:7029", "MET", "label", "target"), Entry("HGNC:2", "C-MET", "synonym", "target")),
    (Entry("HGNC:3", "CAN", "synonym", "target"), Entry("NCIT:C1", "CAN", "code", "drug")),  # not only symbols
    (Entry("HGNC:4", "aromatase", "label", "target"),),  # a protein name, not a symbol
]
SURFACES = ["met", "Met", "MET", "mEt", "M3t", "m3", "can", "CAN", "Can", "aromatase", "Aromatase"]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(range(len(SYMBOL_ENTRIES))), st.sampled_from(SURFACES),
       st.sampled_from(["The {} gene mutation was found.", "It {} the goal.", "{} inhibitors work", "{}"]))
def test_symbol_keys_rejected_early_as_choose_entry_rejects_them(which: int, surface: str, frame: str) -> None:
    text = frame.format(surface)
    start = text.index(surface)
    hit = Hit(start, start + len(surface), name_key(surface), SYMBOL_ENTRIES[which])
    document = parse_document(text, "x.md")
    assert _CHOICES.choose(hit, document) == choose_entry(hit, text, document, _CHOICES.vocabulary)


_CHOICES = EntryChoices(default_vocabulary())


def test_name_kinds_of_a_term_are_read_once_and_for_that_term_only() -> None:
    text = "Afinitor, RAD-001, everolimus, Zortress, and RAD001 work."
    document = parse_document(text, "x.md")
    first = Term("NCIT:C48387", "drug", "everolimus", synonyms=("Zortress",), brands=("Afinitor",),
                 codes=("RAD001",), xrefs=("b:2", "a:1", "b:2"))
    other = Term("NCIT:C48387", "drug", "everolimus", brands=("Zortress",), xrefs=("c:3",))  # same id, other names

    def kinds(term: Term, xrefs: tuple[str, ...] = ()) -> list[tuple[str, str, tuple[str, ...]]]:
        candidate = Candidate(term.id, term.type, term.label, term, xrefs)
        found = []
        for word in ("Afinitor", "RAD-001", "everolimus", "Zortress", "RAD001"):
            start = text.index(word)
            mention = mention_of(document, start, start + len(word), candidate, "dictionary", 0.9)
            found.append((word, mention.name_kind, mention.xrefs))
        return found

    assert kinds(first) == kinds(first) == [
        ("Afinitor", "brand", ("a:1", "b:2")), ("RAD-001", "synonym", ("a:1", "b:2")),
        ("everolimus", "label", ("a:1", "b:2")), ("Zortress", "synonym", ("a:1", "b:2")),
        ("RAD001", "code", ("a:1", "b:2"))]
    assert [kind for _, kind, _ in kinds(other)] == ["synonym", "synonym", "label", "brand", "synonym"]
    assert kinds(other, ("d:4", "c:3"))[0][2] == ("c:3", "d:4")
    no_term = mention_of(document, 0, 8, Candidate("X:1", "drug", "x", None, ("b", "a")), "link", 0.9)
    assert (no_term.name_kind, no_term.xrefs) == ("", ("a", "b"))
