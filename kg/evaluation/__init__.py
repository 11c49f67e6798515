"""Evaluate the linker and extractor against the hand-made gold annotations (``shared/gold``).

Entities: the predicted mentions of a document are grouped by entity id; a gold entity is matched by a
predicted entity of the same type that shares a surface form (whitespace collapsed, case folded) or an id
(``nct``, ``ncit``, ``nci_dictionary``; ``hgnc_symbol`` against a target's label), one-to-one, greedily.
Mentions inside navigation sections (which the gold ignores) are still counted: simple, and slightly
pessimistic for precision.

Relations: gold subjects and objects become the ids of the predicted entities they were matched to
(``brand_name_of`` subjects stay brand strings, compared with a statement's ``subject_text``); statements
are deduplicated by (subject, predicate, object, negated), ``combined_with`` is unordered, and negated
statements only match gold relations marked ``negated``.

>>> Counts(tp=1, fp=1).precision
0.5
"""

from __future__ import annotations

from kg.evaluation.gold import (
    GoldDocument,
    GoldEntity,
    GoldFormatError,
    GoldRelation,
    load_gold,
    load_gold_file,
)
from kg.evaluation.report import (
    Counts,
    DocumentScore,
    EvaluationReport,
    FalseHit,
    Miss,
    format_report,
    report_to_json,
)
from kg.evaluation.scoring import (
    SCORED_PREDICATES,
    Analyse,
    PredictedEntity,
    evaluate,
    match_entities,
    normalise,
    predicted_entities,
)
from kg.evaluation.split import evaluate_split, format_split, split_names, split_to_json

__all__ = [
    "SCORED_PREDICATES",
    "Analyse",
    "Counts",
    "DocumentScore",
    "EvaluationReport",
    "FalseHit",
    "GoldDocument",
    "GoldEntity",
    "GoldFormatError",
    "GoldRelation",
    "Miss",
    "PredictedEntity",
    "evaluate",
    "evaluate_split",
    "format_report",
    "format_split",
    "load_gold",
    "load_gold_file",
    "match_entities",
    "normalise",
    "predicted_entities",
    "report_to_json",
    "split_names",
    "split_to_json",
]
