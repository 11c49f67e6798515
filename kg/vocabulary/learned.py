"""Names learned from the corpus's own links: a link seen once helps every document.

cancer.gov pages link their terms to dictionary entries and drug pages. Across the corpus, the same
dictionary id stands for the same concept, and each anchor text is a way the corpus writes it ("hormonal
therapy", "hormone therapy" → dictionary 45110). ``kg vocab learn --corpus DIR`` reads every link, decides
once which entity each dictionary id stands for (the vocabulary term with that id, else the term its most
frequent anchor names, else a new entity of the type the anchor's head word says), and writes the anchors as
names of that entity to ``ontology/vocabulary/learned.tsv.gz``. :meth:`Vocabulary.load` merges them, so the
linker finds these wordings in running text of documents that never link them. Rows of type ``word`` are the
opposite: brand names the corpus writes as ordinary words ("Choice", "Today"), taken out of their drug's brands.

This module is the data and its
readers and writers only; learning itself needs the linker and lives in :mod:`kg.linking.learn`.
"""

from __future__ import annotations

import gzip
import io
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from kg.model import Term

LEARNED_FILE = "learned.tsv.gz"
LEARNED_COLUMNS = ("name", "entity", "type", "label", "xref", "documents")
SOURCE = "corpus_links"
MIN_NAME_LENGTH = 3
MAX_NAME_WORDS = 8


@dataclass(frozen=True)
class LearnedName:
    """One anchor text and the entity the corpus's links say it names.

    >>> LearnedName("hormonal therapy", "KG:drug_class/hormone-therapy", "drug_class", "hormone therapy",
    ...             "NCIDICT:45110", 3).type
    'drug_class'
    """

    name: str
    entity: str
    type: str
    label: str
    xref: str
    documents: int


def write_learned(names: Iterable[LearnedName], directory: Path) -> Path:
    """Write the learned names as a deterministic gzip TSV (sorted, no timestamp), atomically."""
    rows = sorted({(n.name, n.entity, n.type, n.label, n.xref, str(n.documents)) for n in names})
    text = "\t".join(LEARNED_COLUMNS) + "\n" + "".join("\t".join(row) + "\n" for row in rows)
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, mtime=0) as handle:
        handle.write(text.encode("utf-8"))
    directory.mkdir(parents=True, exist_ok=True)
    target = directory / LEARNED_FILE
    handle_fd, temp = tempfile.mkstemp(dir=directory, prefix=".learned.", suffix=".tmp")
    try:
        with os.fdopen(handle_fd, "wb") as out:
            out.write(buffer.getvalue())
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return target


def read_learned(path: Path) -> list[LearnedName]:
    """The learned names in a file written by :func:`write_learned` (empty when there is none)."""
    if not path.exists():
        return []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        lines = handle.read().splitlines()[1:]
    names = []
    for line in lines:
        name, entity, kind, label, xref, count = line.split("\t")
        names.append(LearnedName(name, entity, kind, label, xref, int(count)))
    return names


def merge_learned(terms: dict[str, Term], names: Iterable[LearnedName]) -> None:
    """Add learned names (and their dictionary ids as cross-references) to the terms, creating the entities
    the vocabulary does not have. A name learned for an id the vocabulary has since folded into another term
    (kept as that term's cross-reference) goes to that term.

    >>> terms = {"MESH:D047072": Term("MESH:D047072", "drug_class", "aromatase inhibitor")}
    >>> merge_learned(terms, [LearnedName("AIs", "MESH:D047072", "drug_class", "aromatase inhibitor",
    ...                                    "NCIDICT:44232", 2)])
    >>> terms["MESH:D047072"].synonyms, terms["MESH:D047072"].xrefs
    (('AIs',), ('NCIDICT:44232',))
    >>> terms["MEDDRA:1"] = Term("MEDDRA:1", "adverse_event", "dry mouth", xrefs=("HP:0000217",))
    >>> merge_learned(terms, [LearnedName("xerostomia", "HP:0000217", "adverse_event", "xerostomia", "NCIDICT:1", 3)])
    >>> "HP:0000217" in terms, terms["MEDDRA:1"].synonyms
    (False, ('xerostomia',))
    >>> terms["D"] = Term("D", "drug", "warfarin", brands=("Choice", "Coumadin"))
    >>> merge_learned(terms, [LearnedName("Choice", "D", "word", "warfarin", "", 300)])
    >>> terms["D"].brands
    ('Coumadin',)
    """
    folded: dict[str, str] | None = None  # xref → id: an entity the compiled vocabulary folded into another
    for name in names:
        if name.entity not in terms:
            if folded is None:
                folded = {xref: term.id for term in terms.values() for xref in term.xrefs}
            if name.entity in folded:
                name = replace(name, entity=folded[name.entity])
        old = terms.get(name.entity)
        if name.type == "word":  # a brand the corpus uses as an ordinary word ("Choice"): no name of the drug
            if old is not None and name.name in old.brands:
                terms[name.entity] = replace(old, brands=tuple(b for b in old.brands if b != name.name))
            continue
        if old is None:
            terms[name.entity] = Term(name.entity, name.type, name.label, (name.name,), xrefs=(name.xref,),
                                      sources=(SOURCE,))
            continue
        if old.type != name.type:
            continue
        known = {old.label, *old.synonyms, *old.brands, *old.codes}
        synonyms = old.synonyms if name.name in known else (*old.synonyms, name.name)
        xrefs = old.xrefs if name.xref in old.xrefs or name.xref == old.id else (*old.xrefs, name.xref)
        sources = old.sources if SOURCE in old.sources else (*old.sources, SOURCE)
        terms[name.entity] = Term(old.id, old.type, old.label, synonyms, old.brands, old.codes, xrefs, sources)
