"""Session ten's reading rules, on sentences written here: a treatment option written as a list item of drugs
joined by "and" is one combination."""

from __future__ import annotations

from kg.documents import parse_document
from kg.pipeline import analyse_document
from tests.conftest import of, triples

LEAD = "Treatment of stage IV melanoma may include the following:\n\n"


def combined(text: str) -> set[frozenset[str]]:
    return {frozenset(pair) for pair in of(triples(text), "combined_with")}


def test_an_option_of_two_drugs_joined_by_and_is_a_combination() -> None:
    found = combined(LEAD + "- Nivolumab and ipilimumab.\n- Pembrolizumab plus chemotherapy.\n")
    assert frozenset(("nivolumab", "ipilimumab")) in found
    assert frozenset(("pembrolizumab", "chemotherapy")) in found


def test_a_class_with_bracketed_members_stands_for_each_member() -> None:
    found = combined(LEAD + "- Immunotherapy (nivolumab or pembrolizumab) and chemotherapy.\n")
    assert {frozenset(("nivolumab", "chemotherapy")), frozenset(("pembrolizumab", "chemotherapy"))} <= found
    assert frozenset(("nivolumab", "pembrolizumab")) not in found  # the members are alternatives


def test_alternatives_and_investigational_options_are_no_combination() -> None:
    assert combined(LEAD + "- Nivolumab or ipilimumab.\n") == set()
    assert combined(LEAD + "- A clinical trial of nivolumab and ipilimumab.\n") == set()


def test_an_item_that_does_not_open_with_the_drugs_is_left_to_the_sentence_rules() -> None:
    assert combined(LEAD + "- Surgery. Afterwards nivolumab and ipilimumab may be tried.\n") == set()


def test_a_line_that_says_something_of_the_drugs_is_no_option() -> None:
    assert combined(LEAD + "- Nivolumab and ipilimumab may also help slow tumor growth.\n") == set()


def test_a_class_and_a_class_named_inside_it_are_two_kinds_not_one_combination() -> None:
    assert combined(LEAD + "- Immunotherapy and chemoimmunotherapy.\n") == set()


def test_there_is_no_standard_drug_for_a_disease_is_no_use() -> None:
    text = "There is no standard chemotherapy for vulvar cancer, and reports of its use are few."
    assert ("chemotherapy", "vulvar cancer") not in of(triples(text), "treats")


def test_the_gas_that_names_a_laser_is_no_drug() -> None:
    text = LEAD + "- Carbon dioxide (CO2) laser surgery.\n- Topical imiquimod.\n- Laser surgery.\n"
    treats = of(triples(text), "treats")
    assert ("imiquimod", "melanoma") in treats
    assert not any(subject.startswith("carbon dioxide") for subject, _ in treats)


def test_a_heading_class_with_its_kind_is_membership_not_a_combination() -> None:
    found = triples("# Page\n\n## Immunotherapy With Checkpoint Inhibitors\n\nSome text.\n")
    assert ("checkpoint inhibitors", "immunotherapy") in of(found, "member_of_class")
    assert of(found, "combined_with") == set()


def test_a_treatment_of_several_modalities_is_no_drug_class() -> None:
    found = triples("Combined-modality therapy with chemotherapy and radiation therapy is used to treat "
                    "nasopharyngeal carcinoma. Multimodal treatment, including interferon beta, helped.")
    assert not any("modal" in subject or "modal" in obj for subject, _, obj in found)


def test_a_family_name_is_the_family_not_the_drug_that_lists_it_as_a_synonym() -> None:
    found = triples("Platinum plus pemetrexed is used to treat mesothelioma.")
    treats = of(found, "treats")
    assert ("platinum", "mesothelioma") in treats
    statements = analyse_document(parse_document("Platinum plus pemetrexed is used to treat mesothelioma.",
                                                 "x.md")).statements
    platinum = {s.subject for s in statements if s.subject_text == "Platinum"}
    assert platinum and not any(subject == "NCIT:C376" for subject in platinum)  # not cisplatin
