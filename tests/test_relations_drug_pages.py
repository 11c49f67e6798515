"""Drug information page patterns (session eight, silver drug pages): texts written here, each test states what a
reader of the graph expects."""

from __future__ import annotations

from tests.conftest import Triple, of, triples


def pairs(found: set[Triple]) -> set[frozenset[str]]:
    return {frozenset((s, o)) for s, p, o in found if p == "combined_with"}


def test_a_dose_qualifier_does_not_hide_the_companion_drug() -> None:
    text = ("# Venetoclax\n\n## Use in Cancer\n\nVenetoclax is approved to treat:\n\n"
            "- Acute myeloid leukemia in older adults. It is used with low-dose cytarabine in patients who "
            "cannot have other treatment.\n")
    found = triples(text)
    assert frozenset(("venetoclax", "cytarabine")) in pairs(found)
    assert ("cytarabine", "acute myeloid leukemia") in of(found, "treats")


def test_a_high_dose_companion_in_running_text_is_combined() -> None:
    found = triples("Rituximab is given with high-dose methotrexate to treat primary CNS lymphoma.")
    assert frozenset(("rituximab", "methotrexate")) in pairs(found)


def test_a_regimen_page_names_the_kind_of_its_combination() -> None:
    text = ("# CMF\n\nThis chemotherapy combination contains the drugs cyclophosphamide, methotrexate and "
            "fluorouracil.\n\nDrugs in the CMF combination:\n\n## Use in Cancer\n\n"
            "CMF is used to treat breast cancer.\n")
    assert ("cmf", "chemotherapy") in of(triples(text), "member_of_class")


def test_a_plain_combination_sentence_names_no_kind_of_the_regimen() -> None:
    text = ("# CMF\n\nThis combination contains the chemotherapy drugs cyclophosphamide, methotrexate and "
            "fluorouracil.\n\nDrugs in the CMF combination:\n")
    assert ("cmf", "chemotherapy") not in of(triples(text), "member_of_class")


def test_platinum_chemotherapy_is_the_class_not_cisplatin() -> None:
    text = ("# Ramucirumab\n\n## Use in Cancer\n\nRamucirumab is approved to treat:\n\n"
            "- Non-small cell lung cancer that got worse after treatment with platinum chemotherapy.\n")
    found = triples(text)
    assert ("platinum chemotherapy", "non-small cell lung cancer") in of(found, "treats")
    assert not any(s == "platinum" for s, _ in of(found, "treats"))


def test_a_name_running_past_its_linked_words_is_one_mention() -> None:
    link = "(/Common/PopUps/popDefinition.aspx?id={}&version=Patient&language=English)"
    text = ("# Ramucirumab\n\n## Use in Cancer\n\nRamucirumab is approved to treat:\n\n"
            f"- [Stomach]{link.format(46590)} [adenocarcinoma]{link.format(45075)} that has spread. "
            f"It is used in patients whose disease got worse after treatment with "
            f"[platinum]{link.format(45841)}-based chemotherapy.\n")
    found = triples(text)
    assert ("ramucirumab", "stomach adenocarcinoma") in of(found, "approved_for")
    assert ("platinum-based chemotherapy", "stomach adenocarcinoma") in of(found, "treats")
    assert ("ramucirumab", "adenocarcinoma") not in of(found, "approved_for")


def test_the_kind_a_drug_is_used_as_is_its_class() -> None:
    found = triples("Dactinomycin is a type of antibiotic called an anthracycline that is used as a chemotherapy drug.")
    assert ("dactinomycin", "chemotherapy") in of(found, "member_of_class")
    found = triples("Mitomycin is an antibiotic used as a chemotherapy drug.")
    assert ("mitomycin", "chemotherapy") in of(found, "member_of_class")


def test_a_drug_used_with_a_class_is_no_member() -> None:
    found = triples("Dactinomycin is used with a chemotherapy drug such as vincristine.")
    assert ("dactinomycin", "chemotherapy") not in of(found, "member_of_class")
