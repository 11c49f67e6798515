"""GraphML sink that Gephi, Cytoscape, yEd, networkx and igraph all read with typed columns.

``networkx.write_graphml`` names keys ``d0``, ``d1``…, writes lists and None as text and lets a
key's type depend on the first value seen. Here every key is declared once, before the graph, with an
explicit ``attr.type`` and ``id`` equal to its name (an edge key whose name a node key already uses gets
the id ``edge_<name>``); values are only strings, ints, doubles and booleans (lists are joined with ``|``
next to a ``<name>_count``); XML-illegal characters are stripped; nodes, edges and keys come in a fixed
order, so two exports of the same graph are byte-identical.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import BinaryIO, Literal

from kg.export.graphml_text import (
    GRAPHML_FOOTER,
    Attributes,
    AttrType,
    Element,
    GraphmlKey,
    Value,
    data_lines,
    edge_text,
    graphml_header,
    node_text,
    xml_attribute,
    xml_text,
)
from kg.export.ids import mention_id
from kg.export.text import clean_text
from kg.graph import DocumentNode, Edge, KnowledgeGraph, Node

__all__ = [
    "EDGE_KEYS", "GRAPHML_FOOTER", "NODE_KEYS", "Element", "GraphmlKey", "data_lines", "declare_keys",
    "document_element", "edge_elements", "edge_text", "entity_element", "graph_elements", "graphml_header",
    "graphml_parts", "mention_element", "node_elements", "node_text", "relation_element", "write_graphml",
    "write_parts", "xml_attribute", "xml_text",
]

LIST_FIELDS: frozenset[str] = frozenset({"cancerTypes", "tags"})
NODE_KEYS: tuple[tuple[str, AttrType], ...] = (
    ("label", "string"),
    ("name", "string"),
    ("type", "string"),
    ("synonyms", "string"),
    ("synonyms_count", "int"),
    ("xrefs", "string"),
    ("xrefs_count", "int"),
    ("path", "string"),
)
EDGE_KEYS: tuple[tuple[str, AttrType], ...] = (
    ("label", "string"),
    ("interaction", "string"),
    ("confidence", "double"),
    ("negated", "boolean"),
    ("hedged", "boolean"),
    ("n_documents", "int"),
    ("documents", "string"),
    ("evidence", "string"),
    ("evidence_count", "int"),
    ("methods", "string"),
    ("sources", "string"),
    ("count", "int"),
)
_INT32 = 2**31 - 1
_KEY_ID_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]")



def write_graphml(graph: KnowledgeGraph, handle: BinaryIO, /) -> None:
    """Write the graph as one directed GraphML graph with typed, declared keys.

    >>> import io
    >>> from kg.graph import Node
    >>> g = KnowledgeGraph()
    >>> g.add_node(Node(id="HGNC:3942", type="target", label="MTOR"))
    >>> out = io.BytesIO()
    >>> write_graphml(g, out)
    >>> b'<node id="HGNC:3942">' in out.getvalue()
    True
    """
    write_parts(handle, _document(*graphml_parts(graph)))


Parts = tuple[dict[str, GraphmlKey], dict[str, GraphmlKey], list[Element], list[Element]]


def graphml_parts(graph: KnowledgeGraph) -> Parts:
    """The node keys, edge keys, node elements and edge elements of the GraphML export, in file order.

    >>> graphml_parts(KnowledgeGraph())[0]["label"].id
    'label'
    """
    nodes, edges = graph_elements(graph)
    node_keys = declare_keys("node", NODE_KEYS, nodes, taken=frozenset())
    edge_keys = declare_keys("edge", EDGE_KEYS, edges, taken=frozenset(key.id for key in node_keys.values()))
    return node_keys, edge_keys, nodes, edges


def write_parts(handle: BinaryIO, parts: Iterable[str], batch: int = 4096) -> None:
    """Write text parts as UTF-8, ``batch`` parts at a time, so the whole document is never one string.

    >>> import io
    >>> out = io.BytesIO()
    >>> write_parts(out, (f"<n{i}/>" for i in range(3)), batch=2)
    >>> out.getvalue()
    b'<n0/><n1/><n2/>'
    """
    pending: list[str] = []
    for part in parts:
        pending.append(part)
        if len(pending) >= batch:
            handle.write("".join(pending).encode("utf-8"))
            pending.clear()
    handle.write("".join(pending).encode("utf-8"))


def graph_elements(graph: KnowledgeGraph) -> tuple[list[Element], list[Element]]:
    """Node and edge elements, with a placeholder node (type ``unknown``) for any edge end not in the graph,
    so every reader finds both ends of every edge."""
    nodes = node_elements(graph)
    edges = edge_elements(graph)
    known = {node.id for node in nodes}
    for edge in edges:
        for end in (edge.source, edge.target):
            if end not in known:
                known.add(end)
                nodes.append(Element(end, {"label": end, "name": end, "type": "unknown"}))
    return nodes, edges


def node_elements(graph: KnowledgeGraph) -> list[Element]:
    """Document nodes (by id) then entity nodes (by CURIE), with display attributes.

    >>> from kg.graph import Node
    >>> g = KnowledgeGraph()
    >>> g.add_node(Node(id="HGNC:3942", type="target", label="MTOR", synonyms=("mTOR", "FRAP1")))
    >>> node_elements(g)[0].attributes["synonyms"]
    'mTOR|FRAP1'
    """
    elements = [document_element(graph.documents[key]) for key in sorted(graph.documents)]
    results = graph.results_by_trial()
    for node in graph.sorted_nodes():
        element = entity_element(node)
        if node.id in results:
            element.attributes["results"] = clean_text(" | ".join(results[node.id]))
            element.attributes["results_count"] = len(results[node.id])
        elements.append(element)
    return elements


def edge_elements(graph: KnowledgeGraph) -> list[Element]:
    """``mentions`` edges (by document, entity) then relation edges (by subject, predicate, object).

    >>> from kg.model import Evidence
    >>> g = KnowledgeGraph()
    >>> ev = Evidence("d", "s", 0, 1, "verb")
    >>> g.edges[("a:1", "inhibits", "b:2")] = Edge("a:1", "inhibits", "b:2", (ev,))
    >>> edge_elements(g)[0].attributes["interaction"]
    'inhibits'
    """
    elements = [
        mention_element(doc_id, entity_id, count)
        for (doc_id, entity_id), count in sorted(graph.mentions.items())
    ]
    elements.extend(relation_element(edge) for edge in graph.sorted_edges())
    return elements


def declare_keys(
    domain: Literal["node", "edge"],
    fixed: Sequence[tuple[str, AttrType]],
    elements: Sequence[Element],
    *,
    taken: frozenset[str],
) -> dict[str, GraphmlKey]:
    """Keys for the attributes used: the fixed ones, then the others by name; ids unique, none in ``taken``.

    >>> keys = declare_keys("edge", [("label", "string")], [], taken=frozenset({"label"}))
    >>> keys["label"].id
    'edge_label'
    """
    types: dict[str, AttrType] = dict(fixed)
    extra: dict[str, AttrType] = {}
    for element in elements:
        for name, value in element.attributes.items():
            kind = _attr_type(value)
            if name in types:
                types[name] = _widen(types[name], kind)
            else:
                extra[name] = _widen(extra[name], kind) if name in extra else kind
    ordered = [name for name, _ in fixed] + sorted(extra)
    types.update(extra)
    used_ids = set(taken)
    keys: dict[str, GraphmlKey] = {}
    for name in ordered:
        base = _KEY_ID_UNSAFE.sub("_", name) or "_"
        key_id = base if base not in used_ids else f"{domain}_{base}"
        suffix = 2
        while key_id in used_ids:
            key_id, suffix = f"{domain}_{base}_{suffix}", suffix + 1
        used_ids.add(key_id)
        keys[name] = GraphmlKey(domain, key_id, name, types[name])
    return keys


def entity_element(node: Node) -> Element:
    """The element of an entity node (without its trial results, which :func:`node_elements` adds).

    >>> entity_element(Node("HGNC:3942", "target", "MTOR")).attributes["synonyms_count"]
    0
    """
    label = clean_text(node.label).strip() or node.id
    attributes: Attributes = {"label": label, "name": label, "type": node.type}
    attributes.update(_joined("synonyms", node.synonyms))
    attributes.update(_joined("xrefs", node.xrefs))
    return Element(node.id, attributes)


def document_element(doc: DocumentNode) -> Element:
    """The element of a document node, with its front-matter fields.

    >>> document_element(DocumentNode("https://x", "x.md", (("tags", "a|b"),))).attributes["tags_count"]
    2
    """
    label = clean_text(doc.label).strip() or doc.id
    attributes: Attributes = {"label": label, "name": label, "type": "document", "path": doc.path}
    reserved = {name for name, _ in NODE_KEYS}
    for name, value in doc.fields:
        key = f"field_{name}" if name in reserved else name
        if name in LIST_FIELDS:
            attributes.update(_joined(key, [part for part in value.split("|") if part]))
        elif value:
            attributes[key] = value
    return Element(doc.id, attributes)


def mention_element(doc_id: str, entity_id: str, count: int) -> Element:
    """The element of a ``mentions`` edge.

    >>> mention_element("https://x", "HGNC:3942", 3).attributes["count"]
    3
    """
    attributes: Attributes = {
        "label": "mentions",
        "interaction": "mentions",
        "negated": False,
        "hedged": False,
        "n_documents": 1,
        "documents": doc_id,
        "count": count,
    }
    return Element(mention_id(doc_id, entity_id), attributes, doc_id, entity_id)


def relation_element(edge: Edge) -> Element:
    """The element of a relation edge, with its aggregated evidence.

    >>> from kg.model import Evidence
    >>> relation_element(Edge("a:1", "inhibits", "b:2", (Evidence("d", "s", 0, 1, "verb"),))).source
    'a:1'
    """
    sentences = list(dict.fromkeys(s for e in edge.evidence if (s := clean_text(e.sentence).strip())))
    attributes: Attributes = {"label": edge.predicate, "interaction": edge.predicate}
    if edge.evidence:
        attributes["confidence"] = edge.confidence
    attributes.update(
        {
            "negated": edge.negated,
            "hedged": edge.hedged,
            "n_documents": len(edge.documents),
            "documents": "|".join(edge.documents),
            "evidence": " | ".join(sentences),
            "evidence_count": len(edge.evidence),
            "methods": "|".join(sorted({e.method for e in edge.evidence})),
            "sources": "|".join(edge.sources),
        }
    )
    reserved = {name for name, _ in EDGE_KEYS}
    for key, value in edge.data:
        attributes[f"data_{key}" if key in reserved else key] = value
    return Element(edge.id, attributes, edge.subject, edge.object)


def _joined(name: str, values: Sequence[str]) -> Attributes:
    cleaned = [text for value in values if (text := clean_text(value).strip())]
    attributes: Attributes = {f"{name}_count": len(cleaned)}
    if cleaned:
        attributes[name] = "|".join(cleaned)
    return attributes


def _attr_type(value: Value) -> AttrType:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "int" if -_INT32 - 1 <= value <= _INT32 else "long"
    if isinstance(value, float):
        return "double"
    return "string"


def _widen(old: AttrType, new: AttrType) -> AttrType:
    if old == new:
        return old
    if {old, new} <= {"int", "long"}:
        return "long"
    if {old, new} <= {"int", "long", "double"}:
        return "double"
    return "string"


def _document(
    node_keys: dict[str, GraphmlKey],
    edge_keys: dict[str, GraphmlKey],
    nodes: Sequence[Element],
    edges: Sequence[Element],
) -> Iterator[str]:
    yield graphml_header(node_keys, edge_keys)
    for node in nodes:
        yield node_text(node, node_keys)
    for edge in edges:
        yield edge_text(edge, edge_keys)
    yield GRAPHML_FOOTER


