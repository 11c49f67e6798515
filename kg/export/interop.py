"""The graph for rdflib users: ``rdflib.Graph`` objects and terms built from the fast pyoxigraph quads.

Users expect an ``rdflib.Graph`` from a Python RDF library; the exports themselves go through pyoxigraph,
which is much faster, so this module only converts terms, without parsing any text.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox
import rdflib

from kg.export.rdf_text import triples
from kg.graph import KnowledgeGraph
from kg.identifiers import expand, prefix_map

_XSD_STRING = expand("xsd:string")


def to_rdflib(graph: KnowledgeGraph) -> rdflib.Graph:
    """The graph's triples (named graphs merged) as an ``rdflib.Graph`` with the project's prefixes bound.

    >>> from kg.graph import Node
    >>> g = KnowledgeGraph()
    >>> g.add_node(Node(id="HGNC:3942", type="target", label="MTOR"))
    >>> len(to_rdflib(g))
    5
    """
    return rdflib_graph(triples(graph))


def rdflib_graph(statements: Iterable[ox.Triple | ox.Quad]) -> rdflib.Graph:
    """An ``rdflib.Graph`` of pyoxigraph triples or quads (graph names dropped), with the prefixes bound.

    >>> import pyoxigraph as ox
    >>> len(rdflib_graph(ox.parse(b'<http://a> <http://b> "c" .', format=ox.RdfFormat.N_TRIPLES)))
    1
    """
    result = rdflib.Graph()
    for prefix, namespace in sorted(prefix_map().items()):
        result.bind(prefix, rdflib.Namespace(namespace), override=True, replace=True)
    for statement in statements:
        subject, predicate, obj = statement.subject, statement.predicate, statement.object
        result.add((rdflib_term(subject), rdflib_term(predicate), rdflib_term(obj)))
    return result


def rdflib_term(node: object) -> rdflib.term.Identifier:
    """The rdflib term of a pyoxigraph named node, blank node or literal (lexical form kept as is).

    >>> rdflib_term(ox.Literal("0.5", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#double")))
    rdflib.term.Literal('0.5', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#double'))
    """
    if isinstance(node, ox.NamedNode):
        return rdflib.URIRef(node.value)
    if isinstance(node, ox.BlankNode):
        return rdflib.BNode(node.value)
    if isinstance(node, ox.Literal):
        if node.language:
            return rdflib.Literal(node.value, lang=node.language)
        if node.datatype.value == _XSD_STRING:
            return rdflib.Literal(node.value)  # what rdflib's own parsers give for a plain string
        return rdflib.Literal(node.value, datatype=rdflib.URIRef(node.datatype.value))
    raise TypeError(f"not an RDF term: {node!r}")
