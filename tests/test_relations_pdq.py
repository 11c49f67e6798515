"""Treatment summaries, round seven: wording of PDQ-style treatment summaries (``kg/relations/summaries.py``).
Every text here is written for the test."""

from __future__ import annotations

import pytest

from kg.documents import parse_document
from kg.pipeline import analyse_document

Triple = tuple[str, str, str]


def triples(text: str) -> set[Triple]:
    """(subject text, predicate, object text), lower-cased, of the positive statements of a text."""
    analysis = analyse_document(parse_document(text, "example.md"))
    return {(s.subject_text.lower(), s.predicate, s.object_text.lower()) for s in analysis.statements
            if not s.evidence.negated}


def uses_of(text: str, disease: str) -> set[tuple[str, str]]:
    """(subject, predicate) of the treats / studied_for statements about one disease."""
    return {(s, p) for s, p, o in triples(text) if o == disease and p in ("treats", "studied_for")}


@pytest.mark.parametrize(("text", "disease", "expected"), [
    ("Targeted therapy (imatinib or sunitinib) may be used to treat recurrent melanoma.", "melanoma",
     {"targeted therapy", "imatinib", "sunitinib"}),
    ("Hormone therapy using corticosteroids or octreotide may be used to treat thymoma.", "thymoma",
     {"hormone therapy", "corticosteroids", "octreotide"}),
    ("Treatment of stage IV gastric cancer may include:\n\n"
     "- Nivolumab and chemotherapy for patients with adenocarcinoma.\n", "adenocarcinoma",
     {"nivolumab", "chemotherapy"}),
    ("Rituximab or bendamustine may be used to treat recurrent follicular lymphoma.", "follicular lymphoma",
     {"rituximab", "bendamustine"}),
])
def test_treatments_named_together_share_the_use(text: str, disease: str, expected: set[str]) -> None:
    assert {s for s, p in uses_of(text, disease) if p == "treats"} >= expected


def test_a_comparison_or_a_kind_noun_shares_no_use() -> None:
    compared = "A trial compared imatinib with sunitinib in patients with melanoma."
    assert ("sunitinib", "treats") not in uses_of(compared, "melanoma")
    kind = "The tyrosine kinase inhibitor imatinib is usually the first treatment for melanoma."
    assert ("tyrosine kinase inhibitor", "treats") not in uses_of(kind, "melanoma")


def test_an_apposition_is_not_a_second_treatment() -> None:
    text = "A different kinase inhibitor, sunitinib, is also used for advanced melanoma."
    assert ("kinase inhibitor", "treats") not in uses_of(text, "melanoma")


def test_a_clinical_trial_item_studies_what_its_later_sentences_name() -> None:
    text = ("Treatment of recurrent thymoma in children may include the following:\n\n"
            "- A clinical trial that checks a sample of the tumor for certain gene changes. The type of targeted "
            "therapy that will be given depends on the gene change.\n"
            "- Chemotherapy.\n")
    found = uses_of(text, "thymoma")
    assert ("targeted therapy", "studied_for") in found
    assert ("targeted therapy", "treats") not in found
    assert ("chemotherapy", "treats") in found


CHEMOTHERAPY_SECTION = (
    "# Chemotherapy\n\n"
    "Chemotherapy uses drugs to stop the growth of cancer cells.\n\n"
    "To treat medulloblastoma and pineoblastoma, chemotherapy is taken by mouth or injected into a vein. "
    "When given this way, the drugs enter the bloodstream.\n\n"
    "Chemotherapy that may be used alone or in combination includes:\n\n"
    "- carboplatin\n- vincristine\n\n"
    "Other chemotherapy drugs not listed here may also be used.\n"
)


def test_a_fronted_purpose_clause_names_what_is_treated() -> None:
    found = triples(CHEMOTHERAPY_SECTION)
    assert ("chemotherapy", "treats", "medulloblastoma") in found
    assert ("chemotherapy", "treats", "pineoblastoma") in found


def test_a_class_list_without_a_disease_takes_the_sections_diseases() -> None:
    found = triples(CHEMOTHERAPY_SECTION)
    for drug in ("carboplatin", "vincristine"):
        assert (drug, "member_of_class", "chemotherapy") in found
        assert (drug, "treats", "medulloblastoma") in found
        assert (drug, "treats", "pineoblastoma") in found


def test_a_class_list_under_another_heading_takes_no_disease() -> None:
    text = ("To treat glioma, chemotherapy is taken by mouth.\n\n# Drugs\n\n"
            "Chemotherapy that may be used includes:\n\n- carboplatin\n")
    assert ("carboplatin", "treats", "glioma") not in triples(text)


def test_a_late_effects_list_names_no_use() -> None:
    text = ("Treatment of Hodgkin lymphoma may include chemotherapy.\n\n"
            "These late effects depend on the type of treatment and may include:\n\n"
            "- Hypothyroidism (too little thyroid hormone in the blood).\n")
    assert not [t for t in triples(text) if t[0] == "thyroid hormone" and t[1] == "treats"]


def test_the_people_a_drug_harms_are_not_treated() -> None:
    text = "However, high-dose vitamin C may cause serious side effects in people with kidney disease or gout."
    assert not [t for t in triples(text) if t[1] == "treats"]


def test_a_drug_opening_a_sentence_under_a_class_heading_is_a_member() -> None:
    text = ("# Immunotherapy\n\nImmunotherapy uses the immune system to fight cancer. "
            "Interferon may be used to treat nasopharyngeal cancer.\n\n"
            "# Targeted therapy\n\nRituximab is a type of monoclonal antibody used to treat lymphoma.\n")
    found = triples(text)
    assert ("interferon", "member_of_class", "immunotherapy") in found
    # the sentence names the drug's kind itself: no membership in the heading's class
    assert ("rituximab", "member_of_class", "targeted therapy") not in found


def test_a_class_used_as_its_examples_is_used_too() -> None:
    text = "Corticosteroids, such as prednisone and methylprednisolone, are used to treat infantile hemangioma."
    assert ("corticosteroids", "treats") in uses_of(text, "infantile hemangioma")


def test_a_singular_includes_after_used_to_treat_lists_uses() -> None:
    text = "Immunotherapy that may be used to treat kidney cancer in children includes interleukin-2."
    assert ("interleukin-2", "treats") in uses_of(text, "kidney cancer")


@pytest.mark.parametrize(("text", "members"), [
    ("Monoclonal antibody therapy is a type of targeted therapy.", {"monoclonal antibody"}),
    ("Tyrosine kinase inhibitors and PARP inhibitors are types of targeted therapy.",
     {"tyrosine kinase inhibitors", "parp inhibitors"}),
])
def test_classes_named_as_kinds_of_a_class_are_members(text: str, members: set[str]) -> None:
    found = {s for s, p, o in triples(text) if p == "member_of_class" and o == "targeted therapy"}
    assert found >= members


def test_problems_blamed_on_surgery_are_no_side_effects_of_a_drug_named_before() -> None:
    text = ("# Chemotherapy\n\nChemotherapy uses drugs to stop the growth of cancer cells.\n\n"
            "## Side effects and late effects of treatment\n\nLate effects of treatment may include:\n\n"
            "- seizures\n\nSerious problems may occur if the pituitary gland is affected during surgery or "
            "radiation therapy. These problems include:\n\n- obesity\n- stroke\n")
    assert not [t for t in triples(text) if t[1] == "has_adverse_effect"]


def test_a_pointer_to_another_page_states_no_use() -> None:
    text = "Learn more about Hormone Therapy for Breast Cancer."
    assert not [t for t in triples(text) if t[1] in ("treats", "studied_for")]
