"""GraphML and its yEd flavour written together: the same elements, keys and ``<data>`` lines made once.

The two files hold the same nodes and edges with the same attributes (:func:`kg.export.graphml.graph_elements`),
declared by the same keys unless an attribute's key id would be one of the yFiles keys' ids; each element's
``<data>`` lines are then the same text in both. Writing the two apart made the elements, their key types and
their data lines twice, in two processes (about a third of the two tasks' time on the dev corpus). Here they are
made once; the bytes of each file are those of :func:`kg.export.graphml.write_graphml` and
:func:`kg.export.yed.write_yed_graphml`.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from kg.export.atomic import write_atomic
from kg.export.graphml import GRAPHML_FOOTER, Element, GraphmlKey, data_lines, graphml_parts
from kg.export.graphml_text import graphml_header, xml_attribute
from kg.export.yed import _polyline_edge, _shape_node, node_positions, yed_header, yed_parts
from kg.graph import KnowledgeGraph

__all__ = ["write_graphml_and_yed"]


def write_graphml_and_yed(graph: KnowledgeGraph, graphml: Path, yed: Path) -> list[Path]:
    """Write the GraphML export to ``graphml`` and the yEd one to ``yed`` (each atomically); return both paths.

    >>> import io, tempfile
    >>> from kg.export.graphml import write_graphml
    >>> from kg.export.yed import write_yed_graphml
    >>> from kg.graph import Node
    >>> g = KnowledgeGraph()
    >>> g.add_node(Node(id="HGNC:3942", type="target", label="MTOR", synonyms=("mTOR",)))
    >>> folder = Path(tempfile.mkdtemp())
    >>> paths = write_graphml_and_yed(g, folder / "kg.graphml", folder / "kg.yed.graphml")
    >>> alone = io.BytesIO(), io.BytesIO()
    >>> write_graphml(g, alone[0]), write_yed_graphml(g, alone[1])
    (None, None)
    >>> [path.read_bytes() for path in paths] == [handle.getvalue() for handle in alone]
    True
    """
    node_keys, edge_keys, nodes, edges = graphml_parts(graph)
    yed_keys = _yed_keys(graph, node_keys, edge_keys)
    positions = node_positions(nodes, edges)

    def write_yed(yed_handle: BinaryIO) -> None:
        def write_graphml(graphml_handle: BinaryIO) -> None:
            _write_both(graphml_handle, yed_handle, (node_keys, edge_keys), yed_keys, nodes, edges, positions)

        write_atomic(graphml, write_graphml)

    write_atomic(yed, write_yed)
    return [graphml, yed]


_Keys = tuple[dict[str, GraphmlKey], dict[str, GraphmlKey]]


def _yed_keys(graph: KnowledgeGraph, node_keys: dict[str, GraphmlKey], edge_keys: dict[str, GraphmlKey]) -> _Keys:
    """The yEd file's keys: GraphML's, unless one of those has a yFiles key's id (then the keys
    :func:`kg.export.yed.yed_parts` declares)."""
    if any(key.id in ("yfiles_node", "yfiles_edge") for key in (*node_keys.values(), *edge_keys.values())):
        yed_node_keys, yed_edge_keys, _, _ = yed_parts(graph)
        return yed_node_keys, yed_edge_keys
    return node_keys, edge_keys


def _write_both(
    graphml: BinaryIO, yed: BinaryIO, keys: _Keys, yed_keys: _Keys, nodes: list[Element], edges: list[Element],
    positions: dict[str, tuple[float, float]], batch: int = 4096,
) -> None:
    """Write both files, element by element, ``batch`` elements at a time (neither is ever held whole)."""
    shared = yed_keys == keys
    plain, drawn = [graphml_header(*keys)], [yed_header(*yed_keys)]
    for node in nodes:
        start = f'    <node id="{xml_attribute(node.id)}">\n'
        data = "".join(data_lines(node.attributes, keys[0]))
        yed_data = data if shared else "".join(data_lines(node.attributes, yed_keys[0]))
        plain.append(start + data + "    </node>\n")
        shape = "".join(_shape_node(node, positions.get(node.id, (0.0, 0.0))))
        drawn.append(start + yed_data + shape + "    </node>\n")
        if len(plain) >= batch:
            _flush(plain, graphml, drawn, yed)
    for edge in edges:
        ends = f'source="{xml_attribute(edge.source)}" target="{xml_attribute(edge.target)}"'
        start = f'    <edge id="{xml_attribute(edge.id)}" {ends}>\n'
        data = "".join(data_lines(edge.attributes, keys[1]))
        yed_data = data if shared else "".join(data_lines(edge.attributes, yed_keys[1]))
        plain.append(start + data + "    </edge>\n")
        drawn.append(start + yed_data + "".join(_polyline_edge(edge)) + "    </edge>\n")
        if len(plain) >= batch:
            _flush(plain, graphml, drawn, yed)
    plain.append(GRAPHML_FOOTER)
    drawn.append(GRAPHML_FOOTER)
    _flush(plain, graphml, drawn, yed)


def _flush(plain: list[str], graphml: BinaryIO, drawn: list[str], yed: BinaryIO) -> None:
    """Write the texts made so far to their files, in UTF-8, and forget them."""
    for texts, handle in ((plain, graphml), (drawn, yed)):
        handle.write("".join(texts).encode("utf-8"))
        texts.clear()
