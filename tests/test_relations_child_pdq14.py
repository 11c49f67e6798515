"""Childhood-cancer PDQ patient summaries, session thirteen: list and class wording those pages use that the rules
missed. Every text here is written for the test."""

from __future__ import annotations

from conftest import of, triples


def test_a_caption_naming_only_the_lead_class_does_not_end_the_list() -> None:
    text = ("There are different types of immune checkpoint inhibitor therapy:\n\n"
            "- PD-1 inhibitor: PD-1 is a protein on the surface of T cells.\n\n"
            "Immune checkpoint inhibitor. A drawing of proteins on T cells and an immune checkpoint inhibitor.\n\n"
            "- CTLA-4 inhibitor: CTLA-4 is another protein on the surface of T cells.\n")
    members = of(triples(text), "member_of_class")
    assert {("pd-1 inhibitor", "immune checkpoint inhibitor"),
            ("ctla-4 inhibitor", "immune checkpoint inhibitor")} <= members


def test_a_note_that_is_no_caption_of_the_class_still_ends_the_list() -> None:
    for note in ("Chemotherapy is also used. It is given after surgery.",
                 "Immune checkpoint inhibitor therapy may also be given after surgery."):
        text = ("There are different types of immune checkpoint inhibitor therapy:\n\n"
                "- PD-1 inhibitor: PD-1 is a protein on the surface of T cells.\n\n"
                f"{note}\n\n"
                "- CTLA-4 inhibitor: CTLA-4 is another protein on the surface of T cells.\n")
        members = of(triples(text), "member_of_class")
        assert ("ctla-4 inhibitor", "immune checkpoint inhibitor") not in members


def test_the_second_kind_a_therapy_is_given_with_is_a_member() -> None:
    found = triples("Treatment of melanoma may include:\n\n- Targeted therapy with BRAF inhibitors (vemurafenib or "
                    "dabrafenib) alone or with MEK inhibitors (trametinib or binimetinib).\n")
    members = of(found, "member_of_class")
    assert {("braf inhibitors", "targeted therapy"), ("mek inhibitors", "targeted therapy")} <= members
    found = triples("Targeted therapy with a proteasome inhibitor (bortezomib) and a monoclonal antibody "
                    "(daratumumab) is used to treat myeloma.")
    assert ("monoclonal antibody", "targeted therapy") in of(found, "member_of_class")


def test_a_second_therapy_after_the_kind_is_not_a_member() -> None:
    found = triples("Hormone therapy with aromatase inhibitors and chemotherapy is used to treat breast cancer.")
    assert ("chemotherapy", "hormone therapy") not in of(found, "member_of_class")
    found = triples("Targeted therapy with a kinase inhibitor (imatinib) and radiation therapy is used.")
    assert not {(a, b) for a, b in of(found, "member_of_class") if b == "targeted therapy" and a != "kinase inhibitor"}


def test_an_item_for_a_kind_of_the_lead_disease_treats_the_lead_disease_too() -> None:
    text = ("Treatment of recurrent childhood Wilms tumor may include:\n\n"
            "- Chemotherapy followed by radiation therapy, for neuroblastoma and rhabdomyosarcoma.\n")
    uses = of(triples(text), "treats")
    assert {("chemotherapy", "neuroblastoma"), ("chemotherapy", "rhabdomyosarcoma"),
            ("chemotherapy", "childhood wilms tumor")} <= uses


def test_an_item_for_a_disease_in_a_clinical_trial_is_not_a_use_of_the_lead_disease() -> None:
    text = ("Treatment of recurrent childhood Wilms tumor may include:\n\n"
            "- A clinical trial of chemotherapy, for neuroblastoma.\n")
    assert ("chemotherapy", "childhood wilms tumor") not in of(triples(text), "treats")
