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


def test_who_the_trial_named_before_enrolled_is_what_it_studies() -> None:
    text = ("Results of the NOAH trial were published in 2010. The findings were confirmed later. The 230 women "
            "enrolled in the trial had inflammatory breast cancer.")
    assert ("noah", "inflammatory breast cancer") in of(triples(text), "trial_studies_disease")


def test_an_enrolment_far_from_the_trial_or_of_another_study_says_nothing_of_it() -> None:
    filler = " ".join(["Many other results were reported at the meeting that year."] * 12)
    text = f"Results of the NOAH trial were published in 2010. {filler} The women enrolled in the trial had melanoma."
    assert not of(triples(text), "trial_studies_disease") - {("noah", "breast cancer")}
    text = "Results of the NOAH trial were published in 2010. Women with melanoma were treated in clinics."
    assert ("noah", "melanoma") not in of(triples(text), "trial_studies_disease")


def test_a_class_given_with_a_trial_drug_or_combined_with_it_is_an_arm() -> None:
    found = triples("In the NOAH trial, women treated with trastuzumab (Herceptin®) and chemotherapy before surgery "
                    "had a lower risk of recurrence.")
    assert ("chemotherapy", "noah") in of(found, "tested_in_trial")
    found = triples("The KEYNOTE-189 trial asked whether pembrolizumab works better in lung cancer when combined "
                    "with chemotherapy.")
    assert ("chemotherapy", "keynote-189") in of(found, "tested_in_trial")


def test_a_class_received_before_the_trial_is_no_arm() -> None:
    found = triples("In the CheckMate 067 trial, patients who had previously received nivolumab and chemotherapy "
                    "were excluded.")
    assert ("chemotherapy", "checkmate 067") not in of(found, "tested_in_trial")


def test_the_body_a_sponsor_is_part_of_is_no_sponsor_and_the_list_goes_on() -> None:
    found = triples("The ALTTO trial is sponsored by the National Cancer Institute (NCI), part of the National "
                    "Institutes of Health (NIH), and GlaxoSmithKline, the maker of lapatinib, and is coordinated by "
                    "the Breast International Group.")
    sponsors = {o for s, o in of(found, "sponsored_by")}
    assert {"national cancer institute", "glaxosmithkline"} <= sponsors
    assert not sponsors & {"national institutes of health", "nih", "breast international group"}
