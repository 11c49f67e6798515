"""Issue 9, entities on unseen pages: readings found by reading corpus pages outside the gold, each asserted
on short texts written here.
"""

from __future__ import annotations

from kg.documents import parse_document
from kg.model import Mention
from kg.pipeline import default_linker


def _link(text: str) -> list[Mention]:
    return default_linker().link(parse_document(text, "x.md"))


def _of_type(text: str, entity_type: str) -> dict[str, str]:
    """Surface text → label of the mentions of one type."""
    return {m.text: m.label for m in _link(text) if m.type == entity_type}


# -- side-effect context needs a treatment for its weak cues -----------------------------------------------------


def test_a_condition_an_infection_causes_is_no_side_effect() -> None:
    text = "Children can get the infection that causes laryngeal papillomatosis from their mother during birth."
    assert "laryngeal papillomatosis" in _of_type(text, "disease")
    assert "laryngeal papillomatosis" not in _of_type(text, "adverse_event")


def test_a_condition_a_drug_causes_is_a_side_effect() -> None:
    text = "In rare cases, everolimus causes pneumonitis."
    assert "pneumonitis" in _of_type(text, "adverse_event")


# -- patient words for side effects and classes ------------------------------------------------------------------


def test_patient_words_for_more_side_effects() -> None:
    text = ("Side effects of the drug include appetite loss, infusion reactions, incontinence, burping, "
            "being unable to sleep, hair changes, feeling full quickly, and blurry vision.")
    found = _of_type(text, "adverse_event")
    assert found["appetite loss"] == "anorexia"
    assert found["infusion reactions"] == "infusion related reaction"
    assert found["incontinence"] == "urinary incontinence"
    assert found["burping"] == "belching"
    assert found["being unable to sleep"] == "insomnia"
    assert {"hair changes", "feeling full quickly", "blurry vision"} <= set(found)


def test_steroids_and_growth_factors_are_drug_classes() -> None:
    text = ("The steroid hormone prednisone was added. Steroids can raise blood sugar. "
            "Colony-stimulating factors help the bone marrow make white blood cells.")
    found = _of_type(text, "drug_class")
    assert found["steroid hormone"] == found["Steroids"] == "corticosteroid"
    assert "Colony-stimulating factors" in found


# -- organizations -----------------------------------------------------------------------------------------------


def test_a_registered_mark_does_not_split_an_organization_name() -> None:
    text = ("This summary is reviewed by the PDQ Adult Treatment Editorial Board.\n\n"
            "PDQ® Adult Treatment Editorial Board. PDQ Summary. Bethesda, MD.")
    boards = {m.id for m in _link(text) if m.type == "organization" and "Board" in m.text}
    assert len(boards) == 1


def test_an_institute_on_a_subject_is_named_whole() -> None:
    text = "The study was launched with the National Institute on Minority Health and Health Disparities."
    assert "National Institute on Minority Health and Health Disparities" in _of_type(text, "organization")


# -- tracers of a scan -------------------------------------------------------------------------------------------


def test_a_scan_tracer_is_no_drug_even_where_the_text_goes_on_about_it() -> None:
    text = ("A PET scan uses a small amount of radioactive glucose that is injected into a vein. The scanner "
            "rotates around the body and makes a picture. Cancer cells take up more glucose than normal cells do.")
    assert "glucose" not in {m.text for m in _link(text) if m.type == "drug"}


def test_a_drug_also_given_as_treatment_is_kept_beside_its_scan() -> None:
    text = ("An octreotide scan uses a radioactive form of the drug to make a picture. "
            "Octreotide may be used to treat thymoma that did not respond to other treatments.")
    assert "octreotide" in {m.label for m in _link(text) if m.type == "drug"}


def test_everyday_names_of_listed_side_effects() -> None:
    text = ("Side effects of the drug may include blood in the urine, dry eyes, high cholesterol, heartburn, "
            "thinning hair, low platelet counts, and feeling short of breath.")
    found = _of_type(text, "adverse_event")
    assert found["blood in the urine"] == "hematuria"
    assert found["heartburn"] == "dyspepsia"
    assert found["thinning hair"] == "alopecia"
    assert found["short of breath"] == "dyspnea"
    assert {"dry eyes", "high cholesterol", "low platelet counts"} <= set(found)


# -- diseases ----------------------------------------------------------------------------------------------------


def test_an_organ_cancer_is_named_with_the_organ_adjective() -> None:
    text = "Laryngeal cancer in children is rare. Thymic cancer and ureteral cancer are rarer still."
    found = _of_type(text, "disease")
    assert found["Laryngeal cancer"] == "larynx cancer"
    assert found["Thymic cancer"] == "thymus cancer"
    assert "ureteral cancer" in found


def test_ordinary_words_are_no_side_effects() -> None:
    text = ("Both involve collecting your own immune cells. The study looks at the aggressiveness of the cancer, "
            "which can cause severe metabolic imbalance.")
    assert not _of_type(text, "adverse_event")


def test_what_follows_non_is_not_the_disease() -> None:
    text = "Of patients treated with the drug, 18 percent developed non-melanoma forms of skin cancer."
    assert "melanoma" not in _of_type(text, "disease")


def test_an_infection_named_by_its_agent_is_no_side_effect() -> None:
    text = "Getting the HPV vaccine can help protect against HPV infection."
    assert not _of_type(text, "adverse_event")
    text = "Side effects of the drug include serious infections."
    assert "infections" in _of_type(text, "adverse_event")


def test_a_drug_synonym_used_as_a_verb_is_no_drug() -> None:
    text = "Radiation or surgery may be used to alleviate bone pain. Women then switched to exemestane daily."
    assert set(_of_type(text, "drug")) == {"exemestane"}


def test_what_a_drug_is_approved_to_treat_is_no_side_effect() -> None:
    text = "The drug is also approved to treat osteoporosis in women at increased risk of bone fractures."
    assert "osteoporosis" in _of_type(text, "disease")
    assert "osteoporosis" not in _of_type(text, "adverse_event")


def test_a_risk_a_drug_raises_is_a_side_effect() -> None:
    text = "In addition, tamoxifen increases a woman's risk for endometrial cancer, blood clots, and stroke."
    found = _of_type(text, "adverse_event")
    assert {"blood clots", "stroke"} <= set(found)
    # a cancer listed among the risks the drug raises is one of its side effects too (kg.linking.neoplasm_events)
    assert "endometrial cancer" in found


def test_schools_trusts_and_academies_are_organizations() -> None:
    text = ("said the editorialist, of Massachusetts General Hospital and Harvard Medical School, and a "
            "co-leader from the Royal Marsden NHS Foundation Trust and the Chinese Academy of Medical Sciences.")
    found = _of_type(text, "organization")
    assert {"Harvard Medical School", "Royal Marsden NHS Foundation Trust",
            "Chinese Academy of Medical Sciences"} <= set(found)
