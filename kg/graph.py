"""The knowledge graph: entity and document nodes, ``mentions`` edges, and relation edges with evidence.

Merging is a keyed reduce: nodes are keyed by identifier, relation edges by (subject, predicate, object),
with every piece of evidence kept on the edge. Iteration orders are sorted so exports are deterministic.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from kg.model import Document, Evidence, Mention, Statement
from kg.results import TrialResult

if TYPE_CHECKING:  # networkx is imported when a graph is converted, not by every command (start-up time)
    import networkx as nx

DOCUMENT_FIELDS: tuple[str, ...] = (
    "title",
    "url",
    "language",
    "audienceLevel",
    "cancerTypes",
    "tags",
    "source",
    "sourceType",
    "status",
    "license",
    "citation",
    "lastReviewed",
    "reviewFrequency",
    "version",
)


@dataclass(frozen=True)
class Node:
    """An entity of the graph: identifier, type, display label, other names and cross-references.

    >>> Node(id="HGNC:3942", type="target", label="MTOR", synonyms=("mTOR", "FRAP1")).label
    'MTOR'
    """

    id: str
    type: str
    label: str
    synonyms: tuple[str, ...] = ()
    xrefs: tuple[str, ...] = ()


@dataclass(frozen=True)
class DocumentNode:
    """A source article: its IRI-like id (the page URL), path and front-matter fields as strings.

    >>> DocumentNode(id="https://www.cancer.gov/x", path="x.md", fields=(("title", "X"),)).label
    'X'
    """

    id: str
    path: str
    fields: tuple[tuple[str, str], ...] = ()

    @property
    def label(self) -> str:
        """The document's title (or its path when it has none)."""
        return dict(self.fields).get("title") or self.path


@dataclass(frozen=True)
class Edge:
    """One relation edge per (subject, predicate, object), with all its evidence.

    >>> ev = Evidence(doc="d", sentence="s", start=0, end=1, method="verb", confidence=0.9)
    >>> Edge("NCIT:C48387", "inhibits", "HGNC:3942", (ev,)).confidence
    0.9
    """

    subject: str
    predicate: str
    object: str
    evidence: tuple[Evidence, ...]
    data: tuple[tuple[str, str], ...] = ()

    @property
    def id(self) -> str:
        """A content-derived edge id, stable across builds."""
        digest = hashlib.sha1(f"{self.subject}|{self.predicate}|{self.object}".encode()).hexdigest()
        return f"e{digest[:16]}"

    @property
    def confidence(self) -> float:
        """The highest confidence of any asserted evidence (or of any evidence when all are negated)."""
        return max(e.confidence for e in self.evidence)

    @property
    def negated(self) -> bool:
        """True when every piece of evidence negates the relation."""
        return all(e.negated for e in self.evidence)

    @property
    def hedged(self) -> bool:
        """True when no piece of evidence asserts the relation plainly."""
        return all(e.hedged or e.negated for e in self.evidence)

    @property
    def documents(self) -> tuple[str, ...]:
        """The distinct documents (or curated sources) the evidence comes from, sorted."""
        return tuple(sorted({e.doc for e in self.evidence}))

    @property
    def sources(self) -> tuple[str, ...]:
        """``text`` and/or the curated sources behind the edge, sorted."""
        return tuple(sorted({e.source for e in self.evidence}))


@dataclass(frozen=True)
class MentionedEntity:
    """What one document's mentions of one entity give the graph: the node as first mentioned, the names
    and cross-references of its later mentions (None when there are none) and the mention counts, keyed by
    (document, entity). A per-document cache keeps these instead of every mention (:mod:`kg.pipeline`).

    >>> MentionedEntity(Node("HGNC:3942", "target", "MTOR"), None, ((("d", "HGNC:3942"), 3),)).counts[0][1]
    3
    """

    first: Node
    later: Node | None
    counts: tuple[tuple[tuple[str, str], int], ...]


def edge_predicates(statement: Statement) -> tuple[str, ...]:
    """The edge predicates a statement adds evidence to: an approval is also use (``treats`` first), but not a
    denied one ("the FDA has not approved X for Y" says nothing of use).

    >>> ev = Evidence(doc="d", sentence="s", start=0, end=1, method="approval", confidence=0.8)
    >>> edge_predicates(Statement("NCIT:C1", "approved_for", "MONDO:1", ev))
    ('treats', 'approved_for')
    >>> edge_predicates(Statement("NCIT:C1", "approved_for", "MONDO:1", replace(ev, negated=True)))
    ('approved_for',)
    """
    if statement.predicate == "approved_for" and not statement.evidence.negated:
        return ("treats", "approved_for")
    return (statement.predicate,)


def summarize_mentions(mentions: Iterable[Mention]) -> tuple[MentionedEntity, ...]:
    """The mentions of one document, one record per entity in order of first mention (see
    :meth:`KnowledgeGraph.add_mentions`).

    >>> summary = summarize_mentions([
    ...     Mention("d", 0, 4, "mTOR", "HGNC:3942", "MTOR", "target", "dictionary", 0.9),
    ...     Mention("d", 9, 14, "FRAP1", "HGNC:3942", "MTOR", "target", "dictionary", 0.9)])
    >>> summary[0].first.synonyms, summary[0].later.synonyms, summary[0].counts
    ((), ('FRAP1',), ((('d', 'HGNC:3942'), 2),))
    """
    first: dict[str, Node] = {}
    later: dict[str, tuple[set[str], set[str]]] = {}
    counts: dict[str, dict[tuple[str, str], int]] = {}
    for mention in mentions:
        surface = mention.text.rstrip("®™")
        names = set(mention.synonyms)
        if surface.casefold() != mention.label.casefold():
            names.add(surface)
        if mention.id not in first:
            first[mention.id] = Node(mention.id, mention.type, mention.label, tuple(sorted(names)), mention.xrefs)
        else:
            more_names, more_xrefs = later.setdefault(mention.id, (set(), set()))
            more_names |= names
            more_xrefs.update(mention.xrefs)
        of_entity = counts.setdefault(mention.id, {})
        key = (mention.doc, mention.id)
        of_entity[key] = of_entity.get(key, 0) + 1
    summary: list[MentionedEntity] = []
    for node_id, node in first.items():
        more = None
        if node_id in later:
            more_names, more_xrefs = later[node_id]
            more = Node(node_id, node.type, node.label, tuple(sorted(more_names)), tuple(sorted(more_xrefs)))
        summary.append(MentionedEntity(node, more, tuple(counts[node_id].items())))
    return tuple(summary)


@dataclass
class KnowledgeGraph:
    """Nodes, documents, mentions and relation edges, merged from any number of documents.

    >>> graph = KnowledgeGraph()
    >>> graph.add_node(Node(id="HGNC:3942", type="target", label="MTOR"))
    >>> graph.nodes["HGNC:3942"].label
    'MTOR'
    """

    nodes: dict[str, Node] = field(default_factory=dict)
    documents: dict[str, DocumentNode] = field(default_factory=dict)
    mentions: dict[tuple[str, str], int] = field(default_factory=dict)
    edges: dict[tuple[str, str, str], Edge] = field(default_factory=dict)
    results: dict[str, TrialResult] = field(default_factory=dict)

    def add_node(self, node: Node) -> None:
        """Add a node, or merge its synonyms and cross-references into the one already there."""
        old = self.nodes.get(node.id)
        if old is None:
            self.nodes[node.id] = node
            return
        synonyms = tuple(sorted((set(old.synonyms) | set(node.synonyms)) - {old.label}))
        xrefs = tuple(sorted(set(old.xrefs) | set(node.xrefs)))
        if synonyms != old.synonyms or xrefs != old.xrefs:
            self.nodes[node.id] = replace(old, synonyms=synonyms, xrefs=xrefs)

    def add_document(self, document: Document) -> None:
        """Add a document node with its front-matter fields."""
        fields: list[tuple[str, str]] = []
        for name in DOCUMENT_FIELDS:
            value = document.metadata.get(name)
            if value is None or value == "":
                continue
            if isinstance(value, list | tuple):
                value = "|".join(str(v) for v in value)
            fields.append((name, str(value)))
        self.documents[document.id] = DocumentNode(id=document.id, path=document.path, fields=tuple(fields))

    def add_mentions(self, mentions: Iterable[Mention]) -> None:
        """Add the entities of mentions as nodes and count ``mentions`` edges from their documents.

        The same as adding one node per mention, in order: the first mention of an entity is added as it is,
        the names and cross-references of its later mentions are merged into it at once.

        >>> g = KnowledgeGraph()
        >>> g.add_mentions([Mention("d", 0, 4, "mTOR", "HGNC:3942", "MTOR", "target", "dictionary", 0.9),
        ...                 Mention("d", 9, 14, "FRAP1", "HGNC:3942", "MTOR", "target", "dictionary", 0.9)])
        >>> g.nodes["HGNC:3942"].synonyms, g.mentions
        (('FRAP1',), {('d', 'HGNC:3942'): 2})
        """
        self.add_mention_summary(summarize_mentions(mentions))

    def add_mention_summary(self, entities: Iterable[MentionedEntity]) -> None:
        """Add what :func:`summarize_mentions` kept of a document's mentions (the same as adding the mentions).

        >>> g = KnowledgeGraph()
        >>> g.add_mention_summary(summarize_mentions(
        ...     [Mention("d", 0, 4, "mTOR", "HGNC:3942", "MTOR", "target", "dictionary", 0.9)]))
        >>> g.mentions
        {('d', 'HGNC:3942'): 1}
        """
        for entity in entities:
            for key, count in entity.counts:
                self.mentions[key] = self.mentions.get(key, 0) + count
        for entity in entities:
            self.add_node(entity.first)
            if entity.later is not None:
                self.add_node(entity.later)

    def add_statement(self, statement: Statement) -> None:
        """Add one statement's evidence to its (subject, predicate, object) edge; an approval is also use,
        so every ``approved_for`` statement adds its evidence to the ``treats`` edge of the same pair too (not a
        denied one: "not approved for Y" says nothing of use).

        >>> g = KnowledgeGraph()
        >>> ev = Evidence(doc="d", sentence="s", start=0, end=1, method="approval", confidence=0.8)
        >>> g.add_statement(Statement("NCIT:C1", "approved_for", "MONDO:1", ev))
        >>> sorted(predicate for _, predicate, _ in g.edges)
        ['approved_for', 'treats']
        """
        for predicate in edge_predicates(statement):
            self._add_edge(replace(statement, predicate=predicate))

    def add_statements(self, statements: Iterable[Statement]) -> None:
        """The same as :meth:`add_statement` for each statement in turn, but each edge's evidence is sorted
        once at the end rather than at every addition (the merge adds ~50,000 statements).

        >>> g = KnowledgeGraph()
        >>> ev = Evidence(doc="d", sentence="s", start=0, end=1, method="approval", confidence=0.8)
        >>> g.add_statements([Statement("NCIT:C1", "approved_for", "MONDO:1", ev)] * 2)
        >>> [len(edge.evidence) for edge in g.edges.values()]
        [1, 1]
        """
        pending: dict[tuple[str, str, str], tuple[list[Evidence], set[Evidence], set[tuple[str, str]]]] = {}
        for statement in statements:
            for predicate in edge_predicates(statement):
                subject, obj = statement.subject, statement.object
                if predicate == "combined_with" and obj < subject:
                    subject, obj = obj, subject
                key = (subject, predicate, obj)
                entry = pending.get(key)
                if entry is None:
                    old = self.edges.get(key)
                    known = old.evidence if old is not None else ()
                    entry = pending[key] = (list(known), set(known), set(old.data) if old is not None else set())
                    if old is None:
                        self.edges[key] = Edge(subject, predicate, obj, ())  # keeps the order edges first appear in
                evidence, seen, data = entry
                known_count = len(seen)
                seen.add(statement.evidence)  # hashes the evidence once: a set that did not grow already had it
                if len(seen) == known_count:
                    continue
                evidence.append(statement.evidence)
                data.update((str(k), str(v)) for k, v in statement.data.items())
        for key, (evidence, _, data) in pending.items():
            self.edges[key] = Edge(*key, tuple(sorted(evidence, key=_evidence_key)), tuple(sorted(data)))

    def _add_edge(self, statement: Statement) -> None:
        subject, obj = statement.subject, statement.object
        if statement.predicate == "combined_with" and obj < subject:
            subject, obj = obj, subject
        key = (subject, statement.predicate, obj)
        data = tuple(sorted((str(k), str(v)) for k, v in statement.data.items()))
        old = self.edges.get(key)
        if old is None:
            self.edges[key] = Edge(subject, statement.predicate, obj, (statement.evidence,), data)
            return
        if statement.evidence in old.evidence:
            return
        evidence = tuple(sorted((*old.evidence, statement.evidence), key=_evidence_key))
        self.edges[key] = replace(old, evidence=evidence, data=tuple(sorted(set(old.data) | set(data))))

    def add_result(self, result: TrialResult) -> None:
        """Keep a quantitative trial result (keyed by its content-derived id)."""
        self.results[result.id] = result

    def sorted_results(self) -> Iterator[TrialResult]:
        """Trial results in id order."""
        for key in sorted(self.results):
            yield self.results[key]

    def results_by_trial(self) -> dict[str, list[str]]:
        """Trial id → its results as readable strings ("median overall survival: 7.1 months (TAS-102)")."""
        results_of: dict[str, list[str]] = {}
        for result in self.sorted_results():
            if result.trial:
                results_of.setdefault(result.trial, []).append(_result_text(result, self.nodes))
        return results_of

    def sorted_nodes(self) -> Iterator[Node]:
        """Entity nodes in identifier order."""
        for key in sorted(self.nodes):
            yield self.nodes[key]

    def sorted_edges(self) -> Iterator[Edge]:
        """Relation edges in (subject, predicate, object) order."""
        for key in sorted(self.edges):
            yield self.edges[key]

    def to_networkx(self) -> nx.MultiDiGraph:
        """The graph as a networkx MultiDiGraph: node ids are CURIEs (documents: their URL).

        Relation edges are keyed by predicate and carry ``evidence`` (a list of :class:`Evidence`),
        ``confidence``, ``negated``, ``hedged`` and ``n_documents``; ``mentions`` edges carry ``count``.

        >>> KnowledgeGraph().to_networkx().number_of_nodes()
        0
        """
        import networkx as nx

        graph = nx.MultiDiGraph()
        for doc in (self.documents[k] for k in sorted(self.documents)):
            graph.add_node(doc.id, type="document", label=doc.label, path=doc.path, **dict(doc.fields))
        results_of = self.results_by_trial()
        for node in self.sorted_nodes():
            graph.add_node(
                node.id, type=node.type, label=node.label, synonyms=list(node.synonyms), xrefs=list(node.xrefs)
            )
            if node.id in results_of:
                graph.nodes[node.id]["results"] = results_of[node.id]
        for (doc_id, entity_id), count in sorted(self.mentions.items()):
            graph.add_edge(doc_id, entity_id, key="mentions", predicate="mentions", count=count)
        for edge in self.sorted_edges():
            attrs: dict[str, Any] = {
                "predicate": edge.predicate,
                "id": edge.id,
                "evidence": list(edge.evidence),
                "confidence": edge.confidence,
                "negated": edge.negated,
                "hedged": edge.hedged,
                "n_documents": len(edge.documents),
                "sources": list(edge.sources),
            }
            attrs.update(dict(edge.data))
            graph.add_edge(edge.subject, edge.object, key=edge.predicate, **attrs)
        return graph


def _result_text(result: TrialResult, nodes: dict[str, Node]) -> str:
    endpoint = nodes[result.endpoint].label if result.endpoint in nodes else result.endpoint
    arm = f" ({result.arm})" if result.arm else ""
    return f"{result.measure} {endpoint}: {result.value:g} {result.unit}{arm}"


def _evidence_key(evidence: Evidence) -> tuple[str, int, int, str, str]:
    return (evidence.doc, evidence.start, evidence.end, evidence.method, evidence.sentence)
