"""The command line as a user meets it: build with bad files among good ones, --strict, link and extract."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kg.cli import main
from tests.conftest import SEEDS

SEED = SEEDS / "000_702680f2cf8034cf.txt"


def _corpus_with_bad_files(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEED, corpus / "good.md")
    (corpus / "broken.md").write_text("---\ntitle: [unclosed\nurl: x\n---\n\nBody text.\n", encoding="utf-8")
    (corpus / "empty.md").write_text("", encoding="utf-8")
    (corpus / "latin1.md").write_bytes(b"---\ntitle: ok\n---\n\nline\n\nCaf\xe9 au lait\n")
    return corpus


def test_build_reports_bad_files_and_builds_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = _corpus_with_bad_files(tmp_path)
    out = tmp_path / "out"
    assert main(["build", str(corpus), "-o", str(out), "-j", "1"]) == 0
    captured = capsys.readouterr()
    assert "broken.md:" in captured.err and "empty.md" in captured.err and "latin1.md:7" in captured.err
    assert "1 documents read, 3 failed" in captured.out
    assert "NCIT:C48387" in (out / "kg.nt").read_text() or "NCIT_C48387" in (out / "kg.nt").read_text()
    assert sorted(p.name for p in out.iterdir()) == [
        "MANIFEST.json", "kg.cyjs.json", "kg.graphml", "kg.jsonld", "kg.kgx.edges.tsv", "kg.kgx.nodes.tsv",
        "kg.nq", "kg.nt", "kg.ttl", "kg.yed.graphml", "preview.html", "stats.json",
    ]


def test_strict_mode_fails_on_bad_files(tmp_path: Path) -> None:
    corpus = _corpus_with_bad_files(tmp_path)
    assert main(["build", str(corpus), "-o", str(tmp_path / "out"), "--strict", "-j", "1"]) == 1


def test_link_jsonl_prints_one_object_per_mention(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["link", str(SEED), "--jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {"doc", "start", "end", "text", "id", "label", "type", "method", "confidence"} <= set(records[0])
    afinitor = next(r for r in records if r["text"] == "Afinitor")
    assert afinitor["id"] == "NCIT:C48387" and afinitor["type"] == "drug"
    trial = next(r for r in records if r["type"] == "trial")
    assert trial["id"] == "clinicaltrials:NCT00863655" and trial["method"] == "link"


def test_extract_jsonl_gives_relations_with_evidence(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SEED), "--jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    inhibits = next(r for r in records if r["predicate"] == "inhibits")
    assert (inhibits["subject"], inhibits["object"]) == ("NCIT:C48387", "HGNC:3942")
    assert inhibits["sentence"].startswith("Everolimus inhibits")
    assert inhibits["negated"] is False


def test_vocab_lookup_shows_what_a_name_resolves_to(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["vocab", "lookup", "Afinitor"]) == 0
    out = capsys.readouterr().out
    assert "NCIT:C48387" in out and "everolimus" in out
