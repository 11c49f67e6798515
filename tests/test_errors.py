"""Hostile input at the command line: every problem one line on stderr, no traceback, documented exit codes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg.cli import main
from tests.conftest import ROOT, SEEDS

SEED = SEEDS / "000_702680f2cf8034cf.txt"
KG = [sys.executable, "-m", "kg.cli"]


def _no_traceback(text: str) -> None:
    assert "Traceback" not in text and "Error:" not in text.replace("error:", ""), text


def test_missing_path_beside_good_ones_is_reported_and_the_build_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert main(["build", str(tmp_path / "missing.md"), str(SEED), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert f"{tmp_path / 'missing.md'}: no such file or directory" in err.splitlines()
    assert (out / "kg.ttl").stat().st_size > 0
    assert main(["build", str(tmp_path / "missing.md"), str(SEED), "-o", str(out), "--strict"]) == 1


def test_nothing_readable_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", str(tmp_path / "missing"), "-o", str(tmp_path / "out")]) == 1
    assert not (tmp_path / "out").exists()
    _no_traceback(capsys.readouterr().err)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_fifo_is_skipped_never_opened(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEED, corpus / "good.md")
    os.mkfifo(corpus / "pipe.md")
    # a subprocess with a timeout, so a regression fails instead of hanging the suite
    done = subprocess.run([*KG, "link", str(corpus / "pipe.md")], capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert done.stderr.splitlines() == [f"{corpus / 'pipe.md'}: is a named pipe (FIFO), not a regular file: skipped"]


def test_fifo_inside_a_folder_does_not_stop_the_build(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEED, corpus / "good.md")
    os.mkfifo(corpus / "pipe.md")
    assert main(["build", str(corpus), "-o", str(tmp_path / "out")]) == 0
    captured = capsys.readouterr()
    assert f"{corpus / 'pipe.md'}: is a named pipe (FIFO), not a regular file: skipped" in captured.err
    assert "1 documents read, 1 failed" in captured.out


def test_link_on_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["link", str(tmp_path / "missing.md")]) == 1
    assert capsys.readouterr().err == f"{tmp_path / 'missing.md'}: no such file or directory\n"


def test_utf16_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name, encoding in (("bom.md", "utf-16"), ("bare.md", "utf-16-le"), ("wide.md", "utf-32")):
        (tmp_path / name).write_bytes("---\ntitle: T\n---\nEverolimus inhibits mTOR.\n".encode(encoding))
    assert main(["link", str(tmp_path / "bom.md"), str(tmp_path / "bare.md"), str(tmp_path / "wide.md")]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"{tmp_path / 'bom.md'}: is UTF-16 (little-endian) text, with a byte order mark, not UTF-8: "
        "convert it (iconv -t UTF-8) to read it",
        f"{tmp_path / 'bare.md'}: is UTF-16 (little-endian) text, without a byte order mark, not UTF-8: "
        "convert it (iconv -t UTF-8) to read it",
        f"{tmp_path / 'wide.md'}: is UTF-32 (little-endian) text, with a byte order mark, not UTF-8: "
        "convert it (iconv -t UTF-8) to read it",
    ]


def test_output_naming_a_file_is_a_usage_error_before_the_build(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "exports.ttl"
    target.write_text("keep me")
    assert main(["build", str(SEED), "-o", str(target)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""  # refused before anything was built
    assert captured.err == f"kg build: error: -o {target}: is a file, not a folder\n"
    assert target.read_text() == "keep me"


def test_validate_on_bad_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(tmp_path / "missing.ttl")]) == 2
    (tmp_path / "notes.ttl").write_text("this is not turtle at all {{{\n")
    assert main(["validate", str(tmp_path / "notes.ttl")]) == 1
    truncated = tmp_path / "kg.nt"
    truncated.write_bytes((ROOT / "exports" / "kg.nt").read_bytes()[:5000])
    assert main(["validate", str(truncated)]) == 1
    (tmp_path / "kg.csv").write_text("a,b\n")
    assert main(["validate", str(tmp_path / "kg.csv")]) == 1
    err = capsys.readouterr().err
    _no_traceback(err)
    lines = err.splitlines()
    assert len(lines) == 4
    assert all(line.startswith(("kg validate: error: ", str(tmp_path))) for line in lines)


@pytest.mark.parametrize("value", ["0", "-3", "many"])
def test_workers_must_be_positive(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["build", "-j", value])
    assert stop.value.code == 2
    assert "must be a whole number of at least 1" in capsys.readouterr().err


def test_bad_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["build", "--no-such-option"])
    assert stop.value.code == 2
    _no_traceback(capsys.readouterr().err)


def test_help_lists_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "exit codes:" in out and "usage: a bad option" in out


def test_vocab_lookup_takes_each_argument_as_one_name(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["vocab", "lookup", "Afinitor", "everolimus"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any(line.startswith("Afinitor → NCIT:C48387") for line in lines)
    assert any(line.startswith("everolimus → NCIT:C48387") for line in lines)
    assert main(["vocab", "lookup", "Afinitor", "qwzxv blorp"]) == 1
    assert capsys.readouterr().out.splitlines()[-1] == "qwzxv blorp → no match"


def test_closed_pipe_stops_quietly(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(20):  # ~150 KB of output: more than a pipe holds, so writing fails once head has gone
        shutil.copy(SEED, corpus / f"{n:02}.md")
    err = tmp_path / "err.txt"
    command = f"{' '.join(KG)} link --jsonl -- {corpus} 2>{err} | head -n 1"
    done = subprocess.run(["sh", "-c", command], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert len(done.stdout.splitlines()) == 1
    assert err.read_text() == ""


def test_internal_error_is_one_line_unless_debug(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import kg.pipeline

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(kg.pipeline, "build", broken)
    assert main(["build", str(SEED)]) == 3
    err = capsys.readouterr().err
    assert err == "kg build: internal error RuntimeError: boom (run with --debug for the traceback)\n"
    assert main(["--debug", "build", str(SEED)]) == 3
    assert "Traceback" in capsys.readouterr().err


def test_text_nested_too_deeply_is_kept_flat_with_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from kg.documents import read_document

    page = tmp_path / "deep.md"
    page.write_text("---\ntitle: Deep\n---\nIntro.\n\n" + "- " * 10_000 + "Everolimus inhibits mTOR.\n\nAfter.\n")
    doc = read_document(page)
    assert doc.text.startswith("Intro.\n") and doc.text.endswith("Everolimus inhibits mTOR.\nAfter.")
    assert doc.warnings == (f"{page}:6: warning: lists or quotes nested too deeply: kept as flat text",)
    assert main(["link", str(page)]) == 0
    captured = capsys.readouterr()
    assert "NCIT:C48387" in captured.out  # everolimus, found in the flattened text
    assert captured.err == doc.warnings[0] + "\n"


def test_commands_needing_a_missing_folder_say_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["vocab", "learn", "--corpus", str(tmp_path / "nope"), "-o", str(tmp_path / "v")]) == 1
    assert capsys.readouterr().err == f"{tmp_path / 'nope'}: no such file or directory\n"


def test_a_file_name_with_a_newline_is_still_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "two\nlines.md"
    page.write_text("")
    assert main(["link", str(page)]) == 1
    assert capsys.readouterr().err == f"{tmp_path}/two\\x0alines.md: file is empty\n"
