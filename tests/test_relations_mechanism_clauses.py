"""A relative clause after coordinated drugs: its verb's number says whether it is about both or the last."""

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
