"""Packed tables give back what they were given, after a pickle round trip too."""

from __future__ import annotations

import pickle

import pytest

from kg.packed import PackedMap, PackedStrings

VALUES = ["", "everolimus", "İstanbul", "β-catenin", "a\x00b", "tab\there", "\ud800 lone surrogate", "x" * 10_000]


def test_strings_round_trip() -> None:
    strings = pickle.loads(pickle.dumps(PackedStrings(VALUES)))
    assert list(strings) == VALUES
    assert strings[-1] == VALUES[-1]
    with pytest.raises(IndexError):
        strings[len(VALUES)]


def test_map_round_trip_and_misses() -> None:
    pairs = {value: str(index) for index, value in enumerate(VALUES) if "\ud800" not in value}  # keys: UTF-8
    table = pickle.loads(pickle.dumps(PackedMap(pairs.items())))
    assert dict(table.items()) == pairs
    assert len(table) == len(pairs)
    assert table.get("missing") is None and "missing" not in table and 3 not in table
    with pytest.raises(KeyError):
        table["missing"]
