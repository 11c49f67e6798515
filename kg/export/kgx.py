"""KGX TSV: ``kg.kgx.nodes.tsv`` and ``kg.kgx.edges.tsv``, the Biolink exchange format of KGX and Translator tools.

Nodes are the entities (``id``, ``category``, ``name``, ``synonym``, ``xref``, ``iri``, ``provided_by``);
edges are the relation edges (``subject``, ``predicate``, ``object`` with the Biolink predicate of
:mod:`kg.export.biolink`, ``original_predicate`` the ``kg:`` one, ``knowledge_level``, ``agent_type``,
``primary_knowledge_source``, ``publications`` — the documents the evidence was read in — ``negated``,
``has_confidence_score``, ``supporting_text`` and the qualifiers a predicate needs). Multi-valued fields
are joined with ``|`` as KGX does. Documents and ``mentions`` edges are left out: they are provenance,
carried by ``publications`` on each edge (the RDF exports keep them). Identifiers use the Biolink model's
prefixes where ours differ (``PMID:``, ``CHEMBL.COMPOUND:``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import BinaryIO

from kg.export import biolink
from kg.export.ids import entity_iri
from kg.export.text import clean_text, format_double
from kg.graph import Edge, KnowledgeGraph, Node

KNOWLEDGE_SOURCE = "infores:kgnci"
"""This graph as a knowledge source (an infores CURIE of our own: it is not in the Translator registry)."""

CURATED_SOURCES = {"drugcentral": "infores:drugcentral", "nci_pages": "infores:nci", "pharmoncox": "infores:pharmoncox"}

NODE_COLUMNS: tuple[str, ...] = ("id", "category", "name", "synonym", "xref", "iri", "provided_by")
EDGE_COLUMNS: tuple[str, ...] = (
    "id", "subject", "predicate", "object", "original_predicate", "qualified_predicate", "object_aspect_qualifier",
    "object_direction_qualifier", "clinical_approval_status", "knowledge_level", "agent_type",
    "primary_knowledge_source", "aggregator_knowledge_source", "publications", "negated", "has_confidence_score",
    "supporting_text",
)

# Qualifiers that make a Biolink predicate say what ours says (inhibits = affects, causing decreased activity).
QUALIFIERS: dict[str, dict[str, str]] = {
    "inhibits": {
        "qualified_predicate": "biolink:causes",
        "object_aspect_qualifier": "activity",
        "object_direction_qualifier": "decreased",
    },
    "approved_for": {"clinical_approval_status": "approved_for_condition"},
}


def write_kgx_nodes(graph: KnowledgeGraph, handle: BinaryIO, /) -> None:
    """Write the entities as a KGX node TSV, sorted by id.

    >>> import io
    >>> from kg.graph import Node
    >>> g = KnowledgeGraph()
    >>> g.add_node(Node(id="HGNC:3942", type="target", label="MTOR", synonyms=("mTOR",)))
    >>> out = io.BytesIO()
    >>> write_kgx_nodes(g, out)
    >>> out.getvalue().decode().splitlines()[1].split("\\t")[:4]
    ['HGNC:3942', 'biolink:Gene', 'MTOR', 'mTOR']
    """
    _write_tsv(handle, NODE_COLUMNS, (node_row(node) for node in graph.sorted_nodes()))


def write_kgx_edges(graph: KnowledgeGraph, handle: BinaryIO, /) -> None:
    """Write the relation edges as a KGX edge TSV, sorted by id.

    >>> import io
    >>> from kg.graph import Edge
    >>> from kg.model import Evidence
    >>> ev = Evidence(doc="https://www.cancer.gov/x", sentence="s", start=0, end=1, method="verb", confidence=0.9)
    >>> g = KnowledgeGraph()
    >>> g.edges[("NCIT:C48387", "inhibits", "HGNC:3942")] = Edge("NCIT:C48387", "inhibits", "HGNC:3942", (ev,))
    >>> out = io.BytesIO()
    >>> write_kgx_edges(g, out)
    >>> out.getvalue().decode().splitlines()[1].split("\\t")[1:4]
    ['NCIT:C48387', 'biolink:affects', 'HGNC:3942']
    """
    rows = sorted((edge_row(edge) for edge in graph.sorted_edges()), key=lambda row: row["id"])
    _write_tsv(handle, EDGE_COLUMNS, rows)


def node_row(node: Node) -> dict[str, str]:
    """The KGX columns of one entity.

    >>> node_row(Node(id="PUBMED:1", type="drug", label="x"))["id"]
    'PMID:1'
    """
    synonyms = [s for s in node.synonyms if s != node.label]
    return {
        "id": biolink.biolink_curie(node.id),
        "category": biolink.category(node.type),
        "name": _field(node.label),
        "synonym": _multi(synonyms),
        "xref": _multi(biolink.biolink_curie(x) for x in node.xrefs if ":" in x and x != node.id),
        "iri": entity_iri(node.id),
        "provided_by": KNOWLEDGE_SOURCE,
    }


def edge_row(edge: Edge) -> dict[str, str]:
    """The KGX columns of one relation edge.

    >>> from kg.model import Evidence
    >>> ev = Evidence(doc="drugcentral", sentence="", start=0, end=0, method="curated", confidence=1.0,
    ...               source="drugcentral")
    >>> row = edge_row(Edge("NCIT:C48387", "targets", "HGNC:3942", (ev,)))
    >>> row["predicate"], row["agent_type"], row["primary_knowledge_source"]
    ('biolink:directly_physically_interacts_with', 'manual_agent', 'infores:drugcentral')
    """
    curated = sorted({CURATED_SOURCES.get(e.source, f"infores:{e.source}")
                      for e in edge.evidence if e.source != "text"})
    read = [e for e in edge.evidence if e.source == "text"]
    row = {
        "id": f"kgstmt:{edge.id}",
        "subject": biolink.biolink_curie(edge.subject),
        "predicate": biolink.predicate(edge.predicate),
        "object": biolink.biolink_curie(edge.object),
        "original_predicate": f"kg:{edge.predicate}",
        "knowledge_level": "knowledge_assertion",
        "agent_type": "manual_agent" if curated else "text_mining_agent",
        "primary_knowledge_source": curated[0] if curated else KNOWLEDGE_SOURCE,
        "aggregator_knowledge_source": KNOWLEDGE_SOURCE if curated else "",
        "publications": _multi(sorted({e.doc for e in read})),
        "negated": "True" if edge.evidence and edge.negated else "False",
        "has_confidence_score": format_double(edge.confidence) if edge.evidence else "",
        "supporting_text": _multi(sorted({e.sentence for e in read if e.sentence.strip()})),
    }
    row.update(QUALIFIERS.get(edge.predicate, {}))
    return row


def _field(value: str) -> str:
    """One TSV cell: no tabs, newlines or the ``|`` that separates values, and no straight double quote at its
    start, where the readers of quoted TSV (Python's csv, pandas) would take it to open a quoted cell running on
    into the next ones (the cell opens with a typographic quote instead).

    >>> _field('"0 | 1')
    '“0 / 1'
    """
    text = " ".join(clean_text(value).replace("|", "/").split())
    return "“" + text[1:] if text.startswith('"') else text


def _multi(values: Iterable[str]) -> str:
    cells = [_field(v) for v in values]
    return "|".join(dict.fromkeys(c for c in cells if c))


def _write_tsv(handle: BinaryIO, columns: Sequence[str], rows: Iterable[dict[str, str]]) -> None:
    handle.write(("\t".join(columns) + "\n").encode("utf-8"))
    for row in rows:
        handle.write(("\t".join(row.get(column, "") for column in columns) + "\n").encode("utf-8"))


def iter_rows(path_text: str) -> Iterator[dict[str, str]]:
    """The rows of a KGX TSV text as dicts keyed by column (for tests and checks).

    >>> list(iter_rows("id\\tname\\nHGNC:1\\tA1BG\\n"))
    [{'id': 'HGNC:1', 'name': 'A1BG'}]
    """
    lines = path_text.splitlines()
    header = lines[0].split("\t")
    for line in lines[1:]:
        yield dict(zip(header, line.split("\t"), strict=True))
