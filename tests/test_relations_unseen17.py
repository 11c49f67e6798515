"""Relations from phrasings met on pages nobody tuned for (helper pages17): a drug set off as part of a class's
regimen, uses advised for patients, and treatments named only as absent. Sentences written here."""

from __future__ import annotations

from tests.conftest import of, triples


def test_a_drug_set_off_as_part_of_a_class_regimen_is_a_member() -> None:
    found = of(triples("Heart problems were rare with trastuzumab and doxorubicin (Adriamycin), a drug that was part "
                       "of the chemotherapy regimen used in the trial."), "member_of_class")
    assert ("adriamycin", "chemotherapy") in found or ("doxorubicin", "chemotherapy") in found
    assert ("trastuzumab", "chemotherapy") not in found  # "a drug that was": only the drug before it


def test_one_of_the_drugs_in_a_class_combination_is_a_member() -> None:
    found = of(triples("Cisplatin, one of the drugs in the chemotherapy combination, can harm hearing."),
               "member_of_class")
    assert ("cisplatin", "chemotherapy") in found


def test_two_of_the_drugs_of_a_regimen_are_each_members() -> None:
    found = of(triples("Cyclophosphamide and vincristine, two of the drugs of the chemotherapy regimen, were given "
                       "on the first day."), "member_of_class")
    assert {("cyclophosphamide", "chemotherapy"), ("vincristine", "chemotherapy")} <= found


def test_a_use_advised_for_patients_is_a_use_with_what_is_given_besides() -> None:
    found = of(triples("Most women with early breast cancer are advised to receive chemotherapy in addition to "
                       "radiation and hormone therapy, yet not every woman gains from chemotherapy."), "treats")
    assert {("chemotherapy", "breast cancer"), ("hormone therapy", "breast cancer")} <= found


def test_a_class_named_only_as_the_absent_arm_is_no_use() -> None:
    found = of(triples("Women with invasive breast cancer were randomly assigned to receive tamoxifen or no hormone "
                       "therapy."), "treats")
    assert ("hormone therapy", "invasive breast cancer") not in found


def test_no_standard_class_for_a_disease_is_no_use() -> None:
    found = of(triples("No standard chemotherapy exists for patients with recurrent vulvar cancer."), "treats")
    assert not found


def test_a_drug_left_out_of_a_regimen_is_no_partner() -> None:
    found = of(triples("The regimen gave high-dose methotrexate without leucovorin, followed by vincristine."),
               "combined_with")
    assert not {pair for pair in found if "leucovorin" in pair}


def test_an_optional_drug_with_or_without_keeps_its_use() -> None:
    found = of(triples("Surgery with or without chemotherapy is used to treat sarcoma."), "treats")
    assert ("chemotherapy", "sarcoma") in found
