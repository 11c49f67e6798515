"""A rebuild finds the elements of the previous GraphML, yEd and Cytoscape files by the offsets kept with the
export state, not by scanning those files, and still publishes exactly what a build without a cache writes."""

from __future__ import annotations

from pathlib import Path

import pytest

import kg.export.incremental_elements
from kg.export.element_index import kept_path
from kg.export.incremental import STATE_DIR, _current_folder
from tests.test_export_incremental import _build, _no_whole_writes, corpus, grid_layout  # noqa: F401

INDEXED = ("kg.graphml", "kg.yed.graphml", "kg.cyjs.json")


def _edit(page: Path, sentence: str) -> None:
    page.write_text(page.read_text(encoding="utf-8") + f"\n{sentence}\n", encoding="utf-8")


def _no_scans(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every scan of a previous file for its elements (or for moved yEd nodes) fail."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a previous export was scanned")

    for name in ("_graphml_blocks", "_json_blocks", "_cytoscape_marks", "_moved"):
        monkeypatch.setattr(kg.export.incremental_elements, name, refuse)


def test_rebuilds_use_the_kept_offsets_and_equal_a_clean_build(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # noqa: F811
) -> None:
    cache = tmp_path / "cache"
    _build(corpus, tmp_path / "out", "--cache", str(cache))
    first, second = sorted(corpus.rglob("*.md"))[:2]
    _edit(first, "Imatinib inhibits BCR-ABL.")
    with monkeypatch.context() as patched:
        _no_whole_writes(patched)
        _build(corpus, tmp_path / "out", "--cache", str(cache))
    _edit(second, "Everolimus inhibits mTOR.")
    with monkeypatch.context() as patched:
        _no_whole_writes(patched)
        _no_scans(patched)
        rebuilt = _build(corpus, tmp_path / "out", "--cache", str(cache))
    assert rebuilt == _build(corpus, tmp_path / "clean", "--no-cache")
    assert not [name for name in rebuilt if name.startswith(".")]


def test_offsets_that_do_not_fit_the_file_are_not_used(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # noqa: F811
) -> None:
    cache = tmp_path / "cache"
    _build(corpus, tmp_path / "out", "--cache", str(cache))
    folder = _current_folder(cache)
    graphml, cytoscape_json = kept_path(folder / "kg.graphml"), kept_path(folder / "kg.cyjs.json")
    assert graphml.exists() and cytoscape_json.exists()
    graphml.write_bytes(b"not an index")
    cytoscape_json.write_bytes(kept_path(folder / "kg.yed.graphml").read_bytes())  # another file's offsets
    _edit(sorted(corpus.rglob("*.md"))[0], "Imatinib inhibits BCR-ABL.")
    with monkeypatch.context() as patched:
        _no_whole_writes(patched)
        rebuilt = _build(corpus, tmp_path / "out", "--cache", str(cache))
    assert rebuilt == _build(corpus, tmp_path / "clean", "--no-cache")
    assert (cache / STATE_DIR).is_dir()
