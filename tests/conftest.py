"""Shared fixtures: the repository root, the seed graph, and ../shared when it is present."""

from __future__ import annotations

import shutil
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from kg.documents import parse_document
from kg.pipeline import analyse_document

if TYPE_CHECKING:
    from kg.model import Mention

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = ROOT / "seeds"
EXPORTS = ROOT / "exports"


def shared_dir(*parts: str) -> Path:
    """A folder of ../shared, or skip the test when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not here")
    return path


def sample_corpus(folder: Path, first: int, size: int) -> Path:
    """Copy ``size`` real pages of the dev corpus, evenly spaced from the ``first``, into ``folder``."""
    source = shared_dir("corpus", "nci")
    pages = sorted(source.rglob("*.md"))
    for page in pages[first :: max(len(pages) // size, 1)][:size]:
        target = folder / page.relative_to(source)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(page, target)
    return folder


@cache
def linked_page(relative: str) -> list[Mention]:
    """The mentions the default linker finds in a page of ../shared/corpus/nci, or skip when it is absent."""
    from kg.documents import read_document
    from kg.pipeline import default_linker

    root = shared_dir("corpus", "nci")
    path = root / relative
    if not path.exists():
        pytest.skip(f"{path} is not here")
    return default_linker().link(read_document(path, root=root))


@pytest.fixture(scope="session")
def seed_report():  # type: ignore[no-untyped-def]
    from kg.pipeline import build

    return build([SEEDS], workers=1)


Triple = tuple[str, str, str]


def triples(text: str) -> set[Triple]:
    """(subject text, predicate, object text), lower-cased, of the positive statements of a text."""
    statements = analyse_document(parse_document(text, "example.md")).statements
    return {(s.subject_text.lower(), s.predicate, s.object_text.lower()) for s in statements
            if not s.evidence.negated}


def of(found: set[Triple], predicate: str) -> set[tuple[str, str]]:
    """The (subject, object) pairs of one predicate."""
    return {(s, o) for s, p, o in found if p == predicate}
