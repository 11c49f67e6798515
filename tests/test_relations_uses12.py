"""Rules found on hand-annotated research news pages about uses, approvals, classes and combinations (session
eleven), on texts written here."""

from __future__ import annotations

from tests.conftest import of, triples


def test_the_drugs_a_class_was_given_with_treat_what_the_class_treats() -> None:
    found = of(triples("Patients with colon cancer who received chemotherapy with oxaliplatin and capecitabine "
                       "lived longer than patients who had surgery alone."), "treats")
    assert {("chemotherapy", "colon cancer"), ("oxaliplatin", "colon cancer"),
            ("capecitabine", "colon cancer")} <= found
    found = of(triples("Women with ovarian cancer were treated with chemotherapy using cisplatin."), "treats")
    assert ("cisplatin", "ovarian cancer") in found


def test_a_class_given_with_or_without_a_drug_does_not_make_the_drug_a_use() -> None:
    found = of(triples("Patients with colon cancer who received chemotherapy with or without bevacizumab lived "
                       "longer than patients who had surgery alone."), "treats")
    assert ("bevacizumab", "colon cancer") not in found


def test_the_drugs_a_class_that_treats_a_disease_is_illustrated_with_treat_it_too() -> None:
    found = triples("Melanoma is often treated with one of several targeted therapies approved by the FDA, including "
                    "vemurafenib (Zelboraf), dabrafenib, and trametinib.")
    assert {("vemurafenib", "melanoma"), ("dabrafenib", "melanoma"), ("trametinib", "melanoma")} <= of(
        found, "treats")
    assert ("trametinib", "melanoma") in of(found, "approved_for")
    found = triples("Patients with ovarian cancer are usually treated with chemotherapy drugs such as carboplatin "
                    "or paclitaxel.")
    assert {("carboplatin", "ovarian cancer"), ("paclitaxel", "ovarian cancer")} <= of(found, "treats")
    assert not of(found, "approved_for")


def test_a_class_set_against_its_examples_gives_them_no_use() -> None:
    found = of(triples("Patients with ovarian cancer are treated with chemotherapy other than drugs such as "
                       "carboplatin."), "treats")
    assert ("carboplatin", "ovarian cancer") not in found
