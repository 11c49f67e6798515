"""Events a drug relieves, prevents or reduces are not its side effects (session fourteen, precision15), on texts
written here."""

from __future__ import annotations

from tests.conftest import of, triples


def effects(text: str) -> set[tuple[str, str]]:
    """(drug, event) of each ``has_adverse_effect`` statement of a text."""
    return of(triples(text), "has_adverse_effect")


def test_an_event_a_supplement_reduces_is_not_its_side_effect() -> None:
    found = effects("Side effects of chemotherapy are common. In one study, glutamine reduced the severity of "
                    "peripheral neuropathy and mucositis.")
    assert not {e for d, e in found if d == "glutamine"}


def test_reductions_reported_with_a_drug_are_not_its_side_effects() -> None:
    found = effects("Melatonin supplementation has been associated with significant reductions in neuropathy and "
                    "fatigue.")
    assert not {e for d, e in found if d == "melatonin"}


def test_an_event_the_drug_can_cause_after_one_it_relieves_stays_its() -> None:
    found = effects("Dexamethasone may relieve nausea but can cause side effects such as insomnia.")
    assert ("dexamethasone", "insomnia") in found
    assert ("dexamethasone", "nausea") not in found


def test_an_event_named_with_a_decrease_word_is_still_a_side_effect() -> None:
    found = effects("The most common side effects of cabozantinib were diarrhea, decreased appetite, and nausea.")
    assert {("cabozantinib", "diarrhea"), ("cabozantinib", "nausea")} <= found
