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


def test_drugs_given_in_turn_are_combined_only_within_their_group() -> None:
    found = of(triples(
        "Patients were given cisplatin and etoposide alternating with vincristine, cyclophosphamide, and "
        "doxorubicin.\n"
    ), "combined_with")
    assert ("vincristine", "cyclophosphamide") in found
    crossing = {(a, b) for a in ("cisplatin", "etoposide") for b in ("vincristine", "cyclophosphamide", "doxorubicin")}
    assert not {pair for pair in found if pair in crossing or pair[::-1] in crossing}


def test_a_switch_from_one_drug_to_another_is_no_combination() -> None:
    found = of(triples(
        "Switching from rituximab to obinutuzumab in combination with chemotherapy is a difficult choice.\n"
    ), "combined_with")
    assert ("obinutuzumab", "chemotherapy") in found
    assert ("rituximab", "obinutuzumab") not in found and ("obinutuzumab", "rituximab") not in found


def test_events_a_comparison_found_no_difference_in_are_not_side_effects() -> None:
    effects = of(triples(
        "Blood clots and cataracts were more common in women who took tamoxifen, and there was no difference "
        "in strokes or fractures.\n"
    ), "has_adverse_effect")
    assert ("tamoxifen", "cataracts") in effects
    assert not {("tamoxifen", "strokes"), ("tamoxifen", "fractures")} & effects


def test_events_after_the_clause_without_a_difference_stay_side_effects() -> None:
    effects = of(triples(
        "No differences in adverse events were noted between groups; however, the group receiving bupropion had "
        "more nausea and vomiting.\n"
    ), "has_adverse_effect")
    assert {("bupropion", "nausea"), ("bupropion", "vomiting")} <= effects


def test_large_b_cell_lymphoma_is_a_sub_type_of_its_own() -> None:
    found = triples(
        "Axicabtagene ciloleucel is approved to treat adults with large B-cell lymphoma that has come back. "
        "Diffuse large B-cell lymphoma is the most common kind. Brentuximab vedotin treats anaplastic large "
        "B-cell lymphoma.\n"
    )
    assert ("axicabtagene ciloleucel", "large b-cell lymphoma") in of(found, "approved_for")
    assert ("axicabtagene ciloleucel", "b-cell lymphoma") not in of(found, "approved_for")
    assert ("brentuximab vedotin", "large b-cell lymphoma") not in of(found, "treats")


def test_a_cell_type_before_a_disease_abbreviation_names_the_sub_type() -> None:
    found = triples(
        "Acute lymphoblastic leukemia (ALL) is the most common childhood cancer. Tisagenlecleucel is approved to "
        "treat young adults with B-cell ALL that has come back. Children with T-cell ALL may get nelarabine.\n"
    )
    approved = of(found, "approved_for")
    assert ("tisagenlecleucel", "b-cell all") in approved and ("tisagenlecleucel", "all") not in approved
