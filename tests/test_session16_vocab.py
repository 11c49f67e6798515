"""Session sixteen's vocabulary reach, on names and sentences written here: the wordings of one adverse event
(singular and plural, the phenotype's name and CTCAE's, "bleeding" for "hemorrhage") resolve to one term."""

from __future__ import annotations

from kg.documents import parse_document
from kg.linking.resolve import resolve_name
from kg.pipeline import analyse_document
from kg.vocabulary.event_names import bleeding_names, is_narrower
from kg.vocabulary.store import default_vocabulary


def _event(name: str) -> str | None:
    found = resolve_name(default_vocabulary(), name, only=("adverse_event",))
    return found.id if found else None


def _effects(text: str) -> set[tuple[str, str]]:
    statements = analyse_document(parse_document(text, "example.md")).statements
    return {(s.subject_text.lower(), s.object) for s in statements
            if s.predicate == "has_adverse_effect" and not s.evidence.negated}


def test_bleeding_is_the_hemorrhage_of_its_site() -> None:
    assert bleeding_names("Rectal hemorrhage") == ["rectal bleeding"]
    assert _event("vaginal bleeding") == _event("vaginal hemorrhage") is not None
    assert _event("rectal bleeding") == _event("rectal hemorrhage") is not None


def test_singular_plural_and_phenotype_name_of_an_event_are_one_event() -> None:
    event = _event("thromboembolic event")
    assert event is not None
    assert _event("thromboembolic events") == _event("thromboembolism") == event
    assert _event("xerostomia") == _event("dry mouth")
    assert _event("drowsiness") == _event("somnolence")


def test_a_narrower_phenotype_stays_apart() -> None:
    assert is_narrower("Subglottic laryngitis", "laryngitis")
    assert _event("recurrent urinary tract infections") != _event("urinary tract infection")


def test_a_name_of_another_event_or_a_disease_is_not_moved() -> None:
    assert _event("heartburn") != _event("gastroesophageal reflux disease")
    found = resolve_name(default_vocabulary(), "myelodysplasia")
    assert found is not None and found.type == "disease"


def test_a_side_effect_sentence_names_the_one_event() -> None:
    effects = _effects("Side effects of tamoxifen include vaginal bleeding and thromboembolic events.\n")
    assert ("tamoxifen", _event("vaginal hemorrhage")) in effects
    assert ("tamoxifen", _event("thromboembolic event")) in effects


def test_an_event_said_with_its_site_after_it_is_the_site_event() -> None:
    assert _event("pain in the abdomen") == _event("abdominal pain") is not None
    assert _event("bleeding from the vagina") == _event("vaginal bleeding")
    assert _event("pain in your back") == _event("back pain") is not None
    assert _event("pain in the cancer") is None


def test_a_side_effect_list_names_site_events_in_either_word_order() -> None:
    effects = _effects("Side effects of letrozole may include pain in the bones and pain in the abdomen.\n")
    assert ("letrozole", _event("bone pain")) in effects
    assert ("letrozole", _event("abdominal pain")) in effects
