"""Names learned from the corpus's links: a link seen once helps every document."""

from __future__ import annotations

from pathlib import Path

from kg.documents import parse_document
from kg.linking.learn import learn_from_corpus
from kg.linking.linker import Linker
from kg.model import Term
from kg.vocabulary.learned import LearnedName, merge_learned, read_learned, write_learned
from kg.vocabulary.store import Vocabulary
from tests.conftest import SEEDS


def test_seed_links_teach_names_with_their_dictionary_ids(tmp_path: Path) -> None:
    names = learn_from_corpus([SEEDS], Vocabulary.load(learned=False))
    by_name = {n.name: n for n in names}
    assert by_name["aromatase inhibitor"].entity == "MESH:D047072"
    assert by_name["aromatase inhibitor"].xref == "NCIDICT:44232"
    assert by_name["oral mucositis"].type == "adverse_event"
    assert "postmenopausal" not in by_name  # not one of the graph's entity types
    path = write_learned(names, tmp_path)
    assert read_learned(path) == sorted(names, key=lambda n: (n.name, n.entity, n.type, n.label, n.xref))
    assert write_learned(names, tmp_path).read_bytes() == path.read_bytes()


def test_a_learned_wording_links_in_a_document_without_the_link() -> None:
    terms = {"MESH:D047072": Term("MESH:D047072", "drug_class", "aromatase inhibitor")}
    merge_learned(terms, [LearnedName("aromatase-blocking drug", "MESH:D047072", "drug_class",
                                      "aromatase inhibitor", "NCIDICT:44232", 3)])
    linker = Linker(Vocabulary(terms, []))
    doc = parse_document("Letrozole is an aromatase-blocking drug taken daily.", "x.md")
    assert [(m.text, m.id) for m in linker.link(doc)] == [("aromatase-blocking drug", "MESH:D047072")]
