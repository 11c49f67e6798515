"""``preview.html`` of a 1,200-entity graph in headless Chromium: a readable first view, not a hairball.

The graph is generated (deterministic, preferential attachment, names of realistic length), so the test needs
no corpus. Bounds: the first view shows the :data:`~kg.export.preview.CORE` top entities, at least 25 of them
labelled, and **no two shown labels overlap** (the boxes are the browser's own text metrics, recorded by the
page in ``data-box``); the screenshot is not blank (node colours cover a real area).
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from kg.export.drawing import TYPE_STYLES
from kg.export.preview import CORE, write_preview
from kg.graph import KnowledgeGraph, Node
from kg.model import Evidence, Statement
from tests.test_preview_browser import colour_counts, read_png, rgb, run_chromium

TYPES = ("drug", "target", "disease", "trial", "adverse_event", "drug_class")
PREDICATE = {"target": "targets", "disease": "treats", "trial": "tested_in_trial",
             "adverse_event": "has_adverse_effect", "drug_class": "member_of_class"}
SYLLABLES = ("ab", "ro", "ti", "ma", "zel", "ni", "cor", "vex", "lu", "tan", "pri", "dex", "ol", "mab", "nib")


def big_graph(entities: int = 1200) -> KnowledgeGraph:
    rng = random.Random(11)
    graph = KnowledgeGraph()
    ids = []
    for number in range(entities):
        kind = TYPES[number % len(TYPES)]
        name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 5)))
        label = f"{name} {kind.replace('_', ' ')}" if rng.random() < 0.4 else name
        key = f"X:{number:05}"
        graph.add_node(Node(id=key, type=kind, label=label))
        ids.append(key)
    drugs = [key for key in ids if graph.nodes[key].type == "drug"]
    weights = [1.0] * len(ids)
    for number in range(2500):
        drug = rng.choice(drugs)
        other = rng.choices(ids, weights=weights)[0]
        kind = graph.nodes[other].type
        if kind == "drug" or other == drug:
            continue
        weights[ids.index(other)] += 1.0
        evidence = Evidence(f"doc{number % 300}", "A sentence.", 0, 10, "verb", 0.8)
        graph.add_statement(Statement(drug, PREDICATE[kind], other, evidence))
    return graph


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    graph = big_graph()
    assert len(graph.nodes) >= 1000
    path = tmp_path_factory.mktemp("big") / "preview.html"
    with path.open("wb") as handle:
        write_preview(graph, handle)
    return path


def label_boxes(dom: str) -> list[tuple[float, float, float, float]]:
    boxes = []
    for match in re.finditer(r'<text class="l"[^>]*data-box="([^"]+)"', dom):
        x, y, w, h = (float(v) for v in match.group(1).split(","))
        boxes.append((x, y, w, h))
    return boxes


def overlapping_pairs(boxes: list[tuple[float, float, float, float]]) -> int:
    count = 0
    for i, (x, y, w, h) in enumerate(boxes):
        for (x2, y2, w2, h2) in boxes[i + 1:]:
            if x < x2 + w2 and x2 < x + w and y < y2 + h2 and y2 < y + h:
                count += 1
    return count


def test_first_view_shows_the_core_with_readable_labels(page: Path, tmp_path: Path) -> None:
    dom = run_chromium(tmp_path, "--dump-dom", page.as_uri()).stdout.decode()
    assert 'data-ready="true"' in dom
    assert f'data-nodes="{CORE}"' in dom
    boxes = label_boxes(dom)
    assert len(boxes) >= 25, len(boxes)
    assert overlapping_pairs(boxes) == 0
    assert all(h >= 10 for _, _, _, h in boxes)  # 12-unit text, not shrunk to nothing


def test_screenshot_is_not_blank(page: Path, tmp_path: Path) -> None:
    shot = tmp_path / "big.png"
    run_chromium(tmp_path, f"--screenshot={shot}", page.as_uri())
    _, _, rows = read_png(shot.read_bytes())
    counts = colour_counts(rows)
    fills = {rgb(TYPE_STYLES[name].fill) for name in TYPES}
    coloured = sum(n for colour, n in counts.items()
                   if any(max(abs(a - b) for a, b in zip(colour, f, strict=True)) <= 3 for f in fills))
    assert coloured >= 2000, coloured


def test_click_expands_and_type_filter_hides(page: Path, tmp_path: Path) -> None:
    expanded = run_chromium(tmp_path, "--dump-dom", page.as_uri() + "#node=X:00000").stdout.decode()
    shown = int(re.search(r'data-nodes="(\d+)"', expanded).group(1))  # type: ignore[union-attr]
    assert shown > CORE
    assert overlapping_pairs(label_boxes(expanded)) == 0
    only_drugs = run_chromium(tmp_path, "--dump-dom", page.as_uri() + "#types=drug").stdout.decode()
    visible = re.findall(r'<circle class="n (t-[a-z_]+)"', only_drugs)
    assert visible and set(visible) == {"t-drug"}
