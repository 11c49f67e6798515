"""Entities on cancer.gov drug information pages (drugs9's silver pages showed them missing or wrong).

Short sentences written here; nothing is copied from the corpus.
"""

from __future__ import annotations

import pytest

from kg.documents import parse_document
from kg.model import Mention
from kg.pipeline import default_linker


def _link(text: str) -> list[Mention]:
    return default_linker().link(parse_document(text, "x.md"))


@pytest.mark.parametrize("text", [
    "Drug X is approved under FDA's Accelerated Approval Program.",
    "Patients got drug Y through the company's Expanded Access Program.",
    "It was given under Canada's Emergency Drug Release Program.",
])
def test_a_regulators_pathway_named_a_program_is_no_organization(text: str) -> None:
    assert not [m for m in _link(text) if m.type == "organization" and "Program" in m.text]


def test_an_institution_named_a_program_is_still_an_organization() -> None:
    mentions = _link("The trial was run by NCI's Cancer Therapy Evaluation Program and the National Marrow Donor "
                     "Program.")
    assert {m.text for m in mentions if m.type == "organization"} >= {"National Marrow Donor Program"}
