"""The term table the compiler fills: one entry per concept, merged across sources by id, xref or name.

Readers produce plain :class:`~kg.model.Term` records with their own source's ids; the table decides which
of them are the same concept. The first source to introduce a concept gives its id and label; later sources
add names, cross-references and their source name.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.model import Term
from kg.vocabulary.text import clean, fold, is_junk_synonym


@dataclass
class _Entry:
    id: str
    type: str
    label: str
    synonyms: dict[str, str] = field(default_factory=dict)
    brands: dict[str, str] = field(default_factory=dict)
    codes: dict[str, str] = field(default_factory=dict)
    xrefs: dict[str, None] = field(default_factory=dict)
    sources: dict[str, None] = field(default_factory=dict)

    def freeze(self) -> Term:
        label_key = fold(self.label)
        taken = {label_key, *self.brands, *self.codes}
        # Junk names stay in the merge index (sources still meet on them) but are not written out.
        synonyms = tuple(
            v for k, v in self.synonyms.items() if k not in taken and not is_junk_synonym(v, self.type)
        )
        brands = tuple(v for v in self.brands.values() if not is_junk_synonym(v, self.type))
        return Term(
            id=self.id,
            type=self.type,
            label=self.label,
            synonyms=synonyms,
            brands=brands,
            codes=tuple(self.codes.values()),
            xrefs=tuple(x for x in self.xrefs if x != self.id),
            sources=tuple(self.sources),
        )


class TermTable:
    """Concepts keyed by id, with indexes by cross-reference and by (type, folded name).

    >>> table = TermTable()
    >>> table.add(Term("NCIT:C48387", "drug", "everolimus", xrefs=("CHEMBL:CHEMBL1908360",)))
    'NCIT:C48387'
    >>> table.resolve(Term("CHEMBL:CHEMBL1908360", "drug", "Everolimus", codes=("RAD001",)))
    'NCIT:C48387'
    >>> table.get("NCIT:C48387").codes
    ('RAD001',)
    """

    def __init__(self) -> None:
        self._entries: dict[str, _Entry] = {}
        self._xrefs: dict[str, str] = {}
        self._names: dict[tuple[str, str], str] = {}

    def __contains__(self, term_id: object) -> bool:
        return term_id in self._entries

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, term_id: str) -> Term:
        """The merged term with this id (KeyError when absent).

        >>> TermTable().get("X:1")
        Traceback (most recent call last):
        KeyError: 'X:1'
        """
        return self._entries[term_id].freeze()

    def type_of(self, term_id: str) -> str | None:
        """The type of the concept with this id, or None.

        >>> TermTable().type_of("X:1") is None
        True
        """
        entry = self._entries.get(term_id)
        return entry.type if entry else None

    def find_xref(self, curie: str) -> str | None:
        """The id of the concept with this id or cross-reference.

        >>> TermTable().find_xref("MESH:D1") is None
        True
        """
        if curie in self._entries:
            return curie
        return self._xrefs.get(curie)

    def find_name(self, term_type: str, name: str) -> str | None:
        """The id of the first concept of this type known by this (folded) name.

        >>> t = TermTable(); _ = t.add(Term("HGNC:3942", "target", "MTOR"))
        >>> t.find_name("target", "mTOR")
        'HGNC:3942'
        """
        return self._names.get((term_type, fold(name)))

    def add(self, term: Term) -> str:
        """Add a term under its own id (merging into an existing entry with that id).

        >>> TermTable().add(Term("MONDO:0007254", "disease", "breast cancer"))
        'MONDO:0007254'
        """
        entry = self._entries.get(term.id)
        if entry is None:
            entry = _Entry(term.id, term.type, clean(term.label))
            self._entries[term.id] = entry
            self._index_name(entry, entry.label)
        self._merge(entry, term)
        return entry.id

    def resolve(self, term: Term, *, by_name: bool = True, create: bool = True) -> str | None:
        """Merge a term into the concept it matches (id, then xrefs, then label), else add it.

        Returns the concept's id, or None when nothing matched and ``create`` is false.

        >>> TermTable().resolve(Term("X:1", "drug", "x"), create=False) is None
        True
        """
        target = self.match(term, by_name=by_name)
        if target is None:
            return self.add(term) if create else None
        self._merge(self._entries[target], term)
        return target

    def match(self, term: Term, *, by_name: bool = True) -> str | None:
        """The id of the existing concept a term matches, without merging.

        >>> TermTable().match(Term("X:1", "drug", "x")) is None
        True
        """
        for curie in (term.id, *term.xrefs):
            found = self.find_xref(curie)
            if found is not None and self._entries[found].type == term.type:
                return found
        if by_name:
            return self.find_name(term.type, term.label)
        return None

    def absorb(self, old_id: str, into_id: str) -> None:
        """Fold the concept ``old_id`` into ``into_id`` (names, brands, codes, xrefs, sources) and drop it;
        a minted ``KG:`` id is not kept as a cross-reference.

        >>> t = TermTable(); _ = t.add(Term("NCIT:C1", "drug", "alectinib"))
        >>> _ = t.add(Term("KG:drug/a-hcl", "drug", "alectinib hydrochloride", brands=("Alecensa",)))
        >>> t.absorb("KG:drug/a-hcl", "NCIT:C1")
        >>> t.get("NCIT:C1").brands, "KG:drug/a-hcl" in t
        (('Alecensa',), False)
        """
        old = self._entries.pop(old_id)
        into = self._entries[into_id]
        self._merge(into, old.freeze() if not old_id.startswith("KG:") else Term(
            "KG:", old.type, old.label, tuple(old.synonyms.values()), tuple(old.brands.values()),
            tuple(old.codes.values()), tuple(old.xrefs), tuple(old.sources)))
        for key, value in list(self._xrefs.items()):
            if value == old_id:
                self._xrefs[key] = into_id
        for name_key, value in list(self._names.items()):
            if value == old_id:
                self._names[name_key] = into_id

    def move_brands(self, from_id: str, into_id: str) -> None:
        """Give the brand names of ``from_id`` to ``into_id`` (the concept the brands are of).

        >>> t = TermTable(); _ = t.add(Term("NCIT:C1", "drug", "paclitaxel"))
        >>> _ = t.add(Term("X:2", "drug", "nab-paclitaxel", brands=("Taxol",)))
        >>> t.move_brands("X:2", "NCIT:C1")
        >>> t.get("NCIT:C1").brands, t.get("X:2").brands, t.find_name("drug", "Taxol")
        (('Taxol',), (), 'NCIT:C1')
        """
        source, target = self._entries[from_id], self._entries[into_id]
        for key, name in list(source.brands.items()):
            del source.brands[key]
            source.synonyms.pop(key, None)  # a source that listed the brand as a name too
            self._names[(source.type, key)] = into_id
            self._add_name(target, target.brands, name)

    def relabel(self, term_id: str, label: str) -> None:
        """Give a concept a new preferred label; the old one stays a synonym.

        >>> t = TermTable(); _ = t.add(Term("NCIT:C1", "drug", "fluorouracil (Topical)"))
        >>> t.relabel("NCIT:C1", "fluorouracil")
        >>> t.get("NCIT:C1").label, t.get("NCIT:C1").synonyms
        ('fluorouracil', ('fluorouracil (Topical)',))
        """
        entry = self._entries[term_id]
        old = entry.label
        entry.label = label
        self._add_name(entry, entry.synonyms, old)
        self._add_name(entry, entry.synonyms, label)

    def terms(self) -> list[Term]:
        """Every concept, sorted by id.

        >>> TermTable().terms()
        []
        """
        return [self._entries[key].freeze() for key in sorted(self._entries)]

    def _index_name(self, entry: _Entry, name: str) -> None:
        self._names.setdefault((entry.type, fold(name)), entry.id)

    def _merge(self, entry: _Entry, term: Term) -> None:
        if term.id != entry.id and not term.id.startswith("KG:"):
            self._add_xref(entry, term.id)
        for xref in term.xrefs:
            self._add_xref(entry, xref)
        for name in (term.label, *term.synonyms):
            self._add_name(entry, entry.synonyms, name)
        for name in term.brands:
            self._add_name(entry, entry.brands, name)
        for name in term.codes:
            self._add_name(entry, entry.codes, name)
        for source in term.sources:
            entry.sources.setdefault(source, None)

    def _add_xref(self, entry: _Entry, curie: str) -> None:
        if curie == entry.id:
            return
        entry.xrefs.setdefault(curie, None)
        self._xrefs.setdefault(curie, entry.id)

    def _add_name(self, entry: _Entry, names: dict[str, str], name: str) -> None:
        name = clean(name)
        key = fold(name)
        if not key or key in names:
            return
        names[key] = name
        self._index_name(entry, name)
