"""Bounded resources: front matter that expands without end, a document that takes too long, workers that
would outlive their build."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.cli import main
from kg.documents import DocumentError, parse_document
from tests.conftest import ROOT, SEEDS

SEED = SEEDS / "000_702680f2cf8034cf.txt"
FOUR_GB = 4 * 1024**3


def _alias_bomb(levels: int = 9) -> str:
    lines = ["---", 'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for previous, name in zip("abcdefghijklmnop", "bcdefghijklmnopq", strict=False):
        if len(lines) - 2 >= levels:
            break
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
    last = lines[-1].split(":")[0]
    return "\n".join([*lines, f"description: *{last}", f"cancerTypes: *{last}", "---", "Everolimus inhibits mTOR.", ""])


def test_alias_bomb_is_refused_with_its_line() -> None:
    with pytest.raises(DocumentError) as refused:
        parse_document(_alias_bomb(), "bomb.md")
    assert str(refused.value).startswith("bomb.md:")
    assert "front matter expands past 1,000,000 characters through its aliases" in str(refused.value)


def test_front_matter_that_refers_to_itself_or_nests_deeply_is_refused() -> None:
    with pytest.raises(DocumentError, match="refers to itself"):
        parse_document("---\na: &a [1, *a]\n---\nText.\n", "loop.md")
    with pytest.raises(DocumentError, match="nested too deeply"):
        parse_document("---\na: " + "[" * 5000 + "]" * 5000 + "\n---\nText.\n", "deep.md")
    with pytest.raises(DocumentError, match="nested too deeply"):
        parse_document("---\na: " + "[" * 60 + "]" * 60 + "\n---\nText.\n", "deep.md")


def test_ordinary_aliases_still_work() -> None:
    doc = parse_document("---\ntitle: &t Everolimus\nalso: *t\n---\nText.\n", "ok.md")
    assert doc.metadata == {"title": "Everolimus", "also": "Everolimus"}


def _limit_memory() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (FOUR_GB, FOUR_GB))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="address-space limit as on a Linux server")
def test_alias_bomb_under_a_4_gb_limit_costs_only_itself(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEED, corpus / "good.md")
    (corpus / "bomb.md").write_text(_alias_bomb())
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, "-m", "kg.cli", "build", str(corpus), "-o", str(out), "-j", "1"],
        capture_output=True, text=True, timeout=600, cwd=ROOT, preexec_fn=_limit_memory,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "MemoryError" not in done.stderr
    assert f"{corpus / 'bomb.md'}:" in done.stderr and "through its aliases" in done.stderr
    assert "1 documents read, 1 failed" in done.stdout
    assert (out / "kg.ttl").stat().st_size > 0


def test_document_over_its_time_limit_is_reported_and_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import kg.pipeline

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEED, corpus / "good.md")
    (corpus / "slow.md").write_text("A page that never ends.\n")
    analyse = kg.pipeline.analyse_path

    def stalls_on_slow(path: Path, root: Path | None = None) -> kg.pipeline.Analysis:
        while path.name == "slow.md":
            time.sleep(0.01)
        return analyse(path, root)

    monkeypatch.setattr(kg.pipeline, "analyse_path", stalls_on_slow)
    assert main(["build", str(corpus), "-o", str(tmp_path / "out"), "-j", "1", "--doc-timeout", "3"]) == 0
    captured = capsys.readouterr()
    assert f"{corpus / 'slow.md'}: took longer than 3 s (--doc-timeout): skipped" in captured.err.splitlines()
    assert "1 documents read, 1 failed" in captured.out


def test_doc_timeout_must_be_a_number(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["build", "--doc-timeout", "-1"])
    assert stop.value.code == 2


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found.update(int(child) for child in (task / "children").read_text().split())
        except OSError:
            continue
    return found


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc to list a process's children")
def test_workers_end_with_a_killed_build(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(45):  # above the threshold where the build uses worker processes
        shutil.copy(SEED, corpus / f"{n:02}.md")
    build = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "build", str(corpus), "-o", str(tmp_path / "out"), "-j", "2"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT,
    )
    workers: set[int] = set()
    try:
        for _ in range(1200):  # wait for the workers to start
            workers = _children(build.pid)
            if len(workers) >= 2 or build.poll() is not None:
                break
            time.sleep(0.05)
    finally:
        build.send_signal(signal.SIGKILL)
        build.wait()
    if not workers:
        pytest.skip("the build ended before its workers could be seen")
    for _ in range(1200):
        if not any(_running(pid) for pid in workers):
            break
        time.sleep(0.05)
    alive = [pid for pid in workers if _running(pid)]
    for pid in alive:  # do not leave them behind, whatever the outcome
        os.kill(pid, signal.SIGKILL)
    assert alive == []


def test_a_document_the_merge_cannot_take_costs_only_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from kg.graph import KnowledgeGraph
    from kg.model import Document

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEED, corpus / "good.md")
    (corpus / "bad.md").write_text("---\ntitle: Too much\n---\nEverolimus inhibits mTOR.\n")
    add_document = KnowledgeGraph.add_document

    def refuses_bad(self: KnowledgeGraph, document: Document) -> None:
        if document.path.endswith("bad.md"):
            raise MemoryError
        add_document(self, document)

    monkeypatch.setattr(KnowledgeGraph, "add_document", refuses_bad)
    assert main(["build", str(corpus), "-o", str(tmp_path / "out"), "-j", "1"]) == 0
    captured = capsys.readouterr()
    assert f"{corpus / 'bad.md'}: internal error MemoryError: " in captured.err.splitlines()
    assert "1 documents read, 1 failed" in captured.out
