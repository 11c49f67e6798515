"""SPARQL 1.1 over an export: ``kg query EXPORT 'SELECT …'`` or ``kg query EXPORT -f queries/x.rq``.

The export (Turtle, N-Triples, N-Quads, TriG or JSON-LD, by suffix) is bulk-loaded into an in-memory
pyoxigraph :class:`~pyoxigraph.Store` — a real indexed store, so joins are index lookups, not scans of the
file — and queried with the union of all named graphs as the default graph, so the same query answers on
``kg.ttl`` (default graph) and ``kg.nq`` (one graph per document). The prefixes of ``ontology/prefixes.json``
are predeclared: ad-hoc queries may write ``NCIT:C48387`` without a ``PREFIX`` line; the shipped queries in
``queries/`` still declare theirs, so they run unchanged on any SPARQL endpoint.

Results are kept as pyoxigraph terms and formatted on output: ``table`` (aligned text, IRIs as CURIEs where the
prefix map covers them), ``csv`` and ``tsv`` (SPARQL 1.1 CSV/TSV results, full IRIs) and ``json`` (SPARQL 1.1
JSON results). ``CONSTRUCT``/``DESCRIBE`` triples come out as rows of ``subject predicate object``.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Literal as TypingLiteral

import pyoxigraph as ox

from kg.identifiers import compress, prefix_map

__all__ = [
    "FORMATS",
    "ExportError",
    "QueryError",
    "QueryResult",
    "QuerySyntaxError",
    "add_arguments",
    "command",
    "format_result",
    "load_store",
    "main",
    "query_store",
    "read_query_file",
    "run_query",
]

FORMATS: tuple[str, ...] = ("table", "csv", "tsv", "json")
QUERIES_DIR = Path(__file__).resolve().parent.parent / "queries"
_MAX_PARSER_MESSAGE = 300

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple


class QueryError(Exception):
    """A query that cannot be answered: its message names the file at fault and says why."""


class ExportError(QueryError):
    """The export is missing, of an unknown format, or not valid RDF."""


class QuerySyntaxError(QueryError):
    """The SPARQL text does not parse; the message names the query file and gives the parser's message."""


@dataclass(frozen=True)
class QueryResult:
    """The answer to one query.

    ``kind`` is ``"select"`` (``variables`` and ``rows``; an unbound cell is None), ``"ask"`` (``boolean``)
    or ``"graph"`` (CONSTRUCT/DESCRIBE: ``rows`` of subject, predicate, object). Timings are in seconds.

    >>> QueryResult("ask", boolean=True).boolean
    True
    """

    kind: TypingLiteral["select", "ask", "graph"]
    variables: tuple[str, ...] = ()
    rows: tuple[tuple[Term | None, ...], ...] = ()
    boolean: bool | None = None
    load_seconds: float = field(default=0.0, compare=False)
    query_seconds: float = field(default=0.0, compare=False)


def load_store(export: Path, /) -> ox.Store:
    """Bulk-load an export into a new in-memory store; the format is chosen by the file suffix.

    >>> store = load_store(QUERIES_DIR.parent / "exports" / "kg.ttl")
    >>> len(store) > 100
    True
    """
    export = Path(export)
    if not export.is_file():
        raise ExportError(f"{export}: no such export file")
    rdf_format = ox.RdfFormat.from_extension(export.suffix.lstrip(".").lower())
    if rdf_format is None:
        raise ExportError(f"{export}: unknown RDF format {export.suffix!r} (use .ttl, .nt, .nq, .trig or .jsonld)")
    store = ox.Store()
    try:
        store.bulk_load(path=export, format=rdf_format)
    except SyntaxError as error:
        raise ExportError(f"{export}: not valid {rdf_format.name}: {error}") from None
    return store


def query_store(store: ox.Store, sparql: str, /, *, source: str = "<query>") -> QueryResult:
    """Run one SPARQL query on a loaded store; ``source`` names the query in error messages.

    >>> store = ox.Store()
    >>> store.add(ox.Quad(ox.NamedNode("http://purl.obolibrary.org/obo/NCIT_C48387"),
    ...                   ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), ox.Literal("everolimus")))
    >>> result = query_store(store, "SELECT ?drug WHERE { ?drug rdfs:label 'everolimus' }")
    >>> result.variables, compress(result.rows[0][0].value)
    (('drug',), 'NCIT:C48387')
    >>> query_store(store, "SELEC ?x", source="bad.rq")
    Traceback (most recent call last):
    ...
    kg.query.QuerySyntaxError: bad.rq: SPARQL syntax error: error at 1:9: expected one of DESCRIBE, [_]
    """
    started = time.perf_counter()
    try:
        answer = store.query(sparql, prefixes=prefix_map(), use_default_graph_as_union=True)
        result = _materialise(answer)
    except SyntaxError as error:
        message = " ".join(str(error).split())
        if len(message) > _MAX_PARSER_MESSAGE:
            message = message[:_MAX_PARSER_MESSAGE] + " …"
        raise QuerySyntaxError(f"{source}: SPARQL syntax error: {message}") from None
    except OSError as error:
        raise QueryError(f"{source}: query failed: {error}") from None
    return replace(result, query_seconds=time.perf_counter() - started)


def run_query(export: Path, sparql: str, /, *, source: str = "<query>") -> QueryResult:
    """Load ``export`` and answer one SPARQL query on it.

    >>> result = run_query(QUERIES_DIR.parent / "exports" / "kg.ttl",
    ...                    "SELECT ?label WHERE { NCIT:C48387 kg:inhibits/rdfs:label ?label }")
    >>> [row[0].value for row in result.rows]
    ['MTOR']
    """
    started = time.perf_counter()
    store = load_store(export)
    loaded = time.perf_counter() - started
    return replace(query_store(store, sparql, source=source), load_seconds=loaded)


def read_query_file(path: Path, /) -> str:
    """The text of a query file; a bare name like ``drugs_by_target`` is looked up in ``queries/``.

    >>> read_query_file(Path("drugs_by_target")).startswith("#")
    True
    """
    path = Path(path)
    candidates = [path]
    if not path.exists() and len(path.parts) == 1:
        candidates += [QUERIES_DIR / path.name, QUERIES_DIR / f"{path.name}.rq"]
    for candidate in candidates:
        if candidate.is_file():
            return candidate.read_text(encoding="utf-8")
    raise QueryError(f"{path}: no such query file")


def _materialise(answer: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples) -> QueryResult:
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(answer))
    if isinstance(answer, ox.QueryTriples):
        rows = tuple((t.subject, t.predicate, t.object) for t in answer)
        return QueryResult("graph", variables=("subject", "predicate", "object"), rows=rows)
    variables = tuple(v.value for v in answer.variables)
    width = len(variables)
    return QueryResult("select", variables=variables, rows=tuple(tuple(s[i] for i in range(width)) for s in answer))


# --------------------------------------------------------------------------------------------------- formatting


def format_result(result: QueryResult, fmt: str = "table", /) -> str:
    """The result as text in one of :data:`FORMATS`; every format but ``table`` writes full IRIs.

    >>> rows = ((ox.NamedNode("http://purl.obolibrary.org/obo/NCIT_C48387"), ox.Literal("everolimus")),)
    >>> result = QueryResult("select", ("drug", "label"), rows)
    >>> print(format_result(result, "table"))
    drug        | label
    ------------+-----------
    NCIT:C48387 | everolimus
    (1 row)
    >>> print(format_result(result, "csv"), end="")
    drug,label
    http://purl.obolibrary.org/obo/NCIT_C48387,everolimus
    >>> print(format_result(QueryResult("ask", boolean=False), "json"))
    {"head": {}, "boolean": false}
    """
    if fmt not in FORMATS:
        raise QueryError(f"unknown result format {fmt!r} (choose from {', '.join(FORMATS)})")
    if result.kind == "ask":
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": result.boolean})
        return "true" if result.boolean else "false"
    if fmt == "table":
        return _table(result)
    if fmt == "csv":
        return _csv(result)
    if fmt == "tsv":
        return _tsv(result)
    return _json(result)


@lru_cache(maxsize=65536)
def _curie(iri: str) -> str:
    return compress(iri) or f"<{iri}>"


def _table_cell(term: Term | None) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return _curie(term.value)
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        text = " ".join(term.value.split()) if "\n" in term.value or "\t" in term.value else term.value
        return f"{text}@{term.language}" if term.language else text
    return str(term)


def _table(result: QueryResult) -> str:
    cells = [[_table_cell(t) for t in row] for row in result.rows]
    widths = [max([len(name), *(len(row[i]) for row in cells)]) for i, name in enumerate(result.variables)]

    def line(values: Sequence[str]) -> str:
        return " | ".join(v.ljust(w) for v, w in zip(values, widths, strict=True)).rstrip()

    lines = [line(result.variables), "-+-".join("-" * w for w in widths)]
    lines += [line(row) for row in cells]
    lines.append(f"({len(cells)} row{'' if len(cells) == 1 else 's'})")
    return "\n".join(lines)


def _plain(term: Term | None) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.NamedNode | ox.Literal):
        return term.value
    return str(term)


def _csv(result: QueryResult) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(result.variables)
    writer.writerows([_plain(t) for t in row] for row in result.rows)
    return out.getvalue().replace("\r\n", "\n")


def _tsv(result: QueryResult) -> str:
    lines = ["\t".join(f"?{name}" for name in result.variables)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in result.rows]
    return "\n".join(lines) + "\n"


def _json_term(term: Term) -> dict[str, object]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        value: dict[str, object] = {"type": "literal", "value": term.value}
        if term.language:
            value["xml:lang"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            value["datatype"] = term.datatype.value
        return value
    return {
        "type": "triple",
        "value": {"subject": _json_term(term.subject), "predicate": _json_term(term.predicate),
                  "object": _json_term(term.object)},
    }


def _json(result: QueryResult) -> str:
    bindings = [
        {name: _json_term(t) for name, t in zip(result.variables, row, strict=True) if t is not None}
        for row in result.rows
    ]
    return json.dumps({"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}},
                      ensure_ascii=False, indent=1)


# --------------------------------------------------------------------------------------------------- command line


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the ``kg query`` arguments on ``parser`` (a sub-parser of ``kg``).

    >>> p = argparse.ArgumentParser(); add_arguments(p)
    >>> p.parse_args(["exports/kg.ttl", "-f", "drugs_by_target", "--format", "csv"]).format
    'csv'
    """
    parser.add_argument("export", type=Path, help="an export: .ttl, .nt, .nq, .trig or .jsonld")
    parser.add_argument("sparql", nargs="?", help="the SPARQL query text (or use -f)")
    parser.add_argument("-f", "--file", type=Path, help="read the query from a .rq file (or a name in queries/)")
    parser.add_argument("--format", choices=FORMATS, default="table", help="result format (default: table)")
    parser.add_argument("--time", action="store_true", help="print load and query times on stderr")


def command(args: argparse.Namespace) -> int:
    """Run ``kg query`` from parsed arguments; 0 on success, 2 on a bad export, query file or query."""
    if (args.sparql is None) == (args.file is None):
        print("error: give the query text or -f FILE (one of them)", file=sys.stderr)
        return 2
    try:
        sparql = read_query_file(args.file) if args.file is not None else args.sparql
        source = str(args.file) if args.file is not None else "<query>"
        result = run_query(args.export, sparql, source=source)
        text = format_result(result, args.format)
    except QueryError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(text, end="" if text.endswith("\n") else "\n")
    if args.time:
        print(f"loaded in {result.load_seconds:.3f} s, answered in {result.query_seconds:.3f} s", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """``kg query`` on its own: ``python -m kg.query EXPORT 'SPARQL' [--format csv]``; returns the exit code.

    >>> main([str(QUERIES_DIR.parent / "exports" / "kg.ttl"), "ASK { NCIT:C48387 kg:inhibits HGNC:3942 }"])
    true
    0
    """
    parser = argparse.ArgumentParser(prog="kg query", description="Answer a SPARQL 1.1 query on an export.")
    add_arguments(parser)
    return command(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
