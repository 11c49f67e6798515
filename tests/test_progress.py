"""Progress and guard rails of ``kg build``: stage progress on stderr, --quiet, the no-path warning, stats.json."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

import kg
from kg.cli import main
from kg.progress import Progress
from tests.conftest import SEEDS


def test_build_shows_documents_and_each_export_on_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["build", str(SEEDS), "-o", str(out), "-j", "1"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert "documents: 1/1 done" in err
    for name in ("kg.ttl", "kg.kgx.nodes.tsv", "kg.kgx.edges.tsv", "preview.html", "stats.json"):
        assert any(line.startswith("exports: ") and line.endswith(f"wrote {name}") for line in err), name
    assert err[-1] == "exports: 11/11 done"


def test_quiet_silences_progress(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", str(SEEDS), "-o", str(tmp_path / "out"), "-j", "1", "--quiet"]) == 0
    assert capsys.readouterr().err == ""


def test_a_terminal_gets_a_bar_redrawn_in_place() -> None:
    stream = io.StringIO()
    progress = Progress("documents", 4, stream=stream, terminal=True)
    for _ in range(4):
        progress.advance()
    progress.finish()
    text = stream.getvalue()
    assert text.startswith("\rdocuments [") and "] 4/4" in text and text.endswith("\n")
    assert "#" * 30 in text


def test_build_without_a_path_warns_and_validates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "seeds").symlink_to(SEEDS, target_is_directory=True)
    here = Path.cwd()
    os.chdir(tmp_path)
    try:
        assert main(["build", "-j", "1", "-q"]) == 0
    finally:
        os.chdir(here)
    captured = capsys.readouterr()
    assert "rewrites the committed exports" in captured.err and "validating as make build does" in captured.err
    stats = json.loads((tmp_path / "exports" / "stats.json").read_text(encoding="utf-8"))
    assert stats["validation"]["checked"] is True


def test_write_exports_writes_stats_json(seed_report, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    written = kg.write_exports(seed_report.graph, tmp_path)
    assert written[-1].name == "stats.json"
    stats = json.loads((tmp_path / "stats.json").read_text(encoding="utf-8"))
    assert stats["entities"]["total"] == len(seed_report.graph.nodes)
    assert stats["exports"]["kg.nt"] == (tmp_path / "kg.nt").stat().st_size
