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


def test_a_bispecific_t_cell_engager_is_a_class_and_cd3_its_target() -> None:
    mentions = _link("Drug X works by binding to a protein called CD3 on T cells. Drug X is a type of immunotherapy "
                     "drug called a bispecific T-cell engager (BiTE).")
    assert {(m.text, m.type) for m in mentions} >= {("CD3", "target"), ("bispecific T-cell engager", "drug_class"),
                                                    ("BiTE", "drug_class")}
    assert {m.label for m in mentions if m.text == "CD3"} == {"CD3"}


@pytest.mark.parametrize(("text", "symbol"), [
    ("The drug blocks an enzyme called MEK.", "MEK"),
    ("The drug blocks a protein called BTK, which helps B cells grow.", "BTK"),
])
def test_a_short_symbol_after_a_protein_called_is_a_target(text: str, symbol: str) -> None:
    assert {m.label for m in _link(text) if m.type == "target"} == {symbol}


def test_a_short_symbol_without_protein_words_is_not_read_as_a_gene() -> None:
    assert not [m for m in _link("The drug was given with CD3 cells counted weekly.") if m.type == "target"]


def test_a_brand_of_the_molecule_is_the_plain_generic_not_its_nanoparticle_form() -> None:
    mentions = _link("This combination contains the drugs carboplatin and paclitaxel (Taxol).")
    drugs = {m.text: m.id for m in mentions if m.type == "drug"}
    assert drugs["Taxol"] == drugs["paclitaxel"]


@pytest.mark.parametrize(("text", "name", "label"), [
    ("It is approved to treat AIDS-related Kaposi sarcoma.", "AIDS-related Kaposi sarcoma",
     "AIDS-related Kaposi sarcoma"),
    ("It is used with chemotherapy for nonsquamous non-small cell lung cancer.",
     "nonsquamous non-small cell lung cancer", "non-squamous non-small cell lung cancer"),
])
def test_a_named_sub_type_of_an_approved_use_is_that_sub_type(text: str, name: str, label: str) -> None:
    assert {m.text: m.label for m in _link(text) if m.type == "disease"}.get(name) == label
