"""What a build did, as a table for people and as ``stats.json`` for machines and diffs.

:func:`summarize` reads a :class:`~kg.pipeline.BuildReport` (and the paths the exporters wrote): documents
read and failed with their error lines, entities by type, relation edges by predicate split by where they
come from (running text, a curated source, or both), the article links the linker could not resolve, and
validation problems when a validator ran. :func:`write_stats` writes it with sorted keys and no timings,
so two builds of the same input write the same bytes.

Unresolved links are counted per document by :func:`unlinked_links` (a pure function of one
:class:`~kg.pipeline.Analysis`, so the pipeline can call it in its workers and keep only the small records
on the report as ``report.unlinked``); :func:`summarize` also accepts the analyses themselves.
"""

from __future__ import annotations

import json
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from kg.linking.links import parse_link_target

if TYPE_CHECKING:
    from kg.pipeline import Analysis, BuildReport

Summary = dict[str, Any]

TOP_UNLINKED = 100
"""How many unresolved link targets (the most frequent) ``stats.json`` lists one by one."""
STATS_NAME = "stats.json"


@dataclass(frozen=True)
class UnlinkedLink:
    """An article link to something the graph could name (a drug page, a dictionary entry, a trial…) that the
    linker could not resolve to an entity.

    >>> UnlinkedLink("d.md", 12, "qwzx", "/about-cancer/treatment/drugs/qwzx", "drug_page").kind
    'drug_page'
    """

    path: str
    line: int
    text: str
    target: str
    kind: str


def unlinked_links(analysis: Analysis) -> list[UnlinkedLink]:
    """The links of a document that name a known kind of page but gave no ``link`` mention.

    >>> from kg.documents import parse_document
    >>> from kg.pipeline import analyse_document
    >>> text = ("See [qwzx blorp](/about-cancer/treatment/drugs/qwzx-blorp) and"
    ...         " [mTOR](/publications/dictionaries/cancer-terms/def/653126).")
    >>> doc = parse_document(text, "x.md")
    >>> [(u.text, u.kind) for u in unlinked_links(analyse_document(doc))]
    [('qwzx blorp', 'drug_page')]
    """
    linked = sorted(m.start for m in analysis.mentions if m.method == "link")
    found: list[UnlinkedLink] = []
    for link in analysis.document.links:
        target = parse_link_target(link.target)
        if target is None or not link.text.strip():
            continue
        first = bisect_left(linked, link.start)  # the first linked mention starting in or after the link
        if first == len(linked) or linked[first] >= max(link.end, link.start + 1):
            found.append(UnlinkedLink(analysis.document.path, link.line, link.text, link.target, target.kind))
    return found


def summarize(
    report: BuildReport,
    written: Sequence[Path] = (),
    *,
    analyses: Iterable[Analysis] | None = None,
    violations: Sequence[str] | None = None,
) -> Summary:
    """The build's numbers as a JSON-ready dict (no timings, so it is the same for the same input).

    ``unlinked_links`` is ``None`` when neither ``report.unlinked`` nor ``analyses`` say which links failed;
    ``validation.checked`` is false when no ``violations`` list was given.

    >>> from kg.pipeline import build
    >>> summary = summarize(build([Path("seeds")], workers=1))
    >>> summary["documents"]["read"], summary["entities"]["by_type"]["drug"]
    (1, 2)
    >>> summary["edges"]["by_predicate"]["inhibits"]
    {'both': 0, 'curated': 0, 'negated': 0, 'text': 1, 'total': 1}
    """
    graph = report.graph
    by_type = Counter(node.type for node in graph.nodes.values())
    predicates: dict[str, Counter[str]] = {}
    for edge in graph.edges.values():
        counts = predicates.setdefault(edge.predicate, Counter())
        sources = set(edge.sources)
        origin = "text" if sources == {"text"} else "both" if "text" in sources else "curated"
        counts[origin] += 1
        counts["total"] += 1
        counts["negated"] += edge.negated
    by_predicate = {
        name: {key: counts[key] for key in ("both", "curated", "negated", "text", "total")}
        for name, counts in sorted(predicates.items())
    }
    totals = {key: sum(row[key] for row in by_predicate.values()) for key in ("both", "curated", "negated", "text")}
    unlinked: list[UnlinkedLink] | None = list(report.unlinked)
    if analyses is not None:
        unlinked = [item for analysis in analyses for item in unlinked_links(analysis)]
    return {
        "documents": {"read": report.documents, "failed": report.failed, "errors": list(report.errors)},
        "entities": {"total": len(graph.nodes), "by_type": dict(sorted(by_type.items()))},
        "edges": {"total": len(graph.edges), **totals, "by_predicate": by_predicate},
        "mentions": {"edges": len(graph.mentions), "count": sum(graph.mentions.values())},
        "unlinked_links": None if unlinked is None else _unlinked_summary(unlinked),
        "validation": {"checked": violations is not None, "problems": sorted(violations or ())},
        "exports": {path.name: path.stat().st_size for path in sorted(written, key=lambda p: p.name)
                    if path.name != STATS_NAME and path.exists()},
    }


def _unlinked_summary(unlinked: Iterable[UnlinkedLink]) -> Summary:
    items = list(unlinked)
    per_target: dict[tuple[str, str], list[UnlinkedLink]] = {}
    for item in items:
        per_target.setdefault((item.target, item.kind), []).append(item)
    ranked = sorted(per_target.items(), key=lambda pair: (-len(pair[1]), pair[0]))
    targets = [
        {
            "target": target,
            "kind": kind,
            "count": len(group),
            "documents": len({item.path for item in group}),
            "texts": sorted({item.text for item in group})[:5],
            "first": "{}:{}".format(*min((item.path, item.line) for item in group)),
        }
        for (target, kind), group in ranked[:TOP_UNLINKED]
    ]
    return {
        "total": len(items),
        "distinct": len(per_target),
        "by_kind": dict(sorted(Counter(item.kind for item in items).items())),
        "top": targets,
    }


def format_summary(summary: Summary, *, seconds: float | None = None, top: int = 10) -> str:
    """A readable table of a summary (``seconds``, when given, is shown but never stored).

    >>> from kg.pipeline import build
    >>> text = format_summary(summarize(build([Path("seeds")], workers=1)))
    >>> print(text.splitlines()[0])
    Documents: 1 read, 0 failed
    >>> "inhibits" in text and "unlinked links: 4" in text.lower()
    True
    """
    docs = summary["documents"]
    lines = [f"Documents: {docs['read']:,} read, {docs['failed']:,} failed"]
    lines.extend(f"  error: {error}" for error in docs["errors"])
    entities = summary["entities"]
    lines.append(f"Entities: {entities['total']:,}")
    lines.extend(_table(["type", "count"], [[name, count] for name, count in entities["by_type"].items()]))
    edges = summary["edges"]
    lines.append(
        f"Relation edges: {edges['total']:,} (text only {edges['text']:,}, curated only {edges['curated']:,},"
        f" both {edges['both']:,}; negated {edges['negated']:,})"
    )
    columns = ["text", "curated", "both", "negated", "total"]
    rows = [[name, *(row[key] for key in columns)] for name, row in edges["by_predicate"].items()]
    lines.extend(_table(["predicate", *columns], rows))
    mentions = summary["mentions"]
    lines.append(f"Mentions edges: {mentions['edges']:,} ({mentions['count']:,} mentions)")
    unlinked = summary["unlinked_links"]
    if unlinked is None:
        lines.append("Unlinked links: not recorded")
    else:
        kinds = ", ".join(f"{kind} {count:,}" for kind, count in unlinked["by_kind"].items())
        kinds = f"; {kinds}" if kinds else ""
        lines.append(f"Unlinked links: {unlinked['total']:,} ({unlinked['distinct']:,} targets{kinds})")
        rows = [[item["count"], item["kind"], item["target"], " | ".join(item["texts"])]
                for item in unlinked["top"][:top]]
        if rows:
            lines.extend(_table(["count", "kind", "target", "anchor text"], rows))
    validation = summary["validation"]
    if not validation["checked"]:
        lines.append("Validation: not run")
    else:
        lines.append(f"Validation: {len(validation['problems']):,} problem(s)")
        lines.extend(f"  {problem}" for problem in validation["problems"])
    if summary["exports"]:
        lines.append("Exports:")
        lines.extend(_table(["file", "bytes"], [[name, size] for name, size in summary["exports"].items()]))
    if seconds is not None:
        lines.append(f"Time: {seconds:.1f} s")
    return "\n".join(lines)


def _table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> list[str]:
    cells = [[str(cell) if not isinstance(cell, int) else f"{cell:,}" for cell in row] for row in rows]
    widths = [max([len(header[i]), *(len(row[i]) for row in cells)]) for i in range(len(header))]

    def line(values: Sequence[str]) -> str:
        parts = [v.rjust(w) if values is not header and _numeric(v) else v.ljust(w)
                 for i, (v, w) in enumerate(zip(values, widths, strict=True))]
        return "  " + "  ".join(parts).rstrip()

    return [line(list(header)), *(line(row) for row in cells)]


def _numeric(text: str) -> bool:
    return text.replace(",", "").isdigit()


def write_stats(summary: Summary, path: Path, /) -> Path:
    """Write ``stats.json`` (sorted keys, two-space indent, final newline) atomically; return its path.

    >>> import tempfile
    >>> target = Path(tempfile.mkdtemp()) / "stats.json"
    >>> write_stats({"b": 1, "a": {"d": 2, "c": 3}}, target).read_text()
    '{\\n  "a": {\\n    "c": 3,\\n    "d": 2\\n  },\\n  "b": 1\\n}\\n'
    """
    data = (json.dumps(summary, ensure_ascii=False, sort_keys=True, indent=2, allow_nan=False) + "\n").encode()

    def write(handle: BinaryIO) -> None:
        handle.write(data)

    from kg.export.atomic import write_atomic  # the exporters load only when stats are written

    return write_atomic(Path(path), write)
