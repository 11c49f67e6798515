"""The text of GraphML elements: keys, ``<data>`` lines, nodes and edges, escaped for XML.

Shared by the GraphML sink (:mod:`kg.export.graphml`), its yEd flavour (:mod:`kg.export.yed`) and the
incremental exports, which write single elements again (:mod:`kg.export.incremental_elements`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Literal
from xml.sax.saxutils import escape

from kg.export.text import clean_text, format_double

AttrType = Literal["string", "int", "long", "double", "boolean"]
Value = str | int | float | bool
Attributes = dict[str, Value]

_ATTRIBUTE_ESCAPES = {'"': "&quot;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"}
_TEXT_SPECIAL = re.compile("[&<>\r]")  # what escape() changes in element text: most values have none of it
_ATTRIBUTE_SPECIAL = re.compile('[&<>"\n\r\t]')


@dataclass(frozen=True)
class GraphmlKey:
    """One ``<key>`` declaration: which elements it is ``for``, its id, attribute name and type.

    >>> GraphmlKey("edge", "edge_label", "label", "string").xml()
    '<key id="edge_label" for="edge" attr.name="label" attr.type="string"/>'
    """

    domain: Literal["node", "edge"]
    id: str
    name: str
    type: AttrType

    def xml(self) -> str:
        """The ``<key>`` element."""
        return (
            f'<key id="{xml_attribute(self.id)}" for="{self.domain}" attr.name="{xml_attribute(self.name)}"'
            f' attr.type="{self.type}"/>'
        )


@dataclass(frozen=True)
class Element:
    """A node (``source``/``target`` empty) or an edge, with its attributes.

    >>> Element("HGNC:3942", {"label": "MTOR"}).attributes["label"]
    'MTOR'
    """

    id: str
    attributes: Attributes
    source: str = ""
    target: str = ""


GRAPHML_FOOTER = "  </graph>\n</graphml>\n"
"""What follows the last edge of a GraphML export (and of its yEd flavour)."""


def graphml_header(node_keys: dict[str, GraphmlKey], edge_keys: dict[str, GraphmlKey]) -> str:
    """Everything before the first node: the XML declaration, the key declarations, the graph's start.

    >>> graphml_header({}, {}).splitlines()[-1]
    '  <graph id="kg" edgedefault="directed">'
    """
    keys = "".join(f"  {key.xml()}\n" for key in (*node_keys.values(), *edge_keys.values()))
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"'
        ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
        ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns'
        ' http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
        f'{keys}  <graph id="kg" edgedefault="directed">\n'
    )


def node_text(node: Element, keys: dict[str, GraphmlKey]) -> str:
    """One ``<node>`` element with its data, as a line block.

    >>> node_text(Element("a", {"label": "A"}), {"label": GraphmlKey("node", "label", "label", "string")})
    '    <node id="a">\\n      <data key="label">A</data>\\n    </node>\\n'
    """
    return f'    <node id="{xml_attribute(node.id)}">\n' + "".join(data_lines(node.attributes, keys)) + "    </node>\n"


def edge_text(edge: Element, keys: dict[str, GraphmlKey]) -> str:
    """One ``<edge>`` element with its ends and data, as a line block.

    >>> edge_text(Element("e1", {}, "a", "b"), {})
    '    <edge id="e1" source="a" target="b">\\n    </edge>\\n'
    """
    ends = f'source="{xml_attribute(edge.source)}" target="{xml_attribute(edge.target)}"'
    return f'    <edge id="{xml_attribute(edge.id)}" {ends}>\n' + "".join(data_lines(edge.attributes, keys)) + (
        "    </edge>\n"
    )


def data_lines(attributes: Attributes, keys: dict[str, GraphmlKey]) -> Iterator[str]:
    """The ``<data>`` lines of an element's attributes, in key order (GraphML and yEd GraphML).

    >>> keys = {"label": GraphmlKey("node", "label", "label", "string")}
    >>> list(data_lines({"label": "a < b"}, keys))
    ['      <data key="label">a &lt; b</data>\\n']
    """
    for name, key in keys.items():
        if name not in attributes:
            continue
        text = _text(attributes[name], key.type)
        if text is not None:
            yield _data_start(key.id) + text + "</data>\n"


@cache
def _data_start(key_id: str) -> str:
    return f'      <data key="{xml_attribute(key_id)}">'


def _text(value: Value, kind: AttrType) -> str | None:
    if kind == "boolean":
        return "true" if value else "false"
    if kind == "double":
        number = float(value)
        return format_double(number) if math.isfinite(number) else None
    if kind in ("int", "long"):
        return str(int(value))
    return xml_text(str(value))


def xml_text(text: str) -> str:
    """Text cleaned and escaped for XML element content.

    >>> xml_text("a & b\\x00")
    'a &amp; b'
    """
    text = clean_text(text)
    return escape(text, {"\r": "&#13;"}) if _TEXT_SPECIAL.search(text) else text


def xml_attribute(text: str) -> str:
    """Text cleaned and escaped for a double-quoted XML attribute.

    >>> xml_attribute('say "hi"\\n')
    'say &quot;hi&quot;&#10;'
    """
    text = clean_text(text)
    return escape(text, _ATTRIBUTE_ESCAPES) if _ATTRIBUTE_SPECIAL.search(text) else text
