"""Treatment-type overview pages (session eight, the ``types`` silver set), on texts written here: each test
states what a reader of the graph expects."""

from __future__ import annotations

from tests.conftest import of, triples

# ------------------------------------------------------------------- a title that opens with the class


def test_names_under_a_title_opening_with_a_class_are_its_members() -> None:
    found = triples("# Drugs\n\nTargeted therapy approved for kidney cancer\n\n- axitinib (Inlyta)\n- sunitinib\n")
    assert {("axitinib", "targeted therapy"), ("sunitinib", "targeted therapy")} <= of(found, "member_of_class")
    assert ("sunitinib", "kidney cancer") in of(found, "approved_for")
    found = triples("# Drugs\n\nChemotherapy drugs used for ovarian cancer\n\n- carboplatin\n- paclitaxel\n")
    assert {("carboplatin", "chemotherapy"), ("paclitaxel", "chemotherapy")} <= of(found, "member_of_class")


def test_names_under_a_title_naming_the_class_in_passing_are_not_its_members() -> None:
    found = triples("# Drugs\n\nSurgery and chemotherapy for ovarian cancer\n\n- carboplatin\n- paclitaxel\n")
    assert not of(found, "member_of_class")
    found = triples("# Drugs\n\nTargeted therapy is approved for kidney cancer.\n\n- axitinib\n- sunitinib\n")
    assert not of(found, "member_of_class")


# ----------------------------------------------------------- "These drugs ... They are" after a list of names


def test_they_after_a_list_of_names_refers_to_each_name() -> None:
    text = ("# Drugs\n\nImmunotherapy drugs used to treat liver cancer include:\n\n- nivolumab\n- atezolizumab\n\n"
            "These drugs help the immune system. They are also considered targeted therapy because they act on "
            "specific proteins.\n")
    members = of(triples(text), "member_of_class")
    assert {("nivolumab", "targeted therapy"), ("atezolizumab", "targeted therapy")} <= members
    text = ("# Drugs\n\nHormone drugs used for prostate cancer include:\n\n- enzalutamide\n- apalutamide\n\n"
            "These drugs are also used for some people whose prostate cancer has spread.\n")
    assert {("enzalutamide", "prostate cancer"), ("apalutamide", "prostate cancer")} <= of(triples(text), "treats")


def test_they_after_a_paragraph_does_not_reach_back_to_a_list() -> None:
    text = ("# Drugs\n\nImmunotherapy drugs used to treat liver cancer include:\n\n- nivolumab\n- atezolizumab\n\n"
            "Surgery is another option. It removes the tumor.\n\nThey are also considered targeted therapy.\n")
    members = of(triples(text), "member_of_class")
    assert ("nivolumab", "targeted therapy") not in members


# ------------------------------------------------- "The following chemotherapy drugs may be used:" after a use


def test_the_following_class_drugs_take_the_use_said_of_the_class_just_before() -> None:
    text = ("# Liver\n\n## Chemotherapy\n\nSystemic chemotherapy is used to treat advanced bile duct cancer. "
            "The following chemotherapy drugs may be used:\n\n- capecitabine and oxaliplatin\n- gemcitabine\n")
    assert {("capecitabine", "bile duct cancer"), ("oxaliplatin", "bile duct cancer"),
            ("gemcitabine", "bile duct cancer")} <= of(triples(text), "treats")


def test_the_following_class_drugs_take_no_use_from_another_section() -> None:
    text = ("# Liver\n\n## Chemotherapy\n\nChemotherapy is used to treat stomach cancer.\n\n## Other\n\n"
            "The following chemotherapy drugs may be used:\n\n- docetaxel\n")
    assert ("docetaxel", "stomach cancer") not in of(triples(text), "treats")
    text = ("# Liver\n\nSurgery is used to treat bile duct cancer. The following chemotherapy drugs may be used:"
            "\n\n- docetaxel\n")
    assert ("docetaxel", "bile duct cancer") not in of(triples(text), "treats")


# ------------------------------------------------------------- "A with B, C with D, or E": separate choices


def test_pairs_listed_as_choices_are_not_combined_across_the_commas() -> None:
    text = ("# Liver\n\nTreatment of advanced liver cancer may include:\n\n- atezolizumab with bevacizumab, "
            "durvalumab with tremelimumab, nivolumab with ipilimumab, or pembrolizumab\n")
    combined = {frozenset(pair) for pair in of(triples(text), "combined_with")}
    assert {frozenset(("atezolizumab", "bevacizumab")), frozenset(("durvalumab", "tremelimumab")),
            frozenset(("nivolumab", "ipilimumab"))} <= combined
    assert frozenset(("bevacizumab", "durvalumab")) not in combined
    assert frozenset(("tremelimumab", "nivolumab")) not in combined


def test_a_plus_regimen_after_or_keeps_its_comma_list() -> None:
    text = "Patients may receive cisplatin plus gemcitabine or cisplatin plus docetaxel, fluorouracil, and leucovorin."
    combined = {frozenset(pair) for pair in of(triples(text), "combined_with")}
    assert {frozenset(("docetaxel", "fluorouracil")), frozenset(("cisplatin", "leucovorin"))} <= combined
    assert frozenset(("gemcitabine", "docetaxel")) not in combined


# ------------------------------------------------------ a vocabulary name "Generic (Brand)" under a link


def test_a_linked_generic_with_its_brand_keeps_the_brand() -> None:
    text = ("# Drugs\n\nTargeted therapy approved for breast cancer\n\n"
            "- [fulvestrant (Faslodex)](/about-cancer/treatment/drugs/fulvestrant)\n"
            "- [letrozole (Femara)](/about-cancer/treatment/drugs/letrozole)\n")
    found = triples(text)
    assert ("faslodex", "faslodex") in of(found, "brand_name_of")
    assert {("fulvestrant", "breast cancer"), ("letrozole", "breast cancer")} <= of(found, "approved_for")


# ------------------------------------------------------------- items under "one of the following regimens:"


def test_each_item_under_a_regimens_line_is_given_together() -> None:
    text = ("# Bladder\n\nTreatment of advanced bladder cancer may include:\n\n- pembrolizumab alone\n"
            "- systemic chemotherapy, such as one of the following regimens:\n\n"
            "- cisplatin, methotrexate, and vinblastine\n- carboplatin and paclitaxel\n"
            "- an immunotherapy drug alone, such as avelumab, nivolumab, or pembrolizumab\n")
    combined = {frozenset(pair) for pair in of(triples(text), "combined_with")}
    assert {frozenset(("cisplatin", "methotrexate")), frozenset(("methotrexate", "vinblastine")),
            frozenset(("carboplatin", "paclitaxel"))} <= combined
    assert frozenset(("vinblastine", "carboplatin")) not in combined
    assert frozenset(("avelumab", "nivolumab")) not in combined


def test_a_trials_regimens_are_not_read_as_regimen_items() -> None:
    text = ("# Trial\n\nPatients were randomly assigned to receive one of the following regimens:\n\n"
            "- cisplatin, methotrexate, and vinblastine\n")
    assert not of(triples(text), "combined_with")
