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
