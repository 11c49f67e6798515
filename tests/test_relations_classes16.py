"""Class membership that research news states in ways the earlier rules did not read (session fifteen, classes16),
on texts written here."""

from __future__ import annotations

from tests.conftest import of, triples


def members(text: str) -> set[tuple[str, str]]:
    """(member, class) of each ``member_of_class`` statement of a text."""
    return of(triples(text), "member_of_class")


def test_a_past_copula_with_describing_words_names_the_drugs_kind() -> None:
    assert ("letrozole", "hormone therapy") in members(
        "In those years, the drug letrozole, taken daily for a decade, was the most popular adjuvant hormone therapy.")


def test_remains_and_a_widely_used_class_name_the_kind() -> None:
    assert ("carboplatin", "chemotherapy") in members("Carboplatin remains the preferred chemotherapy in this group.")
    assert ("docetaxel", "chemotherapy") in members("Docetaxel is a widely used chemotherapy drug.")


def test_a_pronoun_subject_takes_the_drug_of_the_sentence_before() -> None:
    assert ("nivolumab", "pd-1 inhibitor") in members(
        "Nivolumab was approved for melanoma last year. It was the second PD-1 inhibitor to reach patients.")


def test_a_class_the_drug_is_given_with_or_compared_to_is_not_its_kind() -> None:
    found = members("Imatinib was the standard partner of chemotherapy in the trial.")
    found |= members("Imatinib was as effective as chemotherapy in the trial.")
    found |= members("Imatinib was better tolerated than chemotherapy in the trial.")
    assert ("imatinib", "chemotherapy") not in found


def test_a_drug_that_is_not_the_subject_is_not_given_the_kind() -> None:
    assert ("imatinib", "chemotherapy") not in members(
        "Patients who took imatinib were the first to receive the new chemotherapy.")


def test_a_regimen_named_before_its_class_noun_is_one_of_the_class() -> None:
    assert ("folfox", "chemotherapy") in members("Patients received six cycles of FOLFOX chemotherapy after surgery.")
    assert ("folfiri", "combination chemotherapy") in members("It is used with FOLFIRI combination chemotherapy first.")


def test_a_single_drug_or_a_prefixed_name_before_the_class_noun_is_no_membership() -> None:
    found = members("Patients got cisplatin chemotherapy.")
    found |= members("Two cycles of post-CHOP chemotherapy were given.")
    assert not found & {("cisplatin", "chemotherapy"), ("chop", "chemotherapy")}
