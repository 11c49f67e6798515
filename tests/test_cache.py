"""The start-up cache gives the same vocabulary and matches as a fresh build, and is never stale."""

from __future__ import annotations

import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from kg import cache
from kg.documents import read_document
from kg.linking.linker import Linker
from kg.vocabulary.store import Vocabulary
from tests.conftest import ROOT, SEEDS

SEED = SEEDS / "000_702680f2cf8034cf.txt"


@pytest.fixture(scope="module")
def fresh() -> Linker:
    return Linker(Vocabulary.load())


def test_cached_vocabulary_equals_the_files(fresh: Linker) -> None:
    cached, _ = cache.linker_state()
    assert len(cached.terms) == len(fresh.vocabulary.terms)
    assert dict(cached.terms.items()) == fresh.vocabulary.terms
    assert cached.relations == fresh.vocabulary.relations
    for name in ("Afinitor", "HER2", "mouth sores", "BOLERO-2", "aromatase inhibitor"):
        assert cached.matches(name) == fresh.vocabulary.matches(name)
    assert cached.by_xref("NCIDRUG:372905") == fresh.vocabulary.by_xref("NCIDRUG:372905")


def test_cached_linker_links_the_seed_like_a_fresh_one(fresh: Linker) -> None:
    from kg.pipeline import default_linker

    document = read_document(SEED)
    assert default_linker().link(document) == fresh.link(document)


def test_a_pickled_matcher_finds_the_same_hits(fresh: Linker) -> None:
    text = read_document(SEED).text
    copy = pickle.loads(pickle.dumps(fresh.matcher))
    assert list(copy.find(text)) == list(fresh.matcher.find(text))


def test_the_key_follows_the_code_and_the_vocabulary(tmp_path: Path) -> None:
    vocabulary = tmp_path / "vocabulary"
    vocabulary.mkdir()
    (vocabulary / "terms.tsv.gz").write_bytes(b"one")
    first = cache.vocabulary_hash(vocabulary)
    (vocabulary / "terms.tsv.gz").write_bytes(b"two")
    cache.vocabulary_hash.cache_clear()
    assert cache.vocabulary_hash(vocabulary) != first
    assert cache.cache_path().name.endswith(f"-{cache.code_version()}.pickle")


def test_a_fresh_interpreter_writes_then_reads_the_cache(tmp_path: Path) -> None:
    script = (
        "import kg; print(sorted({m.id for m in kg.link('seeds/000_702680f2cf8034cf.txt') if m.type == 'drug'}))"
    )
    env = {"KG_CACHE_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    outputs = [
        subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
        for _ in range(2)
    ]
    assert outputs[0].stdout == outputs[1].stdout == "['NCIT:C1097', 'NCIT:C48387']\n"
    assert sorted(p.name for p in tmp_path.glob("*.pickle")) == [
        cache.cache_path("matcher").name, cache.cache_path("vocabulary").name
    ]


def test_an_unwritable_cache_folder_still_links(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    script = "import kg; print(len(kg.link('seeds/000_702680f2cf8034cf.txt')) > 10)"
    env = {"KG_CACHE_DIR": str(blocker / "cache"), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.stdout == "True\n"
    assert "start-up cache not written" in done.stderr
