"""One drug per generic: drugs the sources name apart that are one drug (a salt and its base, a shared brand, a
cancer.gov page and the generic it names, a biosimilar and its reference) are folded into one term."""

from __future__ import annotations

import re

from kg.vocabulary.table import TermTable
from kg.vocabulary.text import fold, strip_salt


def fold_drugs(table: TermTable, pages: set[str]) -> None:
    """Fold the table's drugs, in this order: salts into their base, drugs sharing a brand and a generic base,
    drugs a cancer.gov page names, and biosimilars and qualified names into their generic (``pages``: the ids of
    the drugs with a cancer.gov page, which keep their ids).

    >>> from kg.model import Term
    >>> table = TermTable()
    >>> base = table.add(Term("NCIT:C1", "drug", "alectinib"))
    >>> salt = table.add(Term("KG:drug/a-hcl", "drug", "alectinib hydrochloride", brands=("Alecensa",)))
    >>> fold_drugs(table, {base})
    >>> [(t.id, t.brands) for t in table.terms()]
    [('NCIT:C1', ('Alecensa',))]
    """
    _fold_salts(table)
    _fold_shared_brands(table, pages)
    _fold_named_pages(table, pages)
    _fold_generics(table, pages)


# a trailing parenthetical (not an isotope's: "iobenguane (131I)"), a biosimilar's four-letter suffix (not a Greek
# letter: "interleukin-1-beta"), and the "fam-"/"ado-" prefixes
_QUALIFIER = re.compile(r"\s*\((?![^)]*\d)[^)]*\)\s*$|-(?!alfa$|beta$|zeta$|iota$)[a-z]{4}$|^(?:fam|ado)-")


def generic_base(label: str) -> str:
    """A drug label without salt, parenthetical qualifier, biosimilar suffix or ``fam-`` prefix.

    >>> generic_base("Fam-Trastuzumab deruxtecan-nxki"), generic_base("methotrexate sodium (Cancer treatment)")
    ('trastuzumab deruxtecan', 'methotrexate')
    """
    name = label.lower()
    previous = None
    while previous != name:
        previous = name
        name = strip_salt(_QUALIFIER.sub("", name).strip())
    return name


def _fold_shared_brands(table: TermTable, pages: set[str]) -> None:
    """One brand, one drug: drugs that share a brand name and the same generic base are one drug (the one
    with a cancer.gov page, else an NCIt id, keeps its id)."""
    by_brand: dict[str, list[str]] = {}
    for term in table.terms():
        if term.type == "drug":
            for brand in term.brands:
                by_brand.setdefault(fold(brand), []).append(term.id)
    for ids in by_brand.values():
        alive = sorted({i for i in ids if i in table}, key=lambda i: (i not in pages, not i.startswith("NCIT:"), i))
        if len(alive) < 2:
            continue
        keeper = alive[0]
        base = generic_base(table.get(keeper).label)
        # the keeper takes the plain generic as its label when another term is named by it ("fluorouracil",
        # not "fluorouracil (Topical)")
        plain = any(table.get(i).label.lower() == base for i in alive[1:])
        for other in alive[1:]:
            if generic_base(table.get(other).label) == base:
                table.absorb(other, keeper)
        if plain and table.get(keeper).label.lower() != base:
            table.relabel(keeper, base)


def _keeper_rank(table: TermTable, term_id: str, pages: set[str], base: str) -> tuple[bool, bool, bool, int, str]:
    """Which of several ids of one drug is kept: a cancer.gov page's, then an NCIt id, then one named by the
    plain generic; among NCIt ids the lowest code (the parent concept: "etoposide" before "etoposide phosphate")."""
    code = term_id.removeprefix("NCIT:")
    number = int(code[1:]) if term_id.startswith("NCIT:C") and code[1:].isdigit() else 0
    plain = table.get(term_id).label.lower() == base
    return (term_id not in pages, not term_id.startswith("NCIT:"), not plain, number, term_id)


def _fold_named_pages(table: TermTable, pages: set[str]) -> None:
    """A drug of another source that lists a cancer.gov page drug's exact name among its own names is that
    drug ("pan-RAF kinase inhibitor DAY101", also called tovorafenib). A record that names two page drugs
    (one source's "nab-paclitaxel" also lists "paclitaxel") is left alone, but its brands are the molecule's:
    they go to the page drug whose name is part of the other's ("paclitaxel" in "paclitaxel albumin-stabilized
    nanoparticle formulation"), so "Taxol" is not a second paclitaxel."""
    by_label: dict[str, set[str]] = {}
    for page in pages:
        if page in table:
            by_label.setdefault(fold(table.get(page).label), set()).add(page)
    for term in table.terms():
        if term.type != "drug" or term.id in pages:
            continue
        named = {page for name in (term.label, *term.synonyms) for page in by_label.get(fold(name), ())}
        if len(named) == 1:
            table.absorb(term.id, named.pop())
        elif term.brands:
            labels = {page: fold(table.get(page).label) for page in named}
            molecule = [p for p, label in labels.items()
                        if all(re.search(rf"\b{re.escape(label)}\b", other) for o, other in labels.items() if o != p)]
            if len(molecule) == 1:
                table.move_brands(term.id, molecule[0])


def _fold_generics(table: TermTable, pages: set[str]) -> None:
    """One drug per generic name: terms whose labels differ only by a salt, a biosimilar suffix or a
    qualifier ("abemaciclib mesylate", "penpulimab-kcqx") are one drug when one of them is named by the plain
    generic, which becomes the label. (Without a plain one, "calcium acetate" and "calcium gluconate" stay two.)
    """
    groups: dict[str, list[str]] = {}
    for term in table.terms():
        if term.type == "drug":
            groups.setdefault(generic_base(term.label), []).append(term.id)
    for base, ids in groups.items():
        if len(ids) < 2 or not any(table.get(i).label.lower() == base for i in ids):
            continue
        keeper, *others = sorted(ids, key=lambda i: _keeper_rank(table, i, pages, base))
        for other in others:
            table.absorb(other, keeper)
        if table.get(keeper).label.lower() != base:
            table.relabel(keeper, base)


def _fold_salts(table: TermTable) -> None:
    """One drug per generic: a minted drug named as a salt ("alectinib hydrochloride") whose base drug is
    known is folded into the base, so its brand names never make a second drug node."""
    for term in table.terms():
        if term.type != "drug" or not term.id.startswith("KG:"):
            continue
        base = strip_salt(term.label)
        found = table.find_name("drug", base) if base != term.label else None
        if found is not None and found != term.id and found in table:
            table.absorb(term.id, found)
