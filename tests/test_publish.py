"""Exports are published as one set: a killed or refused build leaves the previous set exactly as it was."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from kg.cli import main
from kg.export import publish
from kg.export.publish import MANIFEST_NAME, Staging, remove_stale
from tests.conftest import ROOT, SEEDS

SEED = SEEDS / "000_702680f2cf8034cf.txt"

# Runs a build whose exporter stops after two files (prints "ready" and waits to be killed).
KILLED_BUILD = """
import sys, time
import kg.export, kg.export.incremental_elements, kg.export.incremental_kgx, kg.export.incremental_rdf
real = kg.export.write_atomic
count = 0
def slow(path, write):
    global count
    count += 1
    if count == 3:
        print("ready", flush=True)
        time.sleep(600)
    return real(path, write)
for module in (kg.export, kg.export.incremental_elements, kg.export.incremental_kgx, kg.export.incremental_rdf):
    module.write_atomic = slow
from kg.cli import main
sys.exit(main(["build", sys.argv[1], "-o", sys.argv[2], "-j", "1"]))
"""


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def _hidden_beside(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}."))


def test_manifest_names_every_file_with_its_hash(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["build", str(SEED), "-o", str(out)]) == 0
    record = json.loads((out / MANIFEST_NAME).read_text())
    names = sorted(p.name for p in out.iterdir() if p.name != MANIFEST_NAME)
    assert sorted(record["files"]) == names and "stats.json" in names
    for name, entry in record["files"].items():
        assert entry["sha256"] == hashlib.sha256((out / name).read_bytes()).hexdigest()
    assert len(record["build"]) == 16
    assert _hidden_beside(out) == []


def test_strict_with_errors_leaves_previous_exports_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert main(["build", str(SEED), "-o", str(out)]) == 0
    before = _snapshot(out)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "other.md").write_text("---\ntitle: Other\n---\nImatinib inhibits BCR-ABL.\n")
    (corpus / "broken.md").write_text("---\ntitle: [unclosed\n---\nBody.\n")
    assert main(["build", str(corpus), "-o", str(out), "--strict"]) == 1
    assert "left as it was" in capsys.readouterr().err
    assert _snapshot(out) == before
    assert _hidden_beside(out) == []


def test_output_folder_with_other_files_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "home"
    out.mkdir()
    (out / "thesis.tex").write_text("mine")
    assert main(["build", str(SEED), "-o", str(out)]) == 2
    assert "holds files that are not kg exports (thesis.tex)" in capsys.readouterr().err
    assert sorted(p.name for p in out.iterdir()) == ["thesis.tex"]


def test_sigkill_during_export_keeps_previous_exports_and_next_build_succeeds(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["build", str(SEED), "-o", str(out)]) == 0
    before = _snapshot(out)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEED, corpus / "a.md")
    (corpus / "b.md").write_text("---\ntitle: B\n---\nImatinib inhibits BCR-ABL.\n")
    process = subprocess.Popen(
        [sys.executable, "-c", KILLED_BUILD, str(corpus), str(out)], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "ready"  # two export files written, in staging
        staged = _hidden_beside(out)
        assert len(staged) == 1 and ".staging-" in staged[0]
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL
    assert _snapshot(out) == before  # no new file beside the old ones
    assert len(_hidden_beside(out)) == 1  # the killed run's staging folder, until the next build
    assert main(["build", str(corpus), "-o", str(out)]) == 0
    assert _hidden_beside(out) == []
    record = json.loads((out / MANIFEST_NAME).read_text())
    assert record["build"] != json.loads(before[MANIFEST_NAME])["build"]
    assert b"a.md" in (out / "kg.ttl").read_bytes()


def test_publish_without_atomic_exchange(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(publish, "_exchange", lambda first, second: False)
    out = tmp_path / "out"
    for text in ("first", "second"):
        with Staging(out) as staging:
            (staging.path / "kg.nt").write_text(text)
            staging.publish()
    assert (out / "kg.nt").read_text() == "second"
    assert _hidden_beside(out) == []


def test_kill_between_the_two_renames_is_undone(tmp_path: Path) -> None:
    out = tmp_path / "out"
    parked = tmp_path / f".out.old-{2**22 + 12345}-abcd"  # a pid that cannot be running
    parked.mkdir()
    (parked / "kg.nt").write_text("previous")
    staged = tmp_path / f".out.staging-{2**22 + 12345}-abcd"
    staged.mkdir()
    removed = remove_stale(out)
    assert [p.name for p in removed] == [staged.name]
    assert (out / "kg.nt").read_text() == "previous"


def test_live_staging_of_another_build_is_left_alone(tmp_path: Path) -> None:
    other = tmp_path / f".out.staging-{os.getppid()}-abcd"
    other.mkdir()
    assert remove_stale(tmp_path / "out") == []
    assert other.exists()


def test_temporary_files_of_killed_older_builds_go_with_the_old_set(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "kg.ttl").write_text("old")
    (out / ".kg.ttl.x1y2.tmp").write_text("half")
    assert main(["build", str(SEED), "-o", str(out)]) == 0
    assert not (out / ".kg.ttl.x1y2.tmp").exists()
    assert (out / "kg.ttl").read_text() != "old"


def test_output_through_a_symbolic_link_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "real"
    link = tmp_path / "link"
    link.symlink_to(real, target_is_directory=True)
    for text in ("first", "second"):
        with Staging(link) as staging:
            (staging.path / "kg.nt").write_text(text)
            staging.publish()
    assert link.is_symlink() and (link / "kg.nt").read_text() == "second"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link", "real"]


def test_strict_with_shacl_problems_leaves_previous_exports_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import kg.validate
    from kg.validate import Violation

    out = tmp_path / "out"
    assert main(["build", str(SEED), "-o", str(out)]) == 0
    before = _snapshot(out)
    problem = Violation("NCIT:C1", "rdfs:label", "an entity needs a label", "Violation")
    monkeypatch.setattr(kg.validate, "validate", lambda path: [problem])
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "other.md").write_text("---\ntitle: Other\n---\nImatinib inhibits BCR-ABL.\n")
    assert main(["build", str(corpus), "-o", str(out), "--strict", "--validate"]) == 1
    assert "strict: 1 SHACL problem(s)" in capsys.readouterr().err
    assert _snapshot(out) == before
    assert _hidden_beside(out) == []


def test_staged_files_are_flushed_to_disk_once_when_the_set_is_published(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kg.export.atomic import write_atomic

    flushed: list[str] = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (flushed.append(os.readlink(f"/proc/self/fd/{fd}")), real_fsync(fd)))
    plain = tmp_path / "plain"
    plain.mkdir()
    write_atomic(plain / "kg.nt", lambda handle: handle.write(b"<a> <b> <c> .\n"))
    assert len(flushed) == 1  # outside a staging folder each file is flushed before its rename
    flushed.clear()
    with Staging(tmp_path / "out") as staging:
        for name in ("kg.nt", "kg.ttl"):
            write_atomic(staging.path / name, lambda handle: handle.write(b"x\n"))
        assert flushed == []  # nothing is visible yet: the flush waits for the publish
        staging.publish()
    names = [Path(target).name for target in flushed]
    assert "kg.nt" in names and "kg.ttl" in names and MANIFEST_NAME in names


def test_a_file_hashed_early_and_changed_after_is_hashed_again_at_publish(tmp_path: Path) -> None:
    out = tmp_path / "exports"
    with Staging(out) as staging:
        kept, changed = staging.path / "kg.nt", staging.path / "kg.ttl"
        kept.write_bytes(b"<a> <b> <c> .\n")
        changed.write_bytes(b"first\n")
        staging.hash_soon(kept)
        staging.hash_soon(changed)
        staging.hash_soon(tmp_path / "elsewhere.txt")  # not in the staging folder: left alone
        staging._digests["kg.ttl"][1].result()  # the early digest is of the first bytes
        changed.unlink()
        changed.write_bytes(b"written again, longer\n")
        staging.publish()
    files = json.loads((out / MANIFEST_NAME).read_text())["files"]
    assert files["kg.nt"]["sha256"] == hashlib.sha256(b"<a> <b> <c> .\n").hexdigest()
    assert files["kg.ttl"]["sha256"] == hashlib.sha256(b"written again, longer\n").hexdigest()
