"""The ``kg`` command: build, link, extract, eval, validate and vocab.

Every problem with an input is one line ``path[:line]: message`` on stderr and the rest goes on; no
traceback reaches the user (``--debug`` shows it for an internal error).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import time
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kg.documents import DocumentError

if TYPE_CHECKING:
    from kg.pipeline import Analysis

DEFAULT_INPUT = Path("seeds")
DEFAULT_OUTPUT = Path("exports")
DEFAULT_DOC_TIMEOUT = 300.0
SHARDS_DIR = "shards"

EXIT_CODES = """exit codes:
  0    success
  1    errors: an input could not be read and --strict was given (or no input could be read at all),
       SHACL violations (validate, build --strict --validate), a name with no match (vocab lookup),
       a file that cannot be written
  2    usage: a bad option or argument, a missing file for validate/query, -o naming a file or a folder
       that holds other files than exports
  3    internal error (a bug: run again with --debug for the traceback and report it)
  130  interrupted (Ctrl-C); 141 output pipe closed (e.g. kg link ... | head): stops quietly"""


class UsageError(Exception):
    """A command line that cannot run as given (exit code 2).

    >>> str(UsageError("-o exports.ttl: is a file, not a folder"))
    '-o exports.ttl: is a file, not a folder'
    """


def positive_int(text: str) -> int:
    """An argparse type: a whole number of at least 1.

    >>> positive_int("3")
    3
    >>> positive_int("0")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: must be a whole number of at least 1, not '0'
    """
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, not {text!r}")
    return value


def positive_seconds(text: str) -> float:
    """An argparse type: a number of seconds above 0, or 0 for no limit.

    >>> positive_seconds("2.5"), positive_seconds("0")
    (2.5, 0.0)
    """
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not value >= 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a number of seconds (0 for no limit), not {text!r}")
    return value


def _cmd_build(args: argparse.Namespace) -> int:
    from kg.export import DEFAULT_FORMATS, FORMATS, write_exports
    from kg.export.publish import PublishError, Staging, check_output_folder
    from kg.pipeline import build
    from kg.progress import Progress
    from kg.summary import STATS_NAME, format_summary, summarize, write_stats

    started = time.perf_counter()
    paths = args.paths or [DEFAULT_INPUT]
    try:  # checked before the build, so a wrong -o costs nothing
        check_output_folder(args.output, {name for name, _ in FORMATS.values()} | {STATS_NAME, SHARDS_DIR})
    except PublishError as error:
        raise UsageError(f"-o {error}") from None
    if not args.paths:
        print(f"kg build: no input given: building {DEFAULT_INPUT}/ into {args.output}/, which rewrites the "
              "committed exports; validating as make build does", file=sys.stderr)
        args.validate = True
    reading = Progress("documents", 0, quiet=args.quiet)
    report = build(paths, workers=args.workers, progress=reading.set, doc_timeout=args.doc_timeout,
                   cache=None if args.no_cache else args.cache, executor=args.executor, scheduler=args.scheduler)
    reading.finish()
    graph = report.graph
    counts = (
        f"{report.documents} documents read, {report.failed} failed; {len(graph.nodes)} entities, "
        f"{len(graph.edges)} relation edges, {len(graph.mentions)} mention edges"
    )
    if report.failed and not report.documents:
        print(f"no document could be read ({report.failed} error(s)): exports not written", file=sys.stderr)
        return 1
    if report.failed and args.strict:
        print(counts)
        print(f"strict: {report.failed} document(s) could not be read: {args.output} left as it was",
              file=sys.stderr)
        return 1
    with Staging(args.output) as staging:  # written beside the output, swapped in as a whole
        exporting = Progress("exports", len(DEFAULT_FORMATS) + 1, quiet=args.quiet)
        written = write_exports(graph, staging.path, report=report, progress=exporting, workers=args.workers,
                                finished=staging.hash_soon)
        if args.shards:
            from kg.export.shards import write_shards

            written.extend(write_shards(staging.path / "kg.nq", staging.path / SHARDS_DIR, args.shards))
        violations: list[str] = []
        if args.validate:
            from kg.validate import validate

            violations = [f"{v.severity}: {v.focus_node} {v.path}: {v.message}"
                          for v in validate(staging.path / "kg.ttl")]
        summary = summarize(report, written, violations=violations if args.validate else None)
        exporting.advance(note=f"wrote {write_stats(summary, staging.path / STATS_NAME).name}")
        exporting.finish()
        if args.strict and violations:
            print(f"strict: {len(violations)} SHACL problem(s): {args.output} left as it was", file=sys.stderr)
            return 1
        published = staging.publish()
    seconds = time.perf_counter() - started
    print(f"{counts}; {seconds:.1f} s")
    print(format_summary(summary, seconds=seconds))
    for path in published:
        print(f"  wrote {path}")
    return 0


def _analyses(files: Sequence[Path], strict: bool) -> tuple[list[Analysis], int]:
    from kg.pipeline import Analysis, analyse_paths

    good: list[Analysis] = []
    failed = 0
    for result in analyse_paths(files):
        if isinstance(result, Analysis):
            for warning in result.document.warnings:
                print(warning, file=sys.stderr)
            good.append(result)
        else:
            failed += 1
            print(result, file=sys.stderr)
    return good, 1 if failed and (strict or not good) else 0


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

    if args.split:
        from kg.evaluation import SCORED_PREDICATES, evaluate_split, format_split, split_to_json

        reports = evaluate_split(args.gold, args.corpus, analyse)
        text = json.dumps(split_to_json(reports), indent=2) if args.json else format_split(reports, SCORED_PREDICATES)
        print(text)
        return 0
    report = evaluate(args.gold, args.corpus, analyse)
    if args.json:
        print(json.dumps(report_to_json(report), indent=2, ensure_ascii=False))
    else:
        print(format_report(report, show_errors=not args.summary))
    return 0


def _cmd_validate(args: argparse.Namespace) -> int:
    from kg.validate import format_violations, validate

    if not args.export.is_file():
        what = "is a folder, not an export file" if args.export.is_dir() else "no such file"
        raise UsageError(f"{args.export}: {what}")
    try:
        violations = validate(args.export)
    except (ValueError, SyntaxError, OSError, UnicodeError) as error:
        message = str(error).splitlines()[0] if str(error) else type(error).__name__
        prefix = "" if message.startswith(str(args.export)) else f"{args.export}: "
        print(f"{prefix}{message}", file=sys.stderr)
        return 1
    print(format_violations(violations))
    return 1 if any(v.severity == "Violation" for v in violations) else 0


def _cmd_vocab(args: argparse.Namespace) -> int:
    from kg.vocabulary import commands
    from kg.vocabulary.store import default_vocabulary

    if args.vocab_command == "build":
        print(commands.build(args.sources, args.output))
    elif args.vocab_command == "learn":
        from kg.linking.learn import learn

        print(learn(args.corpus, args.output))
    elif args.vocab_command == "stats":
        print(commands.stats_text(default_vocabulary()))
    elif args.vocab_command == "lookup":
        vocabulary = default_vocabulary()
        unmatched = 0
        for name in args.name:  # each argument is one name: quote a name of several words
            if not vocabulary.matches(name):
                unmatched += 1
            print(commands.lookup_text(vocabulary, name))
        return 1 if unmatched else 0
    return 0



def parser() -> argparse.ArgumentParser:
    """The argument parser of the ``kg`` command.

    >>> parser().parse_args(["build"]).output
    PosixPath('exports')
    """
    main_parser = argparse.ArgumentParser(
        prog="kg", description=__doc__.splitlines()[0] if __doc__ else "", epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    main_parser.add_argument("--debug", action="store_true", help="show the traceback of an internal error")
    commands = main_parser.add_subparsers(dest="command", required=True)

    build = commands.add_parser("build", help="build the graph and write the exports")
    build.add_argument("paths", nargs="*", type=Path, help="files or folders (default: seeds/)")
    build.add_argument("-o", "--output", type=Path, default=DEFAULT_OUTPUT, help="export folder")
    build.add_argument("--strict", action="store_true", help="exit 1 when any document cannot be read")
    build.add_argument("--validate", action="store_true", help="check kg.ttl against ontology/shapes.ttl")
    build.add_argument("-j", "--workers", type=positive_int, default=None, help="worker processes (at least 1)")
    build.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")
    build.add_argument("--doc-timeout", type=positive_seconds, default=DEFAULT_DOC_TIMEOUT, metavar="SECONDS",
                       help=f"skip a document whose analysis takes longer (default {DEFAULT_DOC_TIMEOUT:g}; 0: none)")
    build.add_argument("--cache", type=Path, default=Path("build/kg-cache"),
                       help="per-document cache folder (default build/kg-cache): unchanged documents are reused")
    build.add_argument("--no-cache", action="store_true", help="analyse every document again")
    build.add_argument("--executor", choices=("local", "dask"), default="local",
                       help="where documents are analysed: local processes or a dask.distributed cluster")
    build.add_argument("--scheduler", default=None,
                       help="Dask scheduler address (default: a LocalCluster started for the build)")
    build.add_argument("--shards", type=positive_int, default=0, metavar="N",
                       help=f"also write kg.nq as N shards in {SHARDS_DIR}/, each loadable on its own")
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
    evaluation.add_argument("--split", action="store_true",
                            help="scores of the tuning half, the held-out half and all of the gold, side by side")
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
    lookup = vocab_commands.add_parser(
        "lookup", help="what each name resolves to (exit 1 when one has no match)",
        description="Look up each NAME on its own; quote a name of several words: kg vocab lookup 'breast cancer'.",
    )
    lookup.add_argument("name", nargs="+")
    vocab.set_defaults(run=_cmd_vocab)
    for sub in commands.choices.values():  # --debug is also accepted after the command's name
        sub.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    return main_parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``kg`` command line; returns the exit code.

    >>> main(["vocab", "lookup", "Afinitor"])  # doctest: +ELLIPSIS
    Afinitor → NCIT:C48387 ...
    0
    """
    args = parser().parse_args(argv)
    try:
        code: int = args.run(args)
        sys.stdout.flush()  # a closed pipe shows here, while the handler below can still see it
    except UsageError as error:
        print(f"kg {args.command}: error: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # the reader went away (kg link ... | head): stop quietly, and keep Python from complaining on exit
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130
    except DocumentError as error:  # an input a command needed as a whole (kg vocab learn --corpus /missing)
        print(error, file=sys.stderr)
        return 1
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        print(f"{where}{error.strerror or error}", file=sys.stderr)
        return 1
    except Exception as error:
        if args.debug:
            traceback.print_exc()
        message = " ".join(str(error).split())  # one line, whatever the exception says
        print(f"kg {args.command}: internal error {type(error).__name__}: {message}"
              + ("" if args.debug else " (run with --debug for the traceback)"), file=sys.stderr)
        return 3
    return code


if __name__ == "__main__":
    sys.exit(main())

