"""Session fourteen's reading rules, on sentences written here: a condition the page links is a side effect
where a drug or drug class named in its sentence causes it; a hormone a tumour makes too much of is no
treatment causing anything."""

from __future__ import annotations

from tests.conftest import of, triples

_DEF = "/publications/dictionaries/cancer-terms/def"


def test_a_linked_condition_that_treatments_cause_is_their_side_effect() -> None:
    found = triples(
        f"Treatments such as [chemotherapy]({_DEF}/1), [radiation therapy]({_DEF}/2), and "
        f"[hormone therapy]({_DEF}/3) can cause [primary ovarian insufficiency]({_DEF}/443691).\n"
    )
    effects = of(found, "has_adverse_effect")
    assert ("chemotherapy", "primary ovarian insufficiency") in effects
    assert ("hormone therapy", "primary ovarian insufficiency") in effects


def test_a_linked_condition_of_the_patient_stays_a_disease() -> None:
    found = triples(
        f"Women with [primary ovarian insufficiency]({_DEF}/443691) who take [tamoxifen]({_DEF}/4) may "
        "have hot flashes.\n"
    )
    assert ("tamoxifen", "primary ovarian insufficiency") not in of(found, "has_adverse_effect")


def test_a_hormone_a_tumour_makes_too_much_of_causes_no_side_effect() -> None:
    found = triples(
        f"The tumor may make too much adrenocorticotropic hormone (ACTH) and cause [Cushing syndrome]({_DEF}/6).\n"
    )
    assert not of(found, "has_adverse_effect")


def test_a_drug_used_as_a_therapy_category_is_of_that_kind() -> None:
    found = triples(
        "Letrozole is sometimes used as a hormone therapy for breast cancer. Rituximab is used as a targeted "
        "therapy for lymphoma. Tamoxifen is used as an adjuvant therapy for breast cancer.\n"
    )
    members = of(found, "member_of_class")
    assert ("letrozole", "hormone therapy") in members
    assert ("rituximab", "targeted therapy") in members
    assert not [pair for pair in members if pair[0] == "tamoxifen"]  # a setting, not a kind (linked as no class)
