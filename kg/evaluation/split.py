"""The fixed split of the gold into a tuning half and a held-out half, and the side-by-side scores.

Rule (fixed, shared by everyone who tunes rules): sort the gold file names (``name.yaml``) by the sha256 hex
digest of the name; the first half is the **tuning** half (rules may be written from its misses), the rest
is the **held-out** half (only its aggregate scores may be looked at). The rule depends on nothing but the
names, so adding a file moves at most a few documents between halves.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from kg.evaluation.report import Counts, EvaluationReport
from kg.evaluation.scoring import Analyse, evaluate
from kg.model import Mention, Statement

HALVES: tuple[str, ...] = ("tuning", "held-out", "all")


def split_names(names: Iterable[str]) -> tuple[list[str], list[str]]:
    """The tuning and held-out halves of gold file names (by sha256 of the name; first half tuning).

    >>> split_names(["a.yaml", "b.yaml", "c.yaml", "d.yaml"])
    (['b.yaml', 'd.yaml'], ['a.yaml', 'c.yaml'])
    """
    ordered = sorted(set(names), key=lambda name: hashlib.sha256(name.encode("utf-8")).hexdigest())
    middle = len(ordered) // 2
    return ordered[:middle], ordered[middle:]


def evaluate_split(gold_dir: Path, corpus_dir: Path, analyse: Analyse) -> dict[str, EvaluationReport]:
    """Score the tuning half, the held-out half and all of the gold (each document analysed once).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     for name in ("a", "b"):
    ...         _ = (Path(tmp) / f"{name}.yaml").write_text(
    ...             f"doc: {name}.md\\nentities:\\n- {{type: drug, name: x, mentions: [X]}}\\n", encoding="utf-8")
    ...     reports = evaluate_split(Path(tmp), Path(tmp), lambda path: ([], []))
    >>> [(name, len(r.documents), r.entities.fn) for name, r in reports.items()]
    [('tuning', 1, 1), ('held-out', 1, 1), ('all', 2, 2)]
    """
    cache: dict[Path, tuple[Sequence[Mention], Sequence[Statement]]] = {}

    def cached(path: Path) -> tuple[Sequence[Mention], Sequence[Statement]]:
        if path not in cache:
            cache[path] = analyse(path)
        return cache[path]

    tuning, held_out = split_names(path.name for path in gold_dir.glob("*.yaml"))
    return {
        "tuning": evaluate(gold_dir, corpus_dir, cached, files=set(tuning)),
        "held-out": evaluate(gold_dir, corpus_dir, cached, files=set(held_out)),
        "all": evaluate(gold_dir, corpus_dir, cached),
    }


def _row(name: str, counts: Counts) -> str:
    return (f"| {name} | {counts.tp} | {counts.fp} | {counts.fn} | {counts.precision:.3f} | "
            f"{counts.recall:.3f} | {counts.f1:.3f} |")


def format_split(reports: Mapping[str, EvaluationReport], predicates: Sequence[str]) -> str:
    """Markdown tables: entities and relations (overall and per predicate) for each half and the whole.

    >>> from kg.evaluation.report import EvaluationReport
    >>> empty = EvaluationReport((), {}, {}, Counts(), Counts(1, 0, 1), (), (), (), (), ())
    >>> print(format_split({"all": empty}, ()).splitlines()[4])
    | all | 0 | 0 | 0 | 0 | 1 | 0 | 1 | 1.000 | 0.500 | 0.667 |
    """
    lines = [
        "# Evaluation by gold half (tuning: rules may be written from it; held-out: never read)",
        "",
        "| half | documents | entity tp | fp | fn | relation tp | fp | fn | relation P | R | F1 |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, report in reports.items():
        e, r = report.entities, report.relations
        lines.append(f"| {name} | {len(report.documents)} | {e.tp} | {e.fp} | {e.fn} | {r.tp} | {r.fp} | {r.fn} | "
                     f"{r.precision:.3f} | {r.recall:.3f} | {r.f1:.3f} |")
    lines += ["", "Entities (micro):", "", "| half | tp | fp | fn | precision | recall | F1 |",
              "|---|---:|---:|---:|---:|---:|---:|"]
    lines += [_row(name, report.entities) for name, report in reports.items()]
    for predicate in predicates:
        rows = {name: report.predicates.get(predicate, Counts()) for name, report in reports.items()}
        if not any(c.tp or c.fp or c.fn for c in rows.values()):
            continue
        lines += ["", f"Relations `{predicate}`:", "", "| half | tp | fp | fn | precision | recall | F1 |",
                  "|---|---:|---:|---:|---:|---:|---:|"]
        lines += [_row(name, counts) for name, counts in rows.items()]
    return "\n".join(lines)


def split_to_json(reports: Mapping[str, EvaluationReport]) -> dict[str, Any]:
    """The scores of each half as plain data (no misses: the held-out half's errors are not for reading).

    >>> from kg.evaluation.report import EvaluationReport
    >>> empty = EvaluationReport((), {}, {}, Counts(), Counts(1, 0, 1), (), (), (), (), ())
    >>> split_to_json({"all": empty})["all"]["relations"]["recall"]
    0.5
    """
    return {
        name: {
            "documents": [d.gold_file for d in report.documents],
            "entities": report.entities.as_dict(),
            "relations": report.relations.as_dict(),
            "entity_types": {k: v.as_dict() for k, v in report.entity_types.items()},
            "predicates": {k: v.as_dict() for k, v in report.predicates.items()},
        }
        for name, report in reports.items()
    }
