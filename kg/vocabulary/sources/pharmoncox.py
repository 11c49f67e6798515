"""pharmOncoX (``pharmoncox/``): NCIt anticancer drug aliases and drug → target gene pairs.

The alias table is noisy (IUPAC names, vendor catalogue numbers, database ids); :func:`keep_alias` keeps
the names a reader of an article could meet, and code names (``RAD001``) go to ``codes``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

from kg.identifiers import mint
from kg.model import Term
from kg.vocabulary.text import fold, lower_label, read_tsv

SOURCE = "pharmoncox"
_CODE = re.compile(r"^[A-Za-z]{1,6}[- ]?[A-Za-z]{0,4}[- ]?\d{2,7}[A-Za-z]?$")
_JUNK = re.compile(
    r"^(CHEBI|CHEMBL|SCHEMBL|ZINC\d|AKOS|BDBM|NCGC|DTX[SC]ID|DSSTox|Tox21|HY-|CS-|AS-|AT-|EX-|GTPL|HSDB|BRD-|"
    r"MFCD|KS-|SMR\d|MLS\d|CCG-|SR-|BCP\d|AC-|FT-|UNII|CAS-|DB\d|Q-?\d|SW\d|S\d|D0\d|AB\d|BSPBIO|SPBIO|"
    r"SPECTRUM|Prestwick|PRESTWICK|HMS\d|Curator_|KBio|IDI1|NCI60|CPD\d|STK\d|LS-|BIM-|EU-|J-|F\d|C\d+H\d)"
)
_NOISE_WORDS = ("analytical standard", "solution", "certified", "reference material", "[", "usan", "(inn)")


def keep_alias(alias: str) -> bool:
    """Whether an alias is a usable drug name (not an IUPAC name, catalogue number or database id).

    >>> [keep_alias(a) for a in ("RAD001", "afinitor", "SCHEMBL4378", "159351-69-6", "RAD")]
    [True, True, False, False, False]
    """
    key = fold(alias)
    if len(key) <= 3 or len(alias) > 60 or ";" in alias or _JUNK.match(alias):
        return False
    if any(re.fullmatch(p, alias) for p in (r"(?=.*\d)[A-Z0-9]{10}", r"[\d-]+", r"\d+[A-Za-z]\d+")):
        return False
    lower = alias.lower()
    if any(word in lower for word in _NOISE_WORDS):
        return False
    digits = sum(c.isdigit() for c in alias)
    return not ((digits >= 4 and any(c in alias for c in "([,")) or ("," in alias and digits))


def is_code(alias: str) -> bool:
    """Whether an alias is a development code name such as ``RAD001`` or ``BMS-986205``.

    >>> is_code("RAD 001"), is_code("everolimus")
    (True, False)
    """
    return bool(_CODE.match(alias)) and any(c.isdigit() for c in alias)


def read_synonyms(path: Path) -> Iterator[Term]:
    """One drug term per NCIt display name, with its aliases as synonyms or codes.

    The id is the ChEMBL id when given, else a minted ``KG:drug/…``. Upper-case variants of a name win over
    the lower-case copies the table also holds.

    >>> next(read_synonyms(Path("compound_synonyms.tsv.gz"))).id  # doctest: +SKIP
    'KG:drug/h115d-vhl35-peptide'
    """
    groups: dict[str, tuple[str, dict[str, str]]] = {}
    for _, row in read_tsv(path, ("alias", "nci_concept_display_name", "molecule_chembl_id")):
        display = row["nci_concept_display_name"].strip()
        if not display:
            continue
        chembl, aliases = groups.setdefault(display, (row["molecule_chembl_id"].strip(), {}))
        if not chembl and row["molecule_chembl_id"].strip():
            groups[display] = (row["molecule_chembl_id"].strip(), aliases)
        alias = row["alias"].strip()
        if not keep_alias(alias):
            continue
        key = fold(alias)
        if key not in aliases or aliases[key].islower():
            aliases[key] = alias
    for raw_display, (chembl, aliases) in groups.items():
        display = html.unescape(raw_display)
        if not chembl and (is_procedure(display) or is_body_molecule(display) or _THERAPY_FOR.search(display)):
            continue  # surgery and radiation are treatments, a receptor or an antigen is not a drug; nor is
            # "Immunotherapy for Melanoma", a kind of treatment named with its disease
        term_type = "drug_class" if is_therapy_category(display) and not names_a_combination(display) else "drug"
        term_id = f"CHEMBL:{chembl}" if chembl.startswith("CHEMBL") else mint(term_type, display)
        label = lower_label(display)
        codes = tuple(a for a in aliases.values() if is_code(a))
        synonyms = tuple(a for a in aliases.values() if not is_code(a))
        if term_type == "drug_class" and not display.lower().endswith("regimen"):
            synonyms = tuple(a for a in synonyms if not is_foreign_word(a, display))
        xrefs = (f"CHEMBL:{chembl}",) if chembl.startswith("CHEMBL") else ()
        synonyms = tuple(html.unescape(a) for a in synonyms)
        yield Term(term_id, term_type, label, (display, *synonyms), (), codes, xrefs, (SOURCE,))


_THERAPY = re.compile(
    r"(therapy|therapies|treatment|regimen|modality|\binhibitors?|\bantagonists?|\bagonists?|\bblockers?|"
    r"\bagents?|\bantibiotics?|\bdrugs?|\bmodulators?|\bcompounds?|\banalog(ue)?s?|\bregulators?|"
    r"\bdegraders?|\bsuppression|\bdeprivation)$",
    re.IGNORECASE,
)
# NCIt chemical-class concepts that the alias table lists as agents; conjugates stay drugs (each is one).
_CLASS_NAMES = frozenset({"fluoropyrimidine", "taxane", "anthracycline", "platinum compound", "antimetabolite"})


_THERAPY_FOR = re.compile(r"(?:therapy|therapies|\btreatments?)\s+(?:for|of|in)\s", re.IGNORECASE)
_PROCEDURE = re.compile(
    r"\b(surgery|surgical|resection|debulking|biopsy|transplant\w*|radiation|radiotherapy|irradiation|"
    r"brachytherapy|proton|ablation|laser|stent|device|implant|catheter|\w*emboli[sz]ation|exenteration|"
    r"enucleation|myeloablat\w*)\b",
    re.IGNORECASE,
)


def is_procedure(display: str) -> bool:
    """NCIt lists procedures and radiation among its interventions; they are not drugs.

    >>> is_procedure("Minimally Invasive Interval Debulking Surgery"), is_procedure("Radiation Therapy")
    (True, True)
    >>> is_procedure("Transarterial Chemoembolization"), is_procedure("Everolimus")
    (True, False)
    """
    return bool(_PROCEDURE.search(display))


_BODY_MOLECULE = re.compile(
    r"\b(protein|receptor|antigen|microglobulin|enzyme|ligand|radicals?)(?:\s+\d+)?$", re.IGNORECASE
)
_MADE_AGENT = re.compile(r"\b(recombinant|vaccine|conjugate|antibody|peptide|fusion|modified|engineered)\b", re.I)


def is_body_molecule(display: str) -> bool:
    """The alias table also lists the body's own molecules (a receptor, an antigen) that drugs act on or tests
    measure; without a ChEMBL id they are not drugs.

    >>> is_body_molecule("Cytotoxic T-Lymphocyte Protein 4"), is_body_molecule("T-Cell Receptor")
    (True, True)
    >>> is_body_molecule("Recombinant Interleukin-2 Protein"), is_body_molecule("Everolimus")
    (False, False)
    """
    return bool(_BODY_MOLECULE.search(display)) and not _MADE_AGENT.search(display)


def is_therapy_category(display: str) -> bool:
    """NCIt lists therapy categories ("Hormone Therapy") among its agents; they are kinds of treatment.

    >>> is_therapy_category("Hormone Therapy"), is_therapy_category("Angiogenesis Inhibitor")
    (True, True)
    >>> is_therapy_category("Everolimus"), is_therapy_category("Chemotherapy")
    (False, True)
    >>> is_therapy_category("Gonadotropin-releasing Hormone Analog"), is_therapy_category("Fluoropyrimidine")
    (True, True)
    >>> is_therapy_category("Selective Estrogen Receptor Down Regulator")
    True
    """
    return bool(_THERAPY.search(display)) or fold(display) in _CLASS_NAMES


_REGIMEN = re.compile(r"^(?P<head>.+?)\s+regimen$", re.IGNORECASE)
# a regimen named by an acronym of its drugs, one word with two capitals at least: "R-CHOP", "FOLFOXIRI", "m-BACOD"
_ACRONYM = re.compile(r"^[A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*$")


def names_a_combination(display: str) -> bool:
    """Whether a regimen is named by an acronym of its drugs: such a regimen is one agent, a ``drug`` like the NCI
    drug pages' regimens ("R-CHOP"), not a kind of drug. A regimen whose name spells its drugs
    ("Dabrafenib/Trametinib", "AC followed by docetaxel") stays apart: in text its name is its drugs, each a
    mention of its own; "preparative regimen" or "abemaciclib regimen" names no combination.

    >>> [names_a_combination(d) for d in ("ICE regimen", "m-BACOD regimen", "Abiraterone/Prednisone regimen",
    ...     "AC followed by docetaxel regimen", "preparative regimen", "abemaciclib regimen", "Hormone Therapy")]
    [True, True, False, False, False, False, False]
    """
    regimen = _REGIMEN.match(display)
    return regimen is not None and bool(_ACRONYM.match(regimen.group("head")))


def regimen_head(label: str) -> str | None:
    """The acronym that names a combination regimen, without the word "regimen" ("ABVD" of "ABVD regimen").

    >>> regimen_head("ABVD regimen"), regimen_head("preparative regimen")
    ('ABVD', None)
    """
    regimen = _REGIMEN.match(label)
    return regimen.group("head") if regimen is not None and names_a_combination(label) else None


def is_foreign_word(alias: str, display: str) -> bool:
    """Whether a one-word lower-case alias of a treatment category shares no word start with its name.

    Such aliases are device and trade names or stray words ("start" for Collagen Tile Brachytherapy,
    "mammosite" for Balloon Brachytherapy), not names of the category; "chemo" for Chemotherapy stays.

    >>> is_foreign_word("start", "Collagen Tile Brachytherapy"), is_foreign_word("chemo", "Chemotherapy")
    (True, False)
    """
    if not alias.isalpha() or alias.isupper():
        return False
    stems = {word[:4] for word in fold(display).split()} | {fold(display).replace(" ", "")[:4]}
    return alias.lower()[:4] not in stems


def read_targets(path: Path) -> Iterator[tuple[str, str]]:
    """``(drug display name, HGNC gene symbol)`` pairs.

    >>> next(read_targets(Path("drug_targets.tsv")))  # doctest: +SKIP
    ('Tariquidar', 'ABCB1')
    """
    for _, row in read_tsv(path, ("nci_concept_display_name", "target_symbol")):
        drug, symbol = row["nci_concept_display_name"].strip(), row["target_symbol"].strip()
        if drug and symbol:
            yield drug, symbol
