"""Cached, incremental, sharded and Dask builds give the same exports, byte for byte, as a clean build."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import kg.pipeline
from kg.cli import main
from kg.export import write_exports
from kg.pipeline import build
from tests.conftest import shared_dir

SAMPLE_SIZE = 8


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    """A small corpus: a few real pages copied from the dev corpus (spread over its folders)."""
    source = shared_dir("corpus", "nci")
    pages = sorted(source.rglob("*.md"))
    folder = tmp_path / "corpus"
    for page in pages[:: max(len(pages) // SAMPLE_SIZE, 1)][:SAMPLE_SIZE]:
        target = folder / page.relative_to(source)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(page, target)
    return folder


def _exports(corpus: Path, out: Path, export_workers: int = 1, **options: object) -> dict[str, bytes]:
    report = build([corpus], workers=1, **options)  # type: ignore[arg-type]
    write_exports(report.graph, out, workers=export_workers, report=report)  # with a cache: patched exports
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    analysed: list[Path] = []
    real = kg.pipeline.analyse_path

    def counted(path: Path, root: Path | None = None) -> kg.pipeline.Analysis:
        analysed.append(path)
        return real(path, root)

    monkeypatch.setattr(kg.pipeline, "analyse_path", counted)
    return analysed


def test_cached_and_incremental_builds_equal_clean_builds(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    analysed = _counting(monkeypatch)
    clean = _exports(corpus, tmp_path / "clean")
    assert len(analysed) == SAMPLE_SIZE
    assert _exports(corpus, tmp_path / "cold", cache=cache) == clean
    assert len(analysed) == 2 * SAMPLE_SIZE
    assert _exports(corpus, tmp_path / "warm", cache=cache) == clean
    assert len(analysed) == 2 * SAMPLE_SIZE  # nothing analysed again

    changed, removed = sorted(corpus.rglob("*.md"))[:2]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nEverolimus inhibits mTOR.\n", encoding="utf-8")
    removed_url = build([removed], workers=1).graph.documents.keys()
    removed.unlink()
    analysed.clear()
    incremental = _exports(corpus, tmp_path / "incremental", export_workers=2, cache=cache)  # formats side by side
    assert analysed == [changed]
    assert incremental == _exports(corpus, tmp_path / "clean-again")
    assert incremental != clean
    graph = build([corpus], workers=1, cache=cache).graph
    assert not set(removed_url) & set(graph.documents)


def test_cli_cache_flags_and_shards(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    cache = tmp_path / "cache"
    assert main(["build", str(corpus), "-o", str(out), "--cache", str(cache), "--shards", "3"]) == 0
    assert any(cache.rglob("*.pickle"))
    shards = sorted((out / "shards").glob("*.nq"))
    assert [p.name for p in shards] == ["kg-0001-of-0003.nq", "kg-0002-of-0003.nq", "kg-0003-of-0003.nq"]
    assert b"".join(p.read_bytes() for p in shards) == (out / "kg.nq").read_bytes()
    again = tmp_path / "again"
    assert main(["build", str(corpus), "-o", str(again), "--no-cache"]) == 0
    for name in ("kg.nq", "kg.ttl", "kg.jsonld", "kg.graphml"):
        assert (again / name).read_bytes() == (out / name).read_bytes()


def test_shards_load_into_an_oxigraph_store(corpus: Path, tmp_path: Path) -> None:
    import pyoxigraph as ox

    out = tmp_path / "out"
    assert main(["build", str(corpus), "-o", str(out), "--no-cache", "--shards", "2"]) == 0
    store = ox.Store(str(tmp_path / "store"))
    for shard in sorted((out / "shards").glob("*.nq")):
        store.bulk_load(path=str(shard), format=ox.RdfFormat.N_QUADS)
    whole = ox.Store()
    whole.bulk_load(path=str(out / "kg.nq"), format=ox.RdfFormat.N_QUADS)
    assert len(store) == len(whole) > 0


def test_dask_local_cluster_build_equals_the_local_build(corpus: Path, tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed")
    local = _exports(corpus, tmp_path / "local")
    report = build([corpus], workers=2, executor="dask")
    assert report.documents == SAMPLE_SIZE
    write_exports(report.graph, tmp_path / "dask")
    assert {p.name: p.read_bytes() for p in sorted((tmp_path / "dask").iterdir())} == local


def test_a_damaged_cache_entry_is_analysed_again(corpus: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    clean = _exports(corpus, tmp_path / "clean", cache=cache)
    for entry in sorted(cache.rglob("*.pickle"))[:2]:
        entry.write_bytes(b"not a pickle")
    assert _exports(corpus, tmp_path / "again", cache=cache) == clean
