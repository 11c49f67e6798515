"""Which dictionary readings a name can have where it is written: generic words that name nothing, disease
names that must look like diseases, gene symbols that need a gene-like context, trial names that need capitals.
:mod:`kg.linking.resolve` chooses among the readings these checks allow.
"""

from __future__ import annotations

import re

from kg.linking.matcher import Entry, name_key, written_as_symbol

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


_ENGLISH_INFLECTION = re.compile(r"(ing|ed|ly)$")
_ENGLISH_NOUN = re.compile(r"(?:tion|sion|ment|ness|ity|ance|ence|ship)$")  # drug names are not built so
# a study's title before the acronym in brackets: "The Study of Tamoxifen and Raloxifene (STAR)"
_STUDY_TITLE_BEFORE = re.compile(r"\b(?:Study|Trial)\s+(?:of|to|on)\s+[^()\n]{3,100}\(\s*$")
TRIAL_AFTER = re.compile(r"[-\s]*(?:\d+\s+)?(?:clinical\s+)?(?:trials?|study|studies)\b", re.I)
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
    if (key in GENERIC_KEYS and not (entity_type == "target" and written_as_symbol(surface))) or key.isdigit() or (
            len(key) < 2):
        return False  # (a gene symbol that is also a word, "MET", may be read where it is written as a symbol)
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


def gene_symbol(entry: Entry) -> bool:
    """Whether an entry is a gene or protein symbol (a target's name with no lower-case letter: "MET", "KIT"),
    which :func:`entry_allowed` reads only where it is written as one (:func:`written_as_symbol`).

    >>> gene_symbol(Entry("HGNC:7029", "MET", "label", "target")), gene_symbol(Entry("HGNC:1", "aromatase", "label",
    ...                                                                                "target"))
    (True, False)
    """
    return entry.type == "target" and not any(c.islower() for c in entry.name)


def hyphen_joined(text: str, start: int, end: int) -> bool:
    """Whether a span is joined by a hyphen to a word before or after it ("PD" in "PD-L1").

    >>> hyphen_joined("PD-L1", 0, 2), hyphen_joined("PD is", 0, 2)
    (True, False)
    """
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


# after a one-word event name, the particle of a phrasal verb or the measure a change is in
_PARTICLE_AFTER = re.compile(r"\s+(?:out|asleep|sleep|apart|behind|in\s+(?:the\s+|your\s+)?(?:[\w-]+\s+)?"
                             r"(?:levels?|counts?|numbers?|rates?|values?))\b", re.IGNORECASE)
_GENERIC_HARM = frozenset("injury injuries trauma wound wounds damage".split())  # harm to something named after


def generic_name(entry: Entry) -> bool:
    """Whether an entry's name is a generic word (:data:`GENERIC_KEYS`), which :func:`entry_allowed` never reads
    as a name, wherever and however it is written: any but a gene symbol ("MET"), read where written as one.

    >>> generic_name(Entry("MONDO:1", "Cancer", "synonym", "disease")), generic_name(Entry("MONDO:2", "melanoma",
    ...                                                                                       "label", "disease"))
    (True, False)
    """
    return name_key(entry.name) in GENERIC_KEYS and not gene_symbol(entry)  # "MET" is read where written so


def context_marks(text: str, start: int, end: int) -> tuple[bool, bool, bool, bool, bool]:
    """What :func:`entry_allowed` reads around a name other than gene words: a hyphen to a neighbour, "-like"
    after it, a trial word after it, a phrasal particle or a measure after a one-word lower-case name, a study's
    title before an upper-case one. A choice remembered per name must also be keyed on these (else what a page
    links would depend on the page read before it).

    >>> context_marks("hair may fall out", 9, 13), context_marks("a fall at home", 2, 6)
    ((False, False, False, True, False), (False, False, False, False, False))
    >>> context_marks("The Study of A and B (STAR)", 22, 26)[4]
    True
    """
    surface = text[start:end]
    one_lower_word = " " not in surface and surface.islower()
    return (hyphen_joined(text, start, end), text.startswith("-like", end), TRIAL_AFTER.match(text, end) is not None,
            one_lower_word and _PARTICLE_AFTER.match(text, end) is not None,
            surface.isupper() and _STUDY_TITLE_BEFORE.search(text, max(0, start - 120), start) is not None)


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
    if len(key) <= 3 and entry.type != "target" and hyphen_joined(text, start, end):
        return False  # "PD" in "PD-L1" is not Parkinson disease
    if (len(key) <= 3 or is_acronym) and surface not in (entry.name, entry.name + "s") and not prefixed_symbol:
        return False
    one_word_synonym = entry.type in ("drug", "drug_class") and entry.kind == "synonym" and " " not in key
    if one_word_synonym and (_ENGLISH_INFLECTION.search(key) or (len(key) <= 5 and surface.islower())
                             or (surface.islower() and _ENGLISH_NOUN.search(key))):
        return False  # "fraction" (a synonym of chlorpromazine in ChEMBL) is a word
    if entry.type in ("disease", "adverse_event") and surface.isupper() and (
            TRIAL_AFTER.match(text, end) or _STUDY_TITLE_BEFORE.search(text, max(0, start - 120), start)):
        return False  # "the STAR trial", "the Study of A and B (STAR)": a trial's acronym, not the syndrome
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
    if entry.type == "target" and not gene_symbol(entry):
        # a protein name ("aromatase", "Bruton tyrosine kinase"), not a symbol: no case rules, but not short, unless
        # gene words say it names a protein ("a protein called menin"; one word: "c-Kit" is no protein name)
        return len(key) >= 6 or (len(key) == 5 and key.isalpha() and _has_gene_context(text, start, end))
    if entry.type == "target":
        if not written_as_symbol(surface):
            return False
        if entry.kind != "label" and len(key) <= 3:
            return False
        if len(key) <= 4 and not _has_gene_context(text, start, end):
            return False
        if len(key) <= 3 and not _STRONG_GENE_CONTEXT.search(text[end : end + 25]) and not _CALLED_PROTEIN.search(
                text[max(0, start - 40) : start]):
            return False
    if entry.type == "adverse_event" and " " not in key and surface.islower() and _PARTICLE_AFTER.match(text, end):
        return False  # "hair may fall out", "hard to fall asleep", "a fall in PSA levels": a verb or a change
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
