"""Research news: arms, combinations and standard treatments (helper newsuse16), on sentences written here."""

from __future__ import annotations

from tests.conftest import of, triples


def test_a_drug_added_to_a_class_with_its_brand_between_is_given_with_the_class() -> None:
    found = triples("Adding the antibody drug nivolumab (Opdivo) to chemotherapy helped patients with advanced "
                    "gastric cancer live longer.")
    assert ("nivolumab", "chemotherapy") in of(found, "combined_with")
    assert ("chemotherapy", "gastric cancer") in of(found, "treats")


def test_a_drug_added_to_standard_chemotherapy_is_given_with_it() -> None:
    found = triples("Adding cetuximab (Erbitux) to standard chemotherapy extended survival in patients with "
                    "colorectal cancer.")
    assert ("cetuximab", "chemotherapy") in of(found, "combined_with")


def test_a_drug_with_two_brands_is_still_one_partner() -> None:
    found = of(triples("Adding rituximab (Rituxan, Truxima) to chemotherapy cured more children with Burkitt "
                       "lymphoma."), "combined_with")
    assert ("rituximab", "chemotherapy") in found


def test_a_drug_only_described_by_its_class_is_still_no_partner_of_it() -> None:
    found = of(triples("Patients with melanoma received the immunotherapy drug ipilimumab (Yervoy)."),
               "combined_with")
    assert not found


def test_the_same_drug_named_again_later_is_not_taken_for_its_brand() -> None:
    found = of(triples("There are no data on the activity of letrozole alone and of letrozole in combination "
                       "with a GnRH agonist."), "combined_with")
    assert ("letrozole", "gnrh agonist") in found


def test_a_plus_arm_offered_with_either_is_still_one_combination() -> None:
    found = of(triples("Patients with pancreatic cancer were randomly assigned to receive either erlotinib plus "
                       "gemcitabine or gemcitabine alone."), "combined_with")
    assert ("erlotinib", "gemcitabine") in found or ("gemcitabine", "erlotinib") in found


def test_a_class_plus_drug_arm_after_or_is_one_combination() -> None:
    found = of(triples("Men were randomly assigned to hormone therapy alone or to hormone therapy plus docetaxel."),
               "combined_with")
    assert ("hormone therapy", "docetaxel") in found


def test_the_comparator_regimen_of_a_result_is_a_combination_too() -> None:
    found = of(triples("Patients who received obinutuzumab plus bendamustine lived longer compared with those who "
                       "received rituximab plus bendamustine."), "combined_with")
    assert {("obinutuzumab", "bendamustine"), ("rituximab", "bendamustine")} <= found
    assert ("obinutuzumab", "rituximab") not in found and ("rituximab", "obinutuzumab") not in found


def test_alternatives_joined_by_or_stay_apart_after_a_contrast() -> None:
    found = of(triples("Compared with cisplatin or carboplatin, the drug was less toxic."), "combined_with")
    assert not found


def test_a_comparator_said_to_have_been_the_standard_of_care_treats_the_disease() -> None:
    found = triples("Patients had advanced melanoma. Vemurafenib lengthened survival compared with the chemotherapy "
                    "drug dacarbazine, which was a standard of care at the time the trial began.")
    assert ("dacarbazine", "melanoma") in of(found, "treats")


def test_a_drug_that_is_the_standard_of_care_treats_the_disease_of_the_paragraph() -> None:
    found = triples("Aromatase inhibitors are not effective in premenopausal women with breast cancer, so tamoxifen "
                    "is the standard of care in these women.")
    assert ("tamoxifen", "breast cancer") in of(found, "treats")


def test_the_current_standard_named_after_a_comma_treats_the_disease() -> None:
    found = triples("Patients had liver cancer. The new drug was more effective than the current standard, sorafenib.")
    assert ("sorafenib", "liver cancer") in of(found, "treats")


def test_a_drug_said_not_to_be_the_standard_or_a_remedy_standard_is_no_use() -> None:
    assert not of(triples("Patients had breast cancer. Tamoxifen is not the standard of care in these women."),
                  "treats")
    assert not of(triples("Patients had prostate cancer. Denosumab is the standard of care to prevent fractures."),
                  "treats")
