"""SPARQL query text checks for the endpoint: does a query federate (``SERVICE``), and the predeclared prefixes.

The endpoint forwards query text to the Oxigraph server, so these work on the text, not on a parse tree:
comments, string literals and IRIs are blanked out first, so a ``SERVICE`` inside a string, an IRI or a
comment is not taken for the keyword, and ``PREFIX`` lines are recognised only outside them.
"""

from __future__ import annotations

import re

from kg.identifiers import prefix_map

# Strings (long forms first), IRIs (no spaces inside, so "?a < 3 ... > 2" is never taken for one), comments.
_OPAQUE = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|<[^<>\"{}|^`\\\s]*>"
    r"|#[^\n]*",
)
_SERVICE = re.compile(r"(?<![\w:?$])SERVICE(?![\w:-])", re.IGNORECASE)
_DECLARED = re.compile(r"(?<![\w:?$])PREFIX\s+([A-Za-z][\w.-]*)?:", re.IGNORECASE)


def _blank(query: str) -> str:
    return _OPAQUE.sub(lambda match: " " * len(match.group()), query)


def uses_service(query: str) -> bool:
    """True when the query has a ``SERVICE`` clause (a federated query that would call another server).

    >>> uses_service("SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    True
    >>> uses_service('SELECT * { ?s ?p "SERVICE" } # SERVICE in a comment')
    False
    """
    return _SERVICE.search(_blank(query)) is not None


def declared_prefixes(query: str) -> set[str]:
    """The prefix names the query declares itself.

    >>> sorted(declared_prefixes("PREFIX kg: <https://w3id.org/kgnci/vocab#>\\nprefix : <x:>\\nSELECT * {}"))
    ['', 'kg']
    """
    return {match.group(1) or "" for match in _DECLARED.finditer(_blank(query))}


def with_prefixes(query: str, prefixes: dict[str, str] | None = None) -> str:
    """The query with a ``PREFIX`` line for each predeclared prefix it does not declare itself.

    These are the prefixes ``kg query`` accepts without declaration (``ontology/prefixes.json``).

    >>> q = with_prefixes("SELECT ?t WHERE { NCIT:C48387 kg:inhibits ?t }", {"kg": "https://w3id.org/kgnci/vocab#"})
    >>> q.splitlines()[0]
    'PREFIX kg: <https://w3id.org/kgnci/vocab#>'
    >>> with_prefixes("PREFIX kg: <x:>\\nASK {}", {"kg": "y:"}).count("PREFIX")
    1
    """
    known = prefix_map() if prefixes is None else prefixes
    declared = declared_prefixes(query)
    lines = [f"PREFIX {name}: <{iri}>" for name, iri in sorted(known.items()) if name not in declared]
    return "\n".join([*lines, query])
