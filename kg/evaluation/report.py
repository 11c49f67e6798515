"""The evaluation report: counts and scores, the errors behind them, and markdown / JSON renderings."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives, with the scores derived from them.

    Scores are 0.0 when their denominator is 0.

    >>> c = Counts(tp=3, fp=1, fn=1)
    >>> (c.precision, c.recall, c.f1)
    (0.75, 0.75, 0.75)
    >>> (c + Counts(fn=2)).fn
    3
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        """tp / (tp + fp)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        """The counts and scores as a plain dict (for JSON)."""
        return {**asdict(self), "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass(frozen=True)
class Miss:
    """A gold entity or relation no prediction matched.

    ``category`` is the entity type or the predicate; ``name`` the gold name (or ``subject predicate
    object``); ``detail`` the gold mentions or evidence.
    """

    document: str
    category: str
    name: str
    detail: str = ""


@dataclass(frozen=True)
class FalseHit:
    """A predicted entity or statement that matched nothing in the gold.

    ``text`` is what was read (surface forms, or ``subject predicate object`` as written); ``id`` and
    ``label`` are the predicted identifier(s) and label(s).
    """

    document: str
    category: str
    text: str
    id: str
    label: str


@dataclass(frozen=True)
class DocumentScore:
    """Entity and relation counts for one gold file and its document."""

    gold_file: str
    document: str
    entities: Counts
    relations: Counts


@dataclass(frozen=True)
class EvaluationReport:
    """Everything :func:`kg.evaluation.evaluate` measured.

    ``entity_types`` / ``predicates`` hold micro-summed counts per entity type / predicate over all
    documents; ``entities`` / ``relations`` the overall (micro-averaged) counts.
    """

    documents: tuple[DocumentScore, ...]
    entity_types: Mapping[str, Counts]
    predicates: Mapping[str, Counts]
    entities: Counts
    relations: Counts
    entity_misses: tuple[Miss, ...] = ()
    entity_false_hits: tuple[FalseHit, ...] = ()
    relation_misses: tuple[Miss, ...] = ()
    relation_false_hits: tuple[FalseHit, ...] = ()
    notes: tuple[str, ...] = field(default=())


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _table(first: str, rows: Mapping[str, Counts], overall: Counts) -> list[str]:
    lines = [
        f"| {first} | tp | fp | fn | precision | recall | F1 |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    named = [(name, c) for name, c in rows.items() if c.tp or c.fp or c.fn]
    for name, c in [*named, ("**overall (micro)**", overall)]:
        lines.append(
            f"| {name} | {c.tp} | {c.fp} | {c.fn} | {c.precision:.3f} | {c.recall:.3f} | {c.f1:.3f} |"
        )
    return lines


def _errors(report: EvaluationReport) -> list[str]:
    sections: list[tuple[str, list[Miss] | list[FalseHit]]] = [
        ("Missed entities", list(report.entity_misses)),
        ("False entities", list(report.entity_false_hits)),
        ("Missed relations", list(report.relation_misses)),
        ("False relations", list(report.relation_false_hits)),
    ]
    lines: list[str] = ["## Errors by document"]
    for score in report.documents:
        lines += ["", f"### {score.document}"]
        for title, items in sections:
            mine = [item for item in items if item.document == score.document]
            if not mine:
                continue
            lines += ["", f"{title} ({len(mine)}):"]
            for item in mine:
                if isinstance(item, Miss):
                    extra = f" — {_cell(item.detail)}" if item.detail else ""
                    lines.append(f"- {item.category}: **{_cell(item.name)}**{extra}")
                else:
                    lines.append(f"- {item.category}: **{_cell(item.text)}** → `{item.id}` ({item.label})")
    return lines


def format_report(report: EvaluationReport, *, show_errors: bool = True) -> str:
    """The report as markdown: per-type and per-predicate tables, per-document counts, then the errors.

    >>> r = EvaluationReport((), {"drug": Counts(1, 0, 1)}, {}, Counts(1, 0, 1), Counts())
    >>> print(format_report(r, show_errors=False).splitlines()[6])
    | drug | 1 | 0 | 1 | 1.000 | 0.500 | 0.667 |
    """
    lines = ["# Evaluation against gold", "", "## Entities", ""]
    lines += _table("type", report.entity_types, report.entities)
    lines += ["", "## Relations", ""]
    lines += _table("predicate", report.predicates, report.relations)
    if report.documents:
        lines += [
            "",
            "## Documents",
            "",
            "| document | entity tp/fp/fn | entity F1 | relation tp/fp/fn | relation F1 |",
            "|---|---|---:|---|---:|",
        ]
        for d in report.documents:
            e, r = d.entities, d.relations
            lines.append(
                f"| {d.document} | {e.tp}/{e.fp}/{e.fn} | {e.f1:.3f} | {r.tp}/{r.fp}/{r.fn} | {r.f1:.3f} |"
            )
    if report.notes:
        lines += ["", *[f"> {note}" for note in report.notes]]
    if show_errors:
        lines += ["", *_errors(report)]
    return "\n".join(lines) + "\n"


def report_to_json(report: EvaluationReport) -> dict[str, Any]:
    """The report as JSON-ready data (counts carry their precision, recall and F1).

    >>> report_to_json(EvaluationReport((), {}, {}, Counts(2, 0, 0), Counts()))["entities"]["overall"]["f1"]
    1.0
    """
    return {
        "documents": [
            {
                "gold_file": d.gold_file,
                "document": d.document,
                "entities": d.entities.as_dict(),
                "relations": d.relations.as_dict(),
            }
            for d in report.documents
        ],
        "entities": {
            "by_type": {name: c.as_dict() for name, c in report.entity_types.items()},
            "overall": report.entities.as_dict(),
        },
        "relations": {
            "by_predicate": {name: c.as_dict() for name, c in report.predicates.items()},
            "overall": report.relations.as_dict(),
        },
        "errors": {
            "entity_misses": [asdict(m) for m in report.entity_misses],
            "entity_false_hits": [asdict(h) for h in report.entity_false_hits],
            "relation_misses": [asdict(m) for m in report.relation_misses],
            "relation_false_hits": [asdict(h) for h in report.relation_false_hits],
        },
        "notes": list(report.notes),
    }
