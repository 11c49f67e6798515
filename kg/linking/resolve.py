"""Choosing the entity a name stands for: case, context and type rules for ambiguous names.

A wrong edge in a medical graph is worse than a missing one, so short names, gene symbols that are
ordinary words and generic words need evidence (exact case, a gene-like context) or are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.linking.matcher import Entry, Hit, name_key
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

# Function words and generic clinical words that vocabularies list as names but that name nothing specific
# in running text (a gene alias "CAT", a disease synonym "cancer", a drug synonym "water").
GENERIC_KEYS = frozenset(
    """a an the and or of in on at to for with by as is be it its all any can may other set cat met was
    not has had were are via per well same both each most more time cell cells care rest was who how
    why what cancer cancers tumor tumors tumour tumours neoplasm neoplasms disease diseases
    malignancy malignancies carcinoma lesion lesions syndrome disorder disorders condition
    metastasis metastases growth mass drug drugs agent agents medicine medicines treatment
    treatments therapy therapies chemical compound water oxygen salt sugar air light heat cold blood alcohol
    bone skin fat protein proteins gene genes enzyme enzymes receptor receptors hormone hormones
    antibody antibodies vaccine vaccines placebo radiation surgery
    stage grade type types high low normal positive negative early late advanced primary secondary
    local regional distant recurrent chronic acute mild severe signal signaling pathway pathways
    kinase kinases factor factors family center study trial trials patient patients people women men
    children adult adults child man woman day days week weeks month months year years dose doses
    tablet tablets injection injections""".split()
) | frozenset(("disease progression", "side effect", "side effects", "medical condition", "combination therapy",
              "combined therapy", "combined treatment", "combination treatment", "toxicity", "toxicities",
              "adverse event", "adverse events", "adverse effect", "adverse effects"))

# Generic words that name no disease by themselves, with or without qualifiers.
_GENERIC_DISEASE = GENERIC_KEYS - frozenset("skin bone blood fat cell cells".split())

# Stage and course words: "metastatic cancer" is breast cancer's qualifier plus a generic head, not a disease.
QUALIFIERS = frozenset(
    """metastatic advanced early late recurrent relapsed refractory untreated previously newly
    diagnosed invasive localized locally stage i ii iii iv high low risk grade malignant benign
    other rare common childhood adult""".split()
)
_DISEASE_WORD = re.compile(
    r"(oma|omas|emia|aemia|itis|osis|oses|pathy|plasia|trophy|ism|algia|cele|penia|cytosis|uria|"
    r"ectasia|sclerosis|cancer|cancers|leukemia|lymphoma|syndrome|disease|tumou?rs?)$"
)

_DISEASE_HEADS = frozenset(
    """degeneration deficiency failure infection injury ulcer ulcers diabetes fracture stroke hernia obesity
    anemia anaemia mellitus neoplasm neoplasms malignancy carcinoma cancer tumor tumour disorder insufficiency
    wart warts""".split()
)

_GENE_CONTEXT = re.compile(
    r"\b(genes?|proteins?|receptors?|mutations?|mutated|mutant|kinases?|inhibitors?|expression|expressing|"
    r"amplification|amplified|fusions?|rearrangements?|positive|negative|overexpress\w*|variants?|"
    r"pathway|signaling|blocks?|blocking|targets?|targeting|antibod(?:y|ies)|inhibit(?:s|ed|ing)?|binds?|"
    r"binding|bound|attach(?:es|ed|ing)?)\b",
    re.IGNORECASE,
)


_GRADING = re.compile(r"\bgrad(?:e|ing)\b|\bstage\b", re.I)
_ENGLISH_INFLECTION = re.compile(r"(ing|ed|ly)$")
_ENGLISH_NOUN = re.compile(r"(?:tion|sion|ment|ness|ity|ance|ence|ship)$")  # drug names are not built so
_TRIAL_AFTER = re.compile(r"[-\s]*(?:\d+\s+)?(?:clinical\s+)?(?:trials?|study|studies)\b", re.I)
# One-word class names that name kinds of drugs ("anthracycline", "immunosuppressant", "chemotherapy"), as
# opposed to substances also listed as classes ("estrogen", "progesterone").
_CLASS_WORD = re.compile(
    r"(therapy|therapies|ants?|ines?|anes?|oids?|ides?|ators?|itors?|ists?|ics?|ins?s|ites?|onates?)$"
)

_STRONG_GENE_CONTEXT = re.compile(
    r"^\W{0,3}(genes?|proteins?|mutations?|mutated|kinases?|inhibitors?|expression|amplification|fusions?|"
    r"rearrangements?|variants?|pathway|signaling)\b",
    re.IGNORECASE,
)

# "a protein called CD3", "an enzyme called MEK": the words before a short symbol say it names a protein
_CALLED_PROTEIN = re.compile(r"\b(?:proteins?|enzymes?|receptors?|kinases?)\s+(?:called|named)\s+$", re.IGNORECASE)


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


def _has_gene_context(text: str, start: int, end: int) -> bool:
    window = text[max(0, start - 30) : start] + " " + text[end : end + 30]
    return bool(_GENE_CONTEXT.search(window))


def disease_worded(text: str) -> bool:
    """Whether a name has a word that names a disease ("Ewing sarcoma", "CNS tumors", "ALL"), not only an organ
    or a place ("central nervous system", "lung"): what a link to a cancer-type page may stand for.

    >>> disease_worded("Ewing sarcoma"), disease_worded("central nervous system"), disease_worded("AML")
    (True, False, True)
    """
    words = name_key(text).split()
    return text.strip().isupper() or any(_DISEASE_WORD.search(w) or w in _DISEASE_HEADS for w in words)


def plausible_name(entity_type: str, key: str, surface: str) -> bool:
    """Whether a folded name can stand for an entity of this type at all, whatever the context.

    Single ordinary words listed as disease synonyms ("rare", "lung", "bind") and stage qualifiers with a
    generic head ("metastatic cancer") are not disease mentions.

    >>> plausible_name("disease", "rare", "rare"), plausible_name("disease", "melanoma", "melanoma")
    (False, True)
    >>> plausible_name("disease", "metastatic cancer", "metastatic cancer")
    False
    """
    if key in GENERIC_KEYS or key.isdigit() or len(key) < 2:
        return False
    words = key.split()
    if entity_type in ("disease", "adverse_event") and all(w in _GENERIC_DISEASE or w in QUALIFIERS for w in words):
        return False  # "metastatic cancer"; but an organ word makes a disease ("skin cancer", "bone cancer")
    acronym = surface.isupper() or (surface.endswith("s") and len(surface) > 2 and surface[:-1].isupper())  # "SERMs"
    if entity_type == "drug_class" and len(words) == 1 and not acronym and not _CLASS_WORD.search(key):
        return False
    if entity_type in ("disease", "adverse_event") and len(words) == 1 and not acronym:
        return bool(_DISEASE_WORD.search(key)) or entity_type == "adverse_event"
    return True


_NOT_A_TRIAL_NAME = re.compile(
    r"^(?:an?|the|this|these|that|ongoing|recent|phase)\b|\bclinical trials?\b|\b(?:is|are|was|were)\b", re.I
)
_ODD_CASE_WORD = re.compile(r"[A-Za-z][a-z]+[A-Z][A-Za-z]*")  # one word with a capital inside: "ProtecT"


def _hyphen_joined(text: str, start: int, end: int) -> bool:
    """Whether a span is joined by a hyphen to a word before or after it ("PD" in "PD-L1")."""
    return (start > 1 and text[start - 1] in "-‐" and text[start - 2].isalnum()) or (
        end + 1 < len(text) and text[end] in "-‐" and text[end + 1].isalnum())


# adjective endings: single-word MONDO labels such as "inherited", "congenital", "rare" qualify, they name nothing
_ADJECTIVE = re.compile(r"(?:ed|al|ic|ous|ive|ary|ate|ete|are|ant|ent|ile|ible|able|ing)$")


def _one_word_disease_label(entry: Entry, key: str, surface: str) -> bool:
    """A disease's own one-word label that is a noun ("pneumonia", "lymphedema", "insomnia"), not a qualifier.

    >>> _one_word_disease_label(Entry("MONDO:1", "pneumonia", "label", "disease"), "pneumonia", "pneumonia")
    True
    >>> _one_word_disease_label(Entry("MONDO:2", "inherited", "label", "disease"), "inherited", "inherited")
    False
    """
    return (entry.type == "disease" and entry.kind == "label" and " " not in key and len(key) >= 5
            and key not in GENERIC_KEYS and key not in _GENERIC_HARM and not surface.isupper()
            and not _ADJECTIVE.search(key))


_GENERIC_HARM = frozenset("injury injuries trauma wound wounds damage".split())  # harm to something named after


def entry_allowed(entry: Entry, surface: str, text: str, start: int, end: int) -> bool:
    """Whether the text span may be read as this vocabulary entry.

    >>> e = Entry("HGNC:1234", "SET", "label", "target")
    >>> entry_allowed(e, "set", "a set of genes", 2, 5)
    False
    """
    key = name_key(entry.name)
    if not plausible_name(entry.type, key, surface) and not _one_word_disease_label(entry, key, surface):
        return False
    compact = surface.replace(" ", "")
    is_acronym = len(compact) <= 5 and sum(c.isupper() for c in compact) >= 2
    prefixed_symbol = entry.type == "target" and surface.upper() == entry.name.upper() and sum(
        c.islower() for c in surface) <= 1  # "mTOR", "cKIT" for MTOR, KIT
    if len(key) <= 3 and entry.type != "target" and _hyphen_joined(text, start, end):
        return False  # "PD" in "PD-L1" is not Parkinson disease
    if (len(key) <= 3 or is_acronym) and surface not in (entry.name, entry.name + "s") and not prefixed_symbol:
        return False
    one_word_synonym = entry.type in ("drug", "drug_class") and entry.kind == "synonym" and " " not in key
    if one_word_synonym and (_ENGLISH_INFLECTION.search(key) or (len(key) <= 5 and surface.islower())
                             or (surface.islower() and _ENGLISH_NOUN.search(key))):
        return False  # "fraction" (a synonym of chlorpromazine in ChEMBL) is a word
    if entry.type in ("disease", "adverse_event") and surface.isupper() and _TRIAL_AFTER.match(text, end):
        return False  # "the STAR trial": a trial's acronym, not the syndrome spelled the same
    if entry.kind == "brand" and surface.islower() and not entry.name.islower():
        return False  # brands are proper names: "artist", "choice", "today" in running text are words
    if entry.kind == "brand" and name_key(surface) != key:
        return False  # a brand takes no plural ending: "Choices" is not the brand Choice
    if entry.type == "trial" and entry.name.isupper() and len(key) > 3 and not surface.isupper():
        return False
    if entry.type == "trial" and (_NOT_A_TRIAL_NAME.search(entry.name) or entry.name.islower()):
        return False  # anchor texts of trial links that are phrases, not names: "A randomized trial"
    if entry.type == "trial" and _ODD_CASE_WORD.fullmatch(entry.name) and surface not in (
            entry.name, entry.name.upper()):
        return False  # "ProtecT" is a trial, "Protect" at the start of a sentence a word
    if entry.name.isupper() and len(key) > 3 and surface.islower():
        return False
    if entry.type == "target" and any(c.islower() for c in entry.name):
        # a protein name ("aromatase", "Bruton tyrosine kinase"), not a symbol: no case rules, but not short
        return len(key) >= 6
    if entry.type == "target":
        if sum(c.isupper() or c.isdigit() for c in surface) < 2:
            return False
        if entry.kind != "label" and len(key) <= 3:
            return False
        if len(key) <= 4 and not _has_gene_context(text, start, end):
            return False
        if len(key) <= 3 and not _STRONG_GENE_CONTEXT.search(text[end : end + 25]) and not _CALLED_PROTEIN.search(
                text[max(0, start - 40) : start]):
            return False
    if entry.type in ("disease", "adverse_event") and text.startswith("-like", end):
        return False  # "influenza-like illness", "flu-like symptoms": like the disease, not the disease
    if entry.type in ("disease", "adverse_event") and len(key.replace(" ", "")) <= 3:
        return False  # "AD", "MM", "FH": two- and three-letter disease acronyms need the document's definition
    if entry.type == "disease" and entry.kind == "synonym" and " " in key and not surface.isupper() and not any(
            _DISEASE_WORD.search(word) or word in _DISEASE_HEADS for word in key.split()):
        return False  # MONDO synonyms that are organ names ("small intestine") or bare qualifiers
    if entry.type == "drug" and len(key) < 4 and entry.kind not in ("brand", "code"):
        return False
    return not (entry.type == "trial" and surface.islower())


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

    allowed.sort(
        key=lambda e: (
            priority(e),
            0 if e.kind == "label" else 1,
            0 if e.name == surface else 1,
            e.term_id,
        )
    )
    best = allowed[0]
    term = vocabulary.get(best.term_id)
    if term is None or (term.type == "disease" and _GRADING.search(term.label)):
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
        self._choices: dict[tuple[str, str, bool, bool, bool], tuple[Candidate, float] | None] = {}
        self._reads_context: dict[str, bool] = {}

    def choose(self, hit: Hit, document: Document) -> tuple[Candidate, float] | None:
        """What :func:`choose_entry` answers for this hit (the hits of one matcher only: a key is taken to
        stand for the same entries every time)."""
        text = document.text
        reads_context = self._reads_context.get(hit.key)
        if reads_context is None:
            reads_context = any(e.type == "target" and len(name_key(e.name)) <= 4 for e in hit.entries)
            self._reads_context[hit.key] = reads_context
        if reads_context:
            return choose_entry(hit, text, document, self.vocabulary)
        # everything choose_entry reads besides the entries: the words, a hyphen to a neighbour, "-like" after them
        # and a trial word after them (so the choice is the same whichever page was read first)
        memo = (hit.key, text[hit.start : hit.end], _hyphen_joined(text, hit.start, hit.end),
                text.startswith("-like", hit.end), _TRIAL_AFTER.match(text, hit.end) is not None)
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
    xrefs = tuple(sorted(set(candidate.xrefs) | set(candidate.term.xrefs if candidate.term else ())))
    surface = name_key(document.text[start:end].rstrip("®™"))
    name_kind = ""
    if candidate.term is not None:
        if any(name_key(b) == surface for b in candidate.term.brands):
            name_kind = "brand"
        elif any(name_key(c) == surface for c in candidate.term.codes):
            name_kind = "code"
        elif name_key(candidate.term.label) == surface:
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
