"""Tests for kg.evaluation: gold loading, entity and relation scoring, and the report renderings."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest

from kg.evaluation import (
    Counts,
    EvaluationReport,
    GoldFormatError,
    evaluate,
    format_report,
    load_gold,
    report_to_json,
)
from kg.model import Evidence, Mention, Statement

DOC = "02_nci_core/x/everolimus.md"

GOLD = """\
doc: 02_nci_core/x/everolimus.md
entities:
- type: drug
  name: everolimus
  mentions: [Everolimus, everolimus, Afinitor]
  ids: {ncit: C48387}
- type: drug
  name: exemestane
  mentions: [exemestane]
  ids: {nci_dictionary: 45445}
- type: target
  name: MTOR
  mentions: [mTOR]
  ids: {hgnc_symbol: MTOR}
- type: trial
  name: NCT00863655
  mentions: [BOLERO 2]
  ids: {nct: NCT00863655}
- type: disease
  name: breast cancer
  mentions: [breast cancer]
relations:
- {subject: everolimus, predicate: inhibits, object: MTOR, evidence: Everolimus inhibits mTOR.}
- {subject: everolimus, predicate: combined_with, object: exemestane, evidence: with exemestane.}
- {subject: Afinitor, predicate: brand_name_of, object: everolimus, evidence: Afinitor brand.}
- {subject: everolimus, predicate: tested_in_trial, object: NCT00863655, evidence: In BOLERO 2.}
"""

CORPUS = "---\ntitle: x\n---\nEverolimus (Afinitor) inhibits mTOR. In BOLERO 2, with exemestane.\n"

Result = tuple[Sequence[Mention], Sequence[Statement]]


def mention(text: str, entity_id: str, label: str, kind: str, xrefs: tuple[str, ...] = ()) -> Mention:
    return Mention(DOC, 0, len(text), text, entity_id, label, kind, "dictionary", 0.9, xrefs=xrefs)


def statement(
    subject: str, predicate: str, obj: str, *, subject_text: str = "", negated: bool = False
) -> Statement:
    evidence = Evidence(DOC, "s", 0, 1, "verb", negated=negated)
    return Statement(subject, predicate, obj, evidence, subject_text=subject_text)


EVEROLIMUS = "NCIT:C48387"
EXEMESTANE = "NCIT:C1097"
MTOR = "HGNC:3942"
TRIAL = "clinicaltrials:NCT00863655"
BREAST = "NCIT:C4872"

PERFECT_MENTIONS = [
    mention("Everolimus", EVEROLIMUS, "everolimus", "drug"),
    mention("Afinitor", EVEROLIMUS, "everolimus", "drug"),
    mention("exemestane", EXEMESTANE, "exemestane", "drug"),
    mention("mTOR", MTOR, "MTOR", "target"),
    mention("BOLERO 2", TRIAL, "BOLERO-2", "trial"),
    mention("breast cancer", BREAST, "breast cancer", "disease"),
]
PERFECT_STATEMENTS = [
    statement(EVEROLIMUS, "inhibits", MTOR),
    statement(EVEROLIMUS, "inhibits", MTOR),  # duplicate: collapsed
    statement(EVEROLIMUS, "combined_with", EXEMESTANE),
    statement(EVEROLIMUS, "brand_name_of", EVEROLIMUS, subject_text="Afinitor"),
    statement(EVEROLIMUS, "tested_in_trial", TRIAL),
]


@pytest.fixture()
def dirs(tmp_path: Path) -> tuple[Path, Path]:
    gold_dir, corpus_dir = tmp_path / "gold", tmp_path / "corpus"
    gold_dir.mkdir()
    (gold_dir / "everolimus.yaml").write_text(GOLD, encoding="utf-8")
    (corpus_dir / DOC).parent.mkdir(parents=True)
    (corpus_dir / DOC).write_text(CORPUS, encoding="utf-8")
    return gold_dir, corpus_dir


def run(
    dirs: tuple[Path, Path], mentions: Sequence[Mention], statements: Sequence[Statement]
) -> EvaluationReport:
    gold_dir, corpus_dir = dirs
    seen: list[Path] = []

    def analyse(path: Path) -> Result:
        assert path.is_file()
        seen.append(path)
        return mentions, statements

    report = evaluate(gold_dir, corpus_dir, analyse)
    assert seen == [corpus_dir / DOC]
    return report


def test_perfect_prediction_scores_one(dirs: tuple[Path, Path]) -> None:
    report = run(dirs, PERFECT_MENTIONS, PERFECT_STATEMENTS)
    assert report.entities.f1 == 1.0
    assert report.relations.f1 == 1.0
    assert report.relations.tp == 4
    assert report.entity_types["drug"].tp == 2
    assert not report.entity_misses and not report.entity_false_hits
    assert not report.relation_misses and not report.relation_false_hits


def test_missed_entity_lowers_recall_and_is_listed(dirs: tuple[Path, Path]) -> None:
    mentions = [m for m in PERFECT_MENTIONS if m.id != BREAST]
    report = run(dirs, mentions, PERFECT_STATEMENTS)
    assert report.entities.precision == 1.0
    assert report.entities.recall == pytest.approx(4 / 5)
    assert report.entity_types["disease"].fn == 1
    assert [(m.document, m.category, m.name) for m in report.entity_misses] == [
        (DOC, "disease", "breast cancer")
    ]


def test_wrong_entity_lowers_precision_and_is_listed(dirs: tuple[Path, Path]) -> None:
    wrong = mention("cell growth", "NCIT:C0000", "cell growth", "disease")
    ignored = mention("tablet", "KG:form/tablet", "tablet", "dosage_form")  # type the gold does not annotate
    report = run(dirs, [*PERFECT_MENTIONS, wrong, ignored], PERFECT_STATEMENTS)
    assert report.entities.recall == 1.0
    assert report.entities.precision == pytest.approx(5 / 6)
    assert report.entity_types["disease"].fp == 1
    hit = report.entity_false_hits[0]
    assert (hit.document, hit.category, hit.text, hit.id, hit.label) == (
        DOC,
        "disease",
        "cell growth",
        "NCIT:C0000",
        "cell growth",
    )
    assert len(report.entity_false_hits) == 1


def test_case_variant_surface_form_matches(dirs: tuple[Path, Path]) -> None:
    mentions = [mention("EVEROLIMUS", "KG:drug/everolimus", "everolimus", "drug")]
    report = run(dirs, mentions, [])
    assert report.entity_types["drug"].tp == 1
    assert report.entity_types["drug"].fp == 0


def test_ids_match_without_shared_surface_form(dirs: tuple[Path, Path]) -> None:
    mentions = [
        mention("the phase III trial", TRIAL, "BOLERO-2", "trial"),
        mention("Aromasin", "NCIT:C1097", "exemestane", "drug", xrefs=("NCIDICT:CDR0000045445",)),
        mention("FRAP", MTOR, "MTOR", "target"),
        mention("RAD001", EVEROLIMUS, "everolimus", "drug"),
    ]
    report = run(dirs, mentions, [])
    assert report.entity_types["trial"].tp == 1
    assert report.entity_types["drug"].tp == 2
    assert report.entity_types["target"].tp == 1
    assert report.entities.fp == 0


def test_matching_is_one_to_one(dirs: tuple[Path, Path]) -> None:
    # Two predicted ids both say "everolimus": only one can match the gold entity.
    mentions = [
        mention("everolimus", "KG:drug/a", "everolimus", "drug"),
        mention("Everolimus", "KG:drug/b", "everolimus", "drug"),
    ]
    report = run(dirs, mentions, [])
    assert report.entity_types["drug"].tp == 1
    assert report.entity_types["drug"].fp == 1


def test_combined_with_is_unordered(dirs: tuple[Path, Path]) -> None:
    statements = [
        statement(EXEMESTANE, "combined_with", EVEROLIMUS),
        statement(EVEROLIMUS, "combined_with", EXEMESTANE),  # same pair: not a second hit
    ]
    report = run(dirs, PERFECT_MENTIONS, statements)
    assert report.predicates["combined_with"].tp == 1
    assert report.predicates["combined_with"].fp == 0
    assert report.relations.fn == 3


def test_brand_name_of_uses_subject_text(dirs: tuple[Path, Path]) -> None:
    statements = [
        statement(EVEROLIMUS, "brand_name_of", EVEROLIMUS, subject_text="afinitor®"),
        statement(EVEROLIMUS, "brand_name_of", EVEROLIMUS, subject_text="Zortress"),
    ]
    report = run(dirs, PERFECT_MENTIONS, statements)
    assert report.predicates["brand_name_of"].tp == 1
    assert report.predicates["brand_name_of"].fp == 1
    assert "Zortress" in report.relation_false_hits[0].text


def test_wrong_and_negated_statements_are_false_hits(dirs: tuple[Path, Path]) -> None:
    statements = [
        statement(EVEROLIMUS, "inhibits", MTOR, negated=True),
        statement(EXEMESTANE, "inhibits", MTOR),
    ]
    report = run(dirs, PERFECT_MENTIONS, statements)
    assert report.predicates["inhibits"] == Counts(tp=0, fp=2, fn=1)
    assert {hit.label for hit in report.relation_false_hits} == {"everolimus → MTOR", "exemestane → MTOR"}
    assert any(m.name == "everolimus inhibits MTOR" for m in report.relation_misses)


def test_format_report_has_tables_and_errors(dirs: tuple[Path, Path]) -> None:
    mentions = [m for m in PERFECT_MENTIONS if m.id != BREAST]
    report = run(dirs, mentions, PERFECT_STATEMENTS[:1])
    text = format_report(report)
    assert "| type | tp | fp | fn | precision | recall | F1 |" in text
    assert "| predicate | tp | fp | fn | precision | recall | F1 |" in text
    assert "| disease | 0 | 0 | 1 | 0.000 | 0.000 | 0.000 |" in text
    assert f"### {DOC}" in text and "**breast cancer**" in text
    assert "Errors" not in format_report(report, show_errors=False)
    data = report_to_json(report)
    assert json.loads(json.dumps(data)) == data
    assert data["entities"]["by_type"]["disease"]["fn"] == 1


def test_malformed_gold_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text("doc: [unclosed\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"bad\.yaml"):
        load_gold(tmp_path)
    (tmp_path / "bad.yaml").write_text("doc: a.md\nentities:\n- {type: drug}\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"bad\.yaml.*entity 1"):
        load_gold(tmp_path)


SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.mark.skipif(not (SHARED / "gold").is_dir(), reason="shared gold annotations not available")
def test_real_gold_with_empty_prediction() -> None:
    gold_dir, corpus_dir = SHARED / "gold", SHARED / "corpus" / "nci"
    read: list[Path] = []

    def analyse(path: Path) -> Result:
        read.append(path)
        return [], []

    report = evaluate(gold_dir, corpus_dir, analyse)
    gold_files = sorted(p.name for p in gold_dir.glob("*.yaml"))
    assert [d.gold_file for d in report.documents] == gold_files
    assert len(read) == len(gold_files)
    assert all(path.is_file() for path in read) or not corpus_dir.is_dir()
    assert report.entities.tp == 0 and report.entities.recall == 0.0
    assert report.relations.tp == 0 and report.relations.recall == 0.0
    assert report.entities.fn == sum(len(g.entities) for _, g in load_gold(gold_dir))
    assert report.relations.fn == sum(len(g.relations) for _, g in load_gold(gold_dir))


@pytest.mark.skipif(not (SHARED / "gold").is_dir(), reason="shared gold annotations not available")
def test_real_gold_read_back_as_prediction_scores_one() -> None:
    gold_dir, corpus_dir = SHARED / "gold", SHARED / "corpus" / "nci"
    by_doc = {gold.doc: gold for _, gold in load_gold(gold_dir)}

    def analyse(path: Path) -> Result:
        gold = by_doc[path.relative_to(corpus_dir).as_posix()]
        ids = {e.name: f"KG:{e.type}/{e.name}" for e in gold.entities}
        mentions = [
            Mention(gold.doc, 0, 1, text, ids[e.name], e.name, e.type, "oracle", 1.0)
            for e in gold.entities
            for text in e.mentions
        ]
        evidence = Evidence(gold.doc, "s", 0, 1, "oracle")
        statements = [
            Statement(ids.get(r.subject, ids[r.object]), r.predicate, ids[r.object], evidence, r.subject)
            for r in gold.relations
        ]
        return mentions, statements

    report = evaluate(gold_dir, corpus_dir, analyse)
    assert report.entities == Counts(tp=report.entities.tp)
    assert report.relations == Counts(tp=report.relations.tp)
