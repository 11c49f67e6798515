"""Drug pages with long indication lists (helper drugs11), on sentences written here."""

from __future__ import annotations

from tests.conftest import of, triples


def test_a_response_to_an_earlier_treatment_is_use_of_it() -> None:
    text = ("Niraparib is approved to treat:\n\n- Gastric cancer. Niraparib is used as maintenance therapy in adults "
            "who are having a complete or partial response to platinum chemotherapy.\n")
    assert ("platinum chemotherapy", "gastric cancer") in of(triples(text), "treats")


def test_a_response_to_an_earlier_drug_in_the_same_sentence_is_use_of_it() -> None:
    found = triples("Patients with melanoma who had a partial response to nivolumab were given surgery.")
    assert ("nivolumab", "melanoma") in of(found, "treats")


def test_a_response_rate_to_a_drug_in_a_trial_is_no_earlier_use() -> None:
    found = triples("Researchers measured the response to nivolumab among 40 people with melanoma.")
    assert ("nivolumab", "melanoma") not in of(found, "treats")


def test_each_alternative_after_and_either_is_a_partner_of_the_lead_drug() -> None:
    text = ("Tislelizumab is approved to treat:\n\n- Gastric cancer. It is used:\n"
            "- with etoposide and either carboplatin or cisplatin as the first treatment.\n")
    found = triples(text)
    assert {("carboplatin", "gastric cancer"), ("cisplatin", "gastric cancer")} <= of(found, "treats")
    assert ("tislelizumab", "carboplatin") in of(found, "combined_with")
    assert ("carboplatin", "cisplatin") not in of(found, "combined_with")


def test_an_earlier_treatment_with_another_drug_of_a_class_is_use_of_the_class() -> None:
    text = ("Erlotinib is approved to treat:\n\n- Non-small cell lung cancer. It is used in adults:\n"
            "- whose cancer got worse during or after treatment with another kinase inhibitor\n")
    assert ("kinase inhibitor", "non-small cell lung cancer") in of(triples(text), "treats")


def test_no_response_to_at_least_two_drugs_of_a_class_is_use_of_the_class() -> None:
    text = ("Bosutinib is approved to treat:\n\n- Chronic myelogenous leukemia. It is used in patients whose "
            "cancer did not respond to at least two kinase inhibitors.\n")
    assert ("kinase inhibitors", "chronic myelogenous leukemia") in of(triples(text), "treats")


def test_a_class_with_an_article_inside_a_drug_list_is_an_item_not_an_apposition() -> None:
    found = triples("Combination chemotherapy made of doxorubicin, cyclophosphamide, a platinum drug, and etoposide "
                    "is used.")
    assert ("cyclophosphamide", "platinum drug") not in of(found, "member_of_class")


def test_a_class_item_followed_by_another_class_item_is_no_apposition() -> None:
    text = ("Pembrolizumab is approved to treat:\n\n- Gastric cancer. Pembrolizumab is used with:\n"
            "- trastuzumab, a fluoropyrimidine, and platinum-based chemotherapy in patients.\n")
    found = of(triples(text), "member_of_class")
    assert ("trastuzumab", "fluoropyrimidine") not in found
    assert ("trastuzumab", "platinum-based chemotherapy") not in found


def test_an_apposition_before_the_next_drug_of_a_list_is_kept() -> None:
    found = triples("The FDA approved inavolisib with fulvestrant (Faslodex), a hormone therapy, and palbociclib for "
                    "breast cancer.")
    assert ("fulvestrant", "hormone therapy") in of(found, "member_of_class")


def test_a_class_partner_with_its_article_treats_the_item_disease() -> None:
    text = ("Tislelizumab is approved to treat:\n\n- gastric cancer that has spread.\n"
            "Tislelizumab is used with a fluoropyrimidine and platinum-based chemotherapy.\n- melanoma.\n")
    found = triples(text)
    assert {("fluoropyrimidine", "gastric cancer"), ("platinum-based chemotherapy", "gastric cancer")} <= (
        of(found, "treats"))
    assert {("tislelizumab", "fluoropyrimidine"), ("tislelizumab", "platinum-based chemotherapy")} <= (
        of(found, "combined_with"))
    assert ("fluoropyrimidine", "melanoma") not in of(found, "treats")


def test_partners_after_a_class_with_its_article_are_given_with_the_lead_drug() -> None:
    text = ("Ziv-aflibercept is approved to treat:\n\n- Colorectal cancer. It is used:\n"
            "- With a fluoropyrimidine and either irinotecan or oxaliplatin as the second treatment.\n")
    assert ("ziv-aflibercept", "oxaliplatin") in of(triples(text), "combined_with")


def test_a_counted_earlier_treatment_with_a_class_is_use_and_no_partner() -> None:
    text = ("Tafasitamab is approved to treat:\n\n- Hodgkin lymphoma. Tafasitamab is also used in adults whose cancer "
            "has not gotten better after at least two treatments with combination chemotherapy.\n")
    found = triples(text)
    assert ("combination chemotherapy", "hodgkin lymphoma") in of(found, "treats")
    assert ("tafasitamab", "combination chemotherapy") not in of(found, "combined_with")


def test_up_to_two_types_of_an_earlier_class_is_use_of_it() -> None:
    text = ("Topotecan is approved to treat:\n\n- Ovarian cancer. It is used in patients whose cancer has been "
            "treated with up to two types of chemotherapy.\n")
    assert ("chemotherapy", "ovarian cancer") in of(triples(text), "treats")


def test_a_drug_given_with_or_without_is_a_partner() -> None:
    text = ("Tislelizumab is approved to treat:\n\n- Cervical cancer. Tislelizumab is used:\n"
            "- with chemotherapy, with or without bevacizumab, in patients whose cancer has spread.\n")
    found = triples(text)
    assert ("bevacizumab", "cervical cancer") in of(found, "treats")
    assert ("tislelizumab", "bevacizumab") in of(found, "combined_with")


def test_with_or_without_inside_an_earlier_treatment_gives_no_partner_of_the_lead_drug() -> None:
    text = ("Tislelizumab is approved to treat:\n\n- Melanoma. It is used when the cancer did not respond to a BRAF "
            "inhibitor with or without a MEK inhibitor.\n")
    found = triples(text)
    assert ("tislelizumab", "mek inhibitor") not in of(found, "combined_with")
