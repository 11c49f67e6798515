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
        f"The tumor may make too much [ACTH]({_DEF}/5) and cause [Cushing syndrome]({_DEF}/6).\n"
    )
    assert not of(found, "has_adverse_effect")
