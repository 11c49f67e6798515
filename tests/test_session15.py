"""Session fifteen's reading rules, on sentences written here: a pointer to another page or section, and the
list it leads in, state no relation."""

from __future__ import annotations

from tests.conftest import of, triples


def test_a_pointer_to_another_section_states_no_side_effect() -> None:
    found = triples(
        "Evidence (lapatinib):\n\n1. In a trial, lapatinib caused rash. For more information, see the Diarrhea "
        "section in Gastrointestinal Complications.\n"
    )
    effects = of(found, "has_adverse_effect")
    assert ("lapatinib", "rash") in effects
    assert ("lapatinib", "diarrhea") not in effects


def test_the_items_a_pointer_leads_in_state_nothing() -> None:
    found = triples(
        "Acetaminophen and NSAIDs can cause side effects such as stomach upset. Talk to your doctor about side "
        "effects that bother you. To learn more about coping with these side effects, visit:\n\n"
        "- [Constipation and Cancer Treatment](https://www.cancer.gov/a)\n"
        "- [Nausea and Vomiting and Cancer Treatment](https://www.cancer.gov/b)\n"
    )
    assert not of(found, "has_adverse_effect")
