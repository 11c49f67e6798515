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
from tests.conftest import of, triples


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


def test_a_list_after_a_sentence_about_studied_treatment_lists_studied_treatments() -> None:
    found = triples(
        "Gene therapy is being studied for the treatment of some kinds of glioma. Treatments may include the "
        "following:\n\n- Dendritic cell vaccine therapy.\n- Chemotherapy placed in the brain.\n"
    )
    assert ("chemotherapy", "glioma") in of(found, "studied_for")
    assert ("chemotherapy", "glioma") not in of(found, "treats")


def test_a_list_after_a_sentence_about_use_still_lists_uses() -> None:
    found = triples(
        "Surgery is the main treatment for glioma. Treatments may include the following:\n\n"
        "- Chemotherapy placed in the brain.\n"
    )
    assert ("chemotherapy", "glioma") in of(found, "treats")


def test_the_full_protein_name_of_vegf_is_the_target_vegfa() -> None:
    found = triples("Bevacizumab binds to a protein called vascular endothelial growth factor and blocks it.\n")
    assert ("bevacizumab", "vascular endothelial growth factor") in of(found, "targets") | of(found, "inhibits")
