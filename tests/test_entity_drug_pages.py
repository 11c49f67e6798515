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


def test_small_lymphocytic_lymphoma_is_a_disease_apart_from_cll() -> None:
    mentions = _link("Drug X is approved to treat adults with chronic lymphocytic leukemia or small lymphocytic "
                     "lymphoma.")
    diseases = {m.text: m.id for m in mentions if m.type == "disease"}
    assert diseases["small lymphocytic lymphoma"] != diseases["chronic lymphocytic leukemia"]
    assert diseases["small lymphocytic lymphoma"] == "KG:disease/small-lymphocytic-lymphoma"


@pytest.mark.parametrize(("text", "name", "label"), [
    ("It is used to treat carcinoma of unknown primary.", "carcinoma of unknown primary",
     "cancer of unknown primary site"),
    ("It is approved to treat malignant pleural effusion.", "malignant pleural effusion", "malignant pleural effusion"),
    ("It is approved to treat histiocytic cancers in adults.", "histiocytic cancers", "histiocytic neoplasm"),
])
def test_diseases_named_in_approved_uses_resolve(text: str, name: str, label: str) -> None:
    assert {m.text: m.label for m in _link(text) if m.type == "disease"}.get(name) == label
