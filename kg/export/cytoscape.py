"""Cytoscape.js JSON: ``{"elements": {"nodes": [...], "edges": [...]}}`` for Cytoscape.js and Cytoscape desktop.

The shape is what ``cy.json()`` gives and what Cytoscape desktop's *Import Network from File* reads as
``.cyjs``: every element is ``{"data": {...}}``; nodes carry ``id``, ``label``, ``name`` and ``type``
(plus synonyms and cross-references as JSON lists, since JSON has lists where GraphML does not), edges
carry ``id``, ``source``, ``target``, ``label``/``interaction`` (the predicate), ``confidence`` and their
evidence sentences. A ``style`` list colours nodes by type with the palette of :mod:`kg.export.yed`, so
``cytoscape({container, ...json})`` draws the graph as the other views do. Keys are sorted and elements
come sorted by id; each element is serialised on its own line, so the file streams and diffs well.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from typing import Any, BinaryIO

from kg.export.drawing import TYPE_STYLES, UNKNOWN_STYLE
from kg.export.ids import mention_id
from kg.export.text import clean_text
from kg.graph import DocumentNode, Edge, KnowledgeGraph, Node

Data = dict[str, Any]

FORMAT_VERSION = "1.0"
NODE_RESERVED = frozenset({"id", "label", "name", "type", "synonyms", "xrefs", "path"})
EDGE_RESERVED = frozenset(
    {"id", "source", "target", "label", "interaction", "confidence", "negated", "hedged", "documents",
     "n_documents", "evidence", "evidence_count", "methods", "sources", "count"}
)


def write_cytoscape(graph: KnowledgeGraph, handle: BinaryIO, /) -> None:
    """Write the graph as Cytoscape.js JSON (documents, entities, ``mentions`` and relation edges).

    >>> import io
    >>> from kg.graph import Node
    >>> g = KnowledgeGraph()
    >>> g.add_node(Node(id="HGNC:3942", type="target", label="MTOR"))
    >>> out = io.BytesIO()
    >>> write_cytoscape(g, out)
    >>> json.loads(out.getvalue())["elements"]["nodes"][0]["data"]["label"]
    'MTOR'
    """
    nodes = sorted(node_data(graph), key=lambda data: str(data["id"]))
    edges = sorted(edge_data(graph), key=lambda data: str(data["id"]))
    known = {str(data["id"]) for data in nodes}
    missing = sorted({str(d[end]) for d in edges for end in ("source", "target")} - known)
    if missing:
        extra = [placeholder_data(end) for end in missing]
        nodes = sorted(nodes + extra, key=lambda data: str(data["id"]))
    for chunk in _document(nodes, edges):
        handle.write(chunk.encode("utf-8"))


def node_data(graph: KnowledgeGraph) -> Iterator[Data]:
    """The ``data`` of every node: documents (type ``document``, with their front matter) and entities.

    >>> g = KnowledgeGraph()
    >>> g.add_node(Node(id="HGNC:3942", type="target", label="MTOR", synonyms=("mTOR",)))
    >>> next(node_data(g))
    {'id': 'HGNC:3942', 'label': 'MTOR', 'name': 'MTOR', 'type': 'target', 'synonyms': ['mTOR'], 'xrefs': []}
    """
    for key in sorted(graph.documents):
        yield document_data(graph.documents[key])
    for node in graph.sorted_nodes():
        yield entity_data(node)


def edge_data(graph: KnowledgeGraph) -> Iterator[Data]:
    """The ``data`` of every edge: ``mentions`` edges (with a count) and relation edges with evidence.

    >>> from kg.model import Evidence
    >>> g = KnowledgeGraph()
    >>> ev = Evidence("d", "Everolimus inhibits mTOR.", 0, 25, "verb", 0.9)
    >>> g.edges[("a:1", "inhibits", "b:2")] = Edge("a:1", "inhibits", "b:2", (ev,))
    >>> data = next(edge_data(g))
    >>> data["interaction"], data["confidence"], data["evidence"]
    ('inhibits', 0.9, ['Everolimus inhibits mTOR.'])
    """
    for (doc_id, entity_id), count in sorted(graph.mentions.items()):
        yield mention_data(doc_id, entity_id, count)
    for edge in graph.sorted_edges():
        yield relation_data(edge)


def mention_data(doc_id: str, entity_id: str, count: int) -> Data:
    """The ``data`` of a ``mentions`` edge.

    >>> mention_data("d", "X:1", 2)["count"]
    2
    """
    return {
        "id": mention_id(doc_id, entity_id),
        "source": doc_id,
        "target": entity_id,
        "label": "mentions",
        "interaction": "mentions",
        "count": count,
    }


def placeholder_data(node_id: str) -> Data:
    """The ``data`` of a node that is only an edge's end (type ``unknown``).

    >>> placeholder_data("X:1")["type"]
    'unknown'
    """
    return {"id": node_id, "label": node_id, "name": node_id, "type": "unknown"}


def element_text(data: Data) -> str:
    """One element as the file writes it, on one line (without the separator).

    >>> element_text({"id": "a"})
    '{"data": {"id": "a"}}'
    """
    return _dumps({"data": data})


def style() -> list[Data]:
    """A Cytoscape.js stylesheet: labelled nodes coloured by type, edges labelled with their predicate.

    >>> style()[1]
    {'selector': 'node[type = "adverse_event"]', 'style': {'background-color': '#EDC948'}}
    """
    sheet: list[Data] = [
        {"selector": "node", "style": {"background-color": UNKNOWN_STYLE.fill, "label": "data(label)"}}
    ]
    for name in sorted(TYPE_STYLES):
        sheet.append({"selector": f'node[type = "{name}"]', "style": {"background-color": TYPE_STYLES[name].fill}})
    sheet.append(
        {"selector": "edge", "style": {"curve-style": "bezier", "label": "data(label)",
                                       "target-arrow-shape": "triangle", "font-size": 8}}
    )
    sheet.append({"selector": 'edge[interaction = "mentions"]', "style": {"label": "", "line-style": "dotted"}})
    return sheet


def entity_data(node: Node) -> Data:
    """The ``data`` of an entity node.

    >>> entity_data(Node("HGNC:3942", "target", "MTOR"))["type"]
    'target'
    """
    label = _clean(node.label) or node.id
    return {
        "id": node.id,
        "label": label,
        "name": label,
        "type": node.type,
        "synonyms": _clean_list(node.synonyms),
        "xrefs": _clean_list(node.xrefs),
    }


def document_data(doc: DocumentNode) -> Data:
    """The ``data`` of a document node, with its front matter.

    >>> document_data(DocumentNode("https://x", "x.md", (("tags", "a|b"),)))["tags"]
    ['a', 'b']
    """
    label = _clean(doc.label) or doc.id
    data: Data = {"id": doc.id, "label": label, "name": label, "type": "document", "path": doc.path}
    for name, value in doc.fields:
        key = f"field_{name}" if name in NODE_RESERVED else name
        data[key] = _clean_list(value.split("|")) if name in ("cancerTypes", "tags") else _clean(value)
    return data


def relation_data(edge: Edge) -> Data:
    """The ``data`` of a relation edge, with its evidence sentences.

    >>> from kg.model import Evidence
    >>> relation_data(Edge("a:1", "inhibits", "b:2", (Evidence("d", "It works.", 0, 1, "verb"),)))["evidence"]
    ['It works.']
    """
    sentences = list(dict.fromkeys(s for e in edge.evidence if (s := _clean(e.sentence))))
    data: Data = {
        "id": edge.id,
        "source": edge.subject,
        "target": edge.object,
        "label": edge.predicate,
        "interaction": edge.predicate,
        "negated": edge.negated,
        "hedged": edge.hedged,
        "documents": list(edge.documents),
        "n_documents": len(edge.documents),
        "evidence": sentences,
        "evidence_count": len(edge.evidence),
        "methods": sorted({e.method for e in edge.evidence}),
        "sources": list(edge.sources),
    }
    if edge.evidence and math.isfinite(edge.confidence):
        data["confidence"] = edge.confidence
    for key, value in edge.data:
        data[f"data_{key}" if key in EDGE_RESERVED else key] = _clean(value)
    return data


def _document(nodes: list[Data], edges: list[Data]) -> Iterator[str]:
    yield "{\n"
    yield f'"data": {_dumps({"name": "kg", "shared_name": "kg"})},\n'
    yield '"elements": {\n"edges": [\n'
    yield from _items(edges)
    yield '],\n"nodes": [\n'
    yield from _items(nodes)
    yield "]\n},\n"
    yield f'"format_version": {_dumps(FORMAT_VERSION)},\n"generated_by": "kg",\n'
    yield f'"style": {_dumps(style())},\n"target_cytoscapejs_version": "~3"\n}}\n'



def _items(elements: list[Data]) -> Iterator[str]:
    last = len(elements) - 1
    for index, data in enumerate(elements):
        yield element_text(data) + (",\n" if index < last else "\n")


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, allow_nan=False)


def _clean(text: str) -> str:
    return clean_text(text).strip()


def _clean_list(values: tuple[str, ...] | list[str]) -> list[str]:
    return [text for value in values if (text := _clean(value))]
