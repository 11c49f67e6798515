"""Visual exports: yEd GraphML (shapes, colours, labels), Cytoscape.js JSON and the HTML preview's bytes."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import networkx as nx
import pytest
from test_export import sample_graph

from kg.export import FORMATS, write_exports
from kg.export.cytoscape import write_cytoscape
from kg.export.drawing import TYPE_STYLES, force_layout
from kg.export.preview import write_preview
from kg.export.yed import write_yed_graphml
from kg.graph import KnowledgeGraph, Node
from kg.model import Evidence, Statement

NS = {"g": "http://graphml.graphdrawing.org/xmlns", "y": "http://www.yworks.com/xml/graphml"}
HOSTILE = '<script>alert("x")</script> & </svg>'


def every_type_graph() -> KnowledgeGraph:
    """The sample graph plus one node of every styled type and a label made to break markup."""
    graph = sample_graph()
    for number, name in enumerate(sorted(TYPE_STYLES)):
        if name != "document":
            graph.add_node(Node(id=f"X:{number}", type=name, label=f"{name} node"))
    graph.add_node(Node(id="X:evil", type="drug", label=HOSTILE, synonyms=("a\x00b",)))
    evidence = Evidence("doc", HOSTILE, 0, 5, "verb", 0.5)
    graph.add_statement(Statement("X:evil", "treats", "X:5", evidence))
    return graph


def render(writer: Callable[[KnowledgeGraph, BinaryIO], None], graph: KnowledgeGraph) -> bytes:
    out = io.BytesIO()
    writer(graph, out)
    return out.getvalue()


def test_yed_file_is_xml_with_a_shape_node_per_node(tmp_path: Path) -> None:
    graph = every_type_graph()
    data = render(write_yed_graphml, graph)
    root = ET.fromstring(data)
    nodes = root.findall("g:graph/g:node", NS)
    assert len(nodes) == len(graph.nodes) + len(graph.documents)
    fills: dict[str, str] = {}
    for node in nodes:
        shape = node.find("g:data/y:ShapeNode", NS)
        assert shape is not None, node.get("id")
        label = shape.find("y:NodeLabel", NS)
        fill = shape.find("y:Fill", NS)
        kind = shape.find("y:Shape", NS)
        assert label is not None and label.text, node.get("id")
        assert fill is not None and kind is not None
        type_data = [d.text for d in node.findall("g:data", NS) if d.get("key") == "type"]
        fills[type_data[0] or ""] = fill.get("color") or ""
        if type_data[0] in TYPE_STYLES:
            assert kind.get("type") == TYPE_STYLES[type_data[0] or ""].shape
    assert {name: style.fill for name, style in TYPE_STYLES.items()} == {k: fills[k] for k in TYPE_STYLES}
    assert len(set(fills.values())) == len(fills)
    labels = {e.text for e in root.iterfind("g:graph/g:edge/g:data/y:PolyLineEdge/y:EdgeLabel", NS)}
    assert {"inhibits", "targets", "treats"} <= labels
    assert "mentions" not in labels
    for edge in root.iterfind("g:graph/g:edge", NS):
        predicate = next(d.text for d in edge.findall("g:data", NS) if d.get("key") == "edge_label")
        polyline = edge.find("g:data/y:PolyLineEdge", NS)
        assert polyline is not None
        has_label = polyline.find("y:EdgeLabel", NS) is not None
        width = float(polyline.find("y:LineStyle", NS).get("width") or 0)  # type: ignore[union-attr]
        assert has_label == (predicate != "mentions"), predicate
        assert width == (0.5 if predicate == "mentions" else 1.0)
    evil = next(n for n in nodes if n.get("id") == "X:evil")
    assert evil.find("g:data/y:ShapeNode/y:NodeLabel", NS).text == HOSTILE  # type: ignore[union-attr]


def test_networkx_reads_the_yed_file(tmp_path: Path) -> None:
    path = tmp_path / "kg.yed.graphml"
    path.write_bytes(render(write_yed_graphml, sample_graph()))
    graph = nx.read_graphml(path)
    drug = graph.nodes["NCIT:C48387"]
    assert drug["label"] == "everolimus" and drug["type"] == "drug" and drug["shape_type"] == "ellipse"
    assert graph.edges["NCIT:C48387", "HGNC:3942"]["label"] == "inhibits"
    assert graph.edges["NCIT:C48387", "HGNC:3942"]["confidence"] == 1.0


def test_cytoscape_json_has_every_node_and_edge() -> None:
    graph = every_type_graph()
    document = json.loads(render(write_cytoscape, graph))
    nodes = [item["data"] for item in document["elements"]["nodes"]]
    edges = [item["data"] for item in document["elements"]["edges"]]
    assert {n["id"] for n in nodes} == set(graph.nodes) | set(graph.documents)
    assert all(n["label"] and n["type"] for n in nodes)
    assert [n["id"] for n in nodes] == sorted(n["id"] for n in nodes)
    assert len(edges) == len(graph.edges) + len(graph.mentions)
    assert len({e["id"] for e in edges}) == len(edges)
    ids = {n["id"] for n in nodes}
    assert all(e["source"] in ids and e["target"] in ids and e["label"] == e["interaction"] for e in edges)
    inhibits = next(e for e in edges if e["interaction"] == "inhibits")
    assert inhibits["confidence"] == 1.0 and inhibits["evidence"] == ["Everolimus inhibits mTOR."]
    assert inhibits["sources"] == ["drugcentral", "text"]
    evil = next(n for n in nodes if n["id"] == "X:evil")
    assert evil["label"] == HOSTILE and evil["synonyms"] == ["ab"]


@pytest.mark.parametrize("writer", [write_yed_graphml, write_cytoscape, write_preview])
def test_visual_exports_are_byte_identical_whatever_the_merge_order(
    writer: Callable[[KnowledgeGraph, BinaryIO], None],
) -> None:
    first = render(writer, sample_graph())
    assert first == render(writer, sample_graph())
    assert first == render(writer, sample_graph(reverse=True))


def test_preview_escapes_text_and_loads_nothing() -> None:
    page = render(write_preview, every_type_graph()).decode()
    assert "<script>alert" not in page and "</svg> &" not in page
    assert page.count("<script") == 2 and page.count("</script>") == 2
    assert "http://" not in page.replace("http://www.w3.org", "") and "src=" not in page
    assert "default-src 'none'" in page
    for name in TYPE_STYLES:
        if name != "document":
            assert f'class="n t-{name}"' in page


def test_preview_caps_big_graphs_and_says_so() -> None:
    graph = KnowledgeGraph()
    for number in range(30):
        graph.add_node(Node(id=f"X:{number:02}", type="drug", label=f"drug {number}"))
    for number in range(10):
        ev = Evidence("doc", "s", 0, 1, "verb", 0.8)
        graph.add_statement(Statement(f"X:{number:02}", "treats", f"X:{number + 1:02}", ev))
    out = io.BytesIO()
    write_preview(graph, out, node_limit=5)
    page = out.getvalue().decode()
    assert page.count("<circle class=\"n ") == 5
    assert "5 of 30 entities" in page and "most connected" in page


def test_force_layout_is_deterministic_and_spreads_nodes() -> None:
    names = [f"n{i}" for i in range(50)]
    edges = [(names[i], names[(i * 7 + 3) % 50]) for i in range(50)]
    layout = force_layout(names, edges)
    assert layout == force_layout(list(reversed(names)), list(reversed(edges)))
    points = sorted(layout.values())
    assert len({(round(x, 3), round(y, 3)) for x, y in points}) == 50


def test_registry_names_the_visual_formats(tmp_path: Path) -> None:
    assert FORMATS["yed"][0] == "kg.yed.graphml"
    assert FORMATS["cyjs"][0] == "kg.cyjs.json"
    assert FORMATS["preview"][0] == "preview.html"
    written = write_exports(sample_graph(), tmp_path, ["yed", "cyjs", "preview"])
    assert [p.name for p in written] == ["kg.yed.graphml", "kg.cyjs.json", "preview.html"]
