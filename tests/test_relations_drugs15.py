"""Drug pages' approved uses (helper drugs15), on sentences written here."""

from __future__ import annotations

from tests.conftest import of, triples


def test_a_class_partner_with_its_article_is_given_with_each_alternative_after_it() -> None:
    text = ("Ramucirumab is approved to treat:\n\n- Colon cancer. It is used:\n"
            "- with a fluoropyrimidine and either irinotecan or oxaliplatin after other treatment.\n")
    found = of(triples(text), "combined_with")
    assert {("fluoropyrimidine", "irinotecan"), ("fluoropyrimidine", "oxaliplatin")} <= found
    assert ("irinotecan", "oxaliplatin") not in found


def test_two_class_partners_after_an_article_are_given_together() -> None:
    found = of(triples("Tislelizumab is used with a fluoropyrimidine and platinum-based chemotherapy to treat "
                       "gastric cancer."), "combined_with")
    assert ("fluoropyrimidine", "platinum-based chemotherapy") in found


def test_a_class_after_an_article_in_an_earlier_treatment_is_no_partner() -> None:
    found = of(triples("It is used in patients previously treated with a fluoropyrimidine and oxaliplatin for "
                       "colon cancer."), "combined_with")
    assert ("fluoropyrimidine", "oxaliplatin") not in found


def test_a_class_named_before_its_examples_is_no_partner_of_them() -> None:
    found = of(triples("Tumors with ALK fusions can be treated with the ALK inhibitors, alectinib and lorlatinib."),
               "combined_with")
    assert not {("alk inhibitors", "alectinib"), ("alk inhibitors", "lorlatinib")} & found


def test_a_graded_lymphoma_category_is_a_disease_of_its_own() -> None:
    text = "Tisagenlecleucel is approved to treat:\n\n- high-grade B-cell lymphoma that has come back.\n"
    assert ("tisagenlecleucel", "high-grade b-cell lymphoma") in of(triples(text), "approved_for")


def test_a_graded_solid_tumor_still_names_no_graded_term() -> None:
    text = "Selumetinib is used to treat low-grade glioma in children."
    assert ("selumetinib", "low-grade glioma") not in of(triples(text), "treats")


def test_a_list_closed_by_and_before_or_is_one_regimen() -> None:
    text = ("Atezolizumab is approved to treat:\n\n- Lung cancer. It is used with bevacizumab, paclitaxel, and "
            "carboplatin or with pemetrexed and cisplatin as the first treatment.\n")
    found = of(triples(text), "combined_with")
    assert {("bevacizumab", "paclitaxel"), ("bevacizumab", "carboplatin")} <= found
    assert ("bevacizumab", "pemetrexed") not in found and ("pemetrexed", "bevacizumab") not in found


def test_a_list_closed_by_or_stays_alternatives() -> None:
    found = of(triples("Patients were given cisplatin, carboplatin, or oxaliplatin with radiation."), "combined_with")
    assert not found & {("cisplatin", "carboplatin"), ("carboplatin", "oxaliplatin"), ("cisplatin", "oxaliplatin")}


def test_a_lymphoma_sub_type_opening_an_item_is_a_disease_of_its_own() -> None:
    text = ("Mitoxantrone is approved to be used with other drugs to treat:\n\n- Non-Hodgkin lymphoma, including:\n"
            "- Lymphocytic lymphoma (nodular or diffuse).\n"
            "- large B-cell lymphoma in adults who had other treatment.\n")
    approved = of(triples(text), "approved_for")
    assert {("mitoxantrone", "lymphocytic lymphoma"), ("mitoxantrone", "large b-cell lymphoma")} <= approved
    assert ("mitoxantrone", "lymphoma") not in approved


def test_course_words_and_function_words_before_a_lymphoma_make_no_sub_type() -> None:
    text = ("Mitoxantrone is approved to treat:\n\n- Advanced lymphoma.\n- Among survivors of childhood leukemia, "
            "few had relapses.\n")
    found = triples(text)
    assert ("mitoxantrone", "lymphoma") in of(found, "approved_for")
    assert not any("among" in o for _, _, o in found)


def test_the_lead_drug_named_in_an_approval_item_is_approved_for_the_patients_sub_type() -> None:
    text = ("Tislelizumab is approved to be used alone or with other drugs to treat:\n\n- Esophageal cancer that has "
            "spread. Tislelizumab is used with chemotherapy as the first treatment in adults with squamous cell "
            "carcinoma of the esophagus.\n")
    found = triples(text)
    assert ("tislelizumab", "squamous cell carcinoma of the esophagus") in of(found, "approved_for")
    assert ("chemotherapy", "squamous cell carcinoma of the esophagus") not in of(found, "approved_for")


def test_a_named_drug_used_outside_an_approval_list_gets_no_approval() -> None:
    found = triples("Tislelizumab is used with chemotherapy in adults with squamous cell carcinoma of the esophagus.")
    assert ("tislelizumab", "squamous cell carcinoma of the esophagus") not in of(found, "approved_for")
