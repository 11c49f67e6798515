"""Childhood-cancer PDQ patient summaries, session nine: wording those pages use that the rules missed.
Every text here is written for the test."""

from __future__ import annotations

from conftest import of, triples


def test_a_clause_after_bracketed_examples_describes_the_class() -> None:
    found = triples("Kinase inhibitors (imatinib, sunitinib, or sorafenib) that block the activity of the KIT "
                    "protein may be used to treat GIST.")
    assert ("kinase inhibitors", "kit") in of(found, "inhibits")
    assert ("sorafenib", "kit") not in of(found, "inhibits")
    found = triples("MEK inhibitors (trametinib or cobimetinib), which block proteins called MEK1 and MEK2, are "
                    "used for melanoma.")
    assert of(found, "inhibits") == {("mek inhibitors", "mek1"), ("mek inhibitors", "mek2")}
    assert ("trametinib", "mek inhibitors") in of(found, "member_of_class")


def test_a_drug_that_names_its_class_in_brackets_keeps_its_action() -> None:
    found = triples("Targeted therapy with trametinib (a MEK inhibitor) that blocks MEK1 is used.")
    assert ("trametinib", "mek1") in of(found, "inhibits")
    assert ("trametinib", "mek1") in of(triples("Trametinib, a MEK inhibitor, blocks MEK1."), "inhibits")


def test_a_class_item_under_an_item_that_opens_a_list_is_a_subclass() -> None:
    text = ("Treatment of melanoma may include:\n\n"
            "- Targeted therapy: Kinase inhibitors block signals inside cells. Kinase inhibitors include the "
            "following:\n\n"
            "  - BRAF inhibitors (vemurafenib or dabrafenib) that block BRAF.\n"
            "  - MEK inhibitors (trametinib) that block MEK1.\n")
    members = of(triples(text), "member_of_class")
    assert {("braf inhibitors", "kinase inhibitors"), ("mek inhibitors", "kinase inhibitors"),
            ("trametinib", "mek inhibitors")} <= members


def test_an_item_that_only_mentions_a_class_is_not_a_subclass() -> None:
    text = ("Treatment of melanoma may include:\n\n"
            "- Targeted therapy: Kinase inhibitors block signals inside cells. Kinase inhibitors include the "
            "following:\n\n"
            "  - BRAF inhibitors (vemurafenib or dabrafenib) that block BRAF.\n"
            "  - Chemotherapy given after surgery.\n")
    assert ("chemotherapy", "kinase inhibitors") not in of(triples(text), "member_of_class")


def test_alone_or_with_names_a_partner() -> None:
    found = triples("Octreotide alone or with prednisone may be used to treat thymoma.")
    assert ("octreotide", "prednisone") in of(found, "combined_with")
    assert ("prednisone", "thymoma") in of(found, "treats")
    found = triples("Pembrolizumab, alone or in combination with chemotherapy, is used to treat lung cancer.")
    assert ("pembrolizumab", "chemotherapy") in of(found, "combined_with")


def test_a_class_with_bracketed_examples_alone_or_with_another_class() -> None:
    found = triples("Targeted therapy with BRAF inhibitors (vemurafenib or dabrafenib) alone or with MEK inhibitors "
                    "(trametinib or cobimetinib) is used.")
    assert ("braf inhibitors", "mek inhibitors") in of(found, "combined_with")
    assert not {(a, b) for a, b in of(found, "combined_with") if "vemurafenib" in (a, b)}


def test_alternatives_stay_apart() -> None:
    assert not of(triples("Imatinib or sunitinib may be used to treat GIST."), "combined_with")
    assert not of(triples("Kinase inhibitors (imatinib or sunitinib) or MEK inhibitors (trametinib) are used."),
                  "combined_with")


def test_a_drug_opening_a_sentence_of_an_item_labelled_with_a_class_is_a_member() -> None:
    text = ("There are different types of immunotherapy:\n\n"
            "- CTLA-4 inhibitor therapy: CTLA-4 is a protein on the surface of T cells. Ipilimumab is used to treat "
            "melanoma that has spread.\n"
            "- Kinase inhibitor therapy: These drugs block signals that cancer cells need to grow. Sunitinib is used "
            "to treat thymoma.\n")
    members = of(triples(text), "member_of_class")
    assert {("ipilimumab", "ctla-4 inhibitor"), ("sunitinib", "kinase inhibitor")} <= members


def test_a_sentence_that_names_its_own_class_keeps_it() -> None:
    text = ("Other types of treatment include:\n\n"
            "- Chemotherapy: Cisplatin may be given. Imatinib, a kinase inhibitor, is also used.\n")
    members = of(triples(text), "member_of_class")
    assert ("imatinib", "chemotherapy") not in members
    assert ("imatinib", "kinase inhibitor") in members
