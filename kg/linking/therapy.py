"""Therapy normalisation: procedures are not drugs, and setting words do not make a new class.

- Radiation therapy, surgery, transplants, ablation, laser and photodynamic procedures are neither drugs nor
  drug classes: their mentions are dropped (the gold and the graph have no procedure nodes).
- Route, setting, line and intent qualifiers ("systemic", "adjuvant", "second-line", "high-dose",
  "combination") do not make a new class: "combination chemotherapy" is a mention of chemotherapy, and
  "adjuvant therapy" or "second-line treatment" alone names no class at all.
- "<kind> drugs/agents" is the class "<kind> therapy" when the vocabulary knows it ("targeted drugs").
- An element named inside a therapy name ("radioactive iodine") is not the element.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from kg.identifiers import mint
from kg.linking.resolve import Candidate, resolve_name
from kg.model import Document, Mention
from kg.regex_prefilter import prefilter_patterns
from kg.sentences import document_sentences
from kg.vocabulary.sources.pharmoncox import names_a_combination
from kg.vocabulary.store import Vocabulary

PROCEDURE = re.compile(
    r"\b(radiation|radiotherap\w*|irradiation|radiosurgery|brachytherapy|surger(?:y|ies)|surgical|resections?|"
    r"\w+ectom(?:y|ies)|transplant\w*|ablation|laser|photodynamic|cryo\w+|proton(?![- ]pump)|chemoradi\w*|"
    r"external[- ]beam|stem cell rescue|dissections?|excisions?|amputations?|curettage|"
    r"fulguration|electrocautery|cauterization|biops(?:y|ies)|\w+oscop(?:y|ies)|"
    # procedures named like therapies: embolization, radiation machines, light and ultrasound, graft handling
    r"\w*emboli[sz]ation|tomotherapy|x-ray therapy|phototherapy|(?:focused )?ultrasound therapy|pencil beam|"
    r"t[- ]cell depletion|"
    # therapies that are not drugs: mind-body, rehabilitation and supportive care
    r"(?:art|music|play|talk|speech|physical|occupational|behavioral|behavioural|family|group) therapy|"
    r"psychotherap\w*|counsel+ing|acupuncture|massage|meditation|yoga|hypnosis|relaxation)\b",
    re.IGNORECASE,
)
QUALIFIERS = frozenset(
    """adjuvant neoadjuvant first-line second-line third-line later-line frontline front-line maintenance
    systemic regional local standard palliative salvage consolidation induction investigational intrathecal
    intravenous oral topical high-dose low-dose dose-dense combination combined intensive other additional
    conventional traditional initial subsequent prior previous further current new novel experimental
    single-agent multidrug multi-drug postoperative preoperative perioperative high low dose
    modality multimodal multimodality multi-modality combined-modality""".split()
)
GENERIC_HEADS = frozenset(
    "therapy therapies treatment treatments drug drugs agent agents medicine medicines dose doses".split())
_KIND_HEADS = re.compile(r"\s+(drugs?|agents?|medicines?|treatments?|therapies)$", re.IGNORECASE)
# What a drug acts on is not a drug given: "blocks testosterone", "lowers the amount of estrogen". ("Effects of",
# "stops" and "reduces" are left out: "side effects of <drug>", "stopping <drug>" name a drug given.)
_ACTED_ON = re.compile(
    r"\b(?:block(?:s|ing)?|lower(?:s|ing)?|(?:levels?|amounts?|production) of|"
    r"mak(?:e|es|ing)|produc(?:e|es|ing))\s+(?:the\s+)?(?:body's\s+)?$",
    re.IGNORECASE,
)
# "lower testosterone levels": what follows the substance says it is the body's own amount that is lowered
_LEVELS_AFTER = re.compile(r"\s+levels?\b", re.IGNORECASE)
# Agents given to see, not to treat: "a fluorescent dye", "a radioactive tracer", "contrast agent".
DIAGNOSTIC = re.compile(r"\b(?:dyes?|tracers?|radiotracers?|contrast(?: agents?| dyes?| materials?| media)?)\b",
                        re.IGNORECASE)
_CITATION = re.compile(r"\b(?:19|20)\d\d\s*;\s*\d+|\bet al\b|\bPMID\b|\bJ Clin\b")
_RADIOACTIVE = re.compile(r"\bradioactive\s+$", re.IGNORECASE)
_RADIOACTIVE_WORD = re.compile(r"radioactive", re.IGNORECASE)


@lru_cache(maxsize=8)
def _says_radioactive(text: str) -> bool:
    """Whether the text says "radioactive" at all (once per document, not once per abbreviation mention)."""
    return _RADIOACTIVE_WORD.search(text) is not None


def _inside_radioactive(mention: Mention, text: str) -> bool:
    """An element named as "radioactive <element>" (or its abbreviation, "radioactive iodine (RAI)") names
    a radiation treatment, not the element."""
    if mention.text.lower().startswith("radioactive "):
        return "radio" not in mention.label.lower()
    if _RADIOACTIVE.search(text[max(0, mention.start - 12) : mention.start]):
        return True
    if mention.method == "abbreviation" and _says_radioactive(text):
        defined = rf"radioactive\s+{re.escape(mention.label)}\s*\(\s*{re.escape(mention.text)}\s*\)"
        return re.search(defined, text, re.IGNORECASE) is not None
    return False


def _line(text: str, mention: Mention) -> str:
    start = text.rfind("\n", 0, mention.start) + 1
    end = text.find("\n", mention.end)
    return text[start : end if end != -1 else len(text)]


def _words(text: str) -> list[str]:
    return re.sub(r"[‐–]", "-", text.lower()).split()


_PROPERTY_AFTER = re.compile(r"^[-‐–](?:sensitive|resistant|refractory|avid|naive|naïve)\b", re.I)
# "carbon dioxide (CO2) laser", "argon laser": the medium names the laser, a procedure, not a drug given
_LASER_AFTER = re.compile(r"^[ \t]*(?:\([^()\n]{1,12}\)[ \t]*)?(?:laser|plasma coagulation)\b", re.I)
_MADE_FORM = re.compile(r"recombinant|\b(?:alfa|alpha|beta)\b|^r[A-Z]", re.I)
_RADIOTHERAPY = re.compile(r"\bradiotherap\w*|\bradiation therapy\b|\bradiosurgery\b", re.I)


@lru_cache(maxsize=1 << 14)
def _names_radiotherapy(label: str, synonyms: tuple[str, ...]) -> bool:
    """Whether a term's label or a synonym names radiotherapy (remembered: a page names the same drugs again and
    again, and a drug has dozens of synonyms to scan).

    >>> _names_radiotherapy("fractionation", ("fractionation radiotherapy",)), _names_radiotherapy("x", ())
    (True, False)
    """
    return any(_RADIOTHERAPY.search(name) for name in (label, *synonyms))


def normalise_therapy(mention: Mention, text: str, vocabulary: Vocabulary) -> Mention | None:
    """The mention with procedures dropped (None) and setting qualifiers folded into the class they qualify.

    >>> from kg.vocabulary import default_vocabulary
    >>> vocab = default_vocabulary()
    >>> m = Mention("d", 0, 22, "combination chemotherapy", "KG:x", "combination chemotherapy", "drug_class",
    ...             "dictionary", 0.8)
    >>> normalise_therapy(m, "combination chemotherapy", vocab).label
    'chemotherapy'
    >>> r = Mention("d", 0, 17, "radiation therapy", "NCIDICT:44295", "radiation therapy", "drug_class",
    ...             "dictionary", 0.9)
    >>> normalise_therapy(r, "radiation therapy", vocab) is None
    True
    """
    if mention.type == "drug" and _inside_radioactive(mention, text):
        return None
    if mention.type == "drug" and _PROPERTY_AFTER.match(text[mention.end : mention.end + 14]):
        return None  # "iodine-sensitive", "platinum-resistant": a property of the disease, not the drug given
    if mention.type == "drug" and _LASER_AFTER.match(text[mention.end : mention.end + 30]):
        return None
    if mention.type == "drug" and mention.name_kind == "synonym" and mention.text.isalpha():
        family = _family_class(mention.text, vocabulary)
        if family is not None:  # "platinum plus pemetrexed": the family of platinum drugs, not one of them
            return replace(mention, id=family.id, type="drug_class", label=family.label, xrefs=())
    term = vocabulary.get(mention.id) if mention.type == "drug" else None
    if term is not None and _names_radiotherapy(term.label, term.synonyms):
        return None  # "fractions" of "fractionation radiotherapy": a way of giving radiation, not a drug
    if term is not None and term.label.lower().startswith("recombinant ") and mention.name_kind != "brand" and not (
            _MADE_FORM.search(mention.text)):
        return None  # "thyroglobulin", "thyrotropin": the body's own protein; the drug is the recombinant form
    if mention.type not in ("drug_class", "drug"):
        return mention
    if mention.type == "drug" and mention.name_kind != "label" and _CITATION.search(_line(text, mention)):
        return None  # a brand-like word in a reference ("J Clin Oncol") is no drug
    before = text[max(0, mention.start - 40) : mention.start]
    if mention.type == "drug" and _ACTED_ON.search(before) and (
            mention.method != "link" or _LEVELS_AFTER.match(text, mention.end)):
        return None  # ... even a linked one before "levels": "treatments that lower [testosterone] levels"
    if mention.type == "drug_class" and (PROCEDURE.search(mention.text) or PROCEDURE.search(mention.label)):
        return None
    if mention.type == "drug_class" and DIAGNOSTIC.search(mention.text):
        return None
    if mention.type == "drug" and PROCEDURE.search(mention.label) and not PROCEDURE.search(mention.text):
        return mention  # a drug whose label names a procedure word ("radium 223") but the text does not
    if mention.type == "drug" and PROCEDURE.search(mention.text):
        return None
    if mention.type != "drug_class":
        return mention
    words = _words(mention.text)
    kept = [w for w in words if w not in QUALIFIERS]
    if not kept or all(w in GENERIC_HEADS for w in kept):
        return None
    candidates = []
    if len(kept) < len(words):
        candidates.append(" ".join(kept))
    remainder = " ".join(kept)
    known = not mention.id.startswith("KG:") and vocabulary.get(mention.id) is not None
    if _KIND_HEADS.search(remainder) and not (known and len(kept) == len(words)):
        # "targeted drugs" is targeted therapy; but "antiangiogenesis agents", a name of the class angiogenesis
        # inhibitor in the vocabulary, stays that class
        candidates.append(_KIND_HEADS.sub(" therapy", remainder))
    for name in candidates:
        found = resolve_name(vocabulary, name, only=("drug_class",))
        if found is not None:
            return replace(mention, id=found.id, label=found.label, xrefs=())
    return mention


_FAMILY_NAMES = ("{} compounds", "{} agents", "{} drugs", "{}-based chemotherapy")


def _family_class(word: str, vocabulary: Vocabulary) -> Candidate | None:
    """The drug class a one-word drug synonym names a family by ("platinum": platinum compounds), if the
    vocabulary has one; a drug's own name never is one.

    >>> from kg.vocabulary import default_vocabulary
    >>> _family_class("platinum", default_vocabulary()).type
    'drug_class'
    >>> _family_class("everolimus", default_vocabulary()) is None
    True
    """
    for pattern in _FAMILY_NAMES:
        found = resolve_name(vocabulary, pattern.format(word.lower()), only=("drug_class",))
        if found is not None:
            return found
    return None


_KIND_PHRASE = re.compile(r"\b([A-Za-z][a-z-]{3,}) (drugs?|agents?|medicines?)\b", re.IGNORECASE)


def kind_mentions(document: Document, vocabulary: Vocabulary) -> list[Mention]:
    """"<kind> drugs/agents" where "<kind> therapy" is a class the vocabulary knows ("targeted drugs",
    "biologic agents"), as mentions of that class.

    >>> from kg.documents import parse_document
    >>> from kg.vocabulary import default_vocabulary
    >>> doc = parse_document("Targeted Drugs were compared.", "x.md")
    >>> [(m.text, m.label) for m in kind_mentions(doc, default_vocabulary())]
    [('Targeted Drugs', 'targeted therapy')]
    """
    return _class_phrases(document, vocabulary, _KIND_PHRASE, _kind_therapy)


def _kind_therapy(match: re.Match[str]) -> str | None:
    kind = match.group(1).lower()
    return None if kind in QUALIFIERS or kind in GENERIC_HEADS else f"{kind} therapy"


_BASED_KIND = re.compile(r"\b([A-Za-z][a-z]{3,}) (chemotherapy)\b", re.IGNORECASE)


def based_kind_mentions(document: Document, vocabulary: Vocabulary) -> list[Mention]:
    """"<X> chemotherapy" where "<X>-based chemotherapy" is a class the vocabulary knows ("platinum
    chemotherapy"), as a mention of that class: the chemical kind of the chemotherapy, not the drug X.

    >>> from kg.documents import parse_document
    >>> from kg.vocabulary import default_vocabulary
    >>> doc = parse_document("It got worse after platinum chemotherapy.", "x.md")
    >>> [(m.text, m.type) for m in based_kind_mentions(doc, default_vocabulary())]
    [('platinum chemotherapy', 'drug_class')]
    """
    return _class_phrases(document, vocabulary, _BASED_KIND,
                          lambda match: f"{match.group(1).lower()}-based {match.group(2).lower()}")


def _class_phrases(document: Document, vocabulary: Vocabulary, pattern: re.Pattern[str],
                   class_name: Callable[[re.Match[str]], str | None]) -> list[Mention]:
    """Each match of ``pattern`` as a mention of the drug class named ``class_name(match)``, where the vocabulary
    knows that class."""
    mentions: list[Mention] = []
    for match in pattern.finditer(document.text):
        name = class_name(match)
        found = resolve_name(vocabulary, name, only=("drug_class",)) if name is not None else None
        if found is not None:
            mentions.append(Mention(document.id, match.start(), match.end(), match.group(0), found.id, found.label,
                                    "drug_class", "pattern", 0.75))
    return mentions


def normalise_therapies(mentions: list[Mention], text: str, vocabulary: Vocabulary) -> list[Mention]:
    """:func:`normalise_therapy` over a document's mentions.

    >>> from kg.vocabulary import default_vocabulary
    >>> m = Mention("d", 0, 7, "surgery", "X:1", "surgery", "drug_class", "dictionary", 0.8)
    >>> normalise_therapies([m], "surgery", default_vocabulary())
    []
    """
    normalised = (normalise_therapy(m, text, vocabulary) for m in mentions)
    return [_regimen_as_drug(m, vocabulary) for m in normalised if m is not None]


_REGIMEN = re.compile(r"^(.+?)\s+regimen$", re.IGNORECASE)
_MODIFIED = re.compile(r"^modified\s+", re.IGNORECASE)


def _regimen_as_drug(mention: Mention, vocabulary: Vocabulary) -> Mention:
    """"the FOLFOX regimen" names the regimen FOLFOX, which the rulebook counts as a drug, not a class of drugs.

    >>> from kg.vocabulary import default_vocabulary
    >>> m = Mention("d", 0, 14, "FOLFOX regimen", "K:1", "FOLFOX regimen", "drug_class", "dictionary", 0.9)
    >>> _regimen_as_drug(m, default_vocabulary()).type
    'drug'
    """
    named = _REGIMEN.match(mention.label) if mention.type == "drug_class" else None
    if named is None:
        return mention
    drug = resolve_name(vocabulary, named.group(1), only=("drug",))
    if drug is None:
        # "mFOLFOX-6" (the vocabulary's "modified FOLFOX6 regimen"): a variant of an acronym regimen, no page of its
        # own, is still one drug
        if not names_a_combination(_MODIFIED.sub("", mention.label)):
            return mention
        return replace(mention, id=mint("drug", mention.label), type="drug", xrefs=())
    return replace(mention, id=drug.id, type="drug", label=drug.label, synonyms=(), xrefs=(), name_kind="label")


_IMAGING = re.compile(r"\b(?:PET|scans?|scanner|imaging|picture|tracers?)\b", re.IGNORECASE)
_TREATS = re.compile(r"\btreat(?:s|ed|ing|ment)?\b|\btherap(?:y|ies)\b", re.IGNORECASE)


def imaging_agents(mentions: list[Mention], text: str) -> list[Mention]:
    """A substance given for a scan ("radioactive glucose ... a picture of where the glucose is used") is no drug.

    A drug is dropped when every one of its mentions (linked or not: a dictionary link defines the tracer) stands
    in an imaging passage (an imaging word in its sentence or the two before, and no treatment word in a sentence
    that names no scan) and one of those passages says
    "radioactive"; a drug the page also names outside a scan ("radium-223 improves survival") stays.

    >>> t = ("A PET scan uses radioactive glucose. It makes a picture of where the glucose is used. "
    ...      "Cancer cells take up more glucose than normal cells.")
    >>> ms = [Mention("x", m.start(), m.end(), "glucose", "C:1", "glucose", "drug", "dictionary", 0.9)
    ...       for m in re.finditer("glucose", t)]
    >>> imaging_agents(ms, t)
    []
    """
    spans = document_sentences(text)
    starts = [s for s, _ in spans]
    outside: set[str] = set()
    radioactive: set[str] = set()
    for mention in mentions:
        if mention.type != "drug":
            continue
        index = bisect_right(starts, mention.start) - 1
        window = text[spans[max(0, index - 2)][0] : max(spans[index][1], mention.end)] if index >= 0 else ""
        sentence = text[spans[index][0] : spans[index][1]] if index >= 0 else ""
        if not _IMAGING.search(window) or (_TREATS.search(sentence) and not _IMAGING.search(sentence)):
            outside.add(mention.id)
        elif re.search(r"radioactive", window, re.IGNORECASE):
            radioactive.add(mention.id)
    dropped = radioactive - outside
    return [m for m in mentions if not (m.type == "drug" and m.id in dropped)]


prefilter_patterns(globals())  # the same matches, scanned faster (see kg.regex_prefilter)
