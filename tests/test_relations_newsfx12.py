"""Trial arms and side effects in research news (session eleven, newsfx12), on texts written here."""

from __future__ import annotations

from tests.conftest import of, triples


def tried(text: str) -> set[tuple[str, str]]:
    """(drug, trial) of each ``tested_in_trial`` statement of a text."""
    return of(triples(text), "tested_in_trial")


def test_the_arms_of_a_trial_named_two_sentences_before_were_given_in_it() -> None:
    found = tried("The phase III trial, called ZENITH-3, enrolled 400 patients with lung cancer from 80 centers. The "
                  "trial was funded by Acme. Participants were randomly assigned to receive crizotinib twice daily or "
                  "intravenous chemotherapy (pemetrexed or docetaxel).")
    assert {("crizotinib", "zenith-3"), ("pemetrexed", "zenith-3"), ("docetaxel", "zenith-3")} <= found


def test_a_randomisation_of_another_trial_is_not_the_named_ones() -> None:
    found = tried("The phase III trial, called ZENITH-3, enrolled 400 patients with lung cancer. Patients in a second "
                  "trial were randomized to receive erlotinib or gefitinib.")
    assert not found


def test_a_class_that_only_says_what_an_arm_drug_is_is_not_an_arm() -> None:
    found = tried("The phase III trial, called ZENITH-3, enrolled 900 women with breast cancer. Women were randomly "
                  "assigned to receive doxorubicin (an anthracycline) and cyclophosphamide, or the chemotherapy drug "
                  "docetaxel.")
    assert {("doxorubicin", "zenith-3"), ("cyclophosphamide", "zenith-3"), ("docetaxel", "zenith-3")} <= found
    assert not {d for d, _ in found} & {"anthracycline", "chemotherapy"}


def test_a_trial_named_long_before_is_out_of_reach() -> None:
    filler = " ".join(f"Finding {n} of the field was reported in a review of many patients." for n in range(12))
    found = tried(f"The phase III trial, called ZENITH-3, enrolled 400 patients with lung cancer. {filler} Patients "
                  "were randomly assigned to receive erlotinib or gefitinib.")
    assert not found


def effects(text: str) -> set[tuple[str, str]]:
    """(drug, event) of each ``has_adverse_effect`` statement of a text."""
    return of(triples(text), "has_adverse_effect")


def test_a_death_after_an_event_in_a_drugs_group_is_its_side_effect() -> None:
    found = effects("Two patients in the maintenance obinutuzumab group died after developing pneumonia.")
    assert ("obinutuzumab", "pneumonia") in found


def test_deaths_from_an_event_in_a_trial_of_a_drug_are_its_side_effect() -> None:
    found = effects("In a small trial of ipilimumab, for example, two patients died as a result of colitis.")
    assert ("ipilimumab", "colitis") in found


def test_a_trial_of_a_drug_in_patients_who_had_an_event_states_no_side_effect() -> None:
    found = effects("In a small trial of ipilimumab in patients who had colitis, the drug was safe.")
    assert not found


def test_a_not_significant_aside_does_not_deny_the_side_effect() -> None:
    found = of(triples("Women who took exemestane had a small, though not statistically significant, increase in "
                       "hot flashes."), "has_adverse_effect")
    assert ("exemestane", "hot flashes") in found
    assert not of(triples("Women who took exemestane did not have more hot flashes."), "has_adverse_effect")


def test_events_the_sentence_before_ascribed_to_a_drug_are_not_the_arms() -> None:
    found = effects("In the trial, 300 children with cancer were randomly assigned to receive aprepitant plus "
                    "ondansetron or ondansetron alone. Adverse events related to chemotherapy were reported by 79 "
                    "percent of patients in the aprepitant group. The most common adverse events were febrile "
                    "neutropenia and anemia. The most common serious adverse events were anemia and sepsis.")
    assert {("chemotherapy", "febrile neutropenia"), ("chemotherapy", "anemia"), ("chemotherapy", "sepsis")} <= found
    assert not {d for d, _ in found} & {"aprepitant", "ondansetron"}


def test_drugs_of_the_results_of_a_trial_named_just_before_were_given_in_it() -> None:
    found = tried("The first results of the trial, dubbed ZENITH-3, were presented in 2011. Those results showed that "
                  "combining crizotinib with the chemotherapy drug docetaxel as initial treatment extended survival.")
    assert {("crizotinib", "zenith-3"), ("docetaxel", "zenith-3")} <= found
