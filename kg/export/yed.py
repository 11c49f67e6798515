"""yEd flavour of GraphML: the typed attributes of :mod:`kg.export.graphml` plus yFiles node and edge graphics.

yEd draws a plain GraphML file as identical grey boxes without labels. Here every node also carries a
``y:ShapeNode`` (its label, a shape and a fill colour chosen by entity type, a size that fits the label and a
position) and every relation edge a ``y:PolyLineEdge`` labelled with its predicate, so the file opens readable in
yEd; ``mentions`` edges (document → entity, most of the edges) are drawn thin and light with no label.
Positions come from the preview's deterministic force layout when the graph is small enough (up to
:data:`LAYOUT_LIMIT` nodes) and from a grid grouped by type otherwise; in yEd, *Layout → Organic* re-lays
the graph in a few seconds. The yFiles keys are declared with ``yfiles.type`` and no ``attr.name``, which
``networkx.read_graphml`` understands (it reads the label and position out of them) and Gephi ignores.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping, Sequence
from typing import BinaryIO

from kg.export.drawing import force_layout, style_of
from kg.export.graphml import (
    EDGE_KEYS,
    GRAPHML_FOOTER,
    NODE_KEYS,
    Element,
    GraphmlKey,
    Parts,
    data_lines,
    declare_keys,
    graph_elements,
    write_parts,
    xml_attribute,
    xml_text,
)
from kg.graph import KnowledgeGraph

LAYOUT_LIMIT = 400
"""Graphs with more nodes than this are placed on a grid instead of the (quadratic-ish) force layout."""


Y_NS = "http://www.yworks.com/xml/graphml"
_GRAPHICS_KEYS = ('<key id="yfiles_node" for="node" yfiles.type="nodegraphics"/>',
                  '<key id="yfiles_edge" for="edge" yfiles.type="edgegraphics"/>')
_HEIGHT = 30.0
_GRID_STEP = (260.0, 60.0)


def write_yed_graphml(graph: KnowledgeGraph, handle: BinaryIO, /) -> None:
    """Write the graph as GraphML with yEd node shapes, colours, labels and labelled edges.

    >>> import io
    >>> from kg.graph import Node
    >>> g = KnowledgeGraph()
    >>> g.add_node(Node(id="HGNC:3942", type="target", label="MTOR"))
    >>> out = io.BytesIO()
    >>> write_yed_graphml(g, out)
    >>> b'<y:Shape type="hexagon"/>' in out.getvalue(), b'>MTOR</y:NodeLabel>' in out.getvalue()
    (True, True)
    """
    node_keys, edge_keys, nodes, edges = yed_parts(graph)
    write_parts(handle, _document(node_keys, edge_keys, nodes, edges, node_positions(nodes, edges)))


def yed_parts(graph: KnowledgeGraph) -> Parts:
    """The node keys, edge keys, node elements and edge elements of the yEd export, in file order (the key
    ids avoid the yFiles keys' ids).

    >>> "yfiles_node" in yed_parts(KnowledgeGraph())[0]
    False
    """
    nodes, edges = graph_elements(graph)
    node_keys = declare_keys("node", NODE_KEYS, nodes, taken=frozenset({"yfiles_node", "yfiles_edge"}))
    taken = frozenset({"yfiles_node", "yfiles_edge", *(key.id for key in node_keys.values())})
    edge_keys = declare_keys("edge", EDGE_KEYS, edges, taken=taken)
    return node_keys, edge_keys, nodes, edges


def node_positions(nodes: Sequence[Element], edges: Sequence[Element]) -> dict[str, tuple[float, float]]:
    """Top-left corners for the nodes: a force layout for small graphs, a grid by type for big ones.

    >>> node_positions([Element("a", {"type": "drug"}), Element("b", {"type": "target"})], [])["a"]
    (0.0, 0.0)
    """
    if 1 < len(nodes) <= LAYOUT_LIMIT and edges:
        layout = force_layout([node.id for node in nodes], [(edge.source, edge.target) for edge in edges])
        scale = 90.0
        return {key: (round(x * scale, 1), round(y * scale, 1)) for key, (x, y) in layout.items()}
    return grid_positions([(str(node.attributes.get("type", "")), node.id) for node in nodes])


def grid_positions(typed: Sequence[tuple[str, str]]) -> dict[str, tuple[float, float]]:
    """Top-left corners on the grid for nodes given as (type, id) pairs (ids distinct): by type, then id, in
    rows of the square root of their number.

    >>> grid_positions([("target", "b"), ("drug", "a")])
    {'a': (0.0, 0.0), 'b': (0.0, 60.0)}
    """
    ordered = sorted(typed)
    columns = max(1, math.isqrt(len(ordered)))
    return {
        node_id: ((index % columns) * _GRID_STEP[0], (index // columns) * _GRID_STEP[1])
        for index, (_, node_id) in enumerate(ordered)
    }


def _document(
    node_keys: dict[str, GraphmlKey],
    edge_keys: dict[str, GraphmlKey],
    nodes: Sequence[Element],
    edges: Sequence[Element],
    positions: Mapping[str, tuple[float, float]],
) -> Iterator[str]:
    yield yed_header(node_keys, edge_keys)
    for node in nodes:
        yield yed_node_text(node, node_keys, positions.get(node.id, (0.0, 0.0)))
    for edge in edges:
        yield yed_edge_text(edge, edge_keys)
    yield GRAPHML_FOOTER


def yed_header(node_keys: dict[str, GraphmlKey], edge_keys: dict[str, GraphmlKey]) -> str:
    """Everything before the first node: the declarations of the attribute keys and of the yFiles keys.

    >>> yed_header({}, {}).count("yfiles.type")
    2
    """
    keys = "".join(f"  {key.xml()}\n" for key in (*node_keys.values(), *edge_keys.values()))
    graphics = "".join(f"  {line}\n" for line in _GRAPHICS_KEYS)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"'
        f' xmlns:y="{Y_NS}"'
        ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
        ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns'
        ' http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">\n'
        f'{keys}{graphics}  <graph id="kg" edgedefault="directed">\n'
    )


def yed_node_text(node: Element, keys: dict[str, GraphmlKey], position: tuple[float, float]) -> str:
    """One ``<node>`` element with its data and its yFiles shape at ``position``.

    >>> 'x="1.0" y="2.0"' in yed_node_text(Element("a", {"label": "A"}), {}, (1.0, 2.0))
    True
    """
    return (
        f'    <node id="{xml_attribute(node.id)}">\n' + "".join(data_lines(node.attributes, keys))
        + "".join(_shape_node(node, position)) + "    </node>\n"
    )


def yed_edge_text(edge: Element, keys: dict[str, GraphmlKey]) -> str:
    """One ``<edge>`` element with its data and its yFiles line.

    >>> yed_edge_text(Element("e1", {"label": "mentions"}, "a", "b"), {}).count("#CCCCCC")
    1
    """
    ends = f'source="{xml_attribute(edge.source)}" target="{xml_attribute(edge.target)}"'
    return (
        f'    <edge id="{xml_attribute(edge.id)}" {ends}>\n' + "".join(data_lines(edge.attributes, keys))
        + "".join(_polyline_edge(edge)) + "    </edge>\n"
    )


def _shape_node(node: Element, position: tuple[float, float]) -> Iterator[str]:
    label = str(node.attributes.get("label") or node.id)
    style = style_of(str(node.attributes.get("type", "")))
    width = float(min(240, max(60, 7 * len(label) + 16)))
    x, y = position
    yield '      <data key="yfiles_node">\n        <y:ShapeNode>\n'
    yield f'          <y:Geometry height="{_HEIGHT}" width="{width}" x="{x}" y="{y}"/>\n'
    yield f'          <y:Fill color="{style.fill}" transparent="false"/>\n'
    yield '          <y:BorderStyle color="#333333" type="line" width="1.0"/>\n'
    yield (
        '          <y:NodeLabel alignment="center" autoSizePolicy="content" fontFamily="Dialog"'
        ' fontSize="12" fontStyle="plain" hasBackgroundColor="false" hasLineColor="false"'
        f' modelName="internal" modelPosition="c" textColor="#000000" visible="true">{xml_text(label)}</y:NodeLabel>\n'
    )
    yield f'          <y:Shape type="{style.shape}"/>\n'
    yield "        </y:ShapeNode>\n      </data>\n"


def _polyline_edge(edge: Element) -> Iterator[str]:
    """A relation edge: a dark line labelled with its predicate; a ``mentions`` edge: thin, light, no label."""
    predicate = str(edge.attributes.get("label") or "")
    mentions = predicate == "mentions"
    colour, line, width = ("#CCCCCC", "line", "0.5") if mentions else ("#555555", "line", "1.0")
    if edge.attributes.get("negated") is True:
        colour, line = "#C0392B", "dashed"
    yield '      <data key="yfiles_edge">\n        <y:PolyLineEdge>\n'
    yield f'          <y:LineStyle color="{colour}" type="{line}" width="{width}"/>\n'
    yield '          <y:Arrows source="none" target="standard"/>\n'
    if predicate and not mentions:
        yield (
            '          <y:EdgeLabel alignment="center" fontFamily="Dialog" fontSize="10" fontStyle="plain"'
            ' modelName="centered" modelPosition="center" preferredPlacement="anywhere" textColor="#333333"'
            f' visible="true">{xml_text(predicate)}</y:EdgeLabel>\n'
        )
    yield '          <y:BendStyle smoothed="false"/>\n'
    yield "        </y:PolyLineEdge>\n      </data>\n"
