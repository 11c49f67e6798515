"""Session sixteen (paraclass16): classes, class members and drug actions, on sentences written here the way
patient pages, drug pages and research news phrase them."""

from __future__ import annotations

from kg.documents import parse_document
from kg.pipeline import analyse_document
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


# --- member_of_class


def members(text: str) -> set[tuple[str, str]]:
    """(member, class) of each ``member_of_class`` statement of a text."""
    return of(triples(text), "member_of_class")


def test_a_class_set_before_its_drug_with_a_comma_names_its_kind() -> None:
    assert ("vemurafenib", "targeted therapy") in members(
        "Patients are often treated with a targeted therapy, vemurafenib.")
    assert ("ipilimumab", "checkpoint inhibitor") in members(
        "In 2011, the FDA approved the first checkpoint inhibitor, ipilimumab, for melanoma.")


def test_a_class_in_a_fronted_clause_before_a_comma_is_not_the_next_drugs_kind() -> None:
    assert not members("After an aromatase inhibitor, tamoxifen was given for five more years.")
    assert not members("Patients got a targeted therapy, then tamoxifen.")


def test_a_class_in_a_list_before_a_drug_is_not_its_kind() -> None:
    assert ("oxaliplatin", "fluoropyrimidine") not in members(
        "It is used after chemotherapy that included a fluoropyrimidine, oxaliplatin, and irinotecan.")


def test_the_class_as_subject_of_is_names_the_drug_after_it() -> None:
    assert ("exemestane", "hormone therapy") in members("One newer hormone therapy drug is exemestane.")
    assert ("letrozole", "aromatase inhibitor") in members("The most widely used aromatase inhibitor is letrozole.")


def test_a_class_after_a_preposition_is_no_subject() -> None:
    assert not members("The most common side effect of an aromatase inhibitor is joint pain.")
    assert not members("The usual treatment after an aromatase inhibitor is tamoxifen.")


def test_a_group_noun_copula_names_the_subclass_kind() -> None:
    assert ("kinase inhibitors", "targeted drugs") in members("Kinase inhibitors are a group of targeted drugs.")
    assert ("aromatase inhibitors", "hormone therapy") in members(
        "Aromatase inhibitors belong to a class of hormone therapy drugs.")
    assert ("monoclonal antibodies", "targeted therapies") in members(
        "Monoclonal antibodies are a family of targeted therapies.")


def test_a_relative_clause_or_among_names_the_kind() -> None:
    assert ("checkpoint inhibitors", "immunotherapy") in members(
        "Checkpoint inhibitors, which are a form of immunotherapy, release a brake on T cells.")
    assert ("checkpoint inhibitors", "immunotherapy") in members(
        "Checkpoint inhibitors are one of the main types of immunotherapy.")
    assert ("olaparib", "parp inhibitors") in members(
        "Olaparib is among the PARP inhibitors approved for breast cancer.")


def test_a_fronted_partitive_or_likeness_names_the_drugs_kind() -> None:
    assert ("olaparib", "parp inhibitors") in members("Among the PARP inhibitors, olaparib was the first approved.")
    assert ("pembrolizumab", "checkpoint inhibitors") in members(
        "Of the checkpoint inhibitors, pembrolizumab is the most widely used.")
    assert ("niraparib", "parp inhibitors") in members("Like other PARP inhibitors, niraparib can lower blood counts.")


def test_unlike_a_class_names_no_kind() -> None:
    assert not members("Unlike other PARP inhibitors, niraparib is taken once a day.")


def test_both_after_coordinated_drugs_names_the_kind_of_each() -> None:
    found = members("Nivolumab and pembrolizumab, both PD-1 inhibitors, work the same way.")
    assert {("nivolumab", "pd-1 inhibitors"), ("pembrolizumab", "pd-1 inhibitors")} <= found


def test_a_class_known_as_or_named_a_drug() -> None:
    assert ("talazoparib", "parp inhibitor") in members("A PARP inhibitor known as talazoparib was tested.")
    assert ("talazoparib", "parp inhibitor") in members("A PARP inhibitor named talazoparib was tested.")


def test_a_dash_before_such_as_names_the_members() -> None:
    found = members("Immune checkpoint inhibitors—such as pembrolizumab and nivolumab—have changed treatment.")
    assert {("pembrolizumab", "immune checkpoint inhibitors"),
            ("nivolumab", "immune checkpoint inhibitors")} <= found


# --- a denied kind


def test_a_denied_kind_is_no_membership() -> None:
    assert ("tamoxifen", "aromatase inhibitor") not in members("Tamoxifen is not an aromatase inhibitor.")
    assert ("tamoxifen", "aromatase inhibitor") not in members("Tamoxifen isn't an aromatase inhibitor.")


def test_a_drug_given_instead_of_another_keeps_its_kind() -> None:
    assert ("vincristine", "chemotherapy") in members(
        "A regimen using brentuximab vedotin instead of the chemotherapy drug vincristine was tested.")


def test_the_kind_before_a_denied_one_stays() -> None:
    found = members("Olaparib is a PARP inhibitor, not a chemotherapy drug.")
    assert ("olaparib", "parp inhibitor") in found
    assert ("olaparib", "chemotherapy") not in found


def test_a_denied_kind_is_kept_as_a_negated_statement() -> None:
    statements = analyse_document(parse_document("Olaparib is not a chemotherapy drug.", "example.md")).statements
    assert [(s.subject_text, s.evidence.negated) for s in statements if s.predicate == "member_of_class"] == [
        ("Olaparib", True)]


# --- "The following drugs are C:" over a list


def test_the_following_drugs_are_a_class_over_a_list() -> None:
    found = members("The following drugs are immune checkpoint inhibitors:\n\n- pembrolizumab\n- atezolizumab\n")
    assert {("pembrolizumab", "immune checkpoint inhibitors"),
            ("atezolizumab", "immune checkpoint inhibitors")} <= found
    found = members("These drugs are PARP inhibitors:\n\n- olaparib (Lynparza)\n- niraparib (Zejula)\n")
    assert {("olaparib", "parp inhibitors"), ("niraparib", "parp inhibitors")} <= found


def test_the_following_drugs_used_with_a_class_are_not_of_it() -> None:
    found = members("The following drugs are given with chemotherapy:\n\n- pembrolizumab\n- atezolizumab\n")
    assert ("pembrolizumab", "chemotherapy") not in found
