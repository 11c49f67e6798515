"""Relations read from markdown tables by their header (session fifteen, tables16), on tables written here."""

from __future__ import annotations

import re

from kg.documents import parse_document, read_document
from kg.model import Mention
from kg.pipeline import analyse_document
from kg.relations.table_layout import cell_spans, column_role, document_tables
from kg.relations.tables import table_statements
from tests.conftest import shared_dir

Triple = tuple[str, str, str]


def table_triples(text: str) -> set[Triple]:
    """(subject, predicate, object), lower-cased, of the statements the table reader makes on a page."""
    statements = analyse_document(parse_document(text, "example.md")).statements
    return {(s.subject_text.lower(), s.predicate, s.object_text.lower()) for s in statements
            if s.evidence.method == "table"}


INDICATIONS = """Cetuximab and Its Approved Uses

| Indication | Treatment | Results that led to FDA approval |
| --- | --- | --- |
| Metastatic colorectal cancer | In combination with FOLFIRI (leucovorin, fluorouracil, irinotecan) | Longer life |
| Head and neck cancer | In combination with cisplatin and carboplatin | Longer survival |
| Head and neck cancer, recurrent | Single agent | Responses |
"""


def test_the_captions_drug_is_approved_for_each_rows_indication() -> None:
    found = table_triples(INDICATIONS)
    assert {("cetuximab", "approved_for", "colorectal cancer"),
            ("cetuximab", "approved_for", "head and neck cancer")} <= found


def test_in_combination_with_partners_are_combined_and_treat_the_indication() -> None:
    found = table_triples(INDICATIONS)
    assert {("cetuximab", "combined_with", "leucovorin"), ("cetuximab", "combined_with", "irinotecan"),
            ("leucovorin", "combined_with", "irinotecan"), ("cisplatin", "combined_with", "carboplatin"),
            ("irinotecan", "treats", "colorectal cancer"), ("cisplatin", "treats", "head and neck cancer")} <= found


def test_a_regimen_is_not_combined_with_the_components_its_brackets_list() -> None:
    found = table_triples(INDICATIONS)
    assert not {(s, o) for s, p, o in found if p == "combined_with"} & {
        ("folfiri", "leucovorin"), ("folfiri", "irinotecan"), ("leucovorin", "folfiri"), ("irinotecan", "folfiri")}


def test_without_approval_words_an_indication_is_use() -> None:
    found = table_triples("| Drug | Indication |\n| --- | --- |\n| Imatinib | Chronic myeloid leukemia |\n")
    assert ("imatinib", "treats", "chronic myeloid leukemia") in found
    assert not {t for t in found if t[1] == "approved_for"}


def hand_linked(table: str, names: dict[str, str]) -> set[Triple]:
    """The table reader's statements on a table whose mentions are given by hand (name -> type)."""
    doc = parse_document(table, "x.md")
    mentions = []
    for name, kind in names.items():
        found = re.search(rf"\b{re.escape(name)}\b", doc.text)
        assert found is not None
        mentions.append(Mention(doc.id, found.start(), found.end(), name, "ID:" + name, name, kind, "dictionary",
                                0.9))
    return {(s.subject_text, s.predicate, s.object_text) for s in table_statements(doc, mentions)}


def test_a_rows_drug_targets_its_target_and_is_approved_for_its_indication() -> None:
    found = hand_linked("FDA-Approved Therapies\n\n| Therapy | Molecular Target | Indication |\n| --- | --- | --- |\n"
                        "| Gefitinib | EGFR | Lung cancer |\n",
                        {"Gefitinib": "drug", "EGFR": "target", "Lung cancer": "disease"})
    assert found == {("Gefitinib", "targets", "EGFR"), ("Gefitinib", "approved_for", "Lung cancer")}


def test_respectively_pairs_drugs_and_targets_in_order() -> None:
    found = hand_linked("| Therapy | Target |\n| --- | --- |\n| A plus B | X and Y, respectively |\n",
                        {"A": "drug", "B": "drug", "X": "target", "Y": "target"})
    assert found == {("A", "combined_with", "B"), ("A", "targets", "X"), ("B", "targets", "Y")}


CLASSES = """| Drugs | Drug Class | Major Toxicities | Comments |
| --- | --- | --- | --- |
| Etoposide | Topoisomerase II inhibitor | Myelosuppression; alopecia | Oral |
| Gemcitabine and capecitabine | Antimetabolites | Diarrhea | May be useful |
| Hexamethylmelamine | Unknown but probably alkylating agents | Emesis | Oral |
"""


def test_class_and_toxicity_columns_give_membership_and_side_effects() -> None:
    found = table_triples(CLASSES)
    assert {("etoposide", "member_of_class", "topoisomerase ii inhibitor"),
            ("etoposide", "has_adverse_effect", "myelosuppression"), ("etoposide", "has_adverse_effect", "alopecia"),
            ("gemcitabine", "has_adverse_effect", "diarrhea"), ("capecitabine", "has_adverse_effect", "diarrhea")
            } <= found


def test_two_drugs_listed_in_one_drug_cell_are_not_given_together() -> None:
    assert not {t for t in table_triples(CLASSES) if t[1] == "combined_with"}


def test_a_hedged_cell_states_nothing() -> None:
    assert not {t for t in table_triples(CLASSES) if t[0] == "hexamethylmelamine" and t[1] == "member_of_class"}


REGIMENS = """Table 4. Regimens Used in Colon Cancer

| Regimen Name | Drug Combination | Dose |
| --- | --- | --- |
| CAPOX | Capecitabine and oxaliplatin | Capecitabine (1,000 mg/m2) bid plus oxaliplatin (130 mg/m2) on d 1. |
| FOLFIRI | Leucovorin, fluorouracil, and irinotecan | Irinotecan (180 mg/m2) on d 1. |
| Doublet | Cisplatin or carboplatin + paclitaxel | Every 3 wk. |
"""


def test_a_regimens_drugs_are_each_combined_with_the_others() -> None:
    found = table_triples(REGIMENS)
    assert {("capecitabine", "combined_with", "oxaliplatin"), ("leucovorin", "combined_with", "fluorouracil"),
            ("leucovorin", "combined_with", "irinotecan"), ("fluorouracil", "combined_with", "irinotecan")} <= found


def test_alternatives_in_a_combination_cell_are_not_combined() -> None:
    found = table_triples(REGIMENS)
    assert not {t for t in found if t[1] == "combined_with" and "cisplatin" in (t[0], t[2])}


SPANNED = """Table 2. Systemic Therapy for Lung Cancer

| Type of Therapy | Agents Used |
| --- | --- |
|  |  |
| --- | --- |
| EGFR = epidermal growth factor receptor. | |
| Chemotherapy | Cisplatin plus pemetrexed |
| Carboplatin with or without paclitaxel |
| Targeted therapy | Osimertinib |
| Erlotinib |
"""


def test_rows_under_a_spanning_cell_take_its_class() -> None:
    found = table_triples(SPANNED)
    assert {("cisplatin", "member_of_class", "chemotherapy"), ("carboplatin", "member_of_class", "chemotherapy"),
            ("paclitaxel", "member_of_class", "chemotherapy"), ("osimertinib", "member_of_class", "targeted therapy"),
            ("erlotinib", "member_of_class", "targeted therapy"), ("cisplatin", "combined_with", "pemetrexed"),
            ("carboplatin", "combined_with", "paclitaxel")} <= found
    assert ("erlotinib", "member_of_class", "chemotherapy") not in found


def test_a_staging_table_states_nothing() -> None:
    found = table_triples("| Stage | TNM | Description |\n| --- | --- | --- |\n"
                          "| I | T1, N0, M0 | Cancer treated with cisplatin has not spread. |\n")
    assert not found


def test_two_tables_a_blank_line_apart_are_two_tables() -> None:
    doc = parse_document("| Drug | Class |\n| --- | --- |\n| A | B |\n\n| Stage | Description |\n| --- | --- |\n"
                         "| I | C |\n", "x.md")
    tables = document_tables(doc)
    assert [t.roles for t in tables] == [("drug", "class"), (None, None)]
    assert [len(t.rows) for t in tables] == [1, 1]


def test_header_words_and_cells() -> None:
    assert [column_role(h) for h in ("Approved Use(s)", "Drugs Included", "Side Effects", "Treatmentb",
                                     "Concurrent Therapy Used", "Indication for Testing")] == [
        "indication", "combination", "toxicity", "partner", None, None]
    row = "| A |"
    assert [row[s:e] for s, e in cell_spans(row, 0, len(row))] == ["", "A", ""]


def test_the_bevacizumab_indications_table_of_a_real_page() -> None:
    corpus = shared_dir("corpus", "nci", "02_nci_core", "cancer-types")
    page = corpus / "types-colorectal-research-bevacizumab-severe-side-effects.md"
    statements = analyse_document(read_document(page)).statements
    found = {(s.subject_text.lower(), s.predicate, s.object_text.lower()) for s in statements
             if s.evidence.method == "table"}
    assert ("bevacizumab", "approved_for", "glioblastoma") in found
    assert all(" [...] " in s.evidence.sentence for s in statements if s.evidence.method == "table")


OPTIONS = """Table 3. Treatment Options for Gastric Cancer

| Stage | Treatment Options |
| --- | --- |
| Stage I Gastric Cancer | Surgery |
| Stage III Gastric Cancer | Surgery with chemotherapy |
| Targeted therapy (under clinical evaluation) |
| Stage IV Gastric Cancer | Trastuzumab with chemotherapy |
| Immunotherapy |
| Clinical trials of ramucirumab |
| Recurrent disease | Palliative chemotherapy |

| Sarcoma Subtype | Specific Agent |
| --- | --- |
| Angiosarcoma | Paclitaxel |
"""


def test_treatment_options_treat_the_disease_of_their_row() -> None:
    found = table_triples(OPTIONS)
    assert {("chemotherapy", "treats", "gastric cancer"), ("trastuzumab", "treats", "gastric cancer"),
            ("immunotherapy", "treats", "gastric cancer"), ("paclitaxel", "treats", "angiosarcoma")} <= found


def test_options_under_clinical_evaluation_are_not_standard_use() -> None:
    found = table_triples(OPTIONS)
    assert not {t for t in found if t[0] in ("targeted therapy", "ramucirumab")}
