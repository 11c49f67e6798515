"""Session seventeen: names learned from the corpus's links do not take a disease name the sources give to another
disease ("[squamous cell carcinoma] of the head and neck" linked to one dictionary entry made the specific name a
synonym of the general disease)."""

from __future__ import annotations

from kg.documents import parse_document
from kg.linking.learn import named_elsewhere
from kg.pipeline import default_linker
from kg.vocabulary import default_vocabulary
from kg.vocabulary.learned import LEARNED_FILE, read_learned
from kg.vocabulary.store import DEFAULT_DIR, Vocabulary


def _disease_ids(text: str) -> dict[str, str]:
    document = parse_document(text, "x.md")
    return {m.text.lower(): m.id for m in default_linker().link(document) if m.type == "disease"}


def test_a_specific_disease_name_keeps_its_own_entity() -> None:
    found = _disease_ids("Pembrolizumab is approved to treat squamous cell carcinoma of the head and neck.\n")
    vocabulary = default_vocabulary()
    term = vocabulary.get(found["squamous cell carcinoma of the head and neck"])
    assert term is not None and "head and neck" in term.label


def test_no_learned_disease_name_is_another_source_disease_name() -> None:
    vocabulary = Vocabulary.load(learned=False)
    taken = [row.name for row in read_learned(DEFAULT_DIR / LEARNED_FILE)
             if named_elsewhere(vocabulary, row.name, row.entity, row.type)]
    assert taken == []
