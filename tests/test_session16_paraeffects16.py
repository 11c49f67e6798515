"""Session sixteen's side-effect phrasings, on sentences written here: the event named before its drug, a drug
stopped because of an event, what patients on a drug experience, and what a comparison's "alone" arm did not
get."""

from __future__ import annotations

import pytest

from tests.conftest import of, triples


@pytest.mark.parametrize(("text", "drug", "events"), [
    ("Peripheral neuropathy can be caused by vincristine.\n", "vincristine", ["peripheral neuropathy"]),
    ("Nausea and vomiting can be brought on by cisplatin.\n", "cisplatin", ["nausea", "vomiting"]),
    ("Hepatotoxicity has been reported with lapatinib.\n", "lapatinib", ["hepatotoxicity"]),
    ("Hand-foot syndrome was seen in 30 percent of patients taking capecitabine.\n", "capecitabine",
     ["hand-foot syndrome"]),
    ("Diarrhea may develop during treatment with irinotecan.\n", "irinotecan", ["diarrhea"]),
    ("Many patients experience fatigue while taking everolimus.\n", "everolimus", ["fatigue"]),
])
def test_an_event_named_before_the_drug_that_brought_it_on(text: str, drug: str, events: list[str]) -> None:
    effects = of(triples(text), "has_adverse_effect")
    assert {(drug, event) for event in events} <= effects


@pytest.mark.parametrize(("text", "drug", "event"), [
    ("Ondansetron is used to prevent nausea during treatment with cisplatin.\n", "cisplatin", "nausea"),
    ("Patients who had fatigue when starting sunitinib were excluded.\n", "sunitinib", "fatigue"),
    ("Hepatotoxicity has not been reported with lapatinib.\n", "lapatinib", "hepatotoxicity"),
    ("Nausea is a symptom of stomach cancer, and cisplatin is used to treat it.\n", "cisplatin", "nausea"),
])
def test_an_event_kept_away_or_brought_along_is_no_side_effect(text: str, drug: str, event: str) -> None:
    assert (drug, event) not in of(triples(text), "has_adverse_effect")


@pytest.mark.parametrize(("text", "drug", "events"), [
    ("Some patients stopped taking lapatinib because of diarrhea.\n", "lapatinib", ["diarrhea"]),
    ("Sorafenib was discontinued in 10 patients due to rash or fatigue.\n", "sorafenib", ["rash", "fatigue"]),
    ("Treatment with pembrolizumab was halted because of pneumonitis in 3% of patients.\n", "pembrolizumab",
     ["pneumonitis"]),
    ("The dose of sunitinib was lowered because of fatigue or diarrhea in many patients.\n", "sunitinib",
     ["fatigue", "diarrhea"]),
    ("In the trial, 7 percent of patients receiving obinutuzumab plus chlorambucil discontinued treatment because "
     "of an infusion reaction.\n", "obinutuzumab", ["infusion reaction"]),
])
def test_a_drug_stopped_because_of_an_event_had_it_as_a_side_effect(text: str, drug: str,
                                                                     events: list[str]) -> None:
    effects = of(triples(text), "has_adverse_effect")
    assert {(drug, event) for event in events} <= effects


@pytest.mark.parametrize(("text", "drug", "event"), [
    ("No patients stopped taking olaparib because of anemia.\n", "olaparib", "anemia"),
    ("Fewer patients treated with nivolumab stopped treatment because of pneumonitis than patients treated with "
     "docetaxel.\n", "nivolumab", "pneumonitis"),
    ("Patients who stopped tamoxifen because of hot flashes were given exemestane.\n", "exemestane", "hot flashes"),
])
def test_no_stop_a_fewer_stop_or_another_drug_gives_no_side_effect(text: str, drug: str, event: str) -> None:
    assert (drug, event) not in of(triples(text), "has_adverse_effect")


@pytest.mark.parametrize(("text", "drug", "events"), [
    ("Patients treated with sorafenib can experience fatigue and diarrhea.\n", "sorafenib", ["fatigue", "diarrhea"]),
    ("People taking letrozole often report joint pain.\n", "letrozole", ["joint pain"]),
    ("A patient receiving carboplatin who gets a fever should call the doctor.\n", "carboplatin", ["fever"]),
])
def test_what_patients_on_a_drug_experience_is_its_side_effect(text: str, drug: str, events: list[str]) -> None:
    effects = of(triples(text), "has_adverse_effect")
    assert {(drug, event) for event in events} <= effects


def test_what_patients_on_a_drug_report_less_of_is_no_side_effect() -> None:
    effects = of(triples("People taking sorafenib who exercise often report less fatigue.\n"), "has_adverse_effect")
    assert ("sorafenib", "fatigue") not in effects


@pytest.mark.parametrize(("text", "added", "alone"), [
    ("Patients who received nivolumab plus ipilimumab had more colitis than those who received nivolumab alone.\n",
     "ipilimumab", "nivolumab"),
    ("Anemia has been seen more often in patients given trastuzumab with chemotherapy than in those given "
     "trastuzumab alone.\n", "chemotherapy", "trastuzumab"),
    ("Compared with gemcitabine alone, gemcitabine plus capecitabine caused higher rates of diarrhea.\n",
     "capecitabine", "gemcitabine"),
])
def test_in_a_comparison_the_event_is_the_added_drugs_not_the_one_given_alone(text: str, added: str,
                                                                               alone: str) -> None:
    holders = {drug for drug, _ in of(triples(text), "has_adverse_effect")}
    assert added in holders
    assert alone not in holders


def test_when_the_added_drug_spared_patients_the_event_stays_the_lone_drugs() -> None:
    effects = of(triples(
        "Two patients who received dabrafenib plus trametinib developed fever, compared with 20 patients who "
        "received dabrafenib alone.\n"), "has_adverse_effect")
    assert ("dabrafenib", "fever") in effects


@pytest.mark.parametrize(("text", "added", "base", "events"), [
    ("Neutropenia, fatigue, and hypertension were among the toxicities that were more common with the addition of "
     "ramucirumab to docetaxel.\n", "ramucirumab", "docetaxel", ["neutropenia", "fatigue", "hypertension"]),
    ("Grade 3 neutropenia occurred more often with the addition of docetaxel to hormone therapy.\n", "docetaxel",
     "hormone therapy", ["neutropenia"]),
    ("Adding bevacizumab to paclitaxel caused more hypertension.\n", "bevacizumab", "paclitaxel", ["hypertension"]),
])
def test_what_was_more_common_with_an_added_drug_is_the_added_drugs(text: str, added: str, base: str,
                                                                     events: list[str]) -> None:
    effects = of(triples(text), "has_adverse_effect")
    assert {(added, event) for event in events} <= effects
    assert not {(base, event) for event in events} & effects


@pytest.mark.parametrize("text", [
    "Rates of neutropenia were similar with the addition of rituximab.\n",
    "Neutropenia was less common with the addition of filgrastim.\n",
])
def test_what_was_not_more_common_with_an_added_drug_is_not_its(text: str) -> None:
    assert not of(triples(text), "has_adverse_effect")


@pytest.mark.parametrize(("text", "drugs", "events"), [
    ("Sorafenib and sunitinib are pills. Patients taking these drugs may experience fatigue.\n",
     ["sorafenib", "sunitinib"], ["fatigue"]),
    ("Sorafenib and sunitinib are pills. People who take them may get fatigue and diarrhea.\n",
     ["sorafenib", "sunitinib"], ["fatigue", "diarrhea"]),
    ("BRAF inhibitors are taken by mouth. Patients treated with these agents can experience fever and joint pain.\n",
     ["braf inhibitors"], ["fever", "joint pain"]),
])
def test_what_patients_on_the_drugs_referred_to_experience_is_theirs(text: str, drugs: list[str],
                                                                     events: list[str]) -> None:
    effects = of(triples(text), "has_adverse_effect")
    assert {(drug, event) for drug in drugs for event in events} <= effects


@pytest.mark.parametrize("text", [
    "Sorafenib and sunitinib are pills. Patients taking these drugs had fewer infections.\n",
    "Sorafenib and sunitinib are pills. Patients taking these drugs should drink water to prevent nausea.\n",
])
def test_what_patients_on_the_drugs_referred_to_are_spared_is_not_theirs(text: str) -> None:
    assert not of(triples(text), "has_adverse_effect")
