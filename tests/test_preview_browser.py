"""``preview.html`` of the seed graph in real headless Chromium: nodes are drawn, and the script runs.

The screenshot is decoded by a small PNG reader (zlib + the five row filters) to count pixels of the node
fill colours; ``--dump-dom`` shows the DOM after the page's script ran, driven by the address fragment
(``#q=`` searches, ``#node=``/``#edge=`` select). Skipped only when no Chromium binary is installed.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import zlib
from collections import Counter
from pathlib import Path

import pytest

from kg.export.drawing import TYPE_STYLES
from kg.export.preview import write_preview
from kg.graph import KnowledgeGraph
from kg.pipeline import BuildReport

FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
)
TIMEOUT = 90


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "/usr/bin/chromium"):
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("no chromium binary (Debian package `chromium`) on this machine")


@pytest.fixture(scope="module")
def seed_graph(seed_report: BuildReport) -> KnowledgeGraph:
    """The seed graph (``kg.build_graph(["seeds"])``), from the session's shared build."""
    return seed_report.graph


@pytest.fixture(scope="module")
def page(seed_graph: KnowledgeGraph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("preview") / "preview.html"
    with path.open("wb") as handle:
        write_preview(seed_graph, handle)
    return path


def run_chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    command = [chromium(), *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1200,800", *args]
    return subprocess.run(command, capture_output=True, timeout=TIMEOUT, check=True)


def read_png(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and unfiltered RGB(A) rows of an 8-bit, non-interlaced truecolour PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    position, idat, header = 8, bytearray(), b""
    while position < len(data):
        (length,) = struct.unpack(">I", data[position:position + 4])
        kind = data[position + 4:position + 8]
        body = data[position + 8:position + 8 + length]
        position += 12 + length
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            idat += body
        elif kind == b"IEND":
            break
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert depth == 8 and colour in (2, 6) and interlace == 0, (depth, colour, interlace)
    step = 4 if colour == 6 else 3
    stride = width * step
    raw = zlib.decompress(bytes(idat))
    rows: list[bytes] = []
    previous = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind_byte, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        if kind_byte == 1:
            for i in range(step, stride):
                line[i] = (line[i] + line[i - step]) & 0xFF
        elif kind_byte == 2:
            line = bytearray((a + b) & 0xFF for a, b in zip(line, previous, strict=True))
        elif kind_byte == 3:
            for i in range(stride):
                left = line[i - step] if i >= step else 0
                line[i] = (line[i] + ((left + previous[i]) >> 1)) & 0xFF
        elif kind_byte == 4:
            for i in range(stride):
                a = line[i - step] if i >= step else 0
                b, c = previous[i], previous[i - step] if i >= step else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        rows.append(bytes(line if step == 3 else bytes(v for i, v in enumerate(line) if i % 4 != 3)))
        previous = line
    return width, height, rows


def colour_counts(rows: list[bytes]) -> Counter[tuple[int, int, int]]:
    counts: Counter[tuple[int, int, int]] = Counter()
    for row in rows:
        counts.update(zip(row[0::3], row[1::3], row[2::3], strict=True))
    return counts


def rgb(hex_colour: str) -> tuple[int, int, int]:
    value = int(hex_colour.lstrip("#"), 16)
    return value >> 16, (value >> 8) & 0xFF, value & 0xFF


def test_screenshot_shows_nodes_in_their_type_colours(
    page: Path, seed_graph: KnowledgeGraph, tmp_path: Path
) -> None:
    shot = tmp_path / "preview.png"
    run_chromium(tmp_path, f"--screenshot={shot}", page.as_uri())
    width, height, rows = read_png(shot.read_bytes())
    assert (width, height) == (1200, 800)
    counts = colour_counts(rows)
    types = {node.type for node in seed_graph.nodes.values() if node.type in TYPE_STYLES}
    drawn = {}
    for name in types:
        target = rgb(TYPE_STYLES[name].fill)
        drawn[name] = sum(n for colour, n in counts.items()
                          if max(abs(a - b) for a, b in zip(colour, target, strict=True)) <= 3)
    assert all(pixels >= 20 for pixels in drawn.values()), drawn
    assert sum(drawn.values()) >= 40 * len(types), drawn


def test_script_runs_search_and_details_panel(page: Path, seed_graph: KnowledgeGraph, tmp_path: Path) -> None:
    everolimus = seed_graph.nodes["NCIT:C48387"]
    dom = run_chromium(tmp_path, "--dump-dom", page.as_uri() + "#q=everolimus&node=NCIT:C48387").stdout.decode()
    assert 'data-ready="true"' in dom
    assert dom.count('<circle class="n ') == len(seed_graph.nodes)
    assert 'class="n t-drug hit sel"' in dom
    assert "1 match" in dom
    assert 'data-selected="NCIT:C48387"' in dom
    for text in (everolimus.id, everolimus.label, *everolimus.xrefs, *everolimus.synonyms):
        assert f">{text}<" in dom, text


def test_clicked_edge_shows_predicate_confidence_and_evidence(
    page: Path, seed_graph: KnowledgeGraph, tmp_path: Path
) -> None:
    edge = seed_graph.edges[("NCIT:C48387", "inhibits", "HGNC:3942")]
    dom = run_chromium(tmp_path, "--dump-dom", f"{page.as_uri()}#edge={edge.id}").stdout.decode()
    assert f'data-selected="{edge.id}"' in dom
    assert 'class="e sel"' in dom
    assert "<dd>inhibits</dd>" in dom and f"<dd>{round(edge.confidence, 3)}</dd>" in dom
    sentence = next(e.sentence for e in edge.evidence if e.sentence)
    assert f"<li>{sentence}</li>" in dom
