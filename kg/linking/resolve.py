"""Choosing the entity a name stands for: case, context and type rules for ambiguous names.

A wrong edge in a medical graph is worse than a missing one, so short names, gene symbols that are
ordinary words and generic words need evidence (exact case, a gene-like context) or are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from kg.linking.matcher import Entry, Hit, name_key
from kg.linking.name_checks import context_marks, entry_allowed, plausible_name
from kg.model import Document, Mention, Term
from kg.regex_prefilter import prefilter_patterns
from kg.vocabulary.store import Vocabulary

TYPE_PRIORITY = {
    "trial": 0,
    "drug": 1,
    "drug_class": 2,
    "target": 3,
    "adverse_event": 4,
    "disease": 5,
    "endpoint": 6,
    "biomarker": 7,
    "organization": 8,
}
KIND_CONFIDENCE = {"label": 0.92, "brand": 0.92, "code": 0.9, "synonym": 0.82, "learned": 0.85}
_GRADING = re.compile(r"\bgrad(?:e|ing)\b|\bstage\b", re.I)
# a grade word before "lymphoma" names a lymphoma category ("high-grade B-cell lymphoma"), not a tumour's grade
_GRADED_LYMPHOMA = re.compile(r"^(?:high|low)[- ]grade\b.*\blymphoma\b", re.I)


@dataclass(frozen=True)
class Candidate:
    """An entity a span may be linked to.

    >>> Candidate("NCIT:C48387", "drug", "everolimus", None).label
    'everolimus'
    """

    id: str
    type: str
    label: str
    term: Term | None
    xrefs: tuple[str, ...] = ()




def choose_entry(
    hit: Hit, text: str, document: Document, vocabulary: Vocabulary
) -> tuple[Candidate, float] | None:
    """The entity a dictionary hit stands for and the confidence, or None when nothing fits.

    Types are ranked trial > drug > class > target > adverse event > disease; among terms of one type the
    one whose preferred label is the name wins. Several equally good terms lower the confidence.
    """
    surface = text[hit.start : hit.end]
    allowed = [e for e in hit.entries if entry_allowed(e, surface, text, hit.start, hit.end)]
    if not allowed:
        return None
    gene_like = not any(c.islower() for c in surface) and len(surface) <= 8

    def priority(entry: Entry) -> int:
        if gene_like and entry.type == "target":
            return 0
        if gene_like and entry.type == "drug" and entry.kind == "synonym":
            return 4
        return TYPE_PRIORITY.get(entry.type, 9)

    folded = surface.casefold() if len(surface) > 5 and any(c.islower() for c in surface) else None
    several = len(allowed) > 1  # (read here: while a list sorts, it looks empty to the key)

    def label_form(entry: Entry) -> bool:
        """The term's own name, or its plural ("anthracyclines" for the class labelled "anthracycline")."""
        if entry.kind == "label" or not several:
            return entry.kind == "label"
        term = vocabulary.get(entry.term_id)
        if term is None:
            return False
        label = name_key(term.label)
        return name_key(entry.name) in (label + "s", label + "es")

    allowed.sort(
        key=lambda e: (
            priority(e),
            0 if label_form(e) else 1,
            # as written: the case of a short name tells; a longer name written with a capital at a sentence's
            # start or in a title is the same name ("Renal cell cancer", "renal cell cancer": one entity)
            # (a drug's brand and its upper-case product name still tell apart by case)
            0 if e.name == surface or (folded is not None and e.type != "drug" and e.name.casefold() == folded) else 1,
            e.term_id,
        )
    )
    best = allowed[0]
    term = vocabulary.get(best.term_id)
    if term is None or (term.type == "disease" and _GRADING.search(term.label)
                        and not _GRADED_LYMPHOMA.match(term.label)):
        return None
    rivals = {e.term_id for e in allowed if e.type == best.type and e.kind == best.kind}
    confidence = KIND_CONFIDENCE.get(best.kind, 0.8)
    if len(rivals) > 1:
        confidence -= 0.2
    if best.type == "target":
        confidence -= 0.05
    return Candidate(term.id, term.type, term.label, term), round(confidence, 3)


class EntryChoices:
    """:func:`choose_entry` for the hits of one matcher, remembered: a document names the same few hundred
    names again and again, and the choice depends only on the key, the words as written and whether a hyphen
    joins them to a neighbour, except for short gene symbols, whose surrounding words are read every time.

    (A key that stands only for gene symbols, "MET", is not even found where it is written without the capitals
    of a symbol: the vocabulary's matcher is built with :func:`~kg.linking.name_checks.gene_symbol`.)

    >>> from kg.vocabulary import default_vocabulary
    >>> from kg.documents import parse_document
    >>> doc = parse_document("Everolimus is a drug.", "x.md")
    >>> hit = Hit(0, 10, "everolimus", (Entry("NCIT:C48387", "everolimus", "label", "drug"),))
    >>> EntryChoices(default_vocabulary()).choose(hit, doc)[0].id
    'NCIT:C48387'
    """

    LIMIT = 1 << 18  # remembered choices before the memory is cleared (a long-running process)

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        self._choices: dict[tuple[str, str, bool, bool, bool, bool, bool], tuple[Candidate, float] | None] = {}
        # per key: whether its choice reads the words around it
        self._reads_context: dict[str, bool] = {}

    def choose(self, hit: Hit, document: Document) -> tuple[Candidate, float] | None:
        """What :func:`choose_entry` answers for this hit (the hits of one matcher only: a key is taken to
        stand for the same entries every time)."""
        text = document.text
        reads_context = self._reads_context.get(hit.key)
        if reads_context is None:
            reads_context = self._reads_context[hit.key] = any(
                e.type == "target" and len(name_key(e.name)) <= 5 for e in hit.entries)  # name_checks reads 5
        if reads_context:
            return choose_entry(hit, text, document, self.vocabulary)
        # everything choose_entry reads besides the entries: the words and the marks around them that
        # name_checks reads (so the choice is the same whichever page was read first)
        memo = (hit.key, text[hit.start : hit.end], *context_marks(text, hit.start, hit.end))
        try:
            return self._choices[memo]
        except KeyError:
            pass
        if len(self._choices) >= self.LIMIT:
            self._choices.clear()
        chosen = self._choices[memo] = choose_entry(hit, text, document, self.vocabulary)
        return chosen


def _case_fits(term: Term, name: str) -> bool:
    """Gene symbols and acronyms need the capitals they are written with ("cope" is not the gene COPE)."""
    symbol_like = name_key(name).replace(" ", "") in {name_key(n).replace(" ", "") for n in (term.label, *term.synonyms)
                                                      if not any(c.islower() for c in n)}
    if term.type == "target" and symbol_like and sum(c.isupper() or c.isdigit() for c in name) < 2:
        return False
    compact = name.replace(" ", "")
    if name.islower() and term.label.isupper() and len(term.label) > 3:
        return False  # "response" is not the trial RESPONSE
    return not (len(compact) <= 5 and compact.isupper() and compact not in (term.label, *term.synonyms,
                                                                            *term.brands, *term.codes))


def resolve_name(
    vocabulary: Vocabulary,
    name: str,
    *,
    prefer: tuple[str, ...] = (),
    only: tuple[str, ...] = (),
) -> Candidate | None:
    """The entity a whole name (e.g. a link's anchor text) stands for, or None.

    >>> from kg.vocabulary import default_vocabulary
    >>> resolve_name(default_vocabulary(), "Afinitor").id
    'NCIT:C48387'
    """
    key = name_key(name)
    terms = [
        t for t in vocabulary.lookup(name)
        if (not only or t.type in only) and plausible_name(t.type, key, name) and _case_fits(t, name)
    ]
    if not terms:
        return None

    def rank(term: Term) -> tuple[int, int, int]:
        preferred = prefer.index(term.type) if term.type in prefer else len(prefer)
        exact = 0 if name_key(term.label) == key else 1
        return (preferred, TYPE_PRIORITY.get(term.type, 9), exact)

    best = min(terms, key=rank)
    return Candidate(best.id, best.type, best.label, best)


class _TermNames(NamedTuple):
    """A term's name keys by kind, and its sorted cross-references: what :func:`mention_of` reads of a term."""

    term: Term  # kept, so that the id(term) the cache is keyed by is not reused while the entry lives
    brands: frozenset[str]
    codes: frozenset[str]
    label: str
    xrefs: tuple[str, ...]


_TERM_NAMES: dict[int, _TermNames] = {}


def _names_of(term: Term) -> _TermNames:
    """The name keys of a term, keyed once per term: a page mentions the same terms again and again, and a drug
    may have dozens of brands and codes to key (about 40 % of :func:`mention_of`'s time).

    >>> _names_of(Term("NCIT:C48387", "drug", "Everolimus", brands=("Afinitor",), xrefs=("b", "a"))).brands
    frozenset({'afinitor'})
    """
    names = _TERM_NAMES.get(id(term))
    if names is None or names.term is not term:
        if len(_TERM_NAMES) >= 1 << 16:
            _TERM_NAMES.clear()
        names = _TERM_NAMES[id(term)] = _TermNames(
            term, frozenset(map(name_key, term.brands)), frozenset(map(name_key, term.codes)), name_key(term.label),
            tuple(sorted(set(term.xrefs))))
    return names


def mention_of(
    document: Document, start: int, end: int, candidate: Candidate, method: str, confidence: float
) -> Mention:
    """The mention of ``candidate`` at ``document.text[start:end]``, with the kind of name the text uses.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("Afinitor works.", "x.md")
    >>> term = Term("NCIT:C48387", "drug", "everolimus", brands=("Afinitor",))
    >>> mention_of(doc, 0, 8, Candidate(term.id, "drug", term.label, term), "dictionary", 0.9).name_kind
    'brand'
    """
    term = candidate.term
    name_kind = ""
    if term is None:
        xrefs = tuple(sorted(set(candidate.xrefs)))
    else:
        names = _names_of(term)
        xrefs = names.xrefs if not candidate.xrefs else tuple(sorted(set(candidate.xrefs) | set(term.xrefs)))
        surface = name_key(document.text[start:end].rstrip("®™"))
        if surface in names.brands:
            name_kind = "brand"
        elif surface in names.codes:
            name_kind = "code"
        elif surface == names.label:
            name_kind = "label"
        else:
            name_kind = "synonym"
    return Mention(
        doc=document.id,
        start=start,
        end=end,
        text=document.text[start:end],
        id=candidate.id,
        label=candidate.label,
        type=candidate.type,
        method=method,
        confidence=confidence,
        xrefs=xrefs,
        name_kind=name_kind,
    )


prefilter_patterns(globals())  # the same matches, scanned faster (see kg.regex_prefilter)
