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


def test_a_drug_named_the_first_of_a_class_is_a_member() -> None:
    found = of(triples("Nivolumab became the first PD-1 inhibitor to be approved by the FDA."), "member_of_class")
    assert ("nivolumab", "pd-1 inhibitor") in found
    found = of(triples("Ipilimumab, which blocks a protein called CTLA-4, was the first agent from a class of drugs "
                       "known as immune checkpoint inhibitors to be approved."), "member_of_class")
    assert ("ipilimumab", "immune checkpoint inhibitors") in found


def test_an_apposition_with_several_describing_words_names_the_kind() -> None:
    found = of(triples("Researchers added docetaxel, a semi-synthetic, second-generation taxane, to hormone "
                       "therapy."), "member_of_class")
    assert ("docetaxel", "taxane") in found


def test_a_list_or_a_compound_after_the_article_is_not_an_apposition() -> None:
    found = of(triples("Patients received cisplatin, paclitaxel, a new, oral taxane-based regimen, and "
                       "radiation."), "member_of_class")
    assert ("paclitaxel", "taxane") not in found


def test_an_investigational_drug_reported_to_work_treats_the_disease() -> None:
    found = triples("Patients with kidney cancer who received the investigational drug tivozanib lived longer "
                    "without their disease getting worse than patients who received sorafenib.")
    assert ("tivozanib", "kidney cancer") in of(found, "treats")
    found = triples("Patients with kidney cancer who received the investigational drug tivozanib will be followed "
                    "to see whether they live longer.")
    assert ("tivozanib", "kidney cancer") not in of(found, "treats")


def test_the_drugs_of_a_combination_chemotherapy_using_them_are_combined() -> None:
    found = of(triples("A trial showed that combination chemotherapy using epirubicin, cisplatin, and fluorouracil, "
                       "given before surgery, reduced the risk of death."), "combined_with")
    assert {frozenset(p) for p in found} >= {frozenset(("epirubicin", "cisplatin")),
                                             frozenset(("cisplatin", "fluorouracil"))}
    found = of(triples("Patients were treated using cisplatin or carboplatin."), "combined_with")
    assert not found


def test_drugs_used_as_single_agents_are_not_one_combination() -> None:
    found = of(triples("Chemotherapy using doxorubicin, cisplatin, and fluorouracil as single agents or in various "
                       "combinations has modest activity."), "combined_with")
    assert not found
