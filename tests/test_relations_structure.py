"""Structure-aware relation reading and fact status, on sentences written here and on real pages of ../shared.

Each test states what a reader of the graph would expect from a short text: coordinated subjects and objects,
classes with their drug lists, list lead-ins whose disease or drug carries into every item, antecedents across
sentences, side effects of a combination, investigational use (``studied_for``, never ``treats``), alternatives
that are not combinations, and approvals that are also uses.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import shared_dir

from kg.documents import parse_document
from kg.model import Statement
from kg.pipeline import analyse_document, analyse_path

Triple = tuple[str, str, str]


def read(text: str) -> list[Statement]:
    """The statements the builder reads from a short markdown text."""
    return list(analyse_document(parse_document(text, "example.md")).statements)


def triples(text: str) -> set[Triple]:
    """(subject text, predicate, object text), lower-cased, of the positive statements of a text."""
    return {(s.subject_text.lower(), s.predicate, s.object_text.lower()) for s in read(text)
            if not s.evidence.negated}


def pairs(found: set[Triple], predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in found if p == predicate}


# ------------------------------------------------------------------------------------- coordination


def test_each_coordinated_subject_is_a_member_of_the_class() -> None:
    found = triples("Sunitinib, sorafenib, and pazopanib are kinase inhibitors.")
    assert pairs(found, "member_of_class") == {
        ("sunitinib", "kinase inhibitors"), ("sorafenib", "kinase inhibitors"), ("pazopanib", "kinase inhibitors")}


def test_each_coordinated_disease_is_treated() -> None:
    found = triples("Imatinib is used to treat leukemia, gastrointestinal stromal tumors, or melanoma.")
    assert pairs(found, "treats") == {
        ("imatinib", "leukemia"), ("imatinib", "gastrointestinal stromal tumors"), ("imatinib", "melanoma")}


def test_brand_names_in_parentheses_do_not_break_a_class_drug_list() -> None:
    found = triples("Patients received chemotherapy with procarbazine (Matulane), lomustine (Gleostine), and "
                    "vincristine.")
    assert {d.split(" (")[0] for d, c in pairs(found, "member_of_class")} == {"procarbazine", "lomustine",
                                                                               "vincristine"}


def test_a_fronted_indefinite_class_is_the_drugs_class() -> None:
    found = triples("A kinase inhibitor that blocks BCR-ABL, imatinib changed the care of leukemia. "
                    "A drug given with chemotherapy, rituximab helps.")
    assert pairs(found, "member_of_class") == {("imatinib", "kinase inhibitor")}


def test_a_class_with_a_drug_list_has_each_drug_as_member_and_alternatives_are_not_combined() -> None:
    found = triples("Patients may receive targeted therapy with sorafenib, lenvatinib, or regorafenib.")
    assert pairs(found, "member_of_class") == {
        ("sorafenib", "targeted therapy"), ("lenvatinib", "targeted therapy"), ("regorafenib", "targeted therapy")}
    assert pairs(found, "combined_with") == set()


def test_another_arm_is_not_a_combination_partner() -> None:
    found = triples("Patients were assigned to receive sunitinib or standard therapy with docetaxel or cetuximab.")
    assert pairs(found, "combined_with") == set()


# ------------------------------------------------------------------------------------- lists and lead-ins


def test_a_bulleted_treatment_list_carries_the_disease_of_its_lead_in() -> None:
    found = triples("Treatment of kidney cancer may include:\n\n- targeted therapy with sunitinib\n"
                    "- a clinical trial of everolimus\n")
    assert pairs(found, "treats") == {("targeted therapy", "kidney cancer"), ("sunitinib", "kidney cancer")}
    assert pairs(found, "studied_for") == {("everolimus", "kidney cancer")}


def test_a_lead_in_without_a_disease_takes_the_paragraph_before() -> None:
    found = triples("Melanoma that has spread is hard to treat.\n\nTreatment options may include:\n\n"
                    "- immunotherapy with ipilimumab\n")
    assert {("immunotherapy", "melanoma"), ("ipilimumab", "melanoma")} <= pairs(found, "treats")


def test_an_inline_list_after_a_colon_gives_each_option() -> None:
    found = triples("Treatment of melanoma may include the following: immunotherapy, chemotherapy, or "
                    "targeted therapy.")
    assert pairs(found, "treats") == {
        ("immunotherapy", "melanoma"), ("chemotherapy", "melanoma"), ("targeted therapy", "melanoma")}
    assert pairs(found, "member_of_class") == set()


def test_a_side_effect_list_belongs_to_the_drug_of_its_lead_in() -> None:
    found = triples("Common side effects of immunotherapy include:\n\n- fatigue\n- nausea\n")
    assert pairs(found, "has_adverse_effect") == {("immunotherapy", "fatigue"), ("immunotherapy", "nausea")}


def test_side_effects_of_a_combination_go_to_each_drug() -> None:
    found = triples("Side effects of carboplatin plus paclitaxel include nausea and fatigue.")
    assert pairs(found, "has_adverse_effect") == {
        ("carboplatin", "nausea"), ("paclitaxel", "nausea"), ("carboplatin", "fatigue"), ("paclitaxel", "fatigue")}


def test_a_regimen_components_share_its_use() -> None:
    text = ("# FOLFOX\n\nThis combination contains the drugs leucovorin calcium, fluorouracil, and oxaliplatin.\n\n"
            "FOLFOX is used to treat colorectal cancer.\n")
    treated = {s for s, o in pairs(triples(text), "treats") if o == "colorectal cancer"}
    assert {"folfox", "fluorouracil", "oxaliplatin"} <= treated


def test_the_drug_in_the_next_sentence_is_its_antecedent() -> None:
    found = triples("Everolimus is a kinase inhibitor. The drug is used to treat kidney cancer.")
    assert ("everolimus", "kidney cancer") in pairs(found, "treats")


# ------------------------------------------------------------------------------------- fact status


@pytest.mark.parametrize(
    "text",
    [
        "Everolimus is being studied in clinical trials for melanoma.",
        "Sunitinib is an investigational treatment for melanoma.",
        "A clinical trial of sunitinib plus everolimus in kidney cancer has started.",
    ],
)
def test_investigational_use_is_studied_for_never_treats_or_combined(text: str) -> None:
    found = triples(text)
    assert pairs(found, "studied_for")
    assert pairs(found, "treats") == set() and pairs(found, "combined_with") == set()


def test_each_coordinated_drug_of_a_trial_is_studied() -> None:
    found = triples("A clinical trial of sunitinib plus everolimus in kidney cancer has started.")
    assert pairs(found, "studied_for") == {("sunitinib", "kidney cancer"), ("everolimus", "kidney cancer")}


def test_an_approval_is_also_a_use() -> None:
    found = triples("The FDA approved both sunitinib and everolimus for the treatment of kidney cancer.")
    assert pairs(found, "approved_for") == {("sunitinib", "kidney cancer"), ("everolimus", "kidney cancer")}
    assert pairs(found, "treats") == pairs(found, "approved_for")


def _drug_uses(text: str, drug: str) -> set[tuple[str, str]]:
    """(predicate, object text) of the statements whose subject is the entity the text names ``drug``."""
    analysis = analyse_document(parse_document(text, "example.md"))
    entity = next(m.id for m in analysis.mentions if m.text.lower() == drug)
    return {(s.predicate, s.object_text.lower()) for s in analysis.statements if s.subject == entity}


def test_the_definite_class_noun_refers_back_to_the_drug() -> None:
    text = ("Cetuximab binds to EGFR. In addition to colorectal cancer, the monoclonal antibody is approved to "
            "treat head and neck cancer.")
    assert ("approved_for", "head and neck cancer") in _drug_uses(text, "cetuximab")


def test_therapy_categories_and_plurals_do_not_refer_back_to_the_drug() -> None:
    text = ("Cetuximab binds to EGFR. The chemotherapy is used to treat colon cancer. Monoclonal antibodies are "
            "used to treat lymphoma.")
    assert not {o for p, o in _drug_uses(text, "cetuximab") if p == "treats"}


# ------------------------------------------------------------------------------------- lists of bare names


def test_a_list_of_names_under_an_approval_line_gives_each_drug_the_approval() -> None:
    found = triples("Drugs Approved for Melanoma\n\n- Vemurafenib\n- Zelboraf (Vemurafenib)\n- Trametinib\n")
    approved = pairs(found, "approved_for")
    assert {d for d, _ in approved} >= {"vemurafenib", "trametinib"} and {o for _, o in approved} == {"melanoma"}
    assert ("trametinib", "melanoma") in pairs(found, "treats")


def test_a_lone_drug_name_under_an_approval_line_is_read_like_a_list_item() -> None:
    found = triples("Drugs Approved for Ewing Sarcoma\n\nDactinomycin\n\nDrugs Approved for Glioma\n\n- Vorasidenib\n")
    assert ("dactinomycin", "ewing sarcoma") in pairs(found, "approved_for")
    assert ("dactinomycin", "glioma") not in pairs(found, "approved_for")


def test_a_sentence_before_a_list_of_names_says_what_each_name_is() -> None:
    found = triples("Three kinase inhibitors have been approved for chronic myeloid leukemia.\n\n"
                    "- imatinib\n- dasatinib\n- nilotinib\n")
    members = pairs(found, "member_of_class")
    assert {d for d, _ in members} == {"imatinib", "dasatinib", "nilotinib"}
    assert {d for d, _ in pairs(found, "approved_for")} >= {"imatinib", "dasatinib", "nilotinib"}


def test_items_that_say_something_themselves_do_not_take_the_line_before() -> None:
    found = triples("Two kinase inhibitors are approved for chronic myeloid leukemia.\n\n"
                    "- imatinib can cause nausea\n- dasatinib may be given with prednisone\n")
    assert {d for d, _ in pairs(found, "approved_for")} == {"kinase inhibitors"}


def test_an_approval_list_with_no_disease_in_its_line_takes_none_from_the_paragraphs_before() -> None:
    found = triples("Solid tumors need a blood supply.\n\nApproved angiogenesis inhibitors include:\n\n"
                    "- bevacizumab\n- sorafenib\n")
    assert pairs(found, "approved_for") == set()
    assert ("sorafenib", "angiogenesis inhibitors") in pairs(found, "member_of_class")


def test_a_list_item_far_below_its_lead_in_quotes_the_lead_in_and_the_item() -> None:
    found = read("Chemotherapy drugs used to treat sarcoma include:\n\n- doxorubicin\n- ifosfamide\n- vincristine\n")
    last = [s for s in found if s.subject_text == "vincristine" and s.predicate == "treats"]
    assert last and last[0].evidence.sentence == ("Chemotherapy drugs used to treat sarcoma include: [...] vincristine")


def test_it_does_not_refer_to_a_drug_the_text_has_moved_away_from() -> None:
    text = ("Propranolol is used to treat hemangioma. Some hemangiomas form a liver shunt. It can cause heart "
            "failure.")
    assert pairs(triples(text), "has_adverse_effect") == set()


def test_side_effects_of_contrasted_arms_go_to_each_arms_drug() -> None:
    found = triples("In the adverse event analysis, women taking tamoxifen had more blood clots and muscle cramps, "
                    "whereas women taking letrozole had more bone fractures.")
    assert pairs(found, "has_adverse_effect") == {
        ("tamoxifen", "blood clots"), ("tamoxifen", "muscle cramps"), ("letrozole", "bone fractures")}


def test_a_drug_set_against_a_class_is_not_a_member() -> None:
    found = triples("Unlike tamoxifen, aromatase inhibitors do not raise the risk of blood clots.")
    assert pairs(found, "member_of_class") == set()


def test_a_disease_named_as_an_outcome_is_not_treated() -> None:
    found = triples("Trastuzumab is used to treat breast cancer with a low rate of congestive heart failure.")
    assert pairs(found, "treats") == {("trastuzumab", "breast cancer")}


def test_a_companion_list_goes_on_past_a_class_noun() -> None:
    found = triples("Cetuximab is used with platinum chemotherapy and fluorouracil in patients with head and neck "
                    "cancer.")
    assert {frozenset(p) for p in pairs(found, "combined_with")} >= {frozenset(("cetuximab", "fluorouracil"))}


def test_a_drug_the_cancer_has_been_treated_with_is_earlier_use_not_a_partner() -> None:
    found = triples("Pancreatic cancer. Gemcitabine is used in patients whose pancreatic cancer has been treated "
                    "with fluorouracil.")
    assert pairs(found, "combined_with") == set()
    assert ("fluorouracil", "pancreatic cancer") in pairs(found, "treats")


def test_a_one_word_class_is_linked_and_read_as_the_drugs_class() -> None:
    found = triples("Gemcitabine is a type of chemotherapy drug called an antimetabolite.")
    assert ("gemcitabine", "antimetabolite") in pairs(found, "member_of_class")


def test_a_lead_in_that_lost_its_colon_still_opens_its_list() -> None:
    found = triples("Targeted therapy can cause side effects. Other side effects might include\n\n- fatigue\n"
                    "- high blood pressure\n")
    assert {e for _, e in pairs(found, "has_adverse_effect")} == {"fatigue", "high blood pressure"}


def test_a_drug_the_disease_progressed_during_is_earlier_use_not_a_partner() -> None:
    found = triples("Pembrolizumab was approved for melanoma that has progressed during treatment with ipilimumab.")
    assert pairs(found, "combined_with") == set()
    assert ("ipilimumab", "melanoma") in pairs(found, "treats")


def test_a_list_of_staging_tests_gives_no_uses() -> None:
    found = triples("Esophageal cancer is staged with tests. The following tests may be used in the staging "
                    "process:\n\n- PET scan: a small amount of radioactive glucose is injected into a vein.\n")
    assert pairs(found, "treats") == set()


def test_types_of_a_class_listed_under_a_lead_in_are_not_uses() -> None:
    found = triples("Immunotherapy is used for esophageal cancer. There are two types of checkpoint inhibitor "
                    "therapy:\n\n- CTLA-4 inhibitors, such as ipilimumab.\n")
    assert {s for s, _ in pairs(found, "treats")} <= {"immunotherapy"}


def test_a_drug_given_with_either_of_two_drugs_is_combined_with_each_but_they_are_alternatives() -> None:
    found = triples("Durvalumab is used with etoposide and either carboplatin or cisplatin in patients with small "
                    "cell lung cancer.")
    combined = {frozenset(p) for p in pairs(found, "combined_with")}
    assert {frozenset(("etoposide", "carboplatin")), frozenset(("etoposide", "cisplatin")),
            frozenset(("durvalumab", "cisplatin"))} <= combined
    assert frozenset(("carboplatin", "cisplatin")) not in combined


def test_two_alternative_regimens_are_not_combined_with_each_other() -> None:
    found = triples("Bevacizumab is used with carboplatin and paclitaxel or carboplatin and gemcitabine in patients "
                    "with ovarian cancer.")
    combined = {frozenset(p) for p in pairs(found, "combined_with")}
    assert {frozenset(("carboplatin", "paclitaxel")), frozenset(("carboplatin", "gemcitabine"))} <= combined
    assert frozenset(("paclitaxel", "gemcitabine")) not in combined


def test_a_class_the_cancer_progressed_after_is_earlier_use_not_a_partner() -> None:
    found = triples("Nivolumab was tested in patients with head and neck cancer that progressed within 6 months of "
                    "treatment with platinum-based chemotherapy.")
    assert pairs(found, "combined_with") == set()
    assert ("platinum-based chemotherapy", "head and neck cancer") in pairs(found, "treats")


CARD = ("[![A drawing of a cell](/images/cell.jpg)\n\nNew Drug Approved for Melanoma\n\nNivolumab is "
        "approved to treat melanoma.](/news/nivolumab-melanoma)\n\n")


def test_a_teaser_card_between_a_lead_in_and_its_list_is_skipped() -> None:
    text = "Immunotherapy can cause skin reactions, which include:\n\n" + CARD + "- rash\n- itchiness\n"
    found = triples(text)
    assert {e for _, e in pairs(found, "has_adverse_effect")} >= {"rash"}
    assert pairs(found, "treats") == set() and pairs(found, "approved_for") == set()


def test_names_in_a_teaser_card_are_navigation_not_mentions() -> None:
    analysis = analyse_document(parse_document("Some text about cancer.\n\n" + CARD, "example.md"))
    assert not [m for m in analysis.mentions if m.text.lower() in ("nivolumab", "melanoma")]


def test_side_effects_said_to_be_less_common_with_a_drug_are_not_its_side_effects() -> None:
    found = triples("Patients who received bendamustine had more skin reactions, but other side effects were far less "
                    "common, including neuropathy.")
    assert ("bendamustine", "neuropathy") not in pairs(found, "has_adverse_effect")


def test_diseases_listed_under_a_class_lead_in_are_the_class_uses() -> None:
    found = triples("Checkpoint inhibitors are approved to treat many types of cancer, including:\n\n"
                    "- bladder cancer\n- melanoma\n")
    assert pairs(found, "approved_for") == {("checkpoint inhibitors", "bladder cancer"),
                                            ("checkpoint inhibitors", "melanoma")}


def test_a_drug_that_prolonged_survival_of_patients_with_a_disease_treats_it() -> None:
    found = triples("The drug abiraterone prolonged the median survival time of patients with prostate cancer.")
    assert ("abiraterone", "prostate cancer") in pairs(found, "treats")


def test_a_regimen_containing_a_drug_that_the_cancer_was_treated_with_is_earlier_use_of_each() -> None:
    found = triples("Abiraterone is approved for men with prostate cancer that has previously been treated with a "
                    "chemotherapy regimen containing docetaxel.")
    assert {"chemotherapy", "docetaxel"} <= {d for d, _ in pairs(found, "treats")}
    assert ("docetaxel", "chemotherapy") in pairs(found, "member_of_class")


def test_an_approval_to_reduce_the_risk_of_a_cancer_is_not_treatment_of_it() -> None:
    found = triples("The FDA approved raloxifene for reducing the risk of invasive breast cancer in women with "
                    "osteoporosis.")
    assert pairs(found, "approved_for") == set() and pairs(found, "treats") == set()


def test_an_approval_to_reduce_the_risk_of_recurrence_is_treatment() -> None:
    found = triples("The FDA approved anastrozole to reduce the risk of recurrence in women with breast cancer.")
    assert ("anastrozole", "breast cancer") in pairs(found, "approved_for")


def test_a_treatment_the_cancer_has_not_had_is_neither_a_partner_nor_a_use() -> None:
    found = triples("Docetaxel is used in patients whose stomach cancer has not been treated with chemotherapy.")
    assert pairs(found, "combined_with") == set()
    assert ("chemotherapy", "stomach cancer") not in pairs(found, "treats")


def test_a_treatment_the_cancer_did_not_get_better_with_is_earlier_use_not_a_partner() -> None:
    found = triples("Docetaxel is used for breast cancer that has not gotten better with other chemotherapy.")
    assert pairs(found, "combined_with") == set()


def test_items_under_a_with_one_of_the_following_lead_in_join_its_drugs() -> None:
    found = triples("Carfilzomib is approved to treat:\n\n- Multiple myeloma that has relapsed. It is used:\n"
                    "    - with dexamethasone with or without one of the following drugs:\n"
                    "        - Lenalidomide\n        - Daratumumab\n")
    combined = {frozenset(p) for p in pairs(found, "combined_with")}
    assert {frozenset(("carfilzomib", "lenalidomide")), frozenset(("dexamethasone", "daratumumab"))} <= combined
    assert frozenset(("lenalidomide", "daratumumab")) not in combined
    assert ("lenalidomide", "multiple myeloma") in pairs(found, "treats")


def test_drugs_joined_one_to_the_next_are_each_combined() -> None:
    found = triples("Women were assigned to receive chemotherapy with carboplatin and gemcitabine plus bevacizumab.")
    assert frozenset(("carboplatin", "bevacizumab")) in {frozenset(p) for p in pairs(found, "combined_with")}


def test_side_effects_reported_after_the_trial_arms_belong_to_the_arm_drugs() -> None:
    found = triples("In the trial, patients were randomly assigned to receive nivolumab plus ipilimumab or "
                    "ipilimumab alone. Survival was longer. The most common side effects were diarrhea and rash.")
    assert {d for d, e in pairs(found, "has_adverse_effect") if e == "rash"} == {"nivolumab", "ipilimumab"}


def test_side_effects_more_common_than_with_a_comparator_are_not_the_comparators() -> None:
    found = triples("Bleeding-related adverse events were more common in the ibrutinib group than in the ofatumumab "
                    "group.")
    assert {d for d, _ in pairs(found, "has_adverse_effect")} == {"ibrutinib"}


def test_fewer_events_in_an_arm_are_not_that_arms_side_effects() -> None:
    found = triples("In the trial, women in the raloxifene group had 28 percent fewer blood clots.")
    assert pairs(found, "has_adverse_effect") == set()


def test_each_coordinated_subject_acts_on_the_target() -> None:
    found = triples("Both nivolumab and pembrolizumab block the checkpoint molecule PD-1.")
    assert {d for d, _ in pairs(found, "inhibits")} == {"nivolumab", "pembrolizumab"}


def test_an_aside_naming_another_drug_does_not_end_the_copula() -> None:
    found = triples("Fulvestrant, like letrozole, is a hormone therapy.")
    assert ("fulvestrant", "hormone therapy") in pairs(found, "member_of_class")


def test_partners_named_in_an_approval_lead_in_treat_each_listed_disease() -> None:
    found = triples("Ixazomib is approved to be used with lenalidomide and dexamethasone to treat:\n\n"
                    "- Multiple myeloma in patients who have received one other treatment.\n")
    assert {"ixazomib", "lenalidomide", "dexamethasone"} <= {d for d, _ in pairs(found, "treats")}


def test_a_drug_that_helped_patients_with_a_disease_treats_it() -> None:
    found = triples("Adding everolimus to exemestane helped postmenopausal women whose advanced breast cancer had "
                    "stopped responding live longer.")
    assert {"everolimus", "exemestane"} <= {d for d, _ in pairs(found, "treats")}


def test_a_hyphenated_pair_named_a_combination_is_combined() -> None:
    found = triples("T-DM1 had fewer side effects than the capecitabine-lapatinib combination.")
    assert frozenset(("capecitabine", "lapatinib")) in {frozenset(p) for p in pairs(found, "combined_with")}


def test_each_coordinated_subject_is_a_member_of_the_subclass_too() -> None:
    found = triples("Nivolumab and pembrolizumab are both a type of immunotherapy called immune checkpoint "
                    "inhibitors.")
    assert {d for d, c in pairs(found, "member_of_class") if c == "immune checkpoint inhibitors"} == {
        "nivolumab", "pembrolizumab"}


def test_side_effects_in_the_control_groups_clause_are_not_the_drugs() -> None:
    found = triples("Women who received trastuzumab emtansine (T-DM1) lived longer. Although more women taking T-DM1 "
                    "had thrombocytopenia, other side effects such as vomiting were more likely in the control group.")
    effects = pairs(found, "has_adverse_effect")
    assert ("t-dm1", "thrombocytopenia") in effects and not {e for _, e in effects} & {"vomiting"}


def test_a_part_of_a_conjugate_is_not_its_class() -> None:
    found = triples("Trastuzumab emtansine is an antibody-drug conjugate composed of the monoclonal antibody "
                    "trastuzumab.")
    assert ("trastuzumab emtansine", "monoclonal antibody") not in pairs(found, "member_of_class")


def test_a_use_that_has_been_studied_is_not_treats() -> None:
    found = triples("Imatinib has also been studied for the treatment of melanoma, but this use is experimental.")
    assert pairs(found, "treats") == set()
    assert pairs(found, "studied_for") == {("imatinib", "melanoma")}


# ------------------------------------------------------------------------------------- real pages


def _page(name: str) -> Path:
    paths = list(shared_dir("corpus", "nci").rglob(name))
    if not paths:
        pytest.skip(f"{name} is not in the corpus")
    return paths[0]


def _labels(path: Path) -> set[Triple]:
    analysis = analyse_path(path)
    names = {m.id: m.label.lower() for m in analysis.mentions}
    return {(names.get(s.subject, s.subject), s.predicate, names.get(s.object, s.object))
            for s in analysis.statements if s.evidence.source == "text" and not s.evidence.negated}


def test_a_regimen_page_gives_each_component_the_regimen_uses() -> None:
    found = _labels(_page("about-cancer-treatment-drugs-r-chop.md"))
    treated = {s for s, p, o in found if p == "treats" and "lymphoma" in o}
    assert {"rituximab", "cyclophosphamide", "prednisone"} <= treated


def test_a_side_effect_list_on_a_real_page_belongs_to_its_therapy() -> None:
    found = _labels(_page("about-cancer-treatment-types-hormone-therapy.md"))
    effects = {o for s, p, o in found if p == "has_adverse_effect" and s == "hormone therapy"}
    assert {"fatigue", "nausea"} <= effects


def test_a_drugs_approved_page_gives_each_listed_drug_its_approval() -> None:
    found = _labels(_page("about-cancer-treatment-drugs-skin.md"))
    approved = {s for s, p, o in found if p == "approved_for" and o == "melanoma"}
    assert len(approved) >= 10  # the page lists over twenty drugs under its melanoma heading


INVESTIGATIONAL = re.compile(r"being (studied|tested|investigated)|investigational|clinical trials? of\b", re.I)


def test_no_investigational_sentence_of_the_gold_yields_treats() -> None:
    import yaml

    gold = shared_dir("gold")
    corpus = shared_dir("corpus", "nci")
    checked = 0
    for path in sorted(gold.glob("*.yaml")):
        document = yaml.safe_load(path.read_text(encoding="utf-8"))["doc"]
        for statement in analyse_path(corpus / document).statements:
            if statement.predicate != "treats" or statement.evidence.source != "text":
                continue
            sentence = statement.evidence.sentence
            subject = sentence.find(statement.subject_text)
            obj = sentence.find(statement.object_text)
            if subject < 0 or obj < 0:
                continue
            checked += 1
            low, high = sorted((subject, obj))
            window = sentence[max(0, low - 30) : high]
            if "approv" in sentence[low:]:
                continue  # "the drugs being tested ... have already been approved for": approval is use
            assert not INVESTIGATIONAL.search(window), (document, sentence)
    assert checked > 50


def test_a_subclass_named_with_called_is_a_member_of_the_wider_class() -> None:
    found = triples("Sunitinib is a type of targeted therapy drug called a kinase inhibitor.")
    assert pairs(found, "member_of_class") == {
        ("sunitinib", "targeted therapy"), ("sunitinib", "kinase inhibitor"),
        ("kinase inhibitor", "targeted therapy")}


def test_subclasses_listed_under_types_of_a_class_are_members() -> None:
    found = triples("Types of immunotherapy include:\n\n- immune checkpoint inhibitors\n- monoclonal antibodies\n")
    assert {("immune checkpoint inhibitors", "immunotherapy"), ("monoclonal antibodies", "immunotherapy")} <= pairs(
        found, "member_of_class")


def test_x_can_cause_y_and_effects_reported_for_a_trial_arm() -> None:
    assert ("imatinib", "nausea") in pairs(triples("Imatinib can cause nausea."), "has_adverse_effect")
    found = triples("Patients receiving sunitinib had more neutropenia than patients in the placebo group.")
    assert pairs(found, "has_adverse_effect") == {("sunitinib", "neutropenia")}


def test_drugs_after_treated_with_treat_the_disease_before_them() -> None:
    found = triples("Patients with melanoma could be treated with the immunotherapy drug ipilimumab and "
                    "the targeted drug vemurafenib.")
    assert {("ipilimumab", "melanoma"), ("vemurafenib", "melanoma")} <= pairs(found, "treats")


def test_the_use_of_a_companion_list_belongs_to_the_drug_it_hangs_on() -> None:
    found = triples("The FDA approved pertuzumab for use in combination with trastuzumab and docetaxel to treat "
                    "breast cancer.")
    assert pairs(found, "approved_for") == {("pertuzumab", "breast cancer")}
    assert pairs(found, "treats") == {
        ("pertuzumab", "breast cancer"), ("trastuzumab", "breast cancer"), ("docetaxel", "breast cancer")}


def test_a_drug_given_with_a_class_of_therapy_is_combined_with_it() -> None:
    assert pairs(triples("Pembrolizumab may be given with chemotherapy."), "combined_with") == {
        ("pembrolizumab", "chemotherapy")}
    assert pairs(triples("Patients are treated with a combination of hormone therapy and targeted therapy."),
                 "combined_with") == {("hormone therapy", "targeted therapy")}


def test_a_companion_in_a_nested_item_treats_the_item_disease() -> None:
    text = ("Imatinib is approved to be used alone or with other drugs to treat:\n\n"
            "- Melanoma. It is used:\n- With trametinib in patients who had surgery.\n"
            "- Glioma in children.\n")
    found = triples(text)
    assert ("trametinib", "melanoma") in pairs(found, "treats")
    assert ("trametinib", "glioma") not in pairs(found, "treats")
    assert {("imatinib", "melanoma"), ("imatinib", "glioma")} <= pairs(found, "approved_for")


def test_an_approval_not_yet_given_is_not_approved_for() -> None:
    found = triples("The maker of sunitinib will seek approval from the FDA to treat kidney cancer.")
    assert pairs(found, "approved_for") == set()


def test_a_drug_for_a_symptom_of_the_patients_does_not_treat_their_cancer() -> None:
    found = triples("Some people with breast cancer have hot flashes that are treated with antidepressants.")
    assert pairs(found, "treats") == set()


def test_another_class_then_a_drug_in_apposition_is_a_member() -> None:
    found = triples("Another kinase inhibitor, sunitinib, is approved to treat kidney cancer.")
    assert ("sunitinib", "kinase inhibitor") in pairs(found, "member_of_class")


@pytest.mark.parametrize("text", [
    "Pertuzumab is approved to be used with chemotherapy to treat breast cancer.",
    "Trabectedin is approved to treat liposarcoma in patients who have already received chemotherapy that included "
    "an anthracycline.",
])
def test_a_class_given_with_or_before_a_drug_is_not_its_class(text: str) -> None:
    # (the anthracycline that chemotherapy included is a kind of chemotherapy; the drug is of neither)
    assert {s for s, _ in pairs(triples(text), "member_of_class")} <= {"anthracycline"}


def test_a_copula_still_names_the_class() -> None:
    assert pairs(triples("Trastuzumab is a monoclonal antibody."), "member_of_class") == {
        ("trastuzumab", "monoclonal antibody")}


# ------------------------------------------------------------------------------------- appositions and arms


def test_a_class_set_off_after_a_drug_and_its_brand_is_what_the_drug_is_not_a_partner() -> None:
    found = triples("Patients lived longer after treatment with sunitinib (Sutent), a kinase inhibitor, plus "
                    "everolimus (Afinitor), an mTOR inhibitor, than after treatment with a kinase inhibitor alone.")
    members = {(d.split(" (")[0], c) for d, c in pairs(found, "member_of_class")}
    assert {("sunitinib", "kinase inhibitor"), ("everolimus", "mtor inhibitor")} <= members
    partners = {frozenset(p) for p in pairs(found, "combined_with")}
    assert all(len(p) == 2 and not any("inhibitor" in name for name in p) for p in partners)


def test_a_brand_in_parentheses_does_not_make_the_next_drugs_class_its_own() -> None:
    found = triples("The regimen contains the chemotherapy drug vincristine sulfate (Oncovin), the targeted "
                    "therapy drug rituximab, and the steroid prednisone.")
    assert ("vincristine sulfate", "targeted therapy") not in pairs(found, "member_of_class")


def test_a_regimen_named_by_its_drugs_is_each_drug_given_with_the_other() -> None:
    found = triples("Patients who received dabrafenib plus trametinib lived longer.")
    assert ("dabrafenib", "combined_with", "trametinib") in found or (
        "trametinib", "combined_with", "dabrafenib") in found


def test_one_arm_against_another_is_not_a_combination() -> None:
    found = triples("Patients were assigned to receive either a combination of dabrafenib plus trametinib or "
                    "vemurafenib alone.")
    partners = {frozenset(p) for p in pairs(found, "combined_with")}
    assert partners == {frozenset(("dabrafenib", "trametinib"))}


def test_a_drug_named_in_an_aside_between_dashes_is_not_a_partner() -> None:
    found = triples("Patients who received dabrafenib plus trametinib developed skin cancer—a common "
                    "complication in patients treated with BRAF inhibitors—less often.")
    assert not any("braf inhibitors" in p for p in pairs(found, "combined_with"))


def test_both_drugs_refers_to_the_drugs_last_named_together() -> None:
    found = triples("Both trials were funded by the maker of sunitinib and everolimus. The FDA approved both "
                    "drugs in 2011 for use in patients with pancreatic neuroendocrine tumors.")
    approved = {d for d, _ in pairs(found, "approved_for")}
    assert approved == {"sunitinib", "everolimus"}


def test_drugs_of_a_comparison_arm_are_not_what_both_drugs_refers_to() -> None:
    found = triples("Women received trastuzumab and pertuzumab. The trial compared this with treatment with "
                    "trastuzumab and docetaxel. Both drugs target the HER2 protein.")
    assert {d for d, _ in pairs(found, "targets") | pairs(found, "inhibits")} == {"trastuzumab", "pertuzumab"}


def test_side_effects_that_go_on_from_the_sentence_before_are_its_drugs() -> None:
    found = triples("Serious side effects were more common among patients who received obinutuzumab. The most "
                    "common were neutropenia and fatigue, although this did not result in more infections.")
    assert pairs(found, "has_adverse_effect") == {("obinutuzumab", "neutropenia"), ("obinutuzumab", "fatigue")}


def test_events_reported_for_the_patients_of_an_arm_are_its_drugs() -> None:
    found = triples("Severe infusion-related reactions in patients who received obinutuzumab were limited to the "
                    "first infusion. According to the authors, these reactions included dizziness and flushing.")
    assert pairs(found, "has_adverse_effect") == {
        ("obinutuzumab", "infusion-related reactions"), ("obinutuzumab", "dizziness"), ("obinutuzumab", "flushing")}


def test_an_event_induced_by_a_drug_is_its_side_effect() -> None:
    found = triples("One patient died of complications of ipilimumab-induced diarrhea. Others had "
                    "bevacizumab-related hypertension and proteinuria.")
    assert {("ipilimumab", "diarrhea"), ("bevacizumab", "hypertension"), ("bevacizumab", "proteinuria")} <= pairs(
        found, "has_adverse_effect")


def test_the_binding_of_a_drug_to_a_protein_is_what_it_targets() -> None:
    found = triples("The binding of ipilimumab to CTLA4 relieves this suppression.")
    assert pairs(found, "targets") == {("ipilimumab", "ctla4")}


def test_a_group_named_by_hyphened_drugs_is_a_combination() -> None:
    found = triples("Patients in the idelalisib-plus-rituximab group lived longer.")
    assert {frozenset(p) for p in pairs(found, "combined_with")} == {frozenset(("idelalisib", "rituximab"))}


@pytest.mark.parametrize("text, member", [
    ("Olaparib belongs to a class of drugs known as PARP inhibitors.", ("olaparib", "parp inhibitors")),
    ("Patients received chemotherapy drugs (for example, cisplatin).", ("cisplatin", "chemotherapy")),
])
def test_class_phrasings_known_as_and_for_example(text: str, member: tuple[str, str]) -> None:
    assert member in pairs(triples(text), "member_of_class")


@pytest.mark.parametrize("text", [
    "Olaparib is given to patients with ovarian cancer.",
    "Olaparib is effective against ovarian cancer.",
    "Olaparib has become the standard of care for ovarian cancer.",
])
def test_use_phrasings_given_to_effective_against_standard_of_care(text: str) -> None:
    assert ("olaparib", "ovarian cancer") in pairs(triples(text), "treats")


@pytest.mark.parametrize("text, event", [
    ("Patients treated with olaparib often experienced nausea.", "nausea"),
    ("Olaparib increased the risk of anemia.", "anemia"),
    ("Women taking olaparib reported nausea.", "nausea"),
])
def test_side_effect_phrasings_experienced_and_risk_of(text: str, event: str) -> None:
    assert ("olaparib", event) in pairs(triples(text), "has_adverse_effect")


def test_what_patients_of_an_arm_did_not_experience_is_no_side_effect() -> None:
    found = triples("Patients treated with olaparib did not experience nausea.")
    assert ("olaparib", "nausea") not in pairs(found, "has_adverse_effect")


def test_a_long_aside_in_parentheses_does_not_end_a_such_as_list() -> None:
    found = triples("Treatment may include targeted therapy, such as olaparib (for those with a BRCA1 or BRCA2 "
                    "gene mutation) or sacituzumab govitecan.")
    assert {d for d, c in pairs(found, "member_of_class") if c == "targeted therapy"} == {
        "olaparib", "sacituzumab govitecan"}


def test_a_trial_named_with_a_numbered_acronym_and_who_funded_it() -> None:
    found = triples("These results, from the BIG 1-98 trial, were published. Novartis, the maker of letrozole, "
                    "provided funding for the trial, along with the International Breast Cancer Study Group.")
    assert {o for s, o in pairs(found, "sponsored_by") if s == "big 1-98"} == {
        "novartis", "international breast cancer study group"}


def test_patients_with_a_disease_who_received_a_drug_and_benefited_is_a_use() -> None:
    found = triples("Women with breast cancer who received 5 years of treatment with letrozole were less likely "
                    "to have their cancer recur than women who had treatment with tamoxifen.")
    assert pairs(found, "treats") == {("letrozole", "breast cancer")}


def test_two_regimens_joined_by_or_each_keep_their_comma_listed_drugs() -> None:
    found = triples("Chemotherapy with mitotane plus streptozotocin or mitotane plus etoposide, doxorubicin, and "
                    "cisplatin may be used.")
    partners = {frozenset(p) for p in pairs(found, "combined_with")}
    assert frozenset(("etoposide", "cisplatin")) in partners
    assert frozenset(("streptozotocin", "etoposide")) not in partners


def test_a_drug_or_class_for_a_disease_is_a_use() -> None:
    found = triples("Chemotherapy for nasopharyngeal cancer is injected into a vein.")
    assert pairs(found, "treats") == {("chemotherapy", "nasopharyngeal cancer")}


def test_what_some_of_a_class_do_is_not_said_of_the_class() -> None:
    found = triples("Other angiogenesis inhibitors bind to VEGF. Bevacizumab is an antibody that binds to VEGF.")
    assert {s for s, _ in pairs(found, "targets") | pairs(found, "inhibits")} == {"bevacizumab"}


def test_a_fronted_class_with_a_parenthesis_in_its_relative_clause() -> None:
    found = triples("An antiangiogenic agent that binds to vascular endothelial growth factor (VEGF), bevacizumab "
                    "was the first such drug.")
    assert ("bevacizumab", "antiangiogenic agent") in pairs(found, "member_of_class")


def test_patients_who_received_a_drug_live_longer_is_a_use() -> None:
    found = triples("Men with prostate cancer who received docetaxel early live longer than men who received "
                    "hormone therapy alone.")
    assert pairs(found, "treats") == {("docetaxel", "prostate cancer")}


def test_a_class_called_by_a_narrower_class_name_has_it_as_a_subclass() -> None:
    found = triples("Some targeted therapies called angiogenesis inhibitors interfere with these signals.")
    assert pairs(found, "member_of_class") == {("angiogenesis inhibitors", "targeted therapies")}


def test_types_of_a_class_listed_after_a_colon_are_its_members() -> None:
    found = triples("There are two main types of T-cell transfer therapy: tumor-infiltrating lymphocytes (or TIL) "
                    "therapy and CAR T-cell therapy.")
    assert ("car t-cell therapy", "t-cell transfer therapy") in pairs(found, "member_of_class")


def test_events_the_patients_of_a_combination_arm_had_are_each_drugs() -> None:
    found = triples("However, 21 women receiving AC-T plus trastuzumab had high-grade congestive heart failure "
                    "compared with 4 women who received TCH.")
    assert {d for d, _ in pairs(found, "has_adverse_effect")} == {"ac-t", "trastuzumab"}


def test_class_partners_in_the_items_of_a_use_list() -> None:
    text = ("Ribociclib is approved to be used with other drugs to treat:\n\n"
            "- breast cancer that is hormone receptor positive. It is used:\n"
            "- with an aromatase inhibitor in women who have early breast cancer\n"
            "- with fulvestrant in women whose cancer has spread\n")
    found = triples(text)
    assert {("ribociclib", "aromatase inhibitor"), ("ribociclib", "fulvestrant")} <= pairs(found, "combined_with")
    assert {("aromatase inhibitor", "breast cancer"), ("fulvestrant", "breast cancer")} <= pairs(found, "treats")


def test_an_earlier_treatment_in_a_use_item_is_no_partner() -> None:
    text = ("Ribociclib is approved to be used with other drugs to treat:\n\n"
            "- breast cancer that is hormone receptor positive. It is used:\n"
            "- with fulvestrant in women whose cancer has not been treated with hormone therapy\n")
    assert ("ribociclib", "hormone therapy") not in pairs(triples(text), "combined_with")


@pytest.mark.parametrize("text", [
    "Olaparib and bevacizumab were given together.",
    "Olaparib is given along with bevacizumab.",
    "Olaparib may be used in combination with other drugs, including bevacizumab.",
])
def test_combination_phrasings_together_along_with_and_other_drugs_including(text: str) -> None:
    assert {frozenset(p) for p in pairs(triples(text), "combined_with")} == {frozenset(("olaparib", "bevacizumab"))}


def test_alternatives_and_sequences_are_not_combinations() -> None:
    for text in ("Patients took either olaparib or bevacizumab.", "Olaparib was given after bevacizumab."):
        assert not pairs(triples(text), "combined_with")


def test_the_standard_therapy_for_a_disease_is_a_use() -> None:
    found = triples("Since the 1940s, the primary therapy for men with metastatic prostate cancer has been "
                    "androgen deprivation therapy.")
    assert ("androgen deprivation therapy", "metastatic prostate cancer") in pairs(found, "treats")


def test_a_negated_earlier_treatment_does_not_block_the_next_one() -> None:
    text = ("Ribociclib is approved to be used with other drugs to treat:\n\n"
            "- breast cancer that is hormone receptor positive. It is used:\n"
            "- with fulvestrant in women whose cancer has not been treated with chemotherapy or whose cancer got "
            "worse during treatment with hormone therapy\n")
    used = {d for d, _ in pairs(triples(text), "treats")}
    assert "hormone therapy" in used and "chemotherapy" not in used


def test_a_study_of_a_drug_for_a_disease_is_investigational() -> None:
    found = triples("A phase II study of ipilimumab for adolescents with melanoma failed to achieve accrual goals.")
    assert pairs(found, "studied_for") == {("ipilimumab", "melanoma")} and not pairs(found, "treats")


def test_a_pronoun_lead_in_takes_the_drug_and_the_approval_of_the_sentence_before() -> None:
    found = triples("Gefitinib is approved to treat adults whose cancer has a mutation in the EGFR gene. "
                    "It is used in:\n\n- non-small cell lung cancer that has spread.\n- glioma in children.\n")
    assert pairs(found, "approved_for") == {("gefitinib", "non-small cell lung cancer"), ("gefitinib", "glioma")}
    studied = triples("Gefitinib is being studied in adults whose cancer has a mutation in the EGFR gene. "
                      "It is used in:\n\n- glioma in children.\n")
    assert pairs(studied, "studied_for") == {("gefitinib", "glioma")} and not pairs(studied, "treats")


def test_a_negation_ends_with_its_clause_and_a_contrasted_drug_has_none_of_the_effects() -> None:
    found = triples("Unlike tamoxifen, aromatase inhibitors do not increase the risk of blood clots, but they can "
                    "promote bone loss and are linked to a higher risk of bone fractures.")
    assert pairs(found, "has_adverse_effect") == {("aromatase inhibitors", "bone loss"),
                                                  ("aromatase inhibitors", "bone fractures")}
    statements = read("Letrozole does not cause nausea, but it can result in fatigue.")
    assert [(s.object_text, s.evidence.negated) for s in statements if s.predicate == "has_adverse_effect"] == [
        ("fatigue", False)]


def test_a_drug_set_against_a_class_is_not_a_member_of_it() -> None:
    found = triples("For children with leukemia, blinatumomab is superior to standard chemotherapy, a trial shows.")
    assert not pairs(found, "member_of_class")
    assert ("imatinib", "kinase inhibitor") in pairs(triples("Imatinib is a kinase inhibitor."), "member_of_class")


def test_a_note_between_list_items_does_not_end_the_approval_list() -> None:
    found = triples("Nivolumab is approved to treat:\n\n- Melanoma.\n- Colorectal cancer.\n\n"
                    "These cancers have certain mutations.\n\n- Glioma. It is used in adults.\n")
    assert pairs(found, "approved_for") == {("nivolumab", "melanoma"), ("nivolumab", "colorectal cancer"),
                                            ("nivolumab", "glioma")}
    titled = triples("Drugs Approved for Melanoma\n\n- Vemurafenib\n\nDrugs Approved for Glioma\n\n- Vorasidenib\n")
    assert ("vemurafenib", "glioma") not in pairs(titled, "approved_for")


def test_a_paragraph_under_a_colon_lead_in_is_its_item() -> None:
    found = triples("Valrubicin is approved to treat:\n\nBladder cancer. It is given as a treatment for carcinoma in "
                    "situ that does not respond to treatment with docetaxel.\n")
    assert {o for _, o in pairs(found, "approved_for")} == {"bladder cancer", "carcinoma in situ"}
    assert not pairs(found, "combined_with")


def test_an_event_named_before_its_cause_and_a_raised_chance_are_side_effects() -> None:
    found = pairs(triples("Dexrazoxane lowers the risk of heart damage caused by doxorubicin. Both tamoxifen and "
                          "raloxifene increase a woman's risk of developing blood clots."), "has_adverse_effect")
    assert found == {("doxorubicin", "heart damage"), ("tamoxifen", "blood clots"), ("raloxifene", "blood clots")}


@pytest.mark.parametrize("text, member, cls", [
    ("This can show whether a type of immunotherapy known as checkpoint inhibitors may work.",
     "checkpoint inhibitors", "immunotherapy"),
    ("Learn about checkpoint inhibitors, one type of immunotherapy used to treat cancer.",
     "checkpoint inhibitors", "immunotherapy"),
    ("Nivolumab, one type of immunotherapy, is given every two weeks.", "nivolumab", "immunotherapy"),
    ("Pembrolizumab and nivolumab, two checkpoint inhibitors, work well.", "pembrolizumab", "checkpoint inhibitors"),
])
def test_kind_appositions_and_known_as_name_a_class(text: str, member: str, cls: str) -> None:
    assert (member, cls) in pairs(triples(text), "member_of_class")


def test_an_earlier_treatment_named_with_an_article_or_a_class_noun_treats_the_disease() -> None:
    found = pairs(triples("It is used in women with breast cancer that got worse after treatment with the targeted "
                          "therapy trastuzumab, or that has already been treated with a taxane."), "treats")
    assert ("trastuzumab", "breast cancer") in found and ("taxane", "breast cancer") in found
    assert ("targeted therapy", "breast cancer") not in found


def test_a_benefit_reported_for_treated_patients_and_a_previous_treatment_are_uses() -> None:
    found = pairs(triples("People with acute myeloid leukemia with FLT3 gene mutations treated with gilteritinib had "
                          "improved survival. Patients with melanoma who had previously received ipilimumab "
                          "experienced tumor shrinkage."), "treats")
    assert {("gilteritinib", "acute myeloid leukemia"), ("ipilimumab", "melanoma")} <= found


def test_fewer_recurrences_of_a_disease_is_a_use_but_a_lower_risk_of_it_is_prevention() -> None:
    assert ("tamoxifen", "breast cancer") in pairs(triples("Tamoxifen reduces the risk of breast cancer recurrence."),
                                                   "treats")
    assert ("letrozole", "breast cancer") in pairs(triples("Letrozole prevents more breast cancer recurrences."),
                                                   "treats")
    assert not pairs(triples("Tamoxifen reduces the risk of breast cancer."), "treats")


def test_a_note_naming_only_the_lead_drug_does_not_end_the_approval_list() -> None:
    found = triples("Atezolizumab is approved to treat:\n\n- Melanoma.\n\n"
                    "Atezolizumab is used for patients whose cancer got worse after other therapy.\n\n"
                    "- Small cell lung cancer. It is used with carboplatin.\n")
    assert ("atezolizumab", "small cell lung cancer") in pairs(found, "approved_for")


def test_a_treatment_item_that_names_what_it_is_for_treats_that_disease() -> None:
    found = triples("Treatment of recurrent germ cell tumors may include:\n\n"
                    "- Chemotherapy followed by radiation therapy, for germinomas.\n")
    assert ("chemotherapy", "germinomas") in pairs(found, "treats")


def test_adding_a_drug_to_a_class_combines_them_and_the_mainstay_of_treatment_is_a_use() -> None:
    found = triples("In ovarian cancer, adding the angiogenesis inhibitor bevacizumab to chemotherapy helps.")
    assert ("bevacizumab", "chemotherapy") in pairs(found, "combined_with")
    found = triples("A mainstay of treatment for ER-positive, HER2-negative early breast cancer is hormone therapy.")
    assert ("hormone therapy", "breast cancer") in pairs(found, "treats")


def test_a_class_given_with_or_such_as_a_subclass_has_it_as_a_member() -> None:
    assert ("aromatase inhibitors", "hormone therapy") in pairs(
        triples("Women with breast cancer may receive hormone therapy with aromatase inhibitors."), "member_of_class")
    assert ("checkpoint inhibitors", "immunotherapies") in pairs(
        triples("Some immunotherapies, such as checkpoint inhibitors, cause colitis."), "member_of_class")
    assert not pairs(triples("Chemotherapy with targeted therapy is used. Trials are combining PARP inhibitors "
                             "with hormone therapies."), "member_of_class")


def test_drugs_of_separate_arms_are_not_combined_and_the_comparator_takes_no_use() -> None:
    found = triples("Median survival was not reached for patients who received nivolumab and was 10.8 months in "
                    "patients treated with dacarbazine. Nivolumab improves overall survival compared with the "
                    "chemotherapy drug dacarbazine in patients with melanoma.")
    assert not pairs(found, "combined_with")
    assert pairs(found, "treats") == {("nivolumab", "melanoma")}
    assert ("trastuzumab", "chemotherapy") in pairs(
        triples("Women treated with trastuzumab and chemotherapy before surgery did well."), "combined_with")


def test_a_class_approved_including_drugs_has_them_as_members() -> None:
    found = triples("They are treated with targeted therapies approved by the FDA, including vemurafenib and "
                    "trametinib.")
    assert pairs(found, "member_of_class") == {("vemurafenib", "targeted therapies"),
                                               ("trametinib", "targeted therapies")}


def test_a_disease_in_a_relative_aside_is_not_what_the_treatment_treats() -> None:
    found = pairs(triples("Patients with anaplastic oligodendrogliomas, which account for less than 10 percent of "
                          "brain cancers, live longer if they are treated with a combination of chemotherapy and "
                          "radiation therapy."), "treats")
    assert found == {("chemotherapy", "anaplastic oligodendrogliomas")}


def test_compared_drugs_are_not_combined_and_a_copula_after_a_brand_names_the_class() -> None:
    assert not pairs(triples("The trial compared vemurafenib with dacarbazine."), "combined_with")
    assert ("dabrafenib", "trametinib") in pairs(
        triples("The trial compared dabrafenib plus trametinib with dabrafenib alone."), "combined_with")
    assert ("ipilimumab", "checkpoint inhibitor") in pairs(
        triples("Ipilimumab (Yervoy) was the first checkpoint inhibitor to be approved."), "member_of_class")


def test_a_trial_comparing_two_drugs_studies_the_first_and_combines_neither() -> None:
    found = triples("A trial is comparing the aromatase inhibitor letrozole with tamoxifen in women with DCIS.")
    assert not pairs(found, "combined_with") and not pairs(found, "treats")
    assert pairs(found, "studied_for") == {("letrozole", "dcis")}


def test_regimen_contents_belong_to_the_regimen_the_page_is_about_not_to_the_last_drug_named() -> None:
    found = pairs(triples("Colon Cancer Research Articles\n\nThe FDA approved nivolumab for colorectal cancer.\n\n"
                          "The new regimen includes bevacizumab and irinotecan.\n"), "treats")
    assert ("bevacizumab", "colorectal cancer") not in found and ("nivolumab", "colorectal cancer") in found


def test_an_event_attributed_to_a_drug_is_only_its_and_a_population_at_risk_is_no_side_effect() -> None:
    found = pairs(triples("Because of the serious liver side effects attributed to dacarbazine in the trial, she "
                          "advised that ipilimumab be used alone."), "has_adverse_effect")
    assert found == {("dacarbazine", "liver side effects")}
    assert not pairs(triples("Denosumab is approved to treat osteoporosis in women at increased risk of bone "
                             "fractures."), "has_adverse_effect")


def test_an_approval_reaches_drugs_named_further_on_and_alone_or_with_keeps_the_subject() -> None:
    found = triples("The FDA has approved the combination of the immune checkpoint inhibitors ipilimumab (Yervoy) "
                    "and nivolumab (Opdivo) for the treatment of patients with metastatic colorectal cancer.")
    assert {d for d, _ in pairs(found, "approved_for")} >= {"yervoy", "opdivo"}
    found = triples("Under a new FDA approval, enzalutamide can now be used alone, or in combination with "
                    "leuprolide, to treat people with prostate cancer.")
    assert ("enzalutamide", "prostate cancer") in pairs(found, "approved_for")


def test_the_combination_of_a_class_noun_and_two_drugs_combines_them() -> None:
    found = triples("The FDA approved the combination of the immune checkpoint inhibitors ipilimumab (Yervoy) and "
                    "nivolumab (Opdivo) for colorectal cancer.")
    assert pairs(found, "combined_with") == {("ipilimumab", "nivolumab")}
    listed = triples("Patients treated with the tyrosine kinase inhibitors sunitinib, axitinib, and cabozantinib did "
                     "well.")
    assert not pairs(listed, "combined_with")


@pytest.mark.parametrize("text, member, cls", [
    ("Studies found that anakinra (Kineret), an antibody drug used to treat arthritis, may be an option.",
     "anakinra", "antibody drug"),
    ("Tarlatamab, a new type of targeted immunotherapy, shrank tumors in a trial.", "Tarlatamab", "immunotherapy"),
])
def test_an_apposition_with_a_participle_or_a_qualifier_names_the_class(text: str, member: str, cls: str) -> None:
    assert (member.lower(), "member_of_class", cls) in triples(text)


def test_a_counted_class_before_its_drugs_has_that_many_members() -> None:
    found = pairs(triples("Patients received two chemotherapy drugs, cisplatin and etoposide."), "member_of_class")
    assert found == {("cisplatin", "chemotherapy"), ("etoposide", "chemotherapy")}
    combination = triples("The combination consists of two monoclonal antibodies, pertuzumab and trastuzumab, and "
                          "hyaluronidase, an enzyme.")
    members = {drug for drug, cls in pairs(combination, "member_of_class") if "antibod" in cls}
    assert members == {"pertuzumab", "trastuzumab"}


def test_a_trial_introduced_as_new_is_not_where_the_drugs_before_were_given() -> None:
    new = triples("Drugs approved to treat leukemia include enasidenib and venetoclax. An NCI-supported study "
                  "called MyeloMATCH is now enrolling people with leukemia.")
    assert not pairs(new, "tested_in_trial")
    results = triples("Atezolizumab is approved to treat lung cancer after surgery. The approval was based on "
                      "results of a clinical trial called IMpower010.")
    assert ("atezolizumab", "impower010") in pairs(results, "tested_in_trial")


@pytest.mark.parametrize("text, named, glossed", [
    ("FDA has approved pembrolizumab for patients with primary mediastinal large B-cell lymphoma (PMBCL), a rare "
     "type of non-Hodgkin lymphoma.", "pmbcl", "non-hodgkin lymphoma"),
    ("Axitinib is approved to treat renal cell carcinoma (a type of kidney cancer) that is advanced.",
     "renal cell carcinoma", "kidney cancer"),
    ("Imatinib is approved to treat a rare type of sarcoma called dermatofibrosarcoma protuberans.",
     "dermatofibrosarcoma protuberans", "sarcoma"),
])
def test_a_disease_that_only_glosses_the_named_one_gets_no_statement(text: str, named: str, glossed: str) -> None:
    treated = {disease for _, disease in pairs(triples(text), "treats")}
    assert named in treated and glossed not in treated


def test_items_that_name_drugs_then_describe_them_are_members_of_the_heading_class() -> None:
    text = ("# Drugs\n\n## Which immune checkpoint inhibitors are approved?\n\n"
            "- ipilimumab (Yervoy), which blocks CTLA-4\n"
            "- nivolumab (Opdivo) and pembrolizumab (Keytruda), which block PD-1\n")
    members = {drug for drug, cls in pairs(triples(text), "member_of_class") if cls == "immune checkpoint inhibitors"}
    assert members == {"ipilimumab", "nivolumab", "pembrolizumab"}


def test_a_class_given_as_a_trial_arm_was_tested_in_the_trial() -> None:
    text = ("In the OCEANS study, women were randomly assigned to receive chemotherapy with carboplatin and "
            "gemcitabine plus bevacizumab or a placebo.")
    assert ("chemotherapy", "oceans") in pairs(triples(text), "tested_in_trial")
    earlier = triples("In the PREVAIL trial, men who had previously received chemotherapy were given enzalutamide.")
    assert ("chemotherapy", "prevail") not in pairs(earlier, "tested_in_trial")
    described = triples("In the HERA trial, women received the chemotherapy drug docetaxel.")
    assert ("chemotherapy", "hera") not in pairs(described, "tested_in_trial")


def test_drugs_named_after_drugs_that_block_a_protein_inhibit_it() -> None:
    assert ("ipilimumab", "ctla-4") in pairs(triples("Drugs that block CTLA-4 include ipilimumab."), "inhibits")
    listed = triples("# X\n\nDrugs that block PD-1 include:\n\n- pembrolizumab (Keytruda)\n- nivolumab\n")
    assert {("pembrolizumab", "pd-1"), ("nivolumab", "pd-1")} <= pairs(listed, "inhibits")


def test_a_protein_acting_on_a_protein_is_no_drug_acting_on_it() -> None:
    text = "Atezolizumab binds to PD-L1 and prevents it from binding to its receptor PD-1."
    found = triples(text)
    assert ("atezolizumab", "pd-l1") in pairs(found, "targets")
    assert ("atezolizumab", "pd-1") not in pairs(found, "inhibits") | pairs(found, "targets")


@pytest.mark.parametrize("text, drug, disease", [
    ("Clinical trials have shown that ibrutinib benefits both younger and older patients with chronic "
     "lymphocytic leukemia.", "ibrutinib", "chronic lymphocytic leukemia"),
    ("Adding nelarabine to standard chemotherapy improves survival for children newly diagnosed with T-cell acute "
     "lymphoblastic leukemia.", "nelarabine", "t-cell acute lymphoblastic leukemia"),
    ("Zanubrutinib is more effective than ibrutinib for people whose leukemia has returned.", "zanubrutinib",
     "leukemia"),
])
def test_a_benefit_to_patients_with_a_disease_is_a_use(text: str, drug: str, disease: str) -> None:
    assert (drug, disease) in pairs(triples(text), "treats")


def test_a_headline_that_a_drug_improves_survival_in_a_disease_is_a_use() -> None:
    text = "# Ribociclib Improves Survival in Advanced Breast Cancer\n\nText.\n"
    assert ("ribociclib", "breast cancer") in pairs(triples(text), "treats")


def test_a_disease_named_as_an_outcome_before_a_trial_is_not_what_the_trial_studies() -> None:
    text = "One patient died of pneumonia after treatment. The TAPUR study was a basket trial of targeted drugs."
    assert not pairs(triples(text), "trial_studies_disease")


def test_a_disease_no_longer_responding_to_a_drug_was_treated_with_it() -> None:
    text = ("Women with breast cancer that is no longer responding to the targeted therapy trastuzumab may soon "
            "have a new option. Liposarcoma no longer responding to anthracycline-based chemotherapy was studied.")
    found = pairs(triples(text), "treats")
    assert ("trastuzumab", "breast cancer") in found and ("chemotherapy", "liposarcoma") in found
    assert ("anthracycline", "liposarcoma") not in found


def test_a_comparison_arm_called_standard_is_in_use() -> None:
    text = ("Nivolumab improved overall survival compared with standard chemotherapy in patients with head and neck "
            "squamous cell carcinoma.")
    found = pairs(triples(text), "treats")
    assert ("chemotherapy", "head and neck squamous cell carcinoma") in found
    plain = triples("Nivolumab improved overall survival compared with docetaxel in patients with lung cancer.")
    assert ("docetaxel", "lung cancer") not in pairs(plain, "treats")


def test_an_item_ending_with_include_leads_the_bare_items_written_flat_after_it() -> None:
    text = ("# X\n\nTwo types of drugs block estrogen:\n\n"
            "- Selective estrogen receptor modulators (SERMs) bind to estrogen receptors. SERMs used to treat breast "
            "cancer include:\n- tamoxifen, which is used in premenopausal women\n- toremifene\n"
            "- Aromatase inhibitors block the making of estrogen. Letrozole is one.\n")
    members = {drug for drug, cls in pairs(triples(text), "member_of_class") if cls == "serms"}
    assert members == {"tamoxifen", "toremifene"}


def test_genes_that_regulate_a_targeted_pathway_are_not_targets() -> None:
    """"Signaling pathways are not targets": a drug targeting a pathway "regulated by" genes targets neither gene."""
    found = triples("He responded to everolimus, an agent targeting a molecular pathway that is regulated by the "
                    "TSC1 and NF2 genes.")
    assert not [t for t in found if t[1] in ("targets", "inhibits")]
    assert ("everolimus", "inhibits", "mtor") in triples("Everolimus inhibits mTOR, a protein in a pathway.")


def test_patients_without_a_disease_are_not_treated_for_it() -> None:
    found = triples("Immunotherapy is now combined with other treatments for patients without Lynch syndrome. "
                    "Pembrolizumab is used to treat patients with or without brain metastases who have lung cancer.")
    assert not [t for t in found if t[1] == "treats" and t[2] == "lynch syndrome"]
    assert ("pembrolizumab", "treats", "lung cancer") in found


def test_side_effects_under_an_evidence_lead_belong_to_the_lead_drug() -> None:
    """HP PDQ summaries list each trial's findings under "Evidence (X):"; the side effects named there are X's,
    not those of drugs named paragraphs before."""
    text = ("Patients received cytarabine, vinblastine, and prednisone in earlier trials.\n\nEvidence (vemurafenib):"
            "\n\n- Forty patients were treated with vemurafenib.\n- The response rate was lower than before.\n"
            "- Major toxicity included rash and photosensitivity.\n")
    events = {(s, o) for s, p, o in triples(text) if p == "has_adverse_effect"}
    assert events == {("vemurafenib", "rash"), ("vemurafenib", "photosensitivity")}


def test_items_under_a_lead_in_about_study_are_investigational() -> None:
    """"The following agents have been studied to treat X:" lists investigational uses (``studied_for``)."""
    found = triples("The following chemotherapy and targeted therapy agents have been studied to treat recurrent "
                    "osteosarcoma:\n\n- Sorafenib.\n- Cabozantinib.\n")
    assert ("sorafenib", "studied_for", "osteosarcoma") in found
    assert not [t for t in found if t[1] == "treats"]


@pytest.mark.parametrize("text", [
    "Encorafenib has been approved to be used along with cetuximab and the chemotherapy combination FOLFOX for "
    "people with metastatic colorectal cancer.",
    "Lapatinib was approved in 2007 for use in combination with capecitabine, a chemotherapy drug, for the treatment "
    "of metastatic breast cancer.",
])
def test_an_approval_belongs_to_the_drug_the_companions_are_given_with(text: str) -> None:
    approvals = {s for s, p, _ in triples(text) if p == "approved_for"}
    assert approvals == {text.split()[0].lower()}


def test_a_denied_approval_is_negated_and_says_nothing_of_use() -> None:
    statements = read("The FDA has not approved vemurafenib for hairy cell leukemia, but it is used off-label.")
    approvals = [s for s in statements if s.predicate == "approved_for"]
    assert approvals and all(s.evidence.negated for s in approvals)
    assert not [s for s in statements if s.predicate == "treats" and s.evidence.negated]
    kept = read("Although the FDA has not approved it for children, nivolumab was approved for adults with melanoma.")
    approved = [(s.subject_text, s.evidence.negated) for s in kept if s.predicate == "approved_for"]
    assert approved == [("nivolumab", False)]


def test_a_denied_approval_makes_no_treats_edge_in_the_graph() -> None:
    from kg.graph import KnowledgeGraph

    graph = KnowledgeGraph()
    graph.add_statements(read("The FDA has not approved vemurafenib for hairy cell leukemia."))
    assert {predicate for _, predicate, _ in graph.edges} == {"approved_for"}
