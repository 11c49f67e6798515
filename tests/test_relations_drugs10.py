"""Drug pages (helper drugs10): companions in the items of an approval list, on sentences written here."""

from __future__ import annotations

from tests.conftest import of, triples

_LEAD = "Cemiplimab is approved to be used alone or with other drugs to treat:\n\n"


def test_a_companion_treats_the_item_disease_when_the_item_names_the_patients_disease() -> None:
    text = _LEAD + ("- gastric cancer that has spread. Cemiplimab is used with rituximab as the first treatment in "
                    "adults with adenocarcinoma of the stomach.\n- melanoma.\n")
    found = triples(text)
    assert ("rituximab", "gastric cancer") in of(found, "treats")
    assert ("rituximab", "melanoma") not in of(found, "treats")


def test_an_item_sentence_naming_another_disease_gives_the_companion_no_item_disease() -> None:
    text = _LEAD + "- gastric cancer. Cemiplimab is used with rituximab to prevent melanoma.\n"
    assert ("rituximab", "gastric cancer") not in of(triples(text), "treats")


def test_a_class_joined_to_a_companion_drug_is_a_companion_too() -> None:
    text = _LEAD + ("- non-small cell lung cancer. Cemiplimab is used as the first treatment in adults with:\n"
                    "- cancer that has come back. It is used with nivolumab and platinum chemotherapy.\n")
    found = triples(text)
    assert {("nivolumab", "non-small cell lung cancer"), ("platinum chemotherapy", "non-small cell lung cancer")} <= (
        of(found, "treats"))


def test_a_class_named_as_an_earlier_treatment_after_a_partner_is_no_companion() -> None:
    text = _LEAD + "- gastric cancer. It is used with rituximab in patients treated with chemotherapy.\n"
    assert ("chemotherapy", "gastric cancer") not in of(triples(text), "treats")


def test_a_class_with_its_kind_in_parentheses_is_a_member_of_that_kind() -> None:
    found = triples("Olaparib is a type of targeted therapy drug called a PARP inhibitor (a type of enzyme inhibitor).")
    assert ("parp inhibitor", "enzyme inhibitor") in of(found, "member_of_class")


def test_a_class_with_its_kind_after_a_comma_is_a_member_of_that_kind() -> None:
    found = triples("Nivolumab is a checkpoint inhibitor, a type of immunotherapy, that is used to treat melanoma.")
    assert ("checkpoint inhibitor", "immunotherapy") in of(found, "member_of_class")


def test_each_drug_of_a_companion_list_in_an_item_is_a_partner() -> None:
    text = ("Daratumumab is approved to be used alone or with other drugs to treat:\n\n"
            "- Multiple myeloma. It is used:\n"
            "- With lenalidomide and dexamethasone or with bortezomib, melphalan, and prednisone in adults.\n")
    found = triples(text)
    assert {("melphalan", "multiple myeloma"), ("prednisone", "multiple myeloma")} <= of(found, "treats")
    assert ("daratumumab", "melphalan") in of(found, "combined_with")


def test_a_drug_named_as_an_earlier_treatment_after_the_partners_is_no_partner() -> None:
    text = ("Daratumumab is approved to be used alone or with other drugs to treat:\n\n"
            "- Multiple myeloma. It is used:\n"
            "- With pomalidomide and dexamethasone in patients whose therapies included lenalidomide, thalidomide.\n")
    assert ("daratumumab", "thalidomide") not in of(triples(text), "combined_with")


def test_drugs_an_item_says_did_not_help_are_not_given_with_the_lead_drug() -> None:
    text = ("Regorafenib is approved to treat:\n\n- Gastrointestinal stromal tumor. It is used in patients whose "
            "cancer has not gotten better with imatinib and sunitinib.\n")
    found = triples(text)
    assert ("regorafenib", "sunitinib") not in of(found, "combined_with")
    assert ("sunitinib", "gastrointestinal stromal tumor") in of(found, "treats")


def test_a_class_set_beside_a_partner_after_a_comma_is_what_the_partner_is() -> None:
    text = ("Docetaxel is approved to treat:\n\n- Gastric cancer. It is used with ramucirumab, a monoclonal "
            "antibody, in adults.\n")
    assert ("monoclonal antibody", "gastric cancer") not in of(triples(text), "treats")


def test_the_patients_disease_under_an_approval_to_prevent_is_not_treated_by_the_drug() -> None:
    text = ("Allopurinol is also approved to prevent:\n\n- Tumor lysis syndrome in adults and children with "
            "leukemia or lymphoma.\n")
    found = triples(text)
    assert ("allopurinol", "tumor lysis syndrome") in of(found, "approved_for")
    assert {d for _, d in of(found, "approved_for") | of(found, "treats")} == {"tumor lysis syndrome"}


def test_a_treatment_of_the_patients_disease_under_an_approval_to_prevent_is_kept() -> None:
    text = ("Palifermin is approved to prevent and treat:\n\n- Oral mucositis. It may be used in adults whose "
            "leukemia is being treated with high-dose chemotherapy.\n")
    found = triples(text)
    assert ("palifermin", "leukemia") not in of(found, "treats")
    assert ("high-dose chemotherapy", "leukemia") in of(found, "treats")
