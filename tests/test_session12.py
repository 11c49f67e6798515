"""Session twelve's reading rules, on sentences written here: a pair of symptoms the vocabulary keeps as one term
is two side effects; a cause named after coordinated events is each event's; a link whose anchor is only a bracket
names nothing."""

from __future__ import annotations

from kg.documents import parse_document
from kg.pipeline import analyse_document, default_linker
from tests.conftest import of, triples


def effects(text: str) -> set[tuple[str, str]]:
    return of(triples(text), "has_adverse_effect")


def test_nausea_and_vomiting_are_two_side_effects() -> None:
    mentions = default_linker().link(parse_document("Patients had nausea and vomiting after treatment.", "x.md"))
    assert [(m.text, m.label) for m in mentions if m.type == "adverse_event"] == [
        ("nausea", "nausea"), ("vomiting", "vomiting")]


def test_a_longer_pair_sharing_its_words_stays_whole() -> None:
    mentions = default_linker().link(parse_document("Some had paralysis or weakness of one side of body.", "x.md"))
    assert "paralysis" not in {m.label for m in mentions}


def test_a_cause_named_after_coordinated_events_caused_each() -> None:
    found = effects("Fosaprepitant helps prevent nausea, vomiting, and diarrhea caused by cisplatin.")
    assert {("cisplatin", "nausea"), ("cisplatin", "vomiting"), ("cisplatin", "diarrhea")} <= found
    assert not {pair for pair in found if pair[0] == "fosaprepitant"}  # the remedy causes none of them
    assert {("chemotherapy", "nausea"), ("chemotherapy", "vomiting")} <= effects(
        "Aprepitant is used to prevent nausea and vomiting caused by chemotherapy.")


def test_only_the_run_before_the_cause_is_caused_by_it() -> None:
    found = effects("Patients given sorafenib had fatigue, and some had nausea and rash caused by the infusion of "
                    "cetuximab.")
    assert ("cetuximab", "fatigue") not in found


def test_a_link_on_a_bracket_alone_is_no_mention() -> None:
    text = "Drugs:\n\n- [selpercatinib (Retevmo](/about-cancer/treatment/drugs/selpercatinib)" \
           "[)](/about-cancer/treatment/drugs/sotorasib)\n"
    analysis = analyse_document(parse_document(text, "x.md"))
    assert [m.text for m in analysis.mentions if m.type == "drug"] == ["selpercatinib", "Retevmo"]


def test_a_protein_named_after_a_hormone_is_not_the_cause() -> None:
    found = effects("Some present with digital clubbing or hypercalcemia from parathyroid hormone-related protein.")
    assert not {pair for pair in found if pair[0] == "parathyroid hormone"}


def test_a_class_named_in_brackets_is_no_verb_for_a_later_target() -> None:
    found = triples("The FDA approved trametinib (MEK inhibitor) plus dabrafenib (BRAF inhibitor) for children with "
                    "low-grade gliomas and a BRAF V600E variant.")
    assert of(found, "inhibits") <= {("braf inhibitor", "braf")}
    assert ("dabrafenib", "braf inhibitor") in of(found, "member_of_class")
    assert ("lapatinib", "her2") in of(triples("Lapatinib is a kinase inhibitor of HER2."), "inhibits")
    assert ("lapatinib", "her2") in of(triples("Lapatinib, a kinase inhibitor, blocks HER2."), "inhibits")


def test_a_cancer_that_treated_patients_developed_is_a_side_effect() -> None:
    found = effects("Five patients who received dabrafenib plus trametinib developed cutaneous squamous-cell "
                    "carcinoma.")
    assert {("dabrafenib", "cutaneous squamous-cell carcinoma"), ("trametinib", "cutaneous squamous-cell carcinoma")} \
        <= found
    assert ("braf inhibitors", "keratoacanthoma") in effects(
        "Keratoacanthoma, a common side effect of BRAF inhibitors, was seen in some patients.")


def test_the_pages_own_disease_that_treated_patients_developed_is_no_side_effect() -> None:
    sentence = "Eight patients who received chemotherapy developed a Wilms tumor.\n"
    assert ("chemotherapy", "wilms tumor") in effects(sentence)  # on another page, a second cancer
    assert not effects("---\ntitle: Wilms Tumor Treatment\n---\n\n" + sentence)


def test_patients_referred_back_treated_with_a_class_and_its_examples() -> None:
    found = triples("About half of patients with metastatic melanoma have BRAF mutations. These patients are often "
                    "treated with one of several targeted therapies approved by the FDA, including vemurafenib "
                    "(Zelboraf) and dabrafenib (Tafinlar).")
    assert {("vemurafenib", "metastatic melanoma"), ("dabrafenib", "metastatic melanoma")} <= of(found, "treats")
    assert ("dabrafenib", "metastatic melanoma") in of(found, "approved_for")
    spelled = triples("Melanoma is often treated with targeted therapies approved by the Food and Drug Administration "
                      "(FDA), including vemurafenib.")
    assert ("vemurafenib", "melanoma") in of(spelled, "approved_for")  # an abbreviation in the class's aside
    plain = triples("About half of patients with metastatic melanoma have BRAF mutations. These patients are treated "
                    "with targeted therapy, such as vemurafenib.")
    assert ("vemurafenib", "metastatic melanoma") in of(plain, "treats")
    assert not of(plain, "approved_for")
