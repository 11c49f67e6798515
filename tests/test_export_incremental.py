"""A rebuild after a few pages changed patches the previous exports instead of writing them whole, and
publishes exactly the files a build without a cache writes."""

from __future__ import annotations

from pathlib import Path

import pytest

import kg.export
import kg.export.incremental_elements
import kg.export.yed
from kg.cli import main
from tests.conftest import sample_corpus

SAMPLE_SIZE = 4
NEW_PAGE = """---
title: Everolimus and exemestane
url: https://example.org/new-page
---

# Everolimus and exemestane

Everolimus (Afinitor) inhibits mTOR. Everolimus is used to treat advanced breast cancer together with
exemestane, an aromatase inhibitor. Side effects of everolimus include mouth sores and fatigue.
"""


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    """A few real pages of the dev corpus."""
    return sample_corpus(tmp_path / "corpus", 7, SAMPLE_SIZE)


@pytest.fixture(autouse=True)
def grid_layout(monkeypatch: pytest.MonkeyPatch) -> None:
    """Small graphs get a force layout in the yEd file, which is always drawn whole: lay out on the grid, as
    large graphs are, so that the yEd file is patched too."""
    monkeypatch.setattr(kg.export.yed, "LAYOUT_LIMIT", 0)
    monkeypatch.setattr(kg.export.incremental_elements, "LAYOUT_LIMIT", 0)


def _build(corpus: Path, out: Path, *options: str) -> dict[str, bytes]:
    assert main(["build", str(corpus), "-o", str(out), "-j", "1", "-q", *options]) == 0
    return {path.name: path.read_bytes() for path in sorted(out.iterdir())}


def _no_whole_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make writing a format whole fail, so a test fails unless every format is patched."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a format was written whole")

    monkeypatch.setattr(kg.export, "write_sorted_rdf", refuse)
    monkeypatch.setattr(kg.export, "_call", refuse)


def test_a_rebuild_patches_the_exports_and_equals_a_clean_build(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    first = _build(corpus, tmp_path / "out", "--cache", str(cache))
    edited, removed = sorted(corpus.rglob("*.md"))[:2]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nImatinib inhibits BCR-ABL.\n", encoding="utf-8")
    removed.unlink()
    (corpus / "new-page.md").write_text(NEW_PAGE, encoding="utf-8")

    with monkeypatch.context() as patched:
        _no_whole_writes(patched)
        rebuilt = _build(corpus, tmp_path / "out", "--cache", str(cache))
    clean = _build(corpus, tmp_path / "clean", "--no-cache")
    assert rebuilt == clean
    assert rebuilt["kg.nt"] != first["kg.nt"]
    assert b"https://example.org/new-page" in rebuilt["kg.nq"]

    (corpus / "new-page.md").unlink()  # what only this page brought (entities, curated edges) goes again
    with monkeypatch.context() as patched:
        _no_whole_writes(patched)
        again = _build(corpus, tmp_path / "out", "--cache", str(cache))
    assert again == _build(corpus, tmp_path / "clean-again", "--no-cache")
    assert b"https://example.org/new-page" not in again["kg.nq"]


def test_nothing_changed_gives_the_same_files(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    first = _build(corpus, tmp_path / "out", "--cache", str(cache))
    with monkeypatch.context() as patched:
        _no_whole_writes(patched)
        assert _build(corpus, tmp_path / "second", "--cache", str(cache)) == first


def test_an_export_changed_by_hand_is_not_patched(corpus: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    _build(corpus, tmp_path / "out", "--cache", str(cache))
    with (tmp_path / "out" / "kg.nt").open("ab") as handle:  # the published file is the cache's too
        handle.write(b"<https://example.org/a> <https://example.org/b> <https://example.org/c> .\n")
    page = sorted(corpus.rglob("*.md"))[0]
    page.write_text(page.read_text(encoding="utf-8") + "\nImatinib inhibits BCR-ABL.\n", encoding="utf-8")
    rebuilt = _build(corpus, tmp_path / "out", "--cache", str(cache))
    assert rebuilt == _build(corpus, tmp_path / "clean", "--no-cache")
    assert b"https://example.org/a" not in rebuilt["kg.nt"]
