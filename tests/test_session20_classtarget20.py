"""Drug classes and targets the linker used to miss (session twenty, classtarget20), on texts written here: targets
named as drug pages name them (topoisomerase II, menin, telomerase, Bruton's tyrosine kinase, HIF-2α), classes
named for a target that the vocabulary lists as a drug ("an anti-CD20 antibody", "the EZH2 inhibitor") or that
spell the target out ("the Bruton tyrosine kinase inhibitor"), multikinase inhibitors, and a class set before its
drug with a describing word ("a different checkpoint inhibitor, X, ...")."""

from __future__ import annotations

import pytest

from kg.documents import parse_document
from kg.linking.target_classes import classes_not_drugs, written_target_classes
from kg.model import Mention
from kg.pipeline import analyse_document, analyse_path
from kg.vocabulary import default_vocabulary
from tests.conftest import of, shared_dir, triples


def mentions(text: str) -> dict[str, str]:
    """Each mention's text and type."""
    return {m.text: m.type for m in analyse_document(parse_document(text, "example.md")).mentions}


@pytest.mark.parametrize(("name", "symbol"), [
    ("topoisomerase II", "topoisomerase II"), ("topoisomerase I", "TOP1"), ("menin", "MEN1"),
    ("telomerase", "TERT"), ("Bruton's tyrosine kinase", "BTK"), ("MAGE-A4", "MAGEA4"), ("HIF-2α", "EPAS1"),
])
def test_targets_named_as_drug_pages_name_them_are_in_the_vocabulary(name: str, symbol: str) -> None:
    assert [t.label for t in default_vocabulary().lookup(name) if t.type == "target"] == [symbol]


def test_a_drug_blocking_an_enzyme_named_in_words_inhibits_it() -> None:
    found = of(triples("Mitoxantrone blocks an enzyme called topoisomerase II, which cuts and repairs DNA. "
                       "Imetelstat works by blocking the activity of an enzyme called telomerase."), "inhibits")
    assert {("mitoxantrone", "topoisomerase ii"), ("imetelstat", "telomerase")} <= found


def test_a_five_letter_protein_name_is_read_with_gene_words_only() -> None:
    assert mentions("Revumenib works by binding to a protein called menin.").get("menin") == "target"
    assert ("revumenib", "menin") in of(triples("Revumenib works by binding to a protein called menin."), "targets")


def test_a_class_shaped_drug_name_is_the_class() -> None:
    found = mentions("Rituximab, an anti-CD20 antibody, has been used after transplant.")
    assert found["anti-CD20 antibody"] == "drug_class"
    assert ("rituximab", "anti-cd20 antibody") in of(
        triples("Rituximab, an anti-CD20 antibody, has been used after transplant."), "member_of_class")
    assert mentions("In a study of the EZH2 inhibitor tazemetostat, tumors shrank.")["EZH2 inhibitor"] == "drug_class"


def test_classes_not_drugs_keeps_a_drug_not_shaped_like_a_class() -> None:
    drug = Mention("d", 0, 9, "rituximab", "D:1", "rituximab", "drug", "dictionary", 0.9)
    cls = Mention("d", 0, 9, "rituximab", "C:1", "rituximab", "drug_class", "pattern", 0.8)
    assert classes_not_drugs([drug, cls]) == [drug, cls]


def test_a_target_written_out_before_inhibitor_names_the_class() -> None:
    text = "Patients received the oral Bruton tyrosine kinase inhibitor zanubrutinib."
    found = mentions(text)
    assert found["Bruton tyrosine kinase inhibitor"] == "drug_class"
    assert ("zanubrutinib", "bruton tyrosine kinase inhibitor") in of(triples(text), "member_of_class")
    assert mentions("Ibrutinib is a Bruton's tyrosine kinase inhibitor.").get(
        "Bruton's tyrosine kinase inhibitor") == "drug_class"


def test_a_written_out_target_class_needs_a_target_name() -> None:
    text = "A new kinase inhibitor was tested."
    assert written_target_classes([], text, default_vocabulary()) == []


def test_multikinase_inhibitors_are_a_class() -> None:
    text = "Sorafenib, another multikinase inhibitor, has been approved for other cancers."
    assert ("sorafenib", "multikinase inhibitor") in of(triples(text), "member_of_class")


def test_a_class_with_a_describing_word_before_its_drug() -> None:
    assert ("dostarlimab", "immune checkpoint inhibitor") in of(triples(
        "A different immune checkpoint inhibitor, dostarlimab, is also used for endometrial cancer."),
        "member_of_class")
    assert ("sunitinib", "tyrosine kinase inhibitor") in of(triples(
        "A first-generation tyrosine kinase inhibitor, sunitinib, was given to patients."), "member_of_class")


def test_real_drug_pages_state_the_targets() -> None:
    folder = shared_dir("corpus", "nci", "02_nci_core", "treatment")
    for page, predicate, target in (("about-cancer-treatment-drugs-mitoxantronehydrochloride.md", "inhibits",
                                     "KG:target/topoisomerase-ii"),
                                    ("about-cancer-treatment-drugs-revumenib-citrate.md", "targets", "HGNC:7010"),
                                    ("about-cancer-treatment-drugs-imetelstat-sodium.md", "inhibits", "HGNC:11730")):
        path = folder / page
        if not path.exists():
            pytest.skip(f"{page} is absent")
        drug = page.removeprefix("about-cancer-treatment-drugs-")[:6]
        statements = analyse_path(path).statements
        assert any(s.subject_text.lower().startswith(drug) and s.object == target and s.predicate == predicate
                   for s in statements), page


def test_targets_in_brackets_after_a_class_are_what_the_drug_inhibits() -> None:
    found = of(triples("Sunitinib is an orally available multikinase inhibitor (VEGFR-1, VEGFR-2, PDGFR)."), "inhibits")
    assert {("sunitinib", "vegfr-1"), ("sunitinib", "pdgfr")} <= found


def test_an_antibody_class_with_chemotherapy_is_given_with_it_not_a_kind_of_it() -> None:
    found = of(triples("It is unknown whether patients should receive an anti-EGFR antibody with chemotherapy."),
               "member_of_class")
    assert ("chemotherapy", "anti-egfr antibody") not in found


def test_the_antibody_a_conjugate_combines_is_a_part_not_its_kind() -> None:
    found = of(triples("Trastuzumab deruxtecan is an antibody-drug conjugate combining an anti-HER2 antibody with a "
                       "topoisomerase I inhibitor."), "member_of_class")
    assert ("trastuzumab deruxtecan", "anti-her2 antibody") not in found
