"""Session twenty (lead): rules of the lead's own, each on sentences written for it."""

from __future__ import annotations

from tests.conftest import of, triples

_TRIAL = "The TAILORx trial enrolled women with breast cancer. "


def test_trials_in_general_supported_by_an_agency_are_not_the_trial_named_before() -> None:
    found = triples(_TRIAL + "Information about clinical trials supported by NCI is on its website.\n")
    assert of(found, "sponsored_by") == set()


def test_follow_up_supported_by_a_society_is_no_sponsorship_of_the_trial() -> None:
    found = triples(_TRIAL + "Follow-up of survivors is supported by the American Cancer Society.\n")
    assert of(found, "sponsored_by") == set()


def test_the_trial_referred_to_keeps_its_sponsor() -> None:
    for sentence in ("The trial, which was sponsored by NCI, was led by Dr. Smith.", "It is funded by NCI.",
                     "Sponsored by NCI, the trial ran for ten years."):
        assert of(triples(_TRIAL + sentence + "\n"), "sponsored_by") == {("tailorx", "nci")}


def _events(text: str) -> list[str]:
    from kg import analyse_document, parse_document
    return [m.text for m in analyse_document(parse_document(text + "\n", "x.md")).mentions
            if m.type == "adverse_event"]


def test_a_phrasal_verb_or_a_change_in_a_measure_is_no_fall() -> None:
    assert _events("Some people are unable to fall asleep.") == []
    assert _events("Hormone therapy leads to a fall in PSA levels.") == []


def test_falls_and_pain_in_a_body_part_stay_events() -> None:
    assert _events("Apalutamide caused falls and fractures.") == ["falls", "fractures"]
    assert "pain in the chest" in _events("Apalutamide caused pain in the chest.")


def test_the_trial_named_again_keeps_its_sponsor() -> None:
    assert of(triples(_TRIAL + "TAILORx is supported by NCI.\n"), "sponsored_by") == {("tailorx", "nci")}


def test_an_it_that_stands_for_a_clause_refers_to_no_drug() -> None:
    found = triples("Selenium was tested.\n\nIt is not known whether eating less fat helps decrease the risk of "
                    "prostate cancer or death from prostate cancer.\n")
    assert ("selenium", "prostate cancer") not in of(found, "treats")


def test_an_it_that_refers_to_the_drug_still_does() -> None:
    found = triples("Olaparib is a PARP inhibitor. It is used to treat ovarian cancer.\n")
    assert ("olaparib", "ovarian cancer") in of(found, "treats")


def test_another_form_of_a_drug_is_no_combination() -> None:
    found = triples("Rituximab is used to treat lymphoma. It is also available in a different form, combined with "
                    "hyaluronidase, that is given under the skin.\n")
    assert frozenset({"rituximab", "hyaluronidase"}) not in {frozenset(p) for p in of(found, "combined_with")}


def test_the_acronym_of_a_study_title_is_no_disease() -> None:
    from kg import analyse_document, parse_document

    text = "The Study of Tamoxifen and Raloxifene (STAR) compared the two drugs in women at high risk.\n"
    mentions = analyse_document(parse_document(text, "x.md")).mentions
    assert not [m for m in mentions if m.text == "STAR" and m.type in ("disease", "adverse_event")]


def test_what_a_study_measured_is_no_treatment() -> None:
    found = triples("Curcumin was studied in people with fatty liver disease.\n\n"
                    "The main biomarkers used in these studies were blood levels of the following:\n\n"
                    "- Tumor necrosis factor-alpha.\n- Nitric oxide.\n")
    assert not [use for use in of(found, "treats") if use[0] != "curcumin"]



def test_what_a_page_links_does_not_depend_on_the_page_linked_before() -> None:
    from kg import parse_document
    from kg.pipeline import default_linker

    falls = parse_document("Side effects of apalutamide include fall and fracture.\n", "a.md")
    hair = parse_document("Some drugs cause the hair on your head and other parts of your body to fall out.\n", "b.md")
    linker = default_linker()
    assert ("fall", "adverse_event") in [(m.text, m.type) for m in linker.link(falls)]
    after = [(m.text, m.type) for m in linker.link(hair)]
    assert after == [(m.text, m.type) for m in default_linker().link(hair)]
    assert ("fall", "adverse_event") not in after
