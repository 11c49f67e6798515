"""What the visual exports share: a style (shape, colour) per entity type and a deterministic force layout.

Used by :mod:`kg.export.yed` (node shapes, fills and positions), :mod:`kg.export.preview` (colours and
layout) and :mod:`kg.export.cytoscape` (colours), so the three views of a graph look alike.

The layout is a small Fruchterman–Reingold force layout (:func:`force_layout`) that uses only ``+ - * /``
and ``sqrt`` (correctly rounded everywhere) and starts from positions hashed from the node ids, so the same
graph gives the same bytes on every machine.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.doccache import DocumentCache

_NEIGHBOUR_CELLS = ((1, -1), (1, 0), (1, 1), (0, 1))


@dataclass(frozen=True)
class TypeStyle:
    """How one entity type is drawn: a yEd shape name and a fill colour (``#RRGGBB``).

    >>> TYPE_STYLES["drug"].fill
    '#4E79A7'
    """

    shape: str
    fill: str


TYPE_STYLES: Mapping[str, TypeStyle] = {
    "drug": TypeStyle("ellipse", "#4E79A7"),
    "target": TypeStyle("hexagon", "#F28E2B"),
    "drug_class": TypeStyle("roundrectangle", "#76B7B2"),
    "trial": TypeStyle("rectangle", "#59A14F"),
    "disease": TypeStyle("octagon", "#E15759"),
    "adverse_event": TypeStyle("triangle", "#EDC948"),
    "organization": TypeStyle("trapezoid", "#B07AA1"),
    "endpoint": TypeStyle("parallelogram", "#FF9DA7"),
    "biomarker": TypeStyle("diamond", "#9C755F"),
    "brand": TypeStyle("trapezoid2", "#D37295"),
    "document": TypeStyle("rectangle", "#A0CBE8"),
    "publication": TypeStyle("rectangle3d", "#8CD17D"),
}
"""Shape and fill colour per node type (Tableau 10 colours, distinguishable on white and in print)."""

UNKNOWN_STYLE = TypeStyle("ellipse", "#BAB0AC")
"""The style of a node whose type is not in :data:`TYPE_STYLES`."""

def style_of(node_type: str) -> TypeStyle:
    """The shape and colour of a node type (a neutral grey ellipse for unknown types).

    >>> style_of("target").shape, style_of("no-such-type").fill
    ('hexagon', '#BAB0AC')
    """
    return TYPE_STYLES.get(node_type, UNKNOWN_STYLE)


def force_layout(
    nodes: Sequence[str], edges: Iterable[tuple[str, str]], *, iterations: int = 120, reach: float = 2.0,
    gravity: float = 0.0, fixed: Mapping[str, tuple[float, float]] | None = None,
) -> dict[str, tuple[float, float]]:
    """Positions (ideal edge length 1, centred near 0) from a deterministic Fruchterman–Reingold layout.

    Repulsion only acts within ``reach`` edge lengths (the grid variant of the algorithm), so an iteration
    costs about linear time; an edge pulls less when one of its ends is a hub (by one over the square root of
    the larger degree), which keeps hub-heavy medical graphs from collapsing into one ball; a weak pull to the
    centre (``gravity``, by default one over the layout's side) keeps unconnected pieces close. Nodes in
    ``fixed`` stay where it puts them (the others settle around them).

    >>> pos = force_layout(["a", "b", "c"], [("a", "b"), ("b", "c")])
    >>> sorted(pos) == ["a", "b", "c"] and pos == force_layout(["c", "b", "a"], [("b", "c"), ("a", "b")])
    True
    >>> force_layout(["a", "b"], [("a", "b")], fixed={"a": (5.0, 5.0)})["a"]
    (5.0, 5.0)
    """
    pinned = fixed or {}
    ids = sorted(set(nodes))
    index = {key: i for i, key in enumerate(ids)}
    pairs = sorted({(min(index[a], index[b]), max(index[a], index[b]))
                    for a, b in edges if a in index and b in index and a != b})
    count = len(ids)
    side = math.sqrt(count) + 1.0
    degree = [0] * count
    for i, j in pairs:
        degree[i] += 1
        degree[j] += 1
    weights = [1.0 / math.sqrt(max(degree[i], degree[j])) for i, j in pairs]
    xs, ys = [], []
    for key in ids:
        digest = hashlib.sha1(key.encode("utf-8")).digest()
        xs.append((int.from_bytes(digest[:4], "big") / 2**32 - 0.5) * side)
        ys.append((int.from_bytes(digest[4:8], "big") / 2**32 - 0.5) * side)
        if key in pinned:
            xs[-1], ys[-1] = pinned[key]
    still = [key in pinned for key in ids]
    pull = gravity or 1.0 / side
    for step in range(iterations):
        temperature = side / 8.0 * (1.0 - step / iterations) + 0.01
        dx, dy = [0.0] * count, [0.0] * count
        cells: dict[tuple[int, int], list[int]] = {}
        for i in range(count):
            cells.setdefault((math.floor(xs[i] / reach), math.floor(ys[i] / reach)), []).append(i)
        for (cx, cy), members in cells.items():
            for a, i in enumerate(members):
                for j in members[a + 1:]:
                    _repel(i, j, xs, ys, dx, dy, reach)
            for ox, oy in _NEIGHBOUR_CELLS:
                for j in cells.get((cx + ox, cy + oy), ()):
                    for i in members:
                        _repel(i, j, xs, ys, dx, dy, reach)
        for (i, j), weight in zip(pairs, weights, strict=True):
            ex, ey = xs[i] - xs[j], ys[i] - ys[j]
            distance = math.sqrt(ex * ex + ey * ey) * weight
            dx[i] -= ex * distance
            dy[i] -= ey * distance
            dx[j] += ex * distance
            dy[j] += ey * distance
        for i in range(count):
            if still[i]:
                continue
            fx, fy = dx[i] - pull * xs[i], dy[i] - pull * ys[i]
            length = math.sqrt(fx * fx + fy * fy)
            if length > 0.0:
                move = min(length, temperature) / length
                xs[i] += fx * move
                ys[i] += fy * move
    return {key: (xs[i], ys[i]) for i, key in enumerate(ids)}


def remembered_layout(
    folder: Path | None, nodes: Sequence[str], edges: Iterable[tuple[str, str]], *,
    fixed: Mapping[str, tuple[float, float]] | None = None,
) -> dict[str, tuple[float, float]]:
    """:func:`force_layout`, remembered in ``folder`` (keyed by a hash of its input and of the code), so a
    rebuild whose drawn part of the graph did not change does not lay it out again (a few seconds for the
    preview of a large graph). Without a folder, or when it cannot be used, the layout is computed.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> first = remembered_layout(folder, ["a", "b"], [("a", "b")])
    >>> first == remembered_layout(folder, ["b", "a"], [("a", "b")]) == force_layout(["a", "b"], [("a", "b")])
    True
    """
    edge_list = list(edges)
    if folder is None:
        return force_layout(nodes, edge_list, fixed=fixed)
    from kg.cache import code_version

    text = repr((code_version(), sorted(set(nodes)), sorted(edge_list), sorted((fixed or {}).items())))
    store = DocumentCache(folder)
    key = hashlib.sha256(text.encode("utf-8")).hexdigest()
    remembered = store.load(key)
    if isinstance(remembered, dict):
        return remembered
    layout = force_layout(nodes, edge_list, fixed=fixed)
    store.store(key, layout)
    return layout


def _repel(
    i: int, j: int, xs: list[float], ys: list[float], dx: list[float], dy: list[float], reach: float
) -> None:
    ex, ey = xs[i] - xs[j], ys[i] - ys[j]
    squared = ex * ex + ey * ey
    if squared >= reach * reach:
        return
    if squared < 1e-12:
        ex, ey, squared = 0.01 * (1 + (i - j) % 3), 0.01, 0.0002
    dx[i] += ex / squared
    dy[i] += ey / squared
    dx[j] -= ex / squared
    dy[j] -= ey / squared


