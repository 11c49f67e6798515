"""Issue 9, third round: entity readings found by reading corpus pages outside the gold, each asserted on short
texts written here.
"""

from __future__ import annotations

from pathlib import Path

from kg.documents import parse_document
from kg.model import Mention
from kg.pipeline import default_linker
from kg.vocabulary.sources.trial_links import read_trials


def _link(text: str) -> list[Mention]:
    return default_linker().link(parse_document(text, "x.md"))


def _of_type(text: str, entity_type: str) -> dict[str, str]:
    """Surface text → label of the mentions of one type."""
    return {m.text: m.label for m in _link(text) if m.type == entity_type}


# -- trial names learned from links ------------------------------------------------------------------------------


def test_a_described_trial_link_is_no_trial_name(tmp_path: Path) -> None:
    table = tmp_path / "nci_trial_links.tsv"
    rows = [
        ("anchor_text", "nct_id", "n_pages", "example_page"),
        ("history of breast cancer", "NCT00000001", "1", "a.md"),
        ("see the protocol summary", "NCT00000001", "1", "a.md"),
        ("One ongoing trial is comparing", "NCT00000002", "1", "b.md"),
        ("second ACRONYM immunotherapy trial", "NCT00000003", "1", "c.md"),
        ("ACRONYM-2", "NCT00000003", "2", "d.md"),
    ]
    table.write_text("".join("\t".join(row) + "\n" for row in rows), encoding="utf-8")
    names = {t.id: (t.label, *t.synonyms) for t in read_trials(table)}
    assert names["clinicaltrials:NCT00000001"] == ("NCT00000001",)
    assert names["clinicaltrials:NCT00000002"] == ("NCT00000002",)
    assert names["clinicaltrials:NCT00000003"] == ("ACRONYM-2", "second ACRONYM immunotherapy trial")


def test_a_phrase_once_linked_to_a_trial_is_read_as_what_it_says() -> None:
    text = "Women with a history of breast cancer and other targeted therapies were described."
    mentions = _link(text)
    assert not [m for m in mentions if m.type == "trial"]
    assert "breast cancer" in {m.text for m in mentions if m.type == "disease"}
