"""Side effects of patients whose sentence names a radiation or an operation they had (session fourteen,
effects16): the events are that treatment's, not a drug's named before, on texts written here."""

from __future__ import annotations

from kg.relations.effect_causes import names_causes
from kg.relations.effect_exposures import named_exposure
from tests.conftest import of, triples


def effects(text: str) -> set[tuple[str, str]]:
    """(drug, event) of each ``has_adverse_effect`` statement of a text."""
    return of(triples(text), "has_adverse_effect")


def test_risks_among_survivors_treated_with_radiation_are_not_the_drug_named_before() -> None:
    found = effects("Survivors had been given cyclophosphamide. Cyclophosphamide can cause side effects.\n\n"
                    "Evidence (risk of pregnancy complications):\n\n- Risks were higher for hypertension and anemia "
                    "among survivors treated with abdominal radiation.\n")
    assert not {e for d, e in found if d == "cyclophosphamide"} & {"hypertension", "anemia"}


def test_incidence_after_irradiation_is_not_the_drug_named_before() -> None:
    found = effects("Children had been given vinblastine. Vinblastine can cause side effects.\n\n"
                    "Evidence (studies of lung complications):\n\n- The 5-year incidence after irradiation was: "
                    "pneumonitis, 6%; cough, 10%.\n")
    assert not {e for d, e in found if d == "vinblastine"} & {"pneumonitis", "cough"}


def test_events_of_men_who_underwent_an_operation_are_not_the_drug_named_before() -> None:
    found = effects("Imiquimod was compared with fluorouracil. Side effects of imiquimod were common. The most "
                    "frequent side effects were pain and bleeding in men who underwent electrocautery.\n")
    assert not {e for d, e in found if d == "imiquimod"} & {"pain", "bleeding"}


def test_a_drug_the_sentence_names_itself_keeps_its_events() -> None:
    found = effects("Survivors had been given cyclophosphamide. Cyclophosphamide can cause side effects.\n\n"
                    "Evidence (risk of pregnancy complications):\n\n- Risks were higher for hypertension and anemia "
                    "among survivors treated with cyclophosphamide.\n")
    assert {("cyclophosphamide", "hypertension"), ("cyclophosphamide", "anemia")} <= found


def test_events_without_a_named_exposure_stay_the_drugs() -> None:
    found = effects("Imatinib is a drug used to treat leukemia. Imatinib can cause side effects. The most common "
                    "side effects were nausea and fatigue.\n")
    assert {("imatinib", "nausea"), ("imatinib", "fatigue")} <= found


def test_exposures_named_with_their_modifiers() -> None:
    assert named_exposure("a rare complication in survivors treated with high-dose craniofacial radiation") == (
        "high-dose craniofacial radiation")
    assert named_exposure("an increased risk in survivors who were exposed to TBI") == "TBI"
    assert named_exposure("Ototoxicity was seen in patients who underwent a thoracotomy.") == "thoracotomy"


def test_a_sentence_that_speaks_of_the_drug_too_names_no_exposure() -> None:
    assert named_exposure("Fatigue was common in patients given the drug after surgery.") is None
    assert named_exposure("Patients treated with these agents after radiation had fevers.") is None
    assert named_exposure("Nausea was common in the months after diagnosis.") is None


def test_events_listed_as_underlying_causes_are_not_the_drug_named_before() -> None:
    found = effects("Nivolumab is a checkpoint inhibitor. Nivolumab can cause side effects.\n\n"
                    "Underlying causes (some of them reversible) and their treatments include the following:\n\n"
                    "- Anemia: blood transfusions.\n- Pleural effusions: drainage.\n")
    assert not {e for d, e in found if d == "nivolumab"} & {"anemia", "pleural effusions"}


def test_events_that_develop_from_another_origin_are_not_the_drug_named_before() -> None:
    found = effects("Cisplatin is used to treat head and neck cancer. Cisplatin can cause side effects.\n\n"
                    "Other complications can develop from being unable to swallow:\n\n- Pneumonia.\n- Dehydration.\n")
    assert not {e for d, e in found if d == "cisplatin"} & {"pneumonia", "dehydration"}


def test_the_verb_causes_still_gives_the_drug_its_events() -> None:
    found = effects("Cisplatin is used to treat head and neck cancer.\n\nCisplatin causes the following side "
                    "effects:\n\n- Nausea.\n- Fatigue.\n")
    assert {("cisplatin", "nausea"), ("cisplatin", "fatigue")} <= found


def test_lead_ins_that_list_causes_or_another_origin() -> None:
    assert names_causes("The most common causes of fatigue include:")
    assert names_causes("Causes of dyspnea in people with cancer include the following:")
    assert not names_causes("Chemotherapy causes the following problems:")
    assert not names_causes("These problems may result from the drugs used to treat cancer:")
