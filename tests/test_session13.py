"""Session thirteen's reading rules, on sentences written here: a bibliography's cited titles are other works'
claims, not the page's; "X-containing chemotherapy" names what the class holds, not a partner given with it."""

from __future__ import annotations

from tests.conftest import of, triples

_CITED = """# Treating a leukemia

Imatinib is used to treat chronic myeloid leukemia.

###### References

1. Smith A, Jones B: Dasatinib for chronic myeloid leukemia: a randomized trial. J Clin Oncol 1: 1-2, 2001.
2. Brown C: Nilotinib plus imatinib in Philadelphia chromosome-positive leukemia. Blood 2: 3-4, 2002.

## Side effects

Imatinib may cause nausea.
"""


def test_cited_titles_state_nothing_but_the_page_around_them_does() -> None:
    found = triples(_CITED)
    assert ("imatinib", "chronic myeloid leukemia") in of(found, "treats")
    assert ("imatinib", "nausea") in of(found, "has_adverse_effect")  # the section after the list is read again
    subjects = {subject for subject, _, _ in found}
    assert not subjects & {"dasatinib", "nilotinib"}


def test_a_references_word_inside_a_sentence_ends_no_reading() -> None:
    found = triples("# Page\n\n## References and treatment\n\nDasatinib is used to treat chronic myeloid leukemia.\n")
    assert ("dasatinib", "chronic myeloid leukemia") in of(found, "treats")


def test_what_a_containing_class_holds_is_not_its_partner() -> None:
    found = triples("Children who were exposed to doxorubicin-containing combination chemotherapy had normal growth.")
    assert not of(found, "combined_with")
    found = triples("Patients who received a taxane-containing chemotherapy were then assigned to receive T-DM1.")
    assert ("t-dm1", "chemotherapy") not in of(found, "combined_with")


def test_a_drug_given_with_a_containing_class_keeps_its_partner() -> None:
    found = triples("The FDA approved nivolumab in combination with fluoropyrimidine- and platinum-containing "
                    "chemotherapy for patients with gastric cancer.")
    assert ("nivolumab", "chemotherapy") in of(found, "combined_with")


def test_a_class_in_a_list_of_drugs_is_no_apposition() -> None:
    found = triples("These drugs include pemetrexed, gemcitabine, taxanes, capecitabine, or etoposide.")
    assert ("gemcitabine", "taxanes") not in of(found, "member_of_class")
    found = triples("Cetuximab, an EGFR inhibitor, is used to treat colorectal cancer.")
    assert ("cetuximab", "egfr inhibitor") in of(found, "member_of_class")


def test_drugs_named_for_a_likeness_are_no_regimen() -> None:
    found = triples("Lenalidomide is associated with thromboembolic events, as noted with pomalidomide and "
                    "thalidomide.")
    assert not of(found, "combined_with")
    assert ("cisplatin", "etoposide") in of(triples("Patients were treated with cisplatin and etoposide."),
                                            "combined_with")


def test_a_use_that_trials_are_still_needed_for_is_studied_not_shown() -> None:
    found = triples("Larger randomized trials are needed to determine the effectiveness of oral glutamine in "
                    "treating peripheral neuropathy.")
    assert ("glutamine", "peripheral neuropathy") in of(found, "studied_for")
    assert not of(found, "treats")
