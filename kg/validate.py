"""Check an RDF export against the SHACL shapes of ``ontology/shapes.ttl`` and report what is wrong.

The export is parsed with pyoxigraph (fast) and handed to pyshacl as an ``rdflib.Graph``; no inference is
run, since the shapes only use ``sh:targetClass`` on the classes the exporter writes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import rdflib
from pyshacl import validate as shacl_validate
from rdflib.namespace import RDF, SH

from kg.export.interop import rdflib_graph
from kg.identifiers import ONTOLOGY_DIR, compress

__all__ = ["SHAPES_FILE", "Violation", "format_violations", "validate"]

SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"

_FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".jsonld": ox.RdfFormat.JSON_LD,
}
_SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}


@dataclass(frozen=True, order=True)
class Violation:
    """One SHACL result: the offending node, the property (empty when the whole node fails), why, how bad.

    >>> Violation("NCIT:C48387", "rdfs:label", "an entity needs exactly one rdfs:label", "Violation").severity
    'Violation'
    """

    focus_node: str
    path: str
    message: str
    severity: str


def validate(path: Path, /, *, shapes: Path = SHAPES_FILE) -> list[Violation]:
    """The SHACL violations of an export (``.ttl``, ``.nt``, ``.nq``, ``.jsonld``), worst first; [] if valid.

    >>> import tempfile
    >>> export = Path(tempfile.mkdtemp()) / "kg.ttl"
    >>> _ = export.write_text("<https://identifiers.org/hgnc:3942> a <https://w3id.org/kgnci/vocab#Target> .")
    >>> [v.path for v in validate(export)]
    ['dcterms:identifier', 'rdfs:label']
    """
    path = Path(path)
    try:
        rdf_format = _FORMATS[path.suffix]
    except KeyError:
        known = ", ".join(sorted(_FORMATS))
        kind = path.suffix or "suffix-less"
        raise ValueError(f"{path}: cannot validate a {kind} file (use {known})") from None
    try:
        data = rdflib_graph(ox.parse(path=path, format=rdf_format))
    except SyntaxError as error:
        raise ValueError(f"{path}: not valid RDF: {error}") from error
    shapes_graph = rdflib.Graph().parse(shapes, format="turtle")
    _, report, _ = shacl_validate(data, shacl_graph=shapes_graph, inference="none", advanced=False)
    assert isinstance(report, rdflib.Graph)
    return _violations(report)


def format_violations(violations: list[Violation], /) -> str:
    """A report a person can read: a summary line, then one line per problem.

    >>> print(format_violations([Violation("NCIT:C1", "rdfs:label", "an entity needs a label", "Violation")]))
    1 SHACL problem (1 violation, 0 warnings):
      Violation  NCIT:C1  rdfs:label: an entity needs a label
    >>> format_violations([])
    'no SHACL problems: the export conforms to the shapes'
    """
    if not violations:
        return "no SHACL problems: the export conforms to the shapes"
    errors = sum(1 for v in violations if v.severity == "Violation")
    warnings = len(violations) - errors
    noun = "problem" if len(violations) == 1 else "problems"
    lines = [
        f"{len(violations)} SHACL {noun} ({errors} violation{'' if errors == 1 else 's'}, "
        f"{warnings} warning{'' if warnings == 1 else 's'}):"
    ]
    for violation in violations:
        where = f"{violation.focus_node}  {violation.path}" if violation.path else violation.focus_node
        lines.append(f"  {violation.severity}  {where}: {violation.message}")
    return "\n".join(lines)


def _violations(report: rdflib.Graph) -> list[Violation]:
    found: set[Violation] = set()
    for result in report.subjects(RDF.type, SH.ValidationResult):
        severity = report.value(result, SH.resultSeverity)
        messages = sorted(str(m) for m in report.objects(result, SH.resultMessage)) or ["does not conform"]
        found.add(
            Violation(
                focus_node=_show(report.value(result, SH.focusNode)),
                path=_show(report.value(result, SH.resultPath)),
                message="; ".join(messages),
                severity=_show(severity).removeprefix("sh:") or "Violation",
            )
        )
    return sorted(found, key=lambda v: (_SEVERITY_ORDER.get(v.severity, 3), v.focus_node, v.path, v.message))


def _show(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, rdflib.URIRef):
        return compress(str(term)) or str(term)
    if isinstance(term, rdflib.BNode):
        return f"_:{term}"
    return str(term)
