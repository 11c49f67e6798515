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
