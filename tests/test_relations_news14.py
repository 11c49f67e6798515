"""Class lists, trial names and side effects in research news (session thirteen, news14), on texts written here."""

from __future__ import annotations

from tests.conftest import of, triples


def members(text: str) -> set[tuple[str, str]]:
    """(member, class) of each ``member_of_class`` statement of a text."""
    return of(triples(text), "member_of_class")


def uses(text: str) -> set[tuple[str, str]]:
    """(drug, disease) of each ``treats`` statement of a text."""
    return of(triples(text), "treats")


def test_a_subclass_in_a_class_list_and_its_drugs_are_members_of_the_class() -> None:
    found = members("The drugs most often used in hormone therapy are raloxifene and the aromatase inhibitors "
                    "anastrozole and letrozole.")
    assert {("raloxifene", "hormone therapy"), ("aromatase inhibitors", "hormone therapy"),
            ("anastrozole", "hormone therapy"), ("letrozole", "hormone therapy")} <= found
    assert {("anastrozole", "aromatase inhibitors"), ("letrozole", "aromatase inhibitors")} <= found


def test_a_subclass_after_include_is_read_the_same_way() -> None:
    found = members("Chemotherapy drugs include cisplatin and the taxanes paclitaxel and docetaxel.")
    assert {("taxanes", "chemotherapy"), ("paclitaxel", "chemotherapy"), ("docetaxel", "chemotherapy")} <= found


def test_a_class_after_the_list_that_names_no_drugs_is_not_a_member() -> None:
    found = members("Chemotherapy drugs include cisplatin and docetaxel, and targeted therapy is also used.")
    assert not {m for m, c in found if c == "chemotherapy"} & {"targeted therapy"}


def test_the_members_listed_after_a_class_used_for_a_disease_treat_it() -> None:
    found = uses("The drugs most often used in hormone therapy for women with breast cancer are raloxifene and the "
                 "aromatase inhibitors anastrozole and letrozole.")
    assert {("raloxifene", "breast cancer"), ("anastrozole", "breast cancer"), ("letrozole", "breast cancer"),
            ("aromatase inhibitors", "breast cancer")} <= found


def test_a_list_whose_use_is_not_stated_gives_no_use() -> None:
    found = uses("Women with breast cancer were asked which hormone therapy drugs they knew; these included "
                 "raloxifene and letrozole.")
    assert not {d for d, _ in found} & {"raloxifene", "letrozole"}


def test_a_drug_after_an_example_in_parentheses_is_a_partner_not_a_member() -> None:
    found = members("Standard care is a serotonin receptor antagonist (such as ondansetron) and the steroid "
                    "dexamethasone.")
    assert ("dexamethasone", "serotonin receptor antagonist") not in found


def effects(text: str) -> set[tuple[str, str]]:
    """(drug, event) of each ``has_adverse_effect`` statement of a text."""
    return of(triples(text), "has_adverse_effect")


def test_patients_who_continued_to_take_a_drug_and_had_more_events_had_its_side_effects() -> None:
    found = effects("Men who continued to take abiraterone were more likely to develop hypertension and muscle "
                    "cramps.")
    assert {("abiraterone", "hypertension"), ("abiraterone", "muscle cramps")} <= found


def test_patients_assigned_to_receive_a_drug_who_had_more_events_had_its_side_effects() -> None:
    found = effects("Men who were assigned to receive abiraterone had more hypertension than other men.")
    assert ("abiraterone", "hypertension") in found


def test_a_cancer_in_a_list_of_risks_joined_by_and_of_is_a_side_effect() -> None:
    found = effects("A pooled analysis confirmed that raloxifene increases risks of endometrial cancer and of stroke.")
    assert {("raloxifene", "endometrial cancer"), ("raloxifene", "stroke")} <= found


def test_the_study_after_a_meta_analysis_is_the_analysis_not_the_trial_named_before() -> None:
    found = of(triples("The ZENITH-3 trial showed that adding zoledronic acid to standard therapy did not extend "
                       "survival for women with breast cancer. The Acme group then conducted a meta-analysis of "
                       "18,000 participants in 26 randomized trials. The study was funded by Cancer Research UK."),
               "sponsored_by")
    assert not found


def test_the_study_after_a_named_trial_is_still_the_trial() -> None:
    found = of(triples("The ZENITH-3 trial enrolled 900 women with breast cancer. The study was funded by Cancer "
                       "Research UK."), "sponsored_by")
    assert ("zenith-3", "cancer research uk") in found


def test_who_leads_or_coordinates_a_trial_after_its_sponsor_is_no_sponsor() -> None:
    found = of(triples("The ZENITH-3 trial, which was sponsored by NCI, was led by John Smith, M.D., of Montefiore "
                       "Medical Center in New York."), "sponsored_by")
    assert ("zenith-3", "nci") in found
    assert ("zenith-3", "montefiore medical center") not in found


def test_a_class_in_apposition_to_a_partner_is_no_partner_itself() -> None:
    found = of(triples("Lapatinib is approved for use in combination with capecitabine, a chemotherapy drug, for "
                       "the treatment of breast cancer."), "combined_with")
    assert ("lapatinib", "capecitabine") in found or ("capecitabine", "lapatinib") in found
    assert not {p for p in found if "chemotherapy" in p}


def test_a_class_given_with_a_drug_stays_its_partner() -> None:
    found = of(triples("Women received trastuzumab with chemotherapy for breast cancer."), "combined_with")
    assert {("trastuzumab", "chemotherapy"), ("chemotherapy", "trastuzumab")} & found
