"""Session sixteen's reading rules, on sentences written here: a drug named only as a modifier of the patients
or their disease ("steroid-refractory", "cisplatin-ineligible") is not given in the sentence."""

from __future__ import annotations

from tests.conftest import of, triples


def test_a_drug_the_disease_resisted_is_in_no_combination_of_the_sentence() -> None:
    found = triples(
        "Ruxolitinib was approved in 2019 for the treatment of adults with steroid-refractory acute GVHD, with a "
        "response rate of 55%.\n"
    )
    assert ("ruxolitinib", "gvhd") in of(found, "approved_for")
    assert not {pair for pair in of(found, "combined_with") if "steroid" in pair}


def test_a_drug_the_patients_could_not_have_was_not_tested_in_the_trial() -> None:
    found = triples(
        "A trial (NCT01234567) included 200 cisplatin-ineligible patients with urothelial carcinoma who were "
        "given pembrolizumab.\n"
    )
    tested = of(found, "tested_in_trial")
    assert ("pembrolizumab", "nct01234567") in tested
    assert ("cisplatin", "nct01234567") not in tested


def test_a_drug_named_as_given_too_keeps_its_statements() -> None:
    found = of(triples(
        "Patients with cisplatin-resistant ovarian cancer received cisplatin again plus etoposide.\n"
    ), "combined_with")
    assert ("cisplatin", "etoposide") in found or ("etoposide", "cisplatin") in found


def test_a_drug_with_its_brand_before_the_hyphen_is_a_modifier_too() -> None:
    found = triples(
        "Treating mice bearing cisplatin (Platinol®)-resistant ovarian tumors with decitabine (Dacogen®) made the "
        "tumors sensitive again.\n"
    )
    assert not {pair for pair in of(found, "combined_with") if "cisplatin" in pair or "platinol" in pair}


def test_a_cancer_a_drug_causes_or_raises_the_risk_of_is_its_side_effect() -> None:
    effects = of(triples(
        "Tamoxifen can cause uterine cancer. Cyclophosphamide may also raise the risk of bladder cancer. Women who "
        "took raloxifene had a lower risk of breast cancer.\n"
    ), "has_adverse_effect")
    assert ("tamoxifen", "uterine cancer") in effects
    assert ("cyclophosphamide", "bladder cancer") in effects
    assert not {pair for pair in effects if pair[0] == "raloxifene"}


def test_a_cancer_the_patients_who_took_a_drug_had_more_of_is_its_side_effect() -> None:
    effects = of(triples("Women who took tamoxifen had an increased risk of uterine cancer.\n"), "has_adverse_effect")
    assert ("tamoxifen", "uterine cancer") in effects


def test_an_event_a_relative_clause_gives_another_causer_is_not_the_drugs() -> None:
    effects = of(triples(
        "Olanzapine blocks several receptors in the brain that can cause nausea. Cisplatin, a drug that can "
        "cause hearing loss, is given with it.\n"
    ), "has_adverse_effect")
    assert ("olanzapine", "nausea") not in effects
    assert ("cisplatin", "hearing loss") in effects
