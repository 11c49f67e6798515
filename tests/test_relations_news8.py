"""Relation rules found on hand-annotated research news pages (session eight), on texts written here."""

from __future__ import annotations

from kg.documents import parse_document
from kg.pipeline import analyse_document

Triple = tuple[str, str, str]


def triples(text: str, *, negated: bool = False) -> set[Triple]:
    """(subject text, predicate, object text), lower-cased, of the positive (or the negated) statements."""
    statements = analyse_document(parse_document(text, "example.md")).statements
    return {(s.subject_text.lower(), s.predicate, s.object_text.lower()) for s in statements
            if s.evidence.negated == negated}


def of(found: set[Triple], predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in found if p == predicate}


def test_what_patients_with_a_disease_are_given_treats_it() -> None:
    found = triples("After surgery, women with early breast cancer are usually given tamoxifen.")
    assert ("tamoxifen", "breast cancer") in of(found, "treats")
    found = triples("Patients with melanoma should initially be given dabrafenib.")
    assert ("dabrafenib", "melanoma") in of(found, "treats")


def test_given_as_a_preposition_or_a_contraindication_is_no_use() -> None:
    found = triples("Ketoconazole is sold for fungal infections, but its use in prostate cancer is rare given "
                    "the availability of abiraterone.")
    assert ("abiraterone", "prostate cancer") not in of(found, "treats")
    text = "People with G6PD deficiency should not be given vitamin C."
    assert not of(triples(text), "treats") and not of(triples(text, negated=True), "treats")
