"""Uses and approvals on drug information pages (helper drugpages18, session eighteen): sentences written here, and
real pages read from ../shared at run time (skipped when the corpus is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.pipeline import analyse_path
from tests.conftest import of, triples

DRUG_PAGES = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "nci" / "02_nci_core" / "treatment"


def _page_triples(name: str) -> set[tuple[str, str, str]]:
    path = DRUG_PAGES / f"about-cancer-treatment-drugs-{name}.md"
    if not path.exists():
        pytest.skip(f"corpus page absent: {path}")
    statements = analyse_path(path).statements
    return {(s.subject_text.lower(), s.predicate, s.object_text.lower()) for s in statements
            if not s.evidence.negated}


def test_a_use_in_people_to_prevent_a_cancer_is_no_treatment_of_it() -> None:
    text = ("Imatinib is used in adults aged 18 to 25 years to prevent:\n\n- **Breast cancer.**\n\n"
            "Imatinib is used in adults to prevent or treat:\n\n- **Ovarian cancer.**\n")
    found = of(triples(text), "treats")
    assert ("imatinib", "breast cancer") not in found
    assert ("imatinib", "ovarian cancer") in found  # "prevent or treat" still says treat


def test_an_item_opening_with_it_is_used_goes_on_with_the_disease_above() -> None:
    text = ("Imatinib is approved to be used alone or with other drugs to treat:\n\n"
            "- **Chronic lymphocytic leukemia** (CLL).\n"
            "- It is used alone in patients who have not gotten better with other drugs.\n"
            "- It is used with cyclophosphamide in patients with relapsed disease.\n")
    assert ("cyclophosphamide", "chronic lymphocytic leukemia") in of(triples(text), "treats")


def test_each_alternative_given_with_the_lead_drug_treats_the_item_disease() -> None:
    text = ("Imatinib is approved to treat:\n\n- **Chronic lymphocytic leukemia** in adults. It may be given alone "
            "or with either obinutuzumab or rituximab.\n")
    found = of(triples(text), "treats")
    assert ("obinutuzumab", "chronic lymphocytic leukemia") in found
    assert ("rituximab", "chronic lymphocytic leukemia") in found


def test_an_approval_for_another_purpose_does_not_make_the_listed_uses_approvals() -> None:
    text = ("Prednisone is approved to be used to reduce inflammation.\n\n"
            "It is used with other drugs to treat the following types of cancer:\n\n- **Hodgkin lymphoma.**\n")
    found = triples(text)
    assert ("prednisone", "hodgkin lymphoma") in of(found, "treats")
    assert ("prednisone", "hodgkin lymphoma") not in of(found, "approved_for")
    # an approval to treat, referred to by "It is used in:", still approves the items
    text = "Imatinib is approved to treat adults whose cancer has spread.\n\nIt is used in:\n\n- **Melanoma.**\n"
    assert ("imatinib", "melanoma") in of(triples(text), "approved_for")


def test_real_page_partners_in_flat_items_treat_the_disease_above() -> None:
    found = of(_page_triples("ofatumumab"), "treats")
    assert ("fludarabine phosphate", "chronic lymphocytic leukemia") in found
    assert ("chlorambucil", "chronic lymphocytic leukemia") in found


def test_real_page_a_vaccine_used_to_prevent_cancers_treats_none() -> None:
    found = _page_triples("recombinant-hpv-quadrivalent-vaccine")
    assert not [t for t in found if t[1] in ("treats", "approved_for")]
