"""Gold annotations (``shared/gold/*.yaml``) read into frozen records.

The format is described in the gold folder's README: one file per document, with ``doc`` (the path
under the corpus), ``entities`` (type, canonical name, surface mentions, optional ids) and ``relations``
(subject/predicate/object by entity name, evidence, optional ``negated``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml


class GoldFormatError(ValueError):
    """A gold file that cannot be read or does not follow the schema; the message names the file."""


@dataclass(frozen=True)
class GoldEntity:
    """One annotated entity: type, canonical name, surface forms as written, and known ids.

    >>> GoldEntity("drug", "everolimus", ("Everolimus", "Afinitor"), {"ncit": "C48387"}).ids["ncit"]
    'C48387'
    """

    type: str
    name: str
    mentions: tuple[str, ...]
    ids: dict[str, str] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class GoldRelation:
    """One annotated relation between entity names (for ``brand_name_of`` the subject is the brand string).

    >>> GoldRelation("everolimus", "inhibits", "MTOR", "Everolimus inhibits mTOR.").negated
    False
    """

    subject: str
    predicate: str
    object: str
    evidence: str
    negated: bool = False


@dataclass(frozen=True)
class GoldDocument:
    """The annotations of one corpus document (``doc`` is its path under the corpus folder).

    >>> GoldDocument("02_nci_core/x.md", (), ()).doc
    '02_nci_core/x.md'
    """

    doc: str
    entities: tuple[GoldEntity, ...]
    relations: tuple[GoldRelation, ...]


def _require(mapping: Mapping[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
    value = mapping.get(key)
    if not isinstance(value, kind) or isinstance(value, bool):
        names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        raise GoldFormatError(f"{where}: '{key}' must be a {names}, got {value!r}")
    return value


def _entity(raw: Any, where: str) -> GoldEntity:
    if not isinstance(raw, Mapping):
        raise GoldFormatError(f"{where}: an entity must be a mapping, got {raw!r}")
    mentions = _require(raw, "mentions", list, where)
    ids = raw.get("ids") or {}
    if not isinstance(ids, Mapping):
        raise GoldFormatError(f"{where}: 'ids' must be a mapping, got {ids!r}")
    return GoldEntity(
        type=_require(raw, "type", str, where),
        name=str(_require(raw, "name", (str, int, float), where)),
        mentions=tuple(str(m) for m in mentions),
        ids={str(k): str(v) for k, v in ids.items()},
    )


def _relation(raw: Any, where: str) -> GoldRelation:
    if not isinstance(raw, Mapping):
        raise GoldFormatError(f"{where}: a relation must be a mapping, got {raw!r}")
    for key in ("subject", "predicate", "object"):
        if raw.get(key) is None:
            raise GoldFormatError(f"{where}: relation without '{key}': {dict(raw)!r}")
    return GoldRelation(
        subject=str(raw["subject"]),
        predicate=str(raw["predicate"]),
        object=str(raw["object"]),
        evidence=str(raw.get("evidence") or ""),
        negated=bool(raw.get("negated", False)),
    )


def load_gold_file(path: Path) -> GoldDocument:
    """Read one gold file; any YAML or schema problem raises :class:`GoldFormatError` naming the file.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     p = Path(tmp) / "a.yaml"
    ...     _ = p.write_text("doc: a.md\\nentities: []\\nrelations: []\\n", encoding="utf-8")
    ...     load_gold_file(p).doc
    'a.md'
    """
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise GoldFormatError(f"{path}: cannot read gold file: {exc}") from exc
    if not isinstance(data, Mapping):
        raise GoldFormatError(f"{path}: top level must be a mapping with 'doc', 'entities', 'relations'")
    where = str(path)
    doc = _require(data, "doc", str, where)
    entities = data.get("entities") or []
    relations = data.get("relations") or []
    if not isinstance(entities, list) or not isinstance(relations, list):
        raise GoldFormatError(f"{path}: 'entities' and 'relations' must be lists")
    return GoldDocument(
        doc=doc,
        entities=tuple(_entity(e, f"{where}: entity {i + 1}") for i, e in enumerate(entities)),
        relations=tuple(_relation(r, f"{where}: relation {i + 1}") for i, r in enumerate(relations)),
    )


def load_gold(gold_dir: Path) -> list[tuple[Path, GoldDocument]]:
    """Every ``*.yaml`` file of ``gold_dir`` (sorted by name) with its parsed annotations.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     _ = (Path(tmp) / "b.yaml").write_text("doc: b.md\\n", encoding="utf-8")
    ...     [(p.name, g.doc) for p, g in load_gold(Path(tmp))]
    [('b.yaml', 'b.md')]
    """
    paths = sorted(gold_dir.glob("*.yaml"))
    if not paths:
        raise FileNotFoundError(f"no *.yaml gold files in {gold_dir}")
    return [(path, load_gold_file(path)) for path in paths]
