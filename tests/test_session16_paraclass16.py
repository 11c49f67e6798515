"""Session sixteen (paraclass16): classes, class members and drug actions, on sentences written here the way
patient pages, drug pages and research news phrase them."""

from __future__ import annotations

from tests.conftest import of, triples


def inhibiting(text: str) -> set[tuple[str, str]]:
    """(drug, target) of each ``inhibits`` statement of a text."""
    return of(triples(text), "inhibits")


# --- a fronted means clause: "By blocking T, X ..."


def test_a_fronted_means_clause_names_what_the_drug_blocks() -> None:
    assert ("trastuzumab", "her2") in inhibiting("By blocking HER2, trastuzumab slows the growth of cancer cells.")
    assert ("olaparib", "parp") in inhibiting(
        "By inhibiting PARP, the drug olaparib keeps cancer cells from repairing their DNA.")


def test_a_fronted_means_clause_names_what_the_drug_binds_to() -> None:
    assert ("rituximab", "cd20") in of(triples("By binding to CD20, rituximab marks B cells for destruction."),
                                       "targets")


def test_preventing_a_binding_blocks_the_protein_kept_from_binding_only() -> None:
    found = inhibiting("By preventing PD-1 from binding to PD-L1, nivolumab helps T cells attack the tumor.")
    assert ("nivolumab", "pd-1") in found
    assert ("nivolumab", "pd-l1") not in found


def test_a_fronted_means_clause_with_another_subject_gives_nothing() -> None:
    assert not inhibiting("By blocking HER2, researchers hoped to slow the growth of the tumors.")


# --- a target kept from acting: "X prevents T from binding"


def test_a_drug_that_keeps_a_target_from_binding_blocks_it() -> None:
    assert ("bevacizumab", "vegf") in inhibiting("Bevacizumab prevents VEGF from binding to its receptors.")
    assert ("pembrolizumab", "pd-1") in inhibiting("Pembrolizumab keeps PD-1 from binding to PD-L1.")


def test_a_target_kept_from_binding_by_something_else_is_not_the_drugs() -> None:
    assert ("bevacizumab", "vegf") not in inhibiting(
        "Bevacizumab was given, and a high salt level prevents VEGF from binding to its receptors.")


# --- "Drugs that block T, including X and Y"


def test_drugs_that_block_a_target_including_the_names_after_it() -> None:
    found = inhibiting("Drugs that block PD-1, including nivolumab and pembrolizumab, can cause colitis.")
    assert {("nivolumab", "pd-1"), ("pembrolizumab", "pd-1")} <= found
