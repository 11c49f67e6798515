"""Clauses and appositions after coordinated drugs: which of the drugs they speak of."""

from __future__ import annotations

from tests.conftest import of, triples


def test_a_singular_clause_after_two_drugs_is_about_the_last() -> None:
    found = of(triples("The pair of dabrafenib (Tafinlar) and trametinib (Mekinist), which targets a protein called "
                       "MEK, is approved."), "targets")
    assert ("mekinist", "mek") in found
    assert ("tafinlar", "mek") not in found


def test_a_plural_clause_after_two_drugs_is_about_both() -> None:
    found = of(triples("Sotorasib and adagrasib, which target a protein made by the altered KRAS gene, are "
                       "approved."), "targets")
    assert {("sotorasib", "kras gene"), ("adagrasib", "kras gene")} <= found


def test_a_class_noun_of_the_next_drug_is_no_apposition_of_the_drug_before() -> None:
    found = of(triples("This combination contains the chemotherapy drugs cyclophosphamide and vincristine, the "
                       "targeted therapy drug rituximab, and the steroid hormone prednisone."), "member_of_class")
    assert ("rituximab", "targeted therapy") in found
    assert ("vincristine", "targeted therapy") not in found
