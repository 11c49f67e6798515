"""The ``kg`` command: build, link, extract, eval, validate and vocab.

Exit codes: 0 success; 1 some documents failed and ``--strict`` was given (or validation failed);
2 usage errors.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.pipeline import Analysis

DEFAULT_INPUT = Path("seeds")
DEFAULT_OUTPUT = Path("exports")


def _progress(done: int, total: int) -> None:
    if total >= 50 and (done % 100 == 0 or done == total) and sys.stderr.isatty():
        print(f"\r  {done}/{total} documents", end="" if done < total else "\n", file=sys.stderr)


def _cmd_build(args: argparse.Namespace) -> int:
    from kg.export import write_exports
    from kg.pipeline import build
    from kg.summary import format_summary, summarize, write_stats

    started = time.perf_counter()
    paths = args.paths or [DEFAULT_INPUT]
    cache = None if args.no_cache else args.cache
    report = build(paths, workers=args.workers, progress=_progress, cache=cache, executor=args.executor,
                   scheduler=args.scheduler)
    args.output.mkdir(parents=True, exist_ok=True)
    written = write_exports(report.graph, args.output)
    if args.shards:
        from kg.export.shards import write_shards

        written.extend(write_shards(args.output / "kg.nq", args.output / "shards", args.shards))
    violations: list[str] = []
    if args.validate:
        from kg.validate import validate

        violations = [f"{v.severity}: {v.focus_node} {v.path}: {v.message}"
                      for v in validate(args.output / "kg.ttl")]
    summary = summarize(report, written, violations=violations if args.validate else None)
    written.append(write_stats(summary, args.output / "stats.json"))
    graph = report.graph
    seconds = time.perf_counter() - started
    print(
        f"{report.documents} documents read, {report.failed} failed; {len(graph.nodes)} entities, "
        f"{len(graph.edges)} relation edges, {len(graph.mentions)} mention edges; {seconds:.1f} s"
    )
    print(format_summary(summary, seconds=seconds))
    for path in written:
        print(f"  wrote {path}")
    if args.strict and violations:
        print(f"strict: {len(violations)} SHACL problem(s)", file=sys.stderr)
        return 1
    if report.failed and args.strict:
        print(f"strict: {report.failed} document(s) could not be read", file=sys.stderr)
        return 1
    return 0


def _analyses(files: Sequence[Path], strict: bool) -> tuple[list[Analysis], int]:
    from kg.pipeline import Analysis, analyse_paths

    good: list[Analysis] = []
    failed = 0
    for result in analyse_paths(files):
        if isinstance(result, Analysis):
            good.append(result)
        else:
            failed += 1
            print(f"error: {result}", file=sys.stderr)
    return good, 1 if failed and strict else 0


def _cmd_link(args: argparse.Namespace) -> int:
    analyses, code = _analyses(args.files, args.strict)
    for analysis in analyses:
        for mention in analysis.mentions:
            record = {
                "doc": mention.doc, "start": mention.start, "end": mention.end, "text": mention.text,
                "id": mention.id, "label": mention.label, "type": mention.type, "method": mention.method,
                "confidence": mention.confidence,
            }
            if args.jsonl:
                print(json.dumps(record, ensure_ascii=False))
            else:
                print(f"{mention.start}-{mention.end}\t{mention.text}\t{mention.id}\t{mention.type}\t"
                      f"{mention.method}\t{mention.confidence}")
    return code


def _cmd_extract(args: argparse.Namespace) -> int:
    analyses, code = _analyses(args.files, args.strict)
    for analysis in analyses:
        for statement in analysis.statements:
            evidence = statement.evidence
            record = {
                "doc": evidence.doc, "subject": statement.subject, "predicate": statement.predicate,
                "object": statement.object, "subject_text": statement.subject_text,
                "object_text": statement.object_text, "sentence": evidence.sentence,
                "start": evidence.start, "end": evidence.end, "negated": evidence.negated,
                "hedged": evidence.hedged, "confidence": evidence.confidence, "method": evidence.method,
            }
            if args.jsonl:
                print(json.dumps(record, ensure_ascii=False))
            else:
                print(f"{statement.subject_text} --{statement.predicate}--> {statement.object_text}\t"
                      f"{statement.subject} {statement.object}\t{evidence.method}")
    return code


def _cmd_eval(args: argparse.Namespace) -> int:
    from kg.evaluation import evaluate, format_report, report_to_json
    from kg.model import Mention, Statement
    from kg.pipeline import analyse_path

    def analyse(path: Path) -> tuple[Sequence[Mention], Sequence[Statement]]:
        analysis = analyse_path(path)
        return analysis.mentions, analysis.statements

    report = evaluate(args.gold, args.corpus, analyse)
    if args.json:
        print(json.dumps(report_to_json(report), indent=2, ensure_ascii=False))
    else:
        print(format_report(report, show_errors=not args.summary))
    return 0


def _cmd_validate(args: argparse.Namespace) -> int:
    from kg.validate import format_violations, validate

    violations = validate(args.export)
    print(format_violations(violations))
    return 1 if any(v.severity == "Violation" for v in violations) else 0


def _cmd_vocab(args: argparse.Namespace) -> int:
    from kg.vocabulary import commands
    from kg.vocabulary.store import default_vocabulary

    if args.vocab_command == "build":
        print(commands.build(args.sources, args.output))
    elif args.vocab_command == "learn":
        print(commands.learn(args.corpus, args.output))
    elif args.vocab_command == "stats":
        print(commands.stats_text(default_vocabulary()))
    elif args.vocab_command == "lookup":
        print(commands.lookup_text(default_vocabulary(), " ".join(args.name)))
    return 0


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def parser() -> argparse.ArgumentParser:
    """The argument parser of the ``kg`` command.

    >>> parser().parse_args(["build"]).output
    PosixPath('exports')
    """
    main_parser = argparse.ArgumentParser(prog="kg", description=__doc__.splitlines()[0] if __doc__ else "")
    commands = main_parser.add_subparsers(dest="command", required=True)

    build = commands.add_parser("build", help="build the graph and write the exports")
    build.add_argument("paths", nargs="*", type=Path, help="files or folders (default: seeds/)")
    build.add_argument("-o", "--output", type=Path, default=DEFAULT_OUTPUT, help="export folder")
    build.add_argument("--strict", action="store_true", help="exit 1 when any document cannot be read")
    build.add_argument("--validate", action="store_true", help="check kg.ttl against ontology/shapes.ttl")
    build.add_argument("-j", "--workers", type=int, default=None, help="worker processes")
    build.add_argument("--cache", type=Path, default=Path("build/kg-cache"),
                       help="per-document cache folder (default build/kg-cache): unchanged documents are reused")
    build.add_argument("--no-cache", action="store_true", help="analyse every document again")
    build.add_argument("--executor", choices=("local", "dask"), default="local",
                       help="where documents are analysed: local processes or a dask.distributed cluster")
    build.add_argument("--scheduler", default=None,
                       help="Dask scheduler address (default: a LocalCluster started for the build)")
    build.add_argument("--shards", type=_positive, default=0, metavar="N",
                       help="also write kg.nq as N shards in shards/, each loadable on its own")
    build.set_defaults(run=_cmd_build)

    for name, run, what in (("link", _cmd_link, "mentions"), ("extract", _cmd_extract, "relations")):
        sub = commands.add_parser(name, help=f"print the {what} of documents")
        sub.add_argument("files", nargs="+", type=Path)
        sub.add_argument("--jsonl", action="store_true", help="one JSON object per line")
        sub.add_argument("--strict", action="store_true")
        sub.set_defaults(run=run)

    evaluation = commands.add_parser("eval", help="score linking and extraction against gold annotations")
    evaluation.add_argument("--gold", type=Path, required=True)
    evaluation.add_argument("--corpus", type=Path, required=True)
    evaluation.add_argument("--json", action="store_true")
    evaluation.add_argument("--summary", action="store_true", help="tables only, no misses/false hits")
    evaluation.set_defaults(run=_cmd_eval)

    validate = commands.add_parser("validate", help="check an export against ontology/shapes.ttl")
    validate.add_argument("export", type=Path)
    validate.set_defaults(run=_cmd_validate)

    from kg import query as query_command
    from kg import serve as serve_command

    query = commands.add_parser("query", help="answer a SPARQL 1.1 query on an export")
    query_command.add_arguments(query)
    query.set_defaults(run=query_command.command)
    serve = commands.add_parser("serve", help="serve an export as a read-only SPARQL endpoint on 127.0.0.1")
    serve_command.add_arguments(serve)
    serve.set_defaults(run=serve_command.command)

    vocab = commands.add_parser("vocab", help="build, count or query the vocabulary")
    vocab_commands = vocab.add_subparsers(dest="vocab_command", required=True)
    vocab_build = vocab_commands.add_parser("build", help="compile ontology/vocabulary from sources")
    vocab_build.add_argument("--sources", type=Path, required=True)
    vocab_build.add_argument("-o", "--output", type=Path, default=Path("ontology/vocabulary"))
    vocab_learn = vocab_commands.add_parser("learn", help="learn names from the corpus's links")
    vocab_learn.add_argument("--corpus", type=Path, required=True)
    vocab_learn.add_argument("-o", "--output", type=Path, default=Path("ontology/vocabulary"))
    vocab_commands.add_parser("stats", help="term counts by type and source")
    lookup = vocab_commands.add_parser("lookup", help="what a name resolves to")
    lookup.add_argument("name", nargs="+")
    vocab.set_defaults(run=_cmd_vocab)
    return main_parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``kg`` command line; returns the exit code.

    >>> main(["vocab", "lookup", "Afinitor"])  # doctest: +ELLIPSIS
    Afinitor → NCIT:C48387 ...
    0
    """
    args = parser().parse_args(argv)
    code: int = args.run(args)
    return code


if __name__ == "__main__":
    sys.exit(main())

