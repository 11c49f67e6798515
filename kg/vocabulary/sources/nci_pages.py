"""cancer.gov drug pages (``nci_pages/``): NCI's cancer drugs, their brands, approvals and trial links."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.identifiers import mint
from kg.model import Term
from kg.vocabulary.text import SourceFormatError, lower_label, read_tsv, strip_salt

SOURCE = "nci_pages"
_PAGE_COLUMNS = ("slug", "name", "kind", "ncit_code", "nci_drug_dictionary_id", "us_brand_names")


@dataclass(frozen=True)
class ApprovedUse:
    """One row of a "Drugs Approved for X" list page.

    >>> ApprovedUse("everolimus", "Drugs Approved for Breast Cancer").slug
    'everolimus'
    """

    slug: str
    list_title: str


def read_drug_pages(path: Path) -> Iterator[tuple[str, Term]]:
    """``(slug, Term)`` for every drug and combination page; list pages are skipped.

    Single drugs get their NCIt code; regimens without one get a minted ``KG:drug/<slug>`` id.

    >>> [t.id for _, t in read_drug_pages(Path("nci_cancer_drug_pages.tsv"))]  # doctest: +SKIP
    ['NCIT:C97660', ...]
    """
    for line, row in read_tsv(path, _PAGE_COLUMNS):
        kind = row["kind"]
        if kind not in ("drug", "combination"):
            continue
        name = row["name"].strip()
        if not name:
            raise SourceFormatError(f"{path}:{line}: drug page without a name")
        code = row["ncit_code"].strip()
        if code and not code.startswith("C"):
            raise SourceFormatError(f"{path}:{line}: not an NCIt code: {code!r}")
        term_id = f"NCIT:{code}" if code else mint("drug", row["slug"] or name)
        generic = strip_salt(name)
        label = lower_label(generic) if kind == "drug" else name
        synonyms = tuple(n for n in (name, lower_label(name)) if n != label)
        brands = tuple(b.strip() for b in row["us_brand_names"].split("|") if b.strip())
        dictionary_id = row["nci_drug_dictionary_id"].strip()
        xrefs = (f"NCIDRUG:{dictionary_id}",) if dictionary_id else ()
        yield row["slug"], Term(term_id, "drug", label, synonyms, brands, (), xrefs, (SOURCE,))


def read_approved_lists(path: Path) -> Iterator[ApprovedUse]:
    """Drug slug ↔ list title rows of ``nci_drugs_by_cancer_type.tsv``.

    >>> next(read_approved_lists(Path("nci_drugs_by_cancer_type.tsv")))  # doctest: +SKIP
    ApprovedUse(slug='recombinant-hpv-quadrivalent-vaccine', list_title='Drugs Approved for Anal Cancer')
    """
    for _, row in read_tsv(path, ("list_title", "drug_slug")):
        if row["drug_slug"].strip() and row["list_title"].strip():
            yield ApprovedUse(row["drug_slug"].strip(), row["list_title"].strip())


_SKIP_LISTS = ("childhood cancers", "conditions related to cancer", "different types of cancer", "anywhere")
_DISEASE_ALIASES = {
    "colon and rectal cancer": "colorectal cancer",
    "stomach (gastric) cancer": "gastric cancer",
    "ovarian, fallopian tube, or primary peritoneal cancer": "ovarian cancer",
    "brain tumors": "brain neoplasm",
    "skin cancer": "skin cancer",
    "myeloproliferative neoplasms or myelodysplastic syndromes": "myelodysplastic syndrome",
    "pheochromocytoma and paraganglioma": "pheochromocytoma",
}


def disease_names(list_title: str) -> list[str]:
    """Disease names to try, best first, for a "Drugs Approved for X" title (none for catch-all lists).

    >>> disease_names("Drugs Approved for Breast Cancer")
    ['breast cancer']
    >>> disease_names("Drugs Approved for Gastrointestinal Stromal Tumors")
    ['gastrointestinal stromal tumors', 'gastrointestinal stromal tumor']
    """
    name = list_title.removeprefix("Drugs Approved for ").strip(" -").lower()
    if any(skip in name for skip in _SKIP_LISTS):
        return []
    names = [_DISEASE_ALIASES.get(name, name)]
    if name.endswith("s") and not name.endswith("sis"):
        names.append(name[:-1])
    return names
