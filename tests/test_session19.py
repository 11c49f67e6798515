"""Session nineteen (lead): rules of the lead's own, each on sentences written for it."""

from __future__ import annotations

from tests.conftest import of, triples


def test_diseases_glossed_as_types_of_a_wider_disease_are_the_only_approvals() -> None:
    found = triples("Vorinostat is approved to treat: mycosis fungoides or Sezary syndrome (types of cutaneous "
                    "T-cell lymphoma).\n")
    approved = {disease for _, disease in of(found, "approved_for")}
    assert {"mycosis fungoides", "sezary syndrome"} <= {d.casefold() for d in approved}
    assert not any("cutaneous" in d.casefold() for d in approved)


def test_two_diseases_without_a_gloss_are_both_approvals() -> None:
    found = triples("Trabectedin is approved to treat liposarcoma and leiomyosarcoma that cannot be removed.\n")
    assert len(of(found, "approved_for")) == 2


def test_items_under_a_counted_plural_class_are_its_members() -> None:
    found = triples("Three PARP inhibitors are approved for the treatment of ovarian cancer:\n\n"
                    "- olaparib (Lynparza) for women with a BRCA mutation.\n"
                    "- niraparib (Zejula) as maintenance treatment.\n")
    members = of(found, "member_of_class")
    assert {drug for drug, _ in members} >= {"olaparib", "niraparib"}


def test_a_class_named_in_passing_in_a_lead_in_takes_no_members() -> None:
    found = triples("Doctors compared two PARP inhibitors in a trial of women with ovarian cancer:\n\n"
                    "- olaparib (Lynparza) for women with a BRCA mutation.\n")
    assert of(found, "member_of_class") == set()
