"""One drug class under the names its sources give it, and products that are no class (compiled vocabulary)."""

from __future__ import annotations

from kg.vocabulary import default_vocabulary


def ids(name: str) -> set[str]:
    return {t.id for t in default_vocabulary().lookup(name) if t.type == "drug_class"}


def test_agent_and_drug_name_one_class_across_sources() -> None:
    assert ids("nonsteroidal anti-inflammatory drugs") == ids("NSAIDs") == ids("non-steroidal anti-inflammatory agent")
    assert ids("alkylating drug") == ids("alkylating agent")
    assert ids("anti-coagulant") == ids("anticoagulant")


def test_a_narrower_class_stays_its_own() -> None:
    assert ids("antineoplastic antimetabolite") != ids("antimetabolite")


def test_cosmetics_are_no_drug_class() -> None:
    assert ids("cosmetic") == set()
