"""What a change of documents can have changed in the merged graph: the keys of its nodes, documents,
``mentions`` edges, relation edges and trial results.

The merge is a keyed reduce, so a document only contributes to the keys it names: its own document node,
the entities it mentions, the (document, entity) mention edges, the edges of its statements (an approval
also feeds the ``treats`` edge; ``combined_with`` is keyed with its ends in order) and its trial results.
The merged value of a key is a function of the contributions to it, in path order. So when a document
changed, only the keys to which its old and its new version contribute differently can have a new merged
value (:class:`Contribution` lists what one version gives each key; a removed document has no new version,
a new one no old version): an edit of one sentence of a long page touches the keys of that sentence, not
every key of the page. Everything else is computed from those keys alone, with three exceptions handled
here: a curated relation is added when both of its ends are in the graph, so an entity that appears or
disappears touches the curated edges at it; the ends of every touched edge are touched too (their RDF
subject block holds the edge's direct triples); and a touched endpoint touches the trials with results on
it (GraphML writes a trial's results with the endpoint's label). Every other key is exported exactly as
before.
"""

from __future__ import annotations

from collections.abc import Collection, Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from kg.graph import KnowledgeGraph, MentionedEntity, edge_predicates
from kg.model import Statement
from kg.results import TrialResult

__all__ = ["Contribution", "Touched", "edge_keys", "touched_keys"]

_K = TypeVar("_K")


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


@dataclass(frozen=True)
class Contribution:
    """What one version of one document gives each key of the merged graph, in the order the merge adds it:
    mention counts by (document, entity); by entity, the nodes of its mentions and the texts of the brand
    names its statements name (the merge adds a brand node for those); by edge key, each statement's
    evidence with its data; by result id, the results.

    >>> from kg.graph import Node
    >>> from kg.model import Evidence
    >>> mtor = MentionedEntity(Node("HGNC:3942", "target", "MTOR"), None, ((("d", "HGNC:3942"), 2),))
    >>> said = Statement("NCIT:C1", "inhibits", "HGNC:3942", Evidence("d", "s", 0, 1, "verb"))
    >>> part = Contribution.of("d", [mtor], [said], [])
    >>> part.mentions, list(part.nodes), list(part.edges)
    ({('d', 'HGNC:3942'): 2}, ['HGNC:3942'], [('NCIT:C1', 'inhibits', 'HGNC:3942')])
    """

    document: str
    mentions: dict[tuple[str, str], int]
    nodes: dict[str, list[Hashable]]
    edges: dict[tuple[str, str, str], list[Hashable]]
    results: dict[str, list[TrialResult]]

    @classmethod
    def of(cls, document: str, mentioned: Iterable[MentionedEntity], statements: Iterable[Statement],
           results: Iterable[TrialResult]) -> Contribution:
        """The contribution of a document (its id, its mentions summed up per entity, statements, results)."""
        mentions: dict[tuple[str, str], int] = {}
        nodes: dict[str, list[Hashable]] = {}
        for entity in mentioned:
            for mention_key, count in entity.counts:
                mentions[mention_key] = mentions.get(mention_key, 0) + count
            nodes.setdefault(entity.first.id, []).append((entity.first, entity.later))
        edges: dict[tuple[str, str, str], list[Hashable]] = {}
        for statement in statements:
            if statement.subject.startswith("KG:brand/"):
                nodes.setdefault(statement.subject, []).append(("brand", statement.subject_text))
            data = tuple((str(name), str(value)) for name, value in statement.data.items())
            for key in edge_keys(statement):
                edges.setdefault(key, []).append((statement.evidence, data))
        by_id: dict[str, list[TrialResult]] = {}
        for result in results:
            by_id.setdefault(result.id, []).append(result)
        return cls(document, mentions, nodes, edges, by_id)


_NOTHING = Contribution("", {}, {}, {}, {})
"""The contribution of a version that does not exist."""


def _differing(old: Mapping[_K, object], new: Mapping[_K, object]) -> set[_K]:
    """The keys whose value differs between two mappings (a key missing from one differs)."""
    return {key for key in old.keys() | new.keys() if old.get(key) != new.get(key)}


def touched_keys(
    versions: Iterable[tuple[Contribution | None, Contribution | None]],
    graph: KnowledgeGraph,
    old_nodes: Collection[str],
    curated: Iterable[Statement] = (),
) -> Touched:
    """The keys touched by the given changed documents (the contributions of the old and the new version of
    each; None for a version that does not exist) in ``graph`` (the new merged graph), given the entity ids
    the previous graph had and the curated statements the merge may add.

    >>> from kg.graph import Node
    >>> graph = KnowledgeGraph()
    >>> graph.add_node(Node("NCIT:C2", "drug", "b"))
    >>> mention = MentionedEntity(Node("NCIT:C1", "drug", "a"), None, ((("d", "NCIT:C1"), 1),))
    >>> touched = touched_keys([(Contribution.of("d", [mention], [], []), None)], graph, {"NCIT:C1"})
    >>> sorted(touched.nodes), sorted(touched.mentions)
    (['NCIT:C1', 'NCIT:C2'], [('d', 'NCIT:C1')])
    """
    touched = Touched()
    for old_version, new_version in versions:
        old, new = old_version or _NOTHING, new_version or _NOTHING
        touched.documents.update(version.document for version in (old_version, new_version) if version is not None)
        touched.mentions |= _differing(old.mentions, new.mentions)
        touched.nodes |= _differing(old.nodes, new.nodes)
        touched.edges |= _differing(old.edges, new.edges)
        results = _differing(old.results, new.results)
        touched.results |= results
        for version in (old, new):
            for result_id in results & version.results.keys():
                touched.nodes.update(result.trial for result in version.results[result_id] if result.trial)
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
