"""The sixth relation round, on texts written here: each test states what a reader of the graph expects."""

from __future__ import annotations

from tests.conftest import Triple, of, triples


def test_raising_the_risk_for_an_event_is_a_side_effect() -> None:
    found = triples("Besides its benefits, tamoxifen raises a woman's risk for blood clots and stroke.")
    assert {("tamoxifen", "blood clots"), ("tamoxifen", "stroke")} <= of(found, "has_adverse_effect")


def test_a_disease_patients_developed_after_a_drug_is_no_use() -> None:
    found = triples("In the study, 12 percent of patients treated with vemurafenib developed skin cancer or "
                    "keratoacanthoma, compared with 2 percent of those given dabrafenib.")
    assert not of(found, "treats")


def test_a_disease_of_the_patients_a_drug_is_for_is_still_a_use() -> None:
    found = triples("Enzalutamide is approved for men who have developed metastatic prostate cancer. "
                    "Abiraterone is used to treat men whose disease developed into castration-resistant "
                    "prostate cancer.")
    assert ("enzalutamide", "metastatic prostate cancer") in of(found, "approved_for") | of(found, "treats")
    assert ("abiraterone", "castration-resistant prostate cancer") in of(found, "treats")


def test_marketing_a_drug_for_risk_reduction_is_prevention_not_use() -> None:
    found = triples("The company may ask to market exemestane for breast cancer risk reduction.")
    assert not of(found, "treats")
    found = triples("Letrozole for breast cancer was well tolerated.")
    assert ("letrozole", "breast cancer") in of(found, "treats")


def test_benefit_after_a_treated_with_pair_with_brands() -> None:
    found = triples("In a large trial, women with metastatic breast cancer treated with ribociclib (Kisqali) and "
                    "letrozole (Femara) as their first treatment lived about a year longer than women given "
                    "letrozole alone.")
    assert {("ribociclib", "breast cancer"), ("letrozole", "breast cancer")} <= of(found, "treats")


def test_a_fronted_population_may_name_a_biomarker_status() -> None:
    found = triples("In people with metastatic HER2-positive breast cancer, the targeted drug trastuzumab "
                    "deruxtecan markedly lengthened progression-free survival compared with the older drug.")
    assert ("trastuzumab deruxtecan", "breast cancer") in of(found, "treats")


def test_working_against_a_disease_is_use() -> None:
    found = triples("Tamoxifen works against breast cancer by blocking estrogen.")
    assert ("tamoxifen", "breast cancer") in of(found, "treats")


def test_an_event_associated_with_a_drug_is_its_side_effect() -> None:
    found = triples("Several studies have shown weight gain associated with steroid use in this setting.")
    assert ("steroid", "weight gain") in of(found, "has_adverse_effect")
    found = triples("Mild thrombocytopenia associated with aspirin-like platelet defects runs in some families.")
    assert not of(found, "has_adverse_effect")


def test_an_arm_named_with_its_duration_gets_its_events() -> None:
    found = triples("In the trial, 90% of men receiving 12 months of androgen deprivation therapy experienced "
                    "hot flashes.")
    assert ("androgen deprivation therapy", "hot flashes") in of(found, "has_adverse_effect")


def pairs(found: set[Triple], predicate: str) -> set[frozenset[str]]:
    return {frozenset((s, o)) for s, p, o in found if p == predicate}


def test_a_partner_named_with_its_class_noun_is_still_a_partner() -> None:
    found = triples("Palbociclib is an oral agent. This drug was approved to be used together with the hormone "
                    "therapy letrozole as a first treatment for women with metastatic breast cancer.")
    assert frozenset(("palbociclib", "letrozole")) in pairs(found, "combined_with")
    assert ("letrozole", "breast cancer") in of(found, "treats")
    found = triples("The agency approved abiraterone, in combination with the steroid prednisone, for men with "
                    "metastatic prostate cancer.")
    assert frozenset(("abiraterone", "prednisone")) in pairs(found, "combined_with")
    assert frozenset(("abiraterone", "steroid")) not in pairs(found, "combined_with")  # the partner's kind


def test_examples_of_a_kind_after_a_bare_with_are_no_regimen() -> None:
    found = triples("Studies with the anticancer drugs imatinib, sunitinib, and nilotinib have shown that "
                    "grapefruit juice raises their blood levels.")
    assert not {pair for pair in pairs(found, "combined_with") if "imatinib" in pair}
    found = triples("Results from a few patients treated with the kinase inhibitors sunitinib and axitinib "
                    "have been promising.")
    assert not pairs(found, "combined_with")


def test_what_someone_is_testing_is_investigational() -> None:
    found = triples("One trial is testing the combination of venetoclax and obinutuzumab in people with chronic "
                    "lymphocytic leukemia.")
    assert not pairs(found, "combined_with")
    assert not of(found, "treats")
    assert ("venetoclax", "chronic lymphocytic leukemia") in of(found, "studied_for")


def test_research_news_benefit_wordings_are_uses() -> None:
    found = triples("Giving the drug blinatumomab after chemotherapy substantially increased survival for infants "
                    "with acute lymphoblastic leukemia, a study showed.")
    assert ("blinatumomab", "acute lymphoblastic leukemia") in of(found, "treats")
    found = triples("Patients with relapsed chronic lymphocytic leukemia treated with rituximab plus venetoclax "
                    "have longer progression-free survival than patients treated with chemotherapy.")
    assert {("rituximab", "chronic lymphocytic leukemia"), ("venetoclax", "chronic lymphocytic leukemia")} <= of(
        found, "treats")
    found = triples("A trial shows that arsenic trioxide is highly effective in children with acute promyelocytic "
                    "leukemia.")
    assert ("arsenic trioxide", "acute promyelocytic leukemia") in of(found, "treats")
    found = triples("Lenalidomide may delay the progression of smoldering myeloma to multiple myeloma.")
    assert ("lenalidomide", "smoldering myeloma") in of(found, "treats")
    assert ("lenalidomide", "multiple myeloma") not in of(found, "treats")


def test_a_study_in_children_with_a_disease_is_no_use_by_itself() -> None:
    found = triples("Phase II study of irinotecan in children with relapsed neuroblastoma.")
    assert ("irinotecan", "neuroblastoma") not in of(found, "treats")


def test_a_fronted_population_with_two_diseases_and_a_clause() -> None:
    found = triples("For people with lung cancer and medullary thyroid cancer whose tumors have changes in the RET "
                    "gene, selpercatinib improved progression-free survival compared with other treatments.")
    assert {("selpercatinib", "lung cancer"), ("selpercatinib", "medullary thyroid cancer")} <= of(found, "treats")


def test_initial_treatment_with_a_drug_may_help_the_population_live_longer() -> None:
    found = triples("For men with metastatic castration-resistant prostate cancer, initial treatment with "
                    "enzalutamide combined with talazoparib may help them live longer than enzalutamide alone.")
    assert ("enzalutamide", "castration-resistant prostate cancer") in of(found, "treats")


def test_these_therapies_after_an_opening_conjunction() -> None:
    found = triples("Many patients treated with checkpoint inhibitors have only minor side effects. But these "
                    "therapies can also cause severe skin rashes and diarrhea.")
    assert {("checkpoint inhibitors", "skin rashes"), ("checkpoint inhibitors", "diarrhea")} <= of(
        found, "has_adverse_effect")


def test_the_most_common_fatal_event_goes_on_from_the_sentence_before() -> None:
    found = triples("Fatal adverse events were more common in patients who received bevacizumab. The most common "
                    "fatal event, accounting for a quarter of the total, was hemorrhage.")
    assert ("bevacizumab", "hemorrhage") in of(found, "has_adverse_effect")


def test_a_disease_that_causes_the_treated_condition_is_not_treated() -> None:
    found = triples("Dexamethasone and mannitol are used to treat the edema associated with brain tumors.")
    assert not {o for s, o in of(found, "treats")} & {"brain tumors"}
    found = triples("Denosumab is approved to prevent:\n\n- broken bones caused by multiple myeloma.\n")
    assert not (of(found, "treats") | of(found, "approved_for"))
    found = triples("Doctors use octreotide for treating diarrhea that is caused by certain types of graft-versus-host "
                    "disease.")
    assert not of(found, "treats")


def test_a_list_of_drugs_approved_to_prevent_a_cancer_is_no_approval_to_treat_it() -> None:
    found = triples("# Drugs for Cervical Cancer\n\nDrugs Approved to Prevent Cervical Cancer\n\n- Cervarix\n"
                    "- Gardasil 9\n\nDrugs Approved to Treat Cervical Cancer\n\n- Bevacizumab\n- Topotecan\n")
    approved = of(found, "approved_for")
    assert ("bevacizumab", "cervical cancer") in approved
    assert not {s for s, o in approved} & {"cervarix", "gardasil 9"}


def test_a_disease_the_patients_had_before_the_treated_one_is_history() -> None:
    found = triples("Tisagenlecleucel is approved to treat:\n\n- DLBCL in patients who had follicular lymphoma.\n")
    uses = of(found, "approved_for") | of(found, "treats")
    assert not {o for s, o in uses} & {"follicular lymphoma"}
    found = triples("Until recently, dacarbazine was a standard treatment for patients who had melanoma.")
    assert ("dacarbazine", "melanoma") in of(found, "treats")


def test_being_associated_with_an_event_names_it_as_a_side_effect() -> None:
    found = triples("In addition, abiraterone is associated with hepatotoxicity.")
    assert ("abiraterone", "hepatotoxicity") in of(found, "has_adverse_effect")
    found = triples("Exemestane was associated with fewer blood clots than the older drug.")
    assert not of(found, "has_adverse_effect")


def test_improving_survival_in_a_disease_is_use() -> None:
    found = triples("Pembrolizumab improves survival in advanced lung cancer.")
    assert ("pembrolizumab", "lung cancer") in of(found, "treats")
    found = triples("Adding pembrolizumab improved survival in the trial, which enrolled lung cancer patients.")
    assert not of(found, "treats")


def test_a_drug_given_to_counter_an_event_does_not_cause_it() -> None:
    found = triples("More patients who received docetaxel required treatment with filgrastim to counter "
                    "neutropenia.")
    assert ("filgrastim", "neutropenia") not in of(found, "has_adverse_effect")
    assert ("docetaxel", "neutropenia") in of(found, "has_adverse_effect")
    assert not pairs(found, "combined_with")  # supportive care is no partner


def test_combining_a_class_with_a_drug_is_no_membership() -> None:
    found = triples("Researchers found that combining chemotherapy with bevacizumab improves outcomes for women "
                    "with ovarian cancer.")
    assert ("bevacizumab", "chemotherapy") not in of(found, "member_of_class")
    found = triples("Treatment may include combination chemotherapy with cisplatin and etoposide.")
    assert ("cisplatin", "combination chemotherapy") in of(found, "member_of_class")
