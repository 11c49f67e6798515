"""A rebuild after an edit of one page makes again only the exported parts the edit changed: the keys to which
the page's old and new versions contribute differently, not every key of the page."""

from __future__ import annotations

from pathlib import Path

import pytest

import kg.export.incremental
import kg.export.incremental_elements
import kg.export.yed
from kg.cli import main
from kg.documents import parse_document
from kg.export.changes import Touched
from kg.pipeline import analyse_document, analyse_path, curated_statements
from tests.conftest import sample_corpus
from tests.test_export_incremental import _no_whole_writes

SAMPLE_SIZE = 3
ADDED = "Everolimus inhibits mTOR."


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    """A few real pages of the dev corpus."""
    return sample_corpus(tmp_path / "corpus", 11, SAMPLE_SIZE)


@pytest.fixture(autouse=True)
def grid_layout(monkeypatch: pytest.MonkeyPatch) -> None:
    """Lay out on the grid, as large graphs are, so that the yEd file is patched too."""
    monkeypatch.setattr(kg.export.yed, "LAYOUT_LIMIT", 0)
    monkeypatch.setattr(kg.export.incremental_elements, "LAYOUT_LIMIT", 0)


def _build(corpus: Path, out: Path, *options: str) -> dict[str, bytes]:
    assert main(["build", str(corpus), "-o", str(out), "-j", "1", "-q", *options]) == 0
    return {path.name: path.read_bytes() for path in sorted(out.iterdir())}


def _recording(monkeypatch: pytest.MonkeyPatch) -> list[Touched]:
    seen: list[Touched] = []
    real = kg.export.incremental.touched_keys

    def recorded(*args: object, **kwargs: object) -> Touched:
        touched = real(*args, **kwargs)  # type: ignore[arg-type]
        seen.append(touched)
        return touched

    monkeypatch.setattr(kg.export.incremental, "touched_keys", recorded)
    return seen


def test_a_sentence_added_to_a_page_touches_its_own_entities_only(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    _build(corpus, tmp_path / "out", "--cache", str(cache))
    page = max(corpus.rglob("*.md"), key=lambda path: len(analyse_path(path, corpus).mentioned()))
    mentioned = {entity.first.id for entity in analyse_path(page, corpus).mentioned()}
    added = {mention.id for mention in analyse_document(parse_document(ADDED, "x.md")).mentions}
    partners = {end for statement in curated_statements() if {statement.subject, statement.object} & added
                for end in (statement.subject, statement.object)}
    elsewhere = mentioned - added - partners
    assert len(added) == 2 and len(elsewhere) > 10

    page.write_text(page.read_text(encoding="utf-8") + f"\n{ADDED}\n", encoding="utf-8")
    seen = _recording(monkeypatch)
    with monkeypatch.context() as patched:
        _no_whole_writes(patched)
        rebuilt = _build(corpus, tmp_path / "out", "--cache", str(cache))
    assert len(seen) == 1
    assert not seen[0].nodes & elsewhere  # the page's other entities are copied from the previous exports
    assert rebuilt == _build(corpus, tmp_path / "clean", "--no-cache")


def test_an_edit_in_the_middle_of_a_page_gives_the_clean_build(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    _build(corpus, tmp_path / "out", "--cache", str(cache))
    page = sorted(corpus.rglob("*.md"))[-1]
    text = page.read_text(encoding="utf-8")
    paragraphs = text.split("\n\n")
    assert len(paragraphs) > 6
    middle = len(paragraphs) // 2
    # a paragraph dropped (every later offset moves), another one written twice, and a new sentence
    edited = [*paragraphs[:middle], paragraphs[middle + 2], *paragraphs[middle + 2:], ADDED]
    page.write_text("\n\n".join(edited), encoding="utf-8")
    with monkeypatch.context() as patched:
        _no_whole_writes(patched)
        rebuilt = _build(corpus, tmp_path / "out", "--cache", str(cache))
    assert rebuilt == _build(corpus, tmp_path / "clean", "--no-cache")
