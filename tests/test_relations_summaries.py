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
