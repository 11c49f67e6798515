"""Session twenty (sidefx20): side effects a drug's list names in plain words (kg/linking/listed_events.py) and
the everyday names added to the vocabulary (kg/vocabulary/sources/patient_terms.py)."""

from __future__ import annotations

from kg.documents import parse_document
from kg.linking.listed_events import item_event
from kg.linking.resolve import resolve_name
from kg.pipeline import default_linker
from kg.vocabulary import default_vocabulary
from tests.conftest import linked_page, of, triples


def _events(text: str) -> set[str]:
    return {m.text for m in default_linker().link(parse_document(text, "example.md")) if m.type == "adverse_event"}


def test_turned_round_wordings_name_the_event() -> None:
    vocabulary = default_vocabulary()
    assert item_event(vocabulary, "low levels of potassium in the blood")[1] == "hypokalemia"
    assert item_event(vocabulary, "pain in your joints")[1] == "arthralgia"
    assert item_event(vocabulary, "problems with sexual function")[1] == "sexual dysfunction"
    assert item_event(vocabulary, "brain tumors") is None
    assert item_event(vocabulary, "your care team") is None


def test_items_of_a_drugs_side_effect_list_are_events_and_its_effects() -> None:
    text = ("Common side effects of enzalutamide include:\n\n"
            "- sexual dysfunction\n- low levels of potassium in the blood\n- changes in mood\n- your doctor\n")
    assert {"sexual dysfunction", "low levels of potassium in the blood", "changes in mood"} <= _events(text)
    effects = {event for _, event in of(triples(text), "has_adverse_effect")}
    assert {"sexual dysfunction", "low levels of potassium in the blood", "changes in mood"} <= effects


def test_inline_side_effects_of_a_class_are_events() -> None:
    text = "Hormone therapy can cause side effects such as visual impairment and sexual dysfunction.\n"
    assert {"visual impairment", "sexual dysfunction"} <= _events(text)


def test_signs_of_a_disease_and_late_effects_name_no_event() -> None:
    assert not _events("Signs of the disease may include:\n\n- sexual dysfunction\n- visual impairment\n")
    assert not _events("Late effects and side effects of chemotherapy may include:\n\n- sexual dysfunction\n")
    assert not _events("Side effects may include:\n\n- sexual dysfunction\n")  # no drug named: whose?


def test_everyday_names_resolve_and_older_names_stay() -> None:
    vocabulary = default_vocabulary()
    for name, label in (("loss of desire for sex", "decreased libido"), ("loss of libido", "decreased libido"),
                        ("loss of bone density", "osteoporosis"), ("increased gas", "flatulence"),
                        ("leaking urine", "urinary incontinence")):
        found = resolve_name(vocabulary, name, only=("adverse_event",))
        assert found is not None and found.label == label, name


def test_a_hormone_therapy_fact_sheet_lists_bone_density_loss() -> None:
    mentions = linked_page("02_nci_core/cancer-types/types-prostate-prostate-hormone-therapy-fact-sheet.md")
    assert any(m.type == "adverse_event" and m.text == "loss of bone density" for m in mentions)
