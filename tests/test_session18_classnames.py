"""Drug-class names the linker missed before session eighteen (classnames18), on sentences written here: a
coordination that shares its class word ("BRAF and MEK inhibitors") and a target spelled out before its
abbreviation ("mammalian target of rapamycin (mTOR) inhibitors"); and the readers that take a list item's or a
heading item's opening class, which now take every class coordinated there.
"""

from __future__ import annotations

from kg.documents import parse_document
from kg.pipeline import analyse_document
from tests.conftest import linked_page, of, triples


def class_labels(text: str) -> set[str]:
    """The labels of the drug classes linked in a text, lower-cased."""
    return {m.label.lower() for m in analyse_document(parse_document(text, "example.md")).mentions
            if m.type == "drug_class"}


def members(text: str) -> set[tuple[str, str]]:
    """(member, class) of each ``member_of_class`` statement of a text, lower-cased."""
    return of(triples(text), "member_of_class")


def test_each_target_of_a_coordination_names_its_class() -> None:
    labels = class_labels("Patients whose tumors carry the change may get ALK, ROS1, or MET inhibitors.")
    assert {"alk inhibitor", "ros1 inhibitor", "met inhibitor"} <= labels


def test_two_targets_sharing_one_class_word() -> None:
    assert "braf inhibitor" in class_labels("BRAF and MEK inhibitors are often given together.")


def test_coordinated_targets_are_each_a_class_of_the_heading() -> None:
    text = ("## Immunotherapy\n\nImmunotherapy helps the immune system fight the tumor.\n\n"
            "- CTLA-4 inhibitor therapy: these drugs block a protein on T cells.\n"
            "- PD-1 and PD-L1 inhibitor therapy: these drugs block two other proteins.\n")
    found = members(text)
    assert ("pd-1", "immunotherapy") in found
    assert ("pd-l1 inhibitor", "immunotherapy") in found


def test_coordinated_targets_are_each_a_kind_listed_after_a_lead_in() -> None:
    text = ("There are several types of immunotherapy used to treat this tumor:\n\n"
            "- PD-1 and PD-L1 inhibitors keep the two proteins from attaching to each other.\n"
            "- Interferon slows the growth of tumor cells.\n")
    found = members(text)
    assert ("pd-1", "immunotherapy") in found
    assert ("pd-l1 inhibitors", "immunotherapy") in found


def test_spelled_out_target_with_its_abbreviation_is_the_class() -> None:
    text = ("Treatment with the mammalian target of rapamycin (mTOR) inhibitors everolimus or sirolimus made the "
            "tumors smaller.")
    found = members(text)
    assert ("everolimus", "mammalian target of rapamycin (mtor) inhibitors") in found
    assert ("sirolimus", "mammalian target of rapamycin (mtor) inhibitors") in found


def test_one_word_anti_class_names_are_classes() -> None:
    text = "Antiandrogens such as bicalutamide can cause hot flashes. The antiestrogen tamoxifen was stopped."
    found = members(text)
    assert ("bicalutamide", "antiandrogens") in found
    assert ("tamoxifen", "antiestrogen") in found


def test_real_page_coordinated_class() -> None:
    mentions = linked_page("02_nci_core/cancer-types/types-skin-patient-skin-treatment-pdq.md")
    assert any(m.type == "drug_class" and m.text == "PD-1" for m in mentions)
