"""DrugCentral 2016 (``drugcentral_2016/``): drug names and identifiers, classes, and efficacy targets."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.model import Term
from kg.vocabulary.text import GENERIC_WORDS, class_names, fold, lower_label, read_tsv

SOURCE = "drugcentral"
_XREF_PREFIX = {
    "ChEMBL_ID": "CHEMBL",
    "DRUGBANK_ID": "DRUGBANK",
    "UNII": "UNII",
    "MESH_DESCRIPTOR_UI": "MESH",
    "MESH_SUPPLEMENTAL_RECORD_UI": "MESH",
    "CHEBI": "CHEBI",
}
# Which pharm_class TYPEs are drug classes (PE, physiologic effects, are not).
_CLASS_TYPES = {
    "EPC": "NDFRT",
    "MoA": "NDFRT",
    "Chemical/Ingredient": "NDFRT",
    "PA": "MESH",
    "has role": "CHEBI",
}


@dataclass(frozen=True)
class ClassMembership:
    """A DrugCentral drug in a pharmacological class (the class as a term of its own).

    >>> ClassMembership("1118", Term("NDFRT:N0000175605", "drug_class", "kinase inhibitor")).drug_id
    '1118'
    """

    drug_id: str
    drug_class: Term
    kind: str = ""  # pharm_class TYPE: EPC, MoA, Chemical/Ingredient, PA, has role


def curie(id_type: str, value: str) -> str | None:
    """The CURIE of a DrugCentral identifier row, or None for identifier kinds not kept.

    >>> curie("CHEBI", "CHEBI:68478"), curie("UNII", "9HW64Q8G6G"), curie("KEGG_DRUG", "D02714")
    ('CHEBI:68478', 'UNII:9HW64Q8G6G', None)
    """
    prefix = _XREF_PREFIX.get(id_type)
    if prefix is None or not value:
        return None
    return value if value.startswith(prefix + ":") else f"{prefix}:{value}"


def read_drugs(directory: Path) -> Iterator[tuple[str, Term]]:
    """``(DrugCentral id, Term)`` per drug of ``identifiers.tsv``, with a ChEMBL id as id when there is one.

    >>> next(read_drugs(Path("drugcentral_2016")))  # doctest: +SKIP
    ('5136', Term(id='CHEMBL:CHEMBL491473', type='drug', label='cediranib', ...))
    """
    names: dict[str, str] = {}
    xrefs: dict[str, dict[str, None]] = {}
    for _, row in read_tsv(directory / "identifiers.tsv", ("DRUG_ID", "DRUG_NAME", "ID_TYPE", "IDENTIFIER")):
        drug_id = row["DRUG_ID"].strip()
        names.setdefault(drug_id, row["DRUG_NAME"].strip())
        found = curie(row["ID_TYPE"], row["IDENTIFIER"].strip())
        if found:
            xrefs.setdefault(drug_id, {})[found] = None
    for _, row in read_tsv(directory / "drug_target.tsv", ("DRUG_ID", "DRUG_NAME", "CHEMBL_ID")):
        drug_id = row["DRUG_ID"].strip()
        names.setdefault(drug_id, row["DRUG_NAME"].strip())
        if row["CHEMBL_ID"].strip():
            xrefs.setdefault(drug_id, {})[f"CHEMBL:{row['CHEMBL_ID'].strip()}"] = None
    for drug_id, name in names.items():
        if not name:
            continue
        refs = list(xrefs.get(drug_id, {}))
        chembl = sorted(x for x in refs if x.startswith("CHEMBL:"))
        term_id = chembl[0] if chembl else f"DRUGCENTRAL:{drug_id}"
        refs.append(f"DRUGCENTRAL:{drug_id}")
        yield drug_id, Term(term_id, "drug", lower_label(name), (), (), (), tuple(refs), (SOURCE,))


def read_classes(path: Path) -> Iterator[ClassMembership]:
    """Drug → class rows of ``pharm_class.tsv`` for EPC, MoA, chemical, MeSH PA and ChEBI role classes.

    >>> next(read_classes(Path("pharm_class.tsv"))).drug_class.label  # doctest: +SKIP
    '14-alpha demethylase inhibitor'
    """
    for _, row in read_tsv(path, ("DRUG_ID", "TYPE", "CLASS_SOURCE_ID", "CLASS")):
        prefix = _CLASS_TYPES.get(row["TYPE"].strip())
        code, name = row["CLASS_SOURCE_ID"].strip(), row["CLASS"].strip()
        if prefix is None or not code or not name or fold(name) in GENERIC_WORDS:
            continue
        class_id = code if code.startswith(prefix + ":") else f"{prefix}:{code}"
        names = class_names(name)
        yield ClassMembership(
            row["DRUG_ID"].strip(),
            Term(class_id, "drug_class", names[0], (name, *names[1:]), sources=(SOURCE,)),
            row["TYPE"].strip(),
        )


def read_targets(path: Path) -> Iterator[tuple[str, str]]:
    """``(DrugCentral drug id, HGNC symbol)`` efficacy-target pairs (a row may list several genes).

    >>> next(read_targets(Path("drug_target.tsv")))  # doctest: +SKIP
    ('4399', 'MPL')
    """
    for _, row in read_tsv(path, ("DRUG_ID", "GENE")):
        for symbol in row["GENE"].split("|"):
            if symbol.strip():
                yield row["DRUG_ID"].strip(), symbol.strip()


def read_target_names(path: Path) -> Iterator[tuple[str, str]]:
    """``(HGNC symbol, protein name)`` for targets that are one gene ("Aromatase" for CYP19A1), so the
    protein names articles use link to the gene.

    >>> next(read_target_names(Path("drug_target.tsv")))  # doctest: +SKIP
    ('MPL', 'Thrombopoietin receptor')
    """
    seen: set[tuple[str, str]] = set()
    for _, row in read_tsv(path, ("TARGET_NAME", "GENE")):
        symbol, name = row["GENE"].strip(), row["TARGET_NAME"].strip()
        if symbol and name and "|" not in symbol and (symbol, name) not in seen:
            seen.add((symbol, name))
            yield symbol, name
