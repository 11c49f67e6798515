"""Check KGX TSV files against the Biolink model shipped in the ``biolink-model`` package (offline).

The checks are those KGX's validator makes, read from the schema the package ships
(``biolink_model/schema/biolink_model.yaml``, no download): errors for a missing required column, an id that
is not a CURIE, a duplicate node, a category that is not a Biolink class, a predicate that is not a Biolink
predicate, a ``knowledge_level``/``agent_type``/qualifier value outside its Biolink enum, an edge end that is
not a node; warnings for a prefix the Biolink prefix map does not know and an id prefix the category does not
list. ``biolink-model`` is a development dependency (``pip install -e '.[dev]'``), imported only here.

Run it as ``python -m kg.export.kgx_validate exports`` for a summary: categories and predicates with counts,
then the problems.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from kg.export.kgx import iter_rows

NODE_REQUIRED = ("id", "category")
EDGE_REQUIRED = ("subject", "predicate", "object", "knowledge_level", "agent_type")
ENUM_COLUMNS = {
    "knowledge_level": "KnowledgeLevelEnum",
    "agent_type": "AgentTypeEnum",
    "object_aspect_qualifier": "GeneOrGeneProductOrChemicalEntityAspectEnum",
    "object_direction_qualifier": "DirectionQualifierEnum",
    "clinical_approval_status": "ClinicalApprovalStatusEnum",
}
_CURIE = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]*:[^\s|]+$")


@dataclass
class Report:
    """What a validation found: node and edge counts by category/predicate, errors and warnings."""

    categories: Counter[str] = field(default_factory=Counter)
    predicates: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    warnings: Counter[str] = field(default_factory=Counter)


@dataclass(frozen=True)
class Model:
    """The parts of the Biolink model the checks need."""

    version: str
    classes: dict[str, list[str]]  # biolink:Drug → its id prefixes
    predicates: frozenset[str]
    enums: dict[str, frozenset[str]]
    prefixes: frozenset[str]


@cache
def biolink_model() -> Model:
    """The Biolink model of the installed ``biolink-model`` package (raises ImportError when it is missing).

    >>> model = biolink_model()
    >>> "biolink:Drug" in model.classes, "biolink:treats" in model.predicates
    (True, True)
    """
    import biolink_model  # type: ignore[import-untyped]
    from linkml_runtime.utils.formatutils import camelcase  # type: ignore[import-untyped]
    from linkml_runtime.utils.schemaview import SchemaView  # type: ignore[import-untyped]

    root = Path(next(iter(biolink_model.__path__)))
    view: Any = SchemaView(str(root / "schema" / "biolink_model.yaml"))
    classes = {}
    for name in view.all_classes():
        element = view.get_class(name)
        if not element.mixin and not element.abstract and "named thing" in view.class_ancestors(name):
            classes["biolink:" + camelcase(name)] = list(element.id_prefixes)
    predicates = frozenset(  # mixin predicates (biolink:treats is one) are predicates too, as bmt counts them
        "biolink:" + name.replace(" ", "_")
        for name in view.all_slots()
        if "related to" in view.slot_ancestors(name) and not view.get_slot(name).abstract
    )
    enums = {name: frozenset(view.get_enum(name).permissible_values) for name in ENUM_COLUMNS.values()}
    prefix_map = json.loads((root / "prefixmaps" / "biolink_model_prefix_map.json").read_text())
    return Model(str(view.schema.version), classes, predicates, enums, frozenset(prefix_map))


def validate(nodes_tsv: Path, edges_tsv: Path) -> Report:
    """Check a pair of KGX TSV files; see the module docstring for what is an error and what a warning.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "n.tsv").write_text("id\\tcategory\\nNCIT:C1\\tbiolink:Drug\\nHGNC:1\\tbiolink:Gene\\n")
    >>> _ = (folder / "e.tsv").write_text("subject\\tpredicate\\tobject\\tknowledge_level\\tagent_type\\n"
    ...                                   "NCIT:C1\\tbiolink:affects\\tHGNC:1\\tknowledge_assertion\\tmanual_agent\\n")
    >>> report = validate(folder / "n.tsv", folder / "e.tsv")
    >>> report.errors, dict(report.predicates)
    ([], {'biolink:affects': 1})
    """
    model = biolink_model()
    report = Report()
    node_ids: set[str] = set()
    for number, row in enumerate(iter_rows(nodes_tsv.read_text(encoding="utf-8")), start=2):
        where = f"{nodes_tsv.name}:{number}"
        _required(row, NODE_REQUIRED, where, report)
        node_id = row.get("id", "")
        if node_id in node_ids:
            report.errors.append(f"{where}: duplicate node {node_id}")
        node_ids.add(node_id)
        _curie(node_id, where, model, report)
        for category in filter(None, row.get("category", "").split("|")):
            report.categories[category] += 1
            if category not in model.classes:
                report.errors.append(f"{where}: {category} is not a Biolink category")
            elif model.classes[category] and node_id.partition(":")[0] not in model.classes[category]:
                report.warnings[f"id prefix not listed for {category}: {node_id.partition(':')[0]}"] += 1
    for number, row in enumerate(iter_rows(edges_tsv.read_text(encoding="utf-8")), start=2):
        where = f"{edges_tsv.name}:{number}"
        _required(row, EDGE_REQUIRED, where, report)
        predicate = row.get("predicate", "")
        report.predicates[predicate] += 1
        if predicate not in model.predicates:
            report.errors.append(f"{where}: {predicate} is not a Biolink predicate")
        for end in ("subject", "object"):
            if row.get(end) not in node_ids:
                report.errors.append(f"{where}: {end} {row.get(end)} is not a node")
        for column, enum in ENUM_COLUMNS.items():
            value = row.get(column, "")
            if value and value not in model.enums[enum]:
                report.errors.append(f"{where}: {column} {value!r} is not in {enum}")
        if row.get("negated", "False") not in ("True", "False", ""):
            report.errors.append(f"{where}: negated is not a boolean")
        for curie in filter(None, row.get("publications", "").split("|")):
            if not (_CURIE.match(curie) or curie.startswith(("http://", "https://"))):
                report.errors.append(f"{where}: publication {curie!r} is neither a CURIE nor a URL")
    return report


def _required(row: dict[str, str], columns: tuple[str, ...], where: str, report: Report) -> None:
    for column in columns:
        if not row.get(column):
            report.errors.append(f"{where}: {column} is missing")


def _curie(value: str, where: str, model: Model, report: Report) -> None:
    if not _CURIE.match(value):
        report.errors.append(f"{where}: {value!r} is not a CURIE")
    elif value.partition(":")[0] not in model.prefixes:
        report.warnings[f"prefix not in the Biolink prefix map: {value.partition(':')[0]}"] += 1


def format_report(report: Report) -> str:
    """The report as text: categories and predicates with counts, then errors and warnings.

    >>> print(format_report(Report(Counter({"biolink:Drug": 2}), Counter(), [], Counter())))
    nodes: 2
      biolink:Drug  2
    edges: 0
    errors: 0
    warnings: 0
    """
    lines = [f"nodes: {sum(report.categories.values())}"]
    lines += [f"  {name}  {count}" for name, count in sorted(report.categories.items())]
    lines.append(f"edges: {sum(report.predicates.values())}")
    lines += [f"  {name}  {count}" for name, count in sorted(report.predicates.items())]
    lines.append(f"errors: {len(report.errors)}")
    lines += [f"  {error}" for error in report.errors[:50]]
    lines.append(f"warnings: {sum(report.warnings.values())}")
    lines += [f"  {warning} ({count})" for warning, count in sorted(report.warnings.items())]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Validate ``DIR/kg.kgx.nodes.tsv`` and ``DIR/kg.kgx.edges.tsv``; exit 1 on any error."""
    folder = Path((argv if argv is not None else sys.argv[1:] or ["exports"])[0])
    report = validate(folder / "kg.kgx.nodes.tsv", folder / "kg.kgx.edges.tsv")
    print(f"Biolink model {biolink_model().version}")
    print(format_report(report))
    return 1 if report.errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
