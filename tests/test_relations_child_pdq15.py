"""Childhood-cancer PDQ patient summaries, session fourteen: what a silver set of such pages showed the builder
missing. Every text here is written for the test."""

from __future__ import annotations

from kg.documents import parse_document
from kg.linking.resolve import resolve_name
from kg.pipeline import analyse_document
from kg.vocabulary import default_vocabulary


def _uses(text: str) -> set[tuple[str, str]]:
    """(subject text, object id) of the treats statements of a text."""
    statements = analyse_document(parse_document(text, "example.md")).statements
    return {(s.subject_text.lower(), s.object) for s in statements
            if s.predicate == "treats" and not s.evidence.negated}


def _disease(name: str) -> str:
    found = resolve_name(default_vocabulary(), name, only=("disease",))
    assert found is not None
    return found.id


def test_conjuncts_share_a_head_of_several_words() -> None:
    uses = _uses("Treatment of recurrent papillary and follicular thyroid carcinoma in children may include:\n\n"
                 "- targeted therapy (larotrectinib or selpercatinib)\n")
    assert ("larotrectinib", _disease("thyroid gland papillary carcinoma")) in uses
    assert ("larotrectinib", _disease("papillary carcinoma")) not in uses
    uses = _uses("Patients with acute and chronic myeloid leukemia were treated with imatinib.")
    assert ("imatinib", _disease("acute myeloid leukemia")) in uses


def test_a_one_word_head_still_reads_each_conjunct() -> None:
    uses = _uses("Olaparib is used to treat breast and ovarian cancers.")
    assert {("olaparib", _disease("breast cancer")), ("olaparib", _disease("ovarian cancer"))} <= uses


def test_qualifier_conjuncts_name_no_sub_type() -> None:
    uses = _uses("Cetuximab is used to treat metastatic or recurrent head and neck squamous cell carcinoma.")
    assert {disease for _, disease in uses} == {_disease("head and neck squamous cell carcinoma")}


def test_a_malignant_name_is_not_folded_into_its_benign_namesake() -> None:
    uses = _uses("Pembrolizumab may be used to treat malignant fibrous histiocytoma in children.")
    assert uses == {("pembrolizumab", _disease("undifferentiated pleomorphic sarcoma"))}


def test_an_item_with_its_own_use_treats_the_lead_disease_too() -> None:
    text = ("Treatment of salivary gland tumors in children may include:\n\n"
            "- Surgery to remove the tumor.\n"
            "- Targeted therapy (entrectinib or larotrectinib) may be used to treat recurrent salivary gland cancer.\n")
    uses = _uses(text)
    assert {("larotrectinib", _disease("salivary gland cancer")),
            ("larotrectinib", _disease("salivary gland tumor")),
            ("entrectinib", _disease("salivary gland tumor"))} <= uses


def test_an_item_studied_for_its_own_disease_is_no_use_of_the_lead_disease() -> None:
    text = ("Treatment of salivary gland tumors in children may include:\n\n"
            "- A clinical trial of larotrectinib, which may be used to treat salivary gland cancer.\n")
    assert ("larotrectinib", _disease("salivary gland tumor")) not in _uses(text)


def test_a_long_types_of_lead_in_still_lists_kinds_of_the_class() -> None:
    text = ("The following type of targeted therapy is being used or studied in the treatment of melanoma:\n\n"
            "- Signal transduction inhibitor therapy: these drugs block signals passed inside a cell.\n")
    statements = analyse_document(parse_document(text, "example.md")).statements
    members = {(s.subject_text.lower(), s.object_text.lower()) for s in statements if s.predicate == "member_of_class"}
    assert ("signal transduction inhibitor", "targeted therapy") in members


def test_a_spelled_out_prefix_before_its_abbreviation_names_the_sub_type() -> None:
    text = ("Treatment of recurrent childhood central nervous system (CNS) germ cell tumors may include:\n\n"
            "- High-dose chemotherapy with stem cell rescue.\n")
    uses = _uses(text)
    assert ("high-dose chemotherapy", _disease("CNS germ cell tumor")) in uses
    assert ("high-dose chemotherapy", _disease("germ cell tumor")) not in uses


def test_a_replacement_given_after_surgery_treats_no_cancer_of_the_lead_in() -> None:
    text = ("Treatment of papillary thyroid carcinoma in children may include:\n\n"
            "- Surgery to remove the thyroid. Hormone replacement therapy is given to make up for the lost thyroid "
            "hormone.\n"
            "- Targeted therapy with larotrectinib.\n")
    subjects = {subject for subject, _ in _uses(text)}
    assert "larotrectinib" in subjects
    assert not subjects & {"hormone replacement therapy", "thyroid hormone"}
