"""Treatment summaries (PDQ-style pages): lists of treatments under a disease lead-in, and classes named with
the word "therapy" before their drugs. Sentences written here; one real page read from ../shared at run time."""

from __future__ import annotations

import pytest
from conftest import shared_dir

from kg.documents import parse_document
from kg.pipeline import analyse_document, analyse_path

Triple = tuple[str, str, str]


def triples(text: str) -> set[Triple]:
    """(subject text, predicate, object text), lower-cased, of the positive statements of a text."""
    analysis = analyse_document(parse_document(text, "example.md"))
    return {(s.subject_text.lower(), s.predicate, s.object_text.lower()) for s in analysis.statements
            if not s.evidence.negated}


def test_a_lead_in_about_newly_diagnosed_patients_still_lists_treatments() -> None:
    text = ("Treatment of newly diagnosed childhood acute myeloid leukemia may include the following:\n\n"
            "- Combination chemotherapy.\n- Targeted therapy with gemtuzumab ozogamicin.\n")
    found = triples(text)
    assert ("gemtuzumab ozogamicin", "treats", "childhood acute myeloid leukemia") in found
    assert ("combination chemotherapy", "treats", "childhood acute myeloid leukemia") in found


def test_a_list_of_diagnostic_tests_is_still_not_treatment() -> None:
    text = ("The following tests may be used to diagnose neuroblastoma:\n\n"
            "- Imaging with metaiodobenzylguanidine.\n- Bone marrow biopsy.\n")
    assert not [t for t in triples(text) if t[1] == "treats"]


@pytest.mark.parametrize("item", [
    "beta-blocker therapy, such as propranolol, nadolol, or atenolol",
    "beta-blocker therapy (propranolol, nadolol, or atenolol)",
    "beta-blocker treatment with propranolol, nadolol, or atenolol",
])
def test_a_class_named_with_the_word_therapy_has_the_drugs_after_it(item: str) -> None:
    found = triples(f"Treatment of infantile hemangioma may include:\n\n- {item}\n")
    members = {s for s, p, o in found if p == "member_of_class" and o.startswith("beta-blocker")}
    assert members == {"propranolol", "nadolol", "atenolol"}
    assert ("propranolol", "treats", "infantile hemangioma") in found


def test_a_subclass_after_with_an_article_is_a_member() -> None:
    found = triples("Treatment of acute myeloid leukemia may include targeted therapy with a monoclonal antibody "
                    "(gemtuzumab ozogamicin).")
    assert ("monoclonal antibody", "member_of_class", "targeted therapy") in found
    assert ("gemtuzumab ozogamicin", "member_of_class", "monoclonal antibody") in found


def test_a_real_summary_lists_uses_for_newly_diagnosed_disease() -> None:
    page = shared_dir() / "corpus" / "nci" / "02_nci_core" / "cancer-types" / (
        "types-leukemia-patient-child-aml-treatment-pdq.md")
    if not page.exists():
        pytest.skip("the AML treatment summary is not in ../shared")
    statements = analyse_path(page).statements
    newly = {s.subject_text.lower() for s in statements
             if s.predicate == "treats" and "Treatment of newly diagnosed" in s.evidence.sentence}
    assert {"tretinoin", "arsenic trioxide"} <= newly


def test_items_under_types_of_a_class_are_its_subclasses() -> None:
    text = ("There are different types of immune checkpoint inhibitor therapy:\n\n"
            "- PD-1 inhibitor: PD-1 is a protein on the surface of T cells.\n"
            "- CTLA-4 inhibitor: CTLA-4 is a protein on the surface of T cells.\n\n"
            "Signal transduction inhibitors include the following:\n\n"
            "- BRAF inhibitors (dabrafenib or vemurafenib) that block proteins made by mutant BRAF genes.\n")
    found = triples(text)
    assert {("pd-1 inhibitor", "member_of_class", "immune checkpoint inhibitor"),
            ("ctla-4 inhibitor", "member_of_class", "immune checkpoint inhibitor"),
            ("braf inhibitors", "member_of_class", "signal transduction inhibitors"),
            ("dabrafenib", "member_of_class", "braf inhibitors")} <= found
    assert ("dabrafenib", "member_of_class", "signal transduction inhibitors") not in found


def test_drugs_under_a_lead_in_ending_with_the_following_are_members() -> None:
    text = "Chemotherapy drugs used to treat neuroblastoma include the following:\n\n- carboplatin\n- etoposide\n"
    found = triples(text)
    assert ("carboplatin", "member_of_class", "chemotherapy") in found
    assert ("carboplatin", "treats", "neuroblastoma") in found


def test_a_class_named_in_passing_in_a_treatment_lead_in_has_no_members() -> None:
    text = ("Treatment of acute promyelocytic leukemia during the remission phase (intensification therapy) may "
            "include the following:\n\n- Tretinoin with arsenic trioxide.\n")
    found = triples(text)
    assert not [t for t in found if t[1] == "member_of_class"]
    assert ("tretinoin", "treats", "acute promyelocytic leukemia") in found


def test_examples_used_to_treat_a_disease_each_treat_it() -> None:
    found = triples("Examples of immunotherapy used to treat childhood acute lymphoblastic leukemia include "
                    "blinatumomab, rituximab, and CAR T-cell therapy. Drugs used to treat hairy cell leukemia "
                    "include cladribine and pentostatin. Drugs being studied to treat melanoma include relatlimab.")
    used = {(s, o) for s, p, o in found if p == "treats"}
    assert {("blinatumomab", "childhood acute lymphoblastic leukemia"),
            ("car t-cell therapy", "childhood acute lymphoblastic leukemia"),
            ("cladribine", "hairy cell leukemia"), ("pentostatin", "hairy cell leukemia")} <= used
    assert ("relatlimab", "melanoma") not in used


@pytest.mark.parametrize("sentence, drug, disease", [
    ("For colorectal cancer, chemotherapy is taken by mouth or injected into a vein.", "chemotherapy",
     "colorectal cancer"),
    ("For some vascular tumors, chemotherapy is injected into a vein.", "chemotherapy", "vascular tumors"),
    ("In acute myeloid leukemia, chemotherapy given by mouth or into a vein is used.", "chemotherapy",
     "acute myeloid leukemia"),
    ("For children with neuroblastoma, isotretinoin is usually given after a stem cell transplant.",
     "isotretinoin", "neuroblastoma"),
])
def test_what_is_given_after_a_fronted_disease_treats_it(sentence: str, drug: str, disease: str) -> None:
    assert (drug, "treats", disease) in triples(sentence)


@pytest.mark.parametrize("sentence", [
    "For colorectal cancer, chemotherapy is a risk factor for heart problems.",
    "In 2015, chemotherapy was given to more patients.",
    "For breast cancer, the risk rises with age, and chemotherapy is given only to some women.",
])
def test_a_fronted_disease_without_a_given_treatment_states_no_use(sentence: str) -> None:
    assert not [t for t in triples(sentence) if t[1] == "treats"]


def test_what_can_shrink_a_tumor_treats_it_but_not_where_it_was_not_studied() -> None:
    found = triples("Beta-blockers are drugs used to lower blood pressure, but they can also shrink certain types "
                    "of vascular tumors, such as infantile hemangiomas. Steroid drugs help shrink some vascular "
                    "tumors. Nivolumab has been found to shrink other cancers, but this has not been studied in "
                    "endometrial cancer.")
    used = {(s, o) for s, p, o in found if p == "treats"}
    assert {("beta-blockers", "infantile hemangiomas"), ("steroid drugs", "vascular tumors")} <= used
    assert ("nivolumab", "endometrial cancer") not in used


def test_an_inline_treatment_sentence_gives_uses_and_trials_apart() -> None:
    found = triples("Treatment of recurrent Hodgkin lymphoma may include combination chemotherapy, targeted therapy "
                    "with brentuximab vedotin, or a clinical trial of nivolumab. Treatment of newly diagnosed Wilms "
                    "tumor during the induction phase always includes chemotherapy.")
    assert {("combination chemotherapy", "treats", "hodgkin lymphoma"),
            ("brentuximab vedotin", "treats", "hodgkin lymphoma"),
            ("nivolumab", "studied_for", "hodgkin lymphoma"),
            ("chemotherapy", "treats", "wilms tumor")} <= found
    assert ("nivolumab", "treats", "hodgkin lymphoma") not in found


def test_an_event_that_may_occur_after_treatment_with_a_drug_is_its_side_effect() -> None:
    found = triples("Hearing loss may occur after treatment with cisplatin. Nausea can happen during treatment with "
                    "carboplatin. Relapse may occur after treatment with imatinib.")
    assert {("cisplatin", "has_adverse_effect", "hearing loss"),
            ("carboplatin", "has_adverse_effect", "nausea")} <= found
    assert not [t for t in found if t[0] == "imatinib"]


def test_a_disease_cured_by_a_treatment_is_treated_by_it() -> None:
    found = triples("Most children with Wilms tumor are cured with chemotherapy. Hodgkin lymphoma can be cured by "
                    "combination chemotherapy.")
    assert {("chemotherapy", "treats", "wilms tumor"),
            ("combination chemotherapy", "treats", "hodgkin lymphoma")} <= found


@pytest.mark.parametrize("sentence, drug, disease", [
    ("Other clinical trials are testing PSMA-targeting drugs in patients with prostate cancer, and in combination "
     "with other treatments, including targeted therapies.", "targeted therapies", "prostate cancer"),
    ("One study is testing enfortumab vedotin with different combinations of treatments, including pembrolizumab, "
     "for treating bladder cancer.", "pembrolizumab", "bladder cancer"),
    ("Testing targeted therapies for spinal cord tumors can be challenging.", "targeted therapies",
     "spinal cord tumors"),
])
def test_what_trials_are_testing_is_no_use(sentence: str, drug: str, disease: str) -> None:
    assert (drug, "treats", disease) not in triples(sentence)


def test_other_therapies_including_a_drug_after_progression_are_uses() -> None:
    found = triples("But once the disease begins to progress, other therapies, including chemotherapy and "
                    "streptozocin, have limited efficacy in pancreatic neuroendocrine tumors.")
    assert ("streptozocin", "treats", "pancreatic neuroendocrine tumors") in found


def test_late_effects_of_cancer_treatment_belong_to_no_drug_named_before() -> None:
    found = triples("Chemotherapy is often given.\n\nLate effects of cancer treatment may include:\n\n"
                    "- hearing loss\n- dental cavities\n\nSide effects of this treatment may include:\n\n- nausea\n")
    assert ("chemotherapy", "has_adverse_effect", "nausea") in found
    assert not {("chemotherapy", "has_adverse_effect", "hearing loss"),
                ("chemotherapy", "has_adverse_effect", "dental cavities")} & found


def test_a_side_effect_of_a_drug_named_with_its_class_noun_is_the_drugs() -> None:
    found = triples("The chemotherapy cisplatin often causes permanent hearing loss.")
    assert ("cisplatin", "has_adverse_effect", "hearing loss") in found
    assert ("chemotherapy", "has_adverse_effect", "hearing loss") not in found


@pytest.mark.parametrize("sentence", [
    "An early-phase clinical trial for patients with bladder cancer is studying the combination of durvalumab with "
    "tremelimumab before surgery.",
    "A trial led by NCI researchers is looking at whether the drug selinexor, when combined with temozolomide, can "
    "improve survival in glioblastoma.",
])
def test_a_combination_a_trial_is_studying_is_no_combination_yet(sentence: str) -> None:
    found = triples(sentence)
    assert not [t for t in found if t[1] in ("combined_with", "treats")]


def test_a_compound_noun_states_no_membership() -> None:
    found = triples("Patients responded to cisplatin chemotherapy after platinum chemotherapy had failed.")
    assert not [t for t in found if t[1] == "member_of_class"]
    assert ("cisplatin", "member_of_class", "chemotherapy") in triples("Cisplatin is a chemotherapy drug.")


def test_what_a_prognosis_depends_on_is_no_treatment_list() -> None:
    found = triples("Factors that may affect your child's prognosis after treatment of osteosarcoma include:\n\n"
                    "- how well the chemotherapy worked\n\nThe prognosis and treatment options for Ewing sarcoma "
                    "depend on:\n\n- whether the tumor responded to chemotherapy\n")
    assert not [t for t in found if t[1] == "treats"]


def test_an_approval_to_reduce_the_risk_of_a_cancer_is_no_use_for_it() -> None:
    found = triples("Tamoxifen is approved by the FDA to reduce breast cancer risk in premenopausal women.")
    assert not [t for t in found if t[1] in ("treats", "approved_for")]
    assert ("tamoxifen", "approved_for", "breast cancer") in triples("Tamoxifen is approved to treat breast cancer.")


def test_late_effects_of_a_named_cancers_treatment_belong_to_no_drug_either() -> None:
    found = triples("Immunotherapy is given.\n\nLate effects of nasopharyngeal cancer treatment may include:\n\n"
                    "- chronic dry mouth\n\nChemotherapy is given.\n\nThese late effects depend on the type of "
                    "treatment and may include:\n\n- avascular necrosis of bone\n")
    assert not [t for t in found if t[1] == "has_adverse_effect"]


def test_too_much_of_a_hormone_is_no_drug_side_effect() -> None:
    found = triples("Too much glucagon may cause high blood sugar. Tamoxifen can cause hot flashes.")
    assert [t for t in found if t[1] == "has_adverse_effect"] == [("tamoxifen", "has_adverse_effect", "hot flashes")]


def test_what_a_drug_is_approved_to_prevent_is_not_its_side_effect() -> None:
    found = triples("Amifostine is approved to prevent:\n\n- Renal (kidney) toxicity.\n- Nausea and vomiting caused "
                    "by cisplatin.\n\nCommon side effects of amifostine include:\n\n- nausea\n")
    effects = {(s, o) for s, p, o in found if p == "has_adverse_effect"}
    assert ("amifostine", "nausea") in effects and {("cisplatin", "nausea"), ("cisplatin", "vomiting")} <= effects
    assert not [o for s, o in effects if s == "amifostine" and o != "nausea"]


def test_a_trial_that_will_compare_and_a_risk_reduction_are_no_uses() -> None:
    found = triples("The Pragmatica-Lung Study is a randomized trial that will compare ramucirumab and pembrolizumab "
                    "with standard chemotherapy in people with NSCLC. The safety of aromatase inhibitors when used "
                    "for breast cancer risk reduction is unclear.")
    assert ("pembrolizumab", "studied_for", "nsclc") in found
    assert not [t for t in found if t[1] == "treats" and t[0] in ("pembrolizumab", "aromatase inhibitors")]


def test_what_something_else_caused_is_no_side_effect_of_the_drug_before() -> None:
    found = triples("A vaccine called VGX-3100 is designed to treat cancers caused by HPV infections. Hormone "
                    "replacement therapy is common.\n\nThese symptoms may be caused by infection:\n\n- fever\n")
    assert not [t for t in found if t[1] == "has_adverse_effect"]
    assert ("cisplatin", "has_adverse_effect", "hearing loss") in triples("Cisplatin can cause hearing loss.")


def test_a_class_after_a_preposition_is_no_kind() -> None:
    found = triples("Addition of aprepitant to ondansetron, with or without dexamethasone, is effective for the "
                    "prevention of chemotherapy-induced nausea. Tamoxifen was started at the same time as "
                    "chemotherapy. Lenvatinib is an oral kinase inhibitor.")
    members = {(s, o) for s, p, o in found if p == "member_of_class"}
    assert members == {("lenvatinib", "kinase inhibitor")}


def test_a_negation_in_the_treated_disease_phrase_does_not_negate_the_use() -> None:
    found = triples("Treatment of colorectal cancer that cannot be removed by surgery may include immunotherapy with "
                    "nivolumab. Treatment of glioma is not chemotherapy.")
    assert ("nivolumab", "treats", "colorectal cancer") in found
    assert ("chemotherapy", "treats", "glioma") not in found


def test_a_treatment_sentence_with_a_long_subject_or_a_trial_lead_in() -> None:
    found = triples("Treatment of newly diagnosed Philadelphia chromosome–positive childhood acute lymphoblastic "
                    "leukemia during the remission induction and consolidation/intensification phases always includes "
                    "combination chemotherapy. Treatment of recurrent bladder cancer is usually done in a clinical "
                    "trial, which may include chemotherapy.")
    assert ("combination chemotherapy", "treats", "childhood acute lymphoblastic leukemia") in found
    assert ("chemotherapy", "studied_for", "bladder cancer") in found
    assert ("chemotherapy", "treats", "bladder cancer") not in found
