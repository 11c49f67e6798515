"""What a change of documents can have changed in the merged graph: the keys of its nodes, documents,
``mentions`` edges, relation edges and trial results.

The merge is a keyed reduce, so a document only contributes to the keys it names: its own document node,
the entities it mentions, the (document, entity) mention edges, the edges of its statements (an approval
also feeds the ``treats`` edge; ``combined_with`` is keyed with its ends in order) and its trial results.
Everything else is computed from those keys alone, with three exceptions handled here: a curated relation
is added when both of its ends are in the graph, so an entity that appears or disappears touches the curated
edges at it; the ends of every touched edge are touched too (their RDF subject block holds the edge's
direct triples); and a touched endpoint touches the trials with results on it (GraphML writes a trial's
results with the endpoint's label). Comparing the analyses of the old and the new version of each changed
document (a removed document has no new version, a new one no old version) therefore gives every key whose
exported form may differ from the previous build's; every other key is exported exactly as before.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

from kg.graph import KnowledgeGraph, edge_predicates
from kg.model import Statement
from kg.results import TrialResult

__all__ = ["Touched", "edge_keys", "touched_keys"]


@dataclass
class Touched:
    """Keys of the merged graph whose exported form may have changed.

    >>> Touched().empty
    True
    """

    documents: set[str] = field(default_factory=set)
    nodes: set[str] = field(default_factory=set)
    mentions: set[tuple[str, str]] = field(default_factory=set)
    edges: set[tuple[str, str, str]] = field(default_factory=set)
    results: set[str] = field(default_factory=set)

    @property
    def empty(self) -> bool:
        """True when nothing is touched."""
        return not (self.documents or self.nodes or self.mentions or self.edges or self.results)


def edge_keys(statement: Statement) -> list[tuple[str, str, str]]:
    """The edge keys a statement adds evidence to (as :meth:`KnowledgeGraph.add_statement` keys them).

    >>> from kg.model import Evidence
    >>> ev = Evidence("d", "s", 0, 1, "approval")
    >>> edge_keys(Statement("NCIT:C1", "approved_for", "MONDO:1", ev))
    [('NCIT:C1', 'treats', 'MONDO:1'), ('NCIT:C1', 'approved_for', 'MONDO:1')]
    >>> edge_keys(Statement("b", "combined_with", "a", ev))
    [('a', 'combined_with', 'b')]
    """
    subject, obj = statement.subject, statement.object
    if statement.predicate == "combined_with" and obj < subject:
        subject, obj = obj, subject
    return [(subject, predicate, obj) for predicate in edge_predicates(statement)]


def touched_keys(
    contributions: Iterable[tuple[str, Iterable[tuple[str, str]], Iterable[Statement], Iterable[TrialResult]]],
    graph: KnowledgeGraph,
    old_nodes: Collection[str],
    curated: Iterable[Statement] = (),
) -> Touched:
    """The keys touched by the given document contributions (document id, the (document, entity) keys of its
    mentions, statements, results: the old and the new version of each changed document) in ``graph`` (the
    new merged graph), given the entity ids the previous graph had and the curated statements the merge may
    add.

    >>> from kg.graph import Node
    >>> graph = KnowledgeGraph()
    >>> graph.add_node(Node("NCIT:C2", "drug", "b"))
    >>> touched = touched_keys([("d", [("d", "NCIT:C1")], [], [])], graph, {"NCIT:C1"})
    >>> sorted(touched.nodes), sorted(touched.mentions)
    (['NCIT:C1', 'NCIT:C2'], [('d', 'NCIT:C1')])
    """
    touched = Touched()
    for doc_id, mentions, statements, results in contributions:
        touched.documents.add(doc_id)
        for doc, entity in mentions:
            touched.nodes.add(entity)
            touched.mentions.add((doc, entity))
        for statement in statements:
            touched.edges.update(edge_keys(statement))
        for result in results:
            touched.results.add(result.id)
            if result.trial:
                touched.nodes.add(result.trial)
    appeared = set(graph.nodes).symmetric_difference(old_nodes)
    touched.nodes |= appeared
    if appeared:
        for statement in curated:
            if statement.subject in appeared or statement.object in appeared:
                touched.edges.update(edge_keys(statement))
    for subject, _, obj in touched.edges:
        touched.nodes.update((subject, obj))
    trials_of: dict[str, set[str]] = {}  # a trial's results name their endpoint by its label (GraphML)
    for result in graph.results.values():
        if result.trial:
            trials_of.setdefault(result.endpoint, set()).add(result.trial)
    for endpoint in touched.nodes & trials_of.keys():
        touched.nodes |= trials_of[endpoint]
    return touched
