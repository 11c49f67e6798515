"""Shared fixtures: the repository root, the seed graph, and ../shared when it is present."""

from __future__ import annotations

from pathlib import Path

import pytest

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


@pytest.fixture(scope="session")
def seed_report():  # type: ignore[no-untyped-def]
    from kg.pipeline import build

    return build([SEEDS], workers=1)
