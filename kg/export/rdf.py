"""The graph as RDF quads: direct triples for easy SPARQL, statement and evidence nodes for provenance.

What is written (namespaces from ``ontology/prefixes.json``, schema in ``ontology/kg.ttl``):

- an entity: ``<iri> a kg:Drug`` (one class per type), its Biolink category as ``rdf:type`` and
  ``biolink:category`` (:mod:`kg.export.biolink`), ``rdfs:label``, ``skos:altLabel`` per synonym,
  ``skos:exactMatch`` per cross-reference (``kg:xref`` literal when its prefix is unknown),
  ``dcterms:identifier`` the CURIE — in the default graph;
- a document: ``a kg:Document, schema:Article``, ``dcterms:title``, ``schema:url``, its front-matter fields,
  and ``kg:mentions`` (and ``biolink:mentions``) to each entity it mentions, with a ``kg:MentionRecord``
  holding the count — in the document's own named graph;
- a relation edge: the direct triple ``subject kg:<predicate> object`` and the same with its Biolink predicate,
  unless every piece of evidence negates it (in the graph of each document that asserts it, or the default
  graph for curated facts), and a ``kg:Statement`` node with the aggregates and one ``kg:Evidence`` node per
  piece of evidence (evidence read in a document goes to that document's graph).

Nothing is a blank node, so the output is stable and diffable; quads are de-duplicated and sorted.

Where a new triple goes: add a ``yield ox.Quad(...)`` to the generator of the thing it describes
(``entity_quads`` for entity properties, ``document_quads``, ``mention_*_quads``, ``edge_*_quads`` and
``_evidence_quads`` for statements, ``result_*_quads``), or a new generator called from :func:`all_quads`; a
quad whose subject is not the thing's own node goes to the ``*_link``/``*_direct`` generator, which the
incremental exports look up by subject (:mod:`kg.export.incremental_rdf`). Every
RDF export (Turtle, N-Triples, N-Quads, JSON-LD) picks it up: the quads are generated once for all four and
serialised by pyoxigraph (:mod:`kg.export.rdf_text`); nothing else builds triples.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from functools import cache, lru_cache

import pyoxigraph as ox

from kg.export import biolink
from kg.export.ids import document_iri, entity_iri, is_web_url, mention_id, reference_iri, statement_curie
from kg.export.text import clean_text, format_double
from kg.graph import DocumentNode, Edge, KnowledgeGraph, Node
from kg.identifiers import expand
from kg.model import Evidence
from kg.results import TrialResult

CLASS_OF_TYPE: dict[str, str] = {
    "drug": "Drug",
    "target": "Target",
    "drug_class": "DrugClass",
    "trial": "Trial",
    "disease": "Disease",
    "adverse_event": "AdverseEvent",
    "organization": "Organization",
    "endpoint": "Endpoint",
    "biomarker": "Biomarker",
}

# Front-matter field → (property CURIE, split on "|" into one value each).
DOCUMENT_PROPERTIES: dict[str, tuple[str, bool]] = {
    "title": ("dcterms:title", False),
    "language": ("dcterms:language", False),
    "audienceLevel": ("kg:audienceLevel", False),
    "cancerTypes": ("kg:cancerType", True),
    "tags": ("kg:tag", True),
    "source": ("dcterms:publisher", False),
    "sourceType": ("kg:sourceType", False),
    "status": ("kg:status", False),
    "license": ("kg:license", False),
    "citation": ("dcterms:bibliographicCitation", False),
    "lastReviewed": ("kg:lastReviewed", False),
    "reviewFrequency": ("kg:reviewFrequency", False),
    "version": ("kg:version", False),
}

# Statement properties an edge's free-form data must not overwrite.
STATEMENT_PROPERTIES: frozenset[str] = frozenset(
    {"confidence", "negated", "hedged", "documentCount", "source", "evidence", "sentence", "method"}
)

_LOCAL_NAME_UNSAFE = re.compile(r"[^A-Za-z0-9_]")

DEFAULT_GRAPH = ox.DefaultGraph()


@cache
def term(curie: str) -> ox.NamedNode:
    """The named node of a vocabulary CURIE (cached: the same few terms are used millions of times; the nodes
    of statements, evidence and records, each used by a few quads, are made without it).

    >>> term("rdfs:label").value
    'http://www.w3.org/2000/01/rdf-schema#label'
    """
    return ox.NamedNode(expand(curie))


def text_literal(value: str) -> ox.Literal:
    """A plain string literal, with XML-illegal characters stripped.

    >>> text_literal("a\\x00b").value
    'ab'
    """
    return ox.Literal(clean_text(value))


def typed_literal(value: bool | int | float | date) -> ox.Literal:
    """An ``xsd:boolean``/``xsd:integer``/``xsd:double``/``xsd:date`` literal for a Python value.

    >>> typed_literal(True).value, typed_literal(0.5).datatype.value
    ('true', 'http://www.w3.org/2001/XMLSchema#double')
    >>> typed_literal(-0.0).value, typed_literal(0.0).value, typed_literal(3).value
    ('-0.0', '0.0', '3')
    """
    if isinstance(value, bool):
        return _boolean(value)
    if isinstance(value, int):
        return _integer(value)
    if isinstance(value, float):
        # literals are immutable: the same few confidences are made once (a zero's sign is not in its key)
        return _double(value) if value else ox.Literal(format_double(value), datatype=term("xsd:double"))
    return ox.Literal(value.isoformat(), datatype=term("xsd:date"))


@cache
def _boolean(value: bool) -> ox.Literal:
    return ox.Literal("true" if value else "false", datatype=term("xsd:boolean"))


@lru_cache(maxsize=1 << 14)
def _integer(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=term("xsd:integer"))


@lru_cache(maxsize=1 << 12)
def _double(value: float) -> ox.Literal:
    return ox.Literal(format_double(value), datatype=term("xsd:double"))


@lru_cache(maxsize=1 << 10)
def _short_text(value: str) -> ox.Literal:
    """:func:`text_literal` of the few strings repeated on every piece of evidence (method, source)."""
    return text_literal(value)


def all_quads(graph: KnowledgeGraph, keep: Callable[[str], bool] | None = None) -> Iterator[ox.Quad]:
    """Every quad of the graph, generated in a fixed order (not sorted; duplicates possible): entities,
    documents, mentions, relation edges, trial results. :mod:`kg.export.rdf_text` serialises and sorts them.
    With ``keep``, only the quads of the generators whose subject IRI it keeps (an edge's evidence nodes
    go with its statement node, whose IRI starts theirs): :mod:`kg.export.rdf_parts` writes a range of the
    sorted lines in each of several processes.

    >>> from kg.graph import Node
    >>> g = KnowledgeGraph()
    >>> g.add_node(Node(id="HGNC:3942", type="target", label="MTOR"))
    >>> [quad.predicate.value.rpartition("/")[2] for quad in all_quads(g)][-1]
    'identifier'
    >>> list(all_quads(g, keep=lambda iri: not iri.startswith("https://identifiers.org/")))
    []
    """
    for node in graph.sorted_nodes():
        if keep is None or keep(entity_iri(node.id)):
            yield from entity_quads(node)
    for key in sorted(graph.documents):
        if keep is None or keep(document_iri(graph.documents[key].id)):
            yield from document_quads(graph.documents[key])
    for (doc_id, entity_id), count in sorted(graph.mentions.items()):
        if keep is None or keep(_document_node(doc_id).value):
            yield from mention_link_quads(doc_id, entity_id)
        if keep is None or keep(expand("kgstmt:" + mention_id(doc_id, entity_id))):
            yield from mention_record_quads(doc_id, entity_id, count)
    for edge in graph.sorted_edges():
        if keep is None or keep(entity_iri(edge.subject)):
            yield from edge_direct_quads(edge)
        if keep is None or keep(expand(statement_curie(edge.id))):
            yield from edge_statement_quads(edge)
    for result in graph.sorted_results():
        if keep is None or (result.trial and keep(entity_iri(result.trial))):
            yield from result_link_quads(result)
        if keep is None or keep(expand("kgstmt:" + result.id)):
            yield from result_node_quads(result)


# The quads of one thing come from one or two generators, split by subject: ``*_link_quads`` and
# ``edge_direct_quads`` have an entity or a document as their subject, the others the thing's own node. An
# incremental export (:mod:`kg.export.incremental_rdf`) remakes the lines of each subject a change touches.


def result_link_quads(result: TrialResult) -> Iterator[ox.Quad]:
    """The trial's ``kg:hasResult`` link to a result node (subject: the trial); none without a trial.

    >>> r = TrialResult("", "NCIT:C1", "median", 7.4, "months", "", (), "https://x", "s", 0, 1)
    >>> list(result_link_quads(r))
    []
    """
    if result.trial:
        node = ox.NamedNode(expand("kgstmt:" + result.id))
        yield ox.Quad(ox.NamedNode(entity_iri(result.trial)), term("kg:hasResult"), node,
                      ox.NamedNode(document_iri(result.doc)))


def result_node_quads(result: TrialResult) -> Iterator[ox.Quad]:
    """A ``kg:TrialResult`` node: trial, endpoint, measure, value, unit, arm and its drugs, evidence.

    >>> r = TrialResult("", "NCIT:C1", "median", 7.4, "months", "", (), "https://x", "s", 0, 1)
    >>> next(result_node_quads(r)).object.value[-11:]
    'TrialResult'
    """
    node = ox.NamedNode(expand("kgstmt:" + result.id))
    g = ox.NamedNode(document_iri(result.doc))
    yield ox.Quad(node, term("rdf:type"), term("kg:TrialResult"), g)
    if result.trial:
        yield ox.Quad(node, term("kg:trial"), ox.NamedNode(entity_iri(result.trial)), g)
    yield ox.Quad(node, term("kg:endpoint"), ox.NamedNode(entity_iri(result.endpoint)), g)
    yield ox.Quad(node, term("kg:measure"), text_literal(result.measure), g)
    yield ox.Quad(node, term("kg:value"), typed_literal(result.value), g)
    yield ox.Quad(node, term("kg:unit"), text_literal(result.unit), g)
    if result.arm:
        yield ox.Quad(node, term("kg:arm"), text_literal(result.arm), g)
    for drug in result.arm_drugs:
        yield ox.Quad(node, term("kg:armDrug"), ox.NamedNode(entity_iri(drug)), g)
    yield ox.Quad(node, term("kg:sentence"), text_literal(result.sentence), g)
    yield ox.Quad(node, term("kg:startOffset"), typed_literal(result.start), g)
    yield ox.Quad(node, term("kg:endOffset"), typed_literal(result.end), g)
    yield ox.Quad(node, term("prov:wasDerivedFrom"), ox.NamedNode(document_iri(result.doc)), g)


def entity_quads(node: Node) -> Iterator[ox.Quad]:
    """An entity's types, names, cross-references and identifier (subject: the entity).

    >>> len(list(entity_quads(Node("HGNC:3942", "target", "MTOR"))))
    5
    """
    subject = ox.NamedNode(entity_iri(node.id))
    yield ox.Quad(subject, term("rdf:type"), term("kg:" + CLASS_OF_TYPE.get(node.type, "Entity")))
    yield ox.Quad(subject, term("rdf:type"), term(biolink.category(node.type)))
    yield ox.Quad(subject, term("biolink:category"), term(biolink.category(node.type)))
    label = clean_text(node.label).strip()
    if label:
        yield ox.Quad(subject, term("rdfs:label"), ox.Literal(label))
    for synonym in node.synonyms:
        if clean_text(synonym).strip() and synonym != node.label:
            yield ox.Quad(subject, term("skos:altLabel"), text_literal(synonym))
    for xref in node.xrefs:
        iri = reference_iri(xref)
        if iri is None:
            yield ox.Quad(subject, term("kg:xref"), text_literal(xref))
        elif iri != subject.value:
            yield ox.Quad(subject, term("skos:exactMatch"), ox.NamedNode(iri))
    yield ox.Quad(subject, term("dcterms:identifier"), text_literal(node.id))


def document_quads(doc: DocumentNode) -> Iterator[ox.Quad]:
    """A document's types and front-matter fields (subject: the document).

    >>> [q.predicate.value[-5:] for q in document_quads(DocumentNode("https://x", "x.md"))][:1]
    ['#type']
    """
    subject = ox.NamedNode(document_iri(doc.id))
    g = subject
    fields = dict(doc.fields)
    yield ox.Quad(subject, term("rdf:type"), term("kg:Document"), g)
    yield ox.Quad(subject, term("rdf:type"), term("schema:Article"), g)
    yield ox.Quad(subject, term("rdfs:label"), text_literal(doc.label), g)
    yield ox.Quad(subject, term("kg:path"), text_literal(doc.path), g)
    url = fields.get("url") or (doc.id if is_web_url(doc.id) else "")
    if url:
        url_term = ox.NamedNode(reference_iri(url) or "") if is_web_url(url) else text_literal(url)
        yield ox.Quad(subject, term("schema:url"), url_term, g)
    for name, value in doc.fields:
        if name == "url":
            continue
        curie, multi = DOCUMENT_PROPERTIES.get(name, ("kg:" + _local_name(name), False))
        for part in value.split("|") if multi else (value,):
            if part.strip():
                yield ox.Quad(subject, term(curie), _field_literal(name, part.strip()), g)


def _field_literal(name: str, value: str) -> ox.Literal:
    if name == "lastReviewed":
        try:
            return typed_literal(date.fromisoformat(value[:10]))
        except ValueError:
            pass
    return text_literal(value)


def mention_link_quads(doc_id: str, entity_id: str) -> Iterator[ox.Quad]:
    """The document's ``mentions`` links to an entity (subject: the document).

    >>> len(list(mention_link_quads("https://x", "HGNC:3942")))
    2
    """
    doc = ox.NamedNode(document_iri(doc_id))
    entity = ox.NamedNode(entity_iri(entity_id))
    yield ox.Quad(doc, term("kg:mentions"), entity, doc)
    yield ox.Quad(doc, term(biolink.MENTIONS), entity, doc)


def mention_record_quads(doc_id: str, entity_id: str, count: int) -> Iterator[ox.Quad]:
    """The ``kg:MentionRecord`` of a document's mentions of an entity, with their count.

    >>> list(mention_record_quads("https://x", "HGNC:3942", 2))[-1].object.value
    '2'
    """
    doc = ox.NamedNode(document_iri(doc_id))
    entity = ox.NamedNode(entity_iri(entity_id))
    record = ox.NamedNode(expand("kgstmt:" + mention_id(doc_id, entity_id)))
    yield ox.Quad(record, term("rdf:type"), term("kg:MentionRecord"), doc)
    yield ox.Quad(record, term("rdf:subject"), doc, doc)
    yield ox.Quad(record, term("rdf:predicate"), term("kg:mentions"), doc)
    yield ox.Quad(record, term("rdf:object"), entity, doc)
    yield ox.Quad(record, term("kg:mentionCount"), typed_literal(count), doc)


def edge_direct_quads(edge: Edge) -> Iterator[ox.Quad]:
    """The direct triples of an edge, in each graph that asserts it (subject: the edge's subject).

    >>> ev = Evidence("https://x", "s", 0, 1, "verb")
    >>> len(list(edge_direct_quads(Edge("HGNC:1", "inhibits", "HGNC:2", (ev,)))))
    2
    """
    subject = ox.NamedNode(entity_iri(edge.subject))
    obj = ox.NamedNode(entity_iri(edge.object))
    predicate = term("kg:" + _local_name(edge.predicate))
    asserted_in = {_graph_of(e) for e in edge.evidence if not e.negated}
    for graph_name in sorted(asserted_in, key=str):
        yield ox.Quad(subject, predicate, obj, *_graph_args(graph_name))
        yield ox.Quad(subject, term(biolink.predicate(edge.predicate)), obj, *_graph_args(graph_name))


def edge_statement_quads(edge: Edge) -> Iterator[ox.Quad]:
    """An edge's ``kg:Statement`` node with its aggregates and its evidence nodes.

    >>> ev = Evidence("https://x", "s", 0, 1, "verb")
    >>> next(edge_statement_quads(Edge("HGNC:1", "inhibits", "HGNC:2", (ev,)))).object.value[-9:]
    'Statement'
    """
    subject = ox.NamedNode(entity_iri(edge.subject))
    obj = ox.NamedNode(entity_iri(edge.object))
    predicate = term("kg:" + _local_name(edge.predicate))
    edge_id = edge.id  # a digest, made once for the statement and its evidence nodes
    statement = ox.NamedNode(expand(statement_curie(edge_id)))
    yield ox.Quad(statement, term("rdf:type"), term("kg:Statement"))
    yield ox.Quad(statement, term("rdf:subject"), subject)
    yield ox.Quad(statement, term("rdf:predicate"), predicate)
    yield ox.Quad(statement, term("rdf:object"), obj)
    if edge.evidence:
        yield ox.Quad(statement, term("kg:confidence"), typed_literal(edge.confidence))
    yield ox.Quad(statement, term("kg:negated"), typed_literal(edge.negated))
    yield ox.Quad(statement, term("kg:hedged"), typed_literal(edge.hedged))
    yield ox.Quad(statement, term("kg:documentCount"), typed_literal(len(edge.documents)))
    for source in edge.sources:
        yield ox.Quad(statement, term("kg:source"), text_literal(source))
    for key, value in edge.data:
        name = _local_name(key)
        name = f"data_{name}" if name in STATEMENT_PROPERTIES else name
        yield ox.Quad(statement, term("kg:" + name), text_literal(value))
    for number, evidence in enumerate(edge.evidence, start=1):
        node = ox.NamedNode(expand(statement_curie(edge_id, number)))
        yield ox.Quad(statement, term("kg:evidence"), node)
        yield from _evidence_quads(node, evidence)


def _evidence_quads(node: ox.NamedNode, evidence: Evidence) -> Iterator[ox.Quad]:
    g = _graph_args(_graph_of(evidence))
    yield ox.Quad(node, term("rdf:type"), term("kg:Evidence"), *g)
    sentence = clean_text(evidence.sentence)
    if sentence.strip():
        yield ox.Quad(node, term("kg:sentence"), ox.Literal(sentence), *g)
    yield ox.Quad(node, term("kg:startOffset"), typed_literal(evidence.start), *g)
    yield ox.Quad(node, term("kg:endOffset"), typed_literal(evidence.end), *g)
    yield ox.Quad(node, term("kg:method"), _short_text(evidence.method), *g)
    yield ox.Quad(node, term("kg:confidence"), typed_literal(evidence.confidence), *g)
    yield ox.Quad(node, term("kg:negated"), typed_literal(evidence.negated), *g)
    yield ox.Quad(node, term("kg:hedged"), typed_literal(evidence.hedged), *g)
    yield ox.Quad(node, term("kg:source"), _short_text(evidence.source), *g)
    if evidence.source == "text":
        yield ox.Quad(node, term("prov:wasDerivedFrom"), _document_node(evidence.doc), *g)
    else:
        iri = reference_iri(evidence.doc)
        if iri is not None:
            yield ox.Quad(node, term("prov:wasDerivedFrom"), ox.NamedNode(iri), *g)


def _graph_of(evidence: Evidence) -> ox.NamedNode | ox.DefaultGraph:
    """Evidence read in a document belongs to that document's graph; curated facts to the default graph."""
    if evidence.source == "text":
        return _document_node(evidence.doc)
    return DEFAULT_GRAPH


def _graph_args(graph: ox.NamedNode | ox.DefaultGraph) -> tuple[ox.NamedNode, ...]:
    """The graph name as the last arguments of ``ox.Quad``: none for the default graph. A quad made with no graph
    name is in the default graph; given ``ox.DefaultGraph()`` (or None), pyoxigraph first tries it as the other
    kinds of graph name, which costs ~2 µs a quad (about a sixth of the time to make the dev graph's quads).
    Entities and statements, always in the default graph, make their quads with no graph name at all.

    >>> _graph_args(DEFAULT_GRAPH), _graph_args(ox.NamedNode("https://x"))
    ((), (<NamedNode value=https://x>,))
    """
    return () if isinstance(graph, ox.DefaultGraph) else (graph,)


@lru_cache(maxsize=1 << 12)
def _document_node(doc_id: str) -> ox.NamedNode:
    """A document's node (also the name of its graph), made once for its many pieces of evidence."""
    return ox.NamedNode(document_iri(doc_id))


def _local_name(name: str) -> str:
    return _LOCAL_NAME_UNSAFE.sub("_", name) or "_"
