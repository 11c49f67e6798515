"""``preview.html``: one self-contained page that draws the graph, for a first look without any tool.

Big graphs are cut to the :data:`NODE_LIMIT` most connected entities (ranked by relation edges, then by
pieces of evidence, then by documents mentioning them; at most :data:`EDGE_LIMIT` relation edges between
them); the page says so. Of those, the default view shows the :data:`CORE` highest-ranked with their labels;
clicking a node expands its neighbourhood, the legend's checkboxes filter by type, and a search shows
the entities it finds. Documents and ``mentions`` edges are counted, not drawn.

The layout is computed here (:func:`kg.export.drawing.force_layout`, deterministic): first the core alone,
fitted to the page, then the other entities around it with the core pinned, so expanding never moves
what is already drawn. Labels that would overlap a higher-ranked label are hidden by the page's script
(measured with the browser's own text metrics) and come back when zooming in.

The page is inline SVG coloured by type, a legend, and our own script (``preview_assets/preview.js``, no
third-party code). The data the script reads is JSON in a ``<script type="application/json">`` block with
``<``, ``>`` and ``&`` escaped; the script writes text only through ``textContent``; a
Content-Security-Policy allows nothing but the page's own script and style (by hash), so neither a
crafted label nor the page itself can load anything from the network.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
from collections import Counter
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any, BinaryIO

from kg.export.drawing import TYPE_STYLES, UNKNOWN_STYLE, remembered_layout
from kg.export.text import clean_text
from kg.graph import Edge, KnowledgeGraph

NODE_LIMIT = 400
CORE = 40
"""Entities shown (with labels) when the page opens; the rest appear on expanding, filtering or searching."""
EDGE_LIMIT = 3000
EVIDENCE_LIMIT = 5
TEXT_LIMIT = 400
LIST_LIMIT = 40
WIDTH, HEIGHT, MARGIN = 1000.0, 700.0, 50.0

def select(graph: KnowledgeGraph, node_limit: int = NODE_LIMIT, edge_limit: int = EDGE_LIMIT) -> tuple[
    list[str], list[Edge]
]:
    """The entity ids to draw (the most connected first, ties by mentions then id) and the edges between them.

    >>> from kg.graph import Node
    >>> g = KnowledgeGraph()
    >>> g.add_node(Node(id="HGNC:3942", type="target", label="MTOR"))
    >>> select(g)
    (['HGNC:3942'], [])
    """
    degree: Counter[str] = Counter()
    evidence: Counter[str] = Counter()
    for edge in graph.edges.values():
        for end in {edge.subject, edge.object}:
            degree[end] += 1
            evidence[end] += len(edge.evidence)
    mentioned: Counter[str] = Counter(entity for _, entity in graph.mentions)
    ranked = sorted(graph.nodes, key=lambda key: (-degree[key], -evidence[key], -mentioned[key], key))[:node_limit]
    chosen = set(ranked)
    edges = [edge for edge in graph.edges.values() if edge.subject in chosen and edge.object in chosen]
    if len(edges) > edge_limit:
        edges.sort(key=lambda edge: (-len(edge.documents), -edge.confidence, edge.subject, edge.predicate, edge.object))
        edges = edges[:edge_limit]
    edges.sort(key=lambda edge: (edge.subject, edge.predicate, edge.object))
    return ranked, edges


def write_preview(
    graph: KnowledgeGraph, handle: BinaryIO, /, *, node_limit: int = NODE_LIMIT, layouts: Path | None = None
) -> None:
    """Write ``preview.html``: the graph drawn as SVG with a legend, search, a details panel and pan/zoom.
    ``layouts``: a folder where the layouts are remembered (:func:`kg.export.drawing.remembered_layout`).

    >>> import io
    >>> from kg.graph import Node
    >>> g = KnowledgeGraph()
    >>> g.add_node(Node(id="X:1", type="drug", label="<b>&"))
    >>> out = io.BytesIO()
    >>> write_preview(g, out)
    >>> page = out.getvalue().decode()
    >>> "<b>&" in page, "&lt;b&gt;&amp;" in page, 'class="n t-drug"' in page
    (False, True, True)
    """
    ids, edges = select(graph, node_limit)
    core = ids[:CORE]
    pairs = [(edge.subject, edge.object) for edge in edges]
    core_set = set(core)
    core_layout = remembered_layout(layouts, core, [(a, b) for a, b in pairs if a in core_set and b in core_set])
    layout = remembered_layout(layouts, ids, pairs, fixed=core_layout) if len(ids) > len(core) else core_layout
    points = _fit(layout, core_layout)
    order = {key: i for i, key in enumerate(ids)}
    degree: Counter[str] = Counter()
    for edge in edges:
        degree[edge.subject] += 1
        degree[edge.object] += 1
    small = len(ids) <= 60
    radius = {key: round(min(14.0 if small else 9.0, (5.0 if small else 3.0) + math.sqrt(degree[key])), 1)
              for key in ids}
    svg = [*_svg_edges(edges, points, radius, order), *_svg_nodes(graph, ids, points, radius)]
    data = _page_data(graph, ids, edges)
    data["core"] = len(core)
    style = _style()
    script = resources.files("kg.export").joinpath("preview_assets/preview.js").read_text("utf-8")
    if "</" in script:
        raise ValueError("preview.js must not contain '</' (it is inlined in a <script> element)")
    note = _note(graph, len(ids), len(edges))
    page = _PAGE.format(
        csp=f"default-src 'none'; style-src '{_sha256(style)}'; script-src '{_sha256(script)}'",
        style=style,
        note=_escape(note),
        svg="\n".join(svg),
        legend=_legend(graph, ids),
        data=_json_for_script(data),
        script=script,
        width=int(WIDTH),
        height=int(HEIGHT),
    )
    handle.write(page.encode("utf-8"))


def _fit(layout: dict[str, tuple[float, float]],
         frame: dict[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
    """Page coordinates: the ``frame`` nodes (the core) fill the page; the others keep the same scale."""
    if not layout:
        return {}
    xs = [x for x, _ in frame.values()]
    ys = [y for _, y in frame.values()]
    span_x, span_y = max(xs) - min(xs), max(ys) - min(ys)
    scale = min((WIDTH - 2 * MARGIN) / span_x if span_x else 1.0, (HEIGHT - 2 * MARGIN) / span_y if span_y else 1.0)
    scale = min(scale, 120.0)
    offset_x = (WIDTH - scale * span_x) / 2 - scale * min(xs)
    offset_y = (HEIGHT - scale * span_y) / 2 - scale * min(ys)
    return {key: (round(x * scale + offset_x, 1), round(y * scale + offset_y, 1)) for key, (x, y) in layout.items()}


def _svg_edges(edges: list[Edge], points: dict[str, tuple[float, float]], radius: dict[str, float],
               order: dict[str, int]) -> list[str]:
    lines = []
    for number, edge in enumerate(edges):
        (x1, y1), (x2, y2) = points[edge.subject], points[edge.object]
        length = math.sqrt((x2 - x1) ** 2 + (y2 - y1) ** 2)
        if length > radius[edge.object] + 2:
            pull = (radius[edge.object] + 2) / length
            x2, y2 = round(x2 - (x2 - x1) * pull, 1), round(y2 - (y2 - y1) * pull, 1)
        kind = "e neg" if edge.negated else "e"
        if order[edge.subject] >= CORE or order[edge.object] >= CORE:
            kind += " off"
        marker = "" if edge.predicate == "combined_with" else ' marker-end="url(#arrow)"'
        lines.append(f'<line class="{kind}" data-e="{number}" x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}"{marker}>'
                     f"<title>{_escape(edge.predicate)}</title></line>")
    return lines


def _svg_nodes(graph: KnowledgeGraph, ids: list[str], points: dict[str, tuple[float, float]],
               radius: dict[str, float]) -> list[str]:
    circles, labels = [], []
    for number, key in enumerate(ids):
        node = graph.nodes[key]
        (x, y), r = points[key], radius[key]
        label = _escape(_short(node.label or key, 40))
        off = "" if number < CORE else " off"
        circles.append(f'<circle class="n {_type_class(node.type)}{off}" data-n="{number}" cx="{x}" cy="{y}" '
                       f'r="{r}"><title>{label} ({_escape(node.type)})</title></circle>')
        labels.append(f'<text class="l{off}" data-l="{number}" x="{round(x + r + 2, 1)}" y="{round(y + 4, 1)}">'
                      f"{label}</text>")
    return [*circles, *labels]


def _page_data(graph: KnowledgeGraph, ids: list[str], edges: list[Edge]) -> dict[str, Any]:
    order = {key: i for i, key in enumerate(ids)}
    mentioned: Counter[str] = Counter(entity for _, entity in graph.mentions)
    nodes = [
        {"id": key, "type": node.type, "label": _clean(node.label) or key, "synonyms": _limited(node.synonyms),
         "xrefs": _limited(node.xrefs), "documents": mentioned[key]}
        for key in ids
        for node in (graph.nodes[key],)
    ]
    links = []
    for edge in edges:
        sentences = list(dict.fromkeys(s for e in edge.evidence if (s := _clean(e.sentence))))
        links.append({
            "id": edge.id, "s": order[edge.subject], "t": order[edge.object], "predicate": edge.predicate,
            "confidence": round(edge.confidence, 3), "negated": edge.negated, "hedged": edge.hedged,
            "sources": list(edge.sources), "documents": _limited(edge.documents),
            "evidence": [_short(s, TEXT_LIMIT) for s in sentences[:EVIDENCE_LIMIT]],
            "more": max(0, len(sentences) - EVIDENCE_LIMIT),
        })
    return {"nodes": nodes, "edges": links}


def _note(graph: KnowledgeGraph, shown_nodes: int, shown_edges: int) -> str:
    note = f"{shown_nodes:,} of {len(graph.nodes):,} entities and {shown_edges:,} of {len(graph.edges):,} relation"
    note += " edges"
    if shown_nodes < len(graph.nodes) or shown_edges < len(graph.edges):
        note += f" (the {shown_nodes:,} most connected and evidenced entities"
        note += f", their {shown_edges:,} best-supported edges)" if shown_edges >= EDGE_LIMIT else ")"
    documents = "document" if len(graph.documents) == 1 else "documents"
    note += f"; {len(graph.documents):,} {documents} and {len(graph.mentions):,} mentions edges are not drawn."
    if shown_nodes > CORE:
        note += f" The first view shows the top {CORE}: click a node to expand its neighbours."
    return note


def _legend(graph: KnowledgeGraph, ids: list[str]) -> str:
    counts = Counter(graph.nodes[key].type for key in ids)
    items = []
    for name in sorted(counts):
        items.append(f'<li><label><input type="checkbox" checked data-type="{_escape(name)}"> '
                     f'<svg width="12" height="12" aria-hidden="true"><circle class="{_type_class(name)}" '
                     f'cx="6" cy="6" r="5"/></svg> {_escape(name)} ({counts[name]:,})</label></li>')
    return "\n".join(items)


def _style() -> str:
    static = resources.files("kg.export").joinpath("preview_assets/preview.css").read_text("utf-8")
    rules = [f".{_type_class(name)}{{fill:{style.fill}}}" for name, style in sorted(TYPE_STYLES.items())]
    return static + f".t-unknown{{fill:{UNKNOWN_STYLE.fill}}}\n" + "\n".join(rules) + "\n"


def _type_class(node_type: str) -> str:
    return f"t-{node_type}" if node_type in TYPE_STYLES else "t-unknown"


def _json_for_script(data: object) -> str:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def _clean(text: str) -> str:
    return clean_text(text).strip()


def _short(text: str, limit: int) -> str:
    text = _clean(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _limited(values: Sequence[str]) -> list[str]:
    cleaned = [_short(v, TEXT_LIMIT) for v in values if _clean(v)]
    return cleaned if len(cleaned) <= LIST_LIMIT else [*cleaned[:LIST_LIMIT], f"… {len(cleaned) - LIST_LIMIT} more"]


def _escape(text: str) -> str:
    return html.escape(clean_text(text), quote=True)


_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>kg graph preview</title>
<style>{style}</style>
</head>
<body>
<header>
<h1>kg graph preview</h1>
<p id="note">{note}</p>
<div class="tools">
<input id="search" type="search" placeholder="Search names, synonyms, ids" aria-label="Search entities">
<span id="hits" aria-live="polite"></span>
<button id="zoom-in" type="button" title="Zoom in">+</button>
<button id="zoom-out" type="button" title="Zoom out">&#8722;</button>
<button id="zoom-reset" type="button" title="Show everything">Reset</button>
</div>
</header>
<main>
<svg id="graph" viewBox="0 0 {width} {height}" role="img" aria-label="The knowledge graph">
<defs><marker id="arrow" viewBox="0 0 8 6" refX="8" refY="3" markerWidth="6" markerHeight="4.5" orient="auto">\
<path d="M0,0L8,3L0,6z"/></marker></defs>
<g id="viewport">
{svg}
</g>
</svg>
<aside id="panel"><p class="hint">Click a node to see its identifiers and expand its neighbours, an edge
to see its evidence. Drag to pan, scroll to zoom; the legend filters by type.</p></aside>
</main>
<footer><ul class="legend">
{legend}
</ul></footer>
<script type="application/json" id="kg-data">{data}</script>
<script>{script}</script>
</body>
</html>
"""
