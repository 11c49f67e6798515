"""The cycle collector is paused while a build loads and merges, and only then."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from kg import pipeline
from kg.gcpause import gc_paused, gc_resumed


def test_pause_keeps_a_callers_choice() -> None:
    gc.disable()
    try:
        with gc_paused(), gc_resumed():  # the caller turned it off, not a pause: stays off
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_pause_is_lifted_after_an_error() -> None:
    with pytest.raises(RuntimeError), gc_paused():
        raise RuntimeError("boom")
    assert gc.isenabled()


def test_build_analyses_with_the_collector_on_and_merges_with_it_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.md").write_text("Everolimus inhibits a protein called mTOR.\n", encoding="utf-8")
    seen: dict[str, bool] = {}
    run_job, merge = pipeline.run_job, pipeline.merge

    def spy_run(job: pipeline.Job) -> object:
        seen["analysing"] = gc.isenabled()
        return run_job(job)

    def spy_merge(analyses: object, graph: object = None) -> object:
        seen["merging"] = gc.isenabled()
        return merge(analyses, graph)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "run_job", spy_run)
    monkeypatch.setattr(pipeline, "merge", spy_merge)
    report = pipeline.build([tmp_path], workers=1, cache=tmp_path / "cache")
    assert report.documents == 1 and "HGNC:3942" in report.graph.nodes
    assert seen == {"analysing": True, "merging": False}
    assert gc.isenabled()



def _touch(path: Path) -> str:
    path.write_text("started", encoding="utf-8")
    return path.name


def test_worker_processes_get_their_jobs_before_the_first_result_is_read(tmp_path: Path) -> None:
    import time

    from kg.executors import LocalExecutor

    marks = [tmp_path / "a", tmp_path / "b"]
    results = LocalExecutor(workers=2, threshold=1).map(_touch, marks)
    deadline = time.monotonic() + 60
    while not all(mark.exists() for mark in marks) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert all(mark.exists() for mark in marks)  # no result asked for yet
    assert list(results) == ["a", "b"]
