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
