"""Build summary: counts by type and predicate, failed documents, unresolved links, stats.json bytes."""

from __future__ import annotations

import json
from pathlib import Path

from kg.documents import parse_document
from kg.export import write_exports
from kg.pipeline import Analysis, BuildReport, analyse_document, merge
from kg.summary import UnlinkedLink, format_summary, summarize, unlinked_links, write_stats

ARTICLE = """---
title: Test article
url: https://www.cancer.gov/test/article
---
Everolimus inhibits a protein called [mTOR](/publications/dictionaries/cancer-terms/def/653126).
Patients took [qwzx blorp](/about-cancer/treatment/drugs/qwzx-blorp) and read [a page](https://example.org/x).
"""


def article_analysis() -> Analysis:
    return analyse_document(parse_document(ARTICLE, "test/article.md"))


def article_report() -> tuple[BuildReport, list[Analysis]]:
    analyses = [article_analysis()]
    report = BuildReport(merge(analyses), documents=1, errors=["broken.md:3: bad front matter"])
    return report, analyses


def test_unlinked_links_are_the_known_kinds_the_linker_could_not_resolve() -> None:
    found = unlinked_links(article_analysis())
    assert found == [
        UnlinkedLink("test/article.md", 6, "qwzx blorp", "/about-cancer/treatment/drugs/qwzx-blorp", "drug_page")
    ]


def test_summary_counts_documents_entities_edges_and_unlinked_links() -> None:
    report, analyses = article_report()
    summary = summarize(report, analyses=analyses)
    assert summary["documents"] == {"read": 1, "failed": 1, "errors": ["broken.md:3: bad front matter"]}
    assert summary["entities"]["by_type"] == {"drug": 1, "target": 1}
    inhibits = summary["edges"]["by_predicate"]["inhibits"]
    assert inhibits["total"] == 1 and inhibits["text"] + inhibits["both"] == 1
    assert summary["unlinked_links"]["total"] == 1
    assert summary["unlinked_links"]["top"][0]["first"] == "test/article.md:6"
    assert summary["validation"] == {"checked": False, "problems": []}


def test_summary_reads_unlinked_links_from_the_report_when_the_pipeline_keeps_them() -> None:
    report, analyses = article_report()
    report.unlinked = unlinked_links(analyses[0])  # what pipeline.build records
    assert summarize(report)["unlinked_links"]["by_kind"] == {"drug_page": 1}
    plain, _ = article_report()
    assert summarize(plain)["unlinked_links"]["total"] == 0


def test_curated_and_text_edges_are_told_apart(seed_report: BuildReport) -> None:
    edges = summarize(seed_report)["edges"]
    assert edges["curated"] + edges["both"] >= 1 and edges["text"] >= 1
    assert edges["text"] + edges["curated"] + edges["both"] == edges["total"] == len(seed_report.graph.edges)


def test_table_shows_errors_violations_and_unlinked_targets() -> None:
    report, analyses = article_report()
    text = format_summary(summarize(report, analyses=analyses, violations=["kg:x lacks a label"]), seconds=2.5)
    assert "Documents: 1 read, 1 failed" in text
    assert "error: broken.md:3: bad front matter" in text
    assert "Validation: 1 problem(s)" in text and "kg:x lacks a label" in text
    assert "qwzx blorp" in text and "drug_page" in text
    assert "Time: 2.5 s" in text


def test_stats_json_is_sorted_byte_identical_and_free_of_timings(tmp_path: Path, seed_report: BuildReport) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    for out in (first, second):
        written = write_exports(seed_report.graph, out, ["nt", "graphml"])
        write_stats(summarize(seed_report, written, violations=[]), out / "stats.json")
    data = (first / "stats.json").read_bytes()
    assert data == (second / "stats.json").read_bytes()
    stats = json.loads(data)
    assert stats["exports"] == {"kg.graphml": (first / "kg.graphml").stat().st_size,
                                "kg.nt": (first / "kg.nt").stat().st_size}
    assert data.decode() == json.dumps(stats, sort_keys=True, indent=2, ensure_ascii=False) + "\n"
    assert "seconds" not in data.decode() and "time" not in stats
