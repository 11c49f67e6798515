"""Compositional mentions that no vocabulary lists whole: endpoints, biomarkers, organizations and
``<target> inhibitor``-style drug classes.

Endpoints and biomarkers get content-derived identifiers (:func:`kg.identifiers.mint`); a compositional
class like "BRAF inhibitor" is a class node whose label names its target. Organizations are capitalised
names ending in a word that marks a company, agency or institution.
"""

from __future__ import annotations

import re

from kg.identifiers import mint
from kg.linking.abbreviations import find_abbreviations
from kg.linking.organizations import organization_spans
from kg.linking.therapy import PROCEDURE
from kg.model import Document, Mention
from kg.regex_prefilter import cues_of, prefilter_patterns
from kg.vocabulary.store import Vocabulary

_ENDPOINT = re.compile(
    r"\b((?:overall|progression[- ‐–]free|disease[- ‐–]free|event[- ‐–]free|relapse[- ‐–]free|"
    r"recurrence[- ‐–]free|metastasis[- ‐–]free|invasive disease[- ‐–]free|failure[- ‐–]free|"
    r"radiographic progression[- ‐–]free|cancer[- ‐–]specific|breast cancer[- ‐–]specific) survival|"
    r"(?:overall |objective |complete |partial |pathologic(?:al)? complete |major molecular )?response rates?|"
    r"duration of (?:tumor )?response|quality of life|time to (?:the )?(?:first )?(?:disease progression|progression|"
    r"treatment failure|recurrence|next treatment|deterioration|worsening of performance status|"
    r"initiation of chemotherapy|skeletal[- ]related event)|complete remission|"
    r"disease control(?: rates?)?|pathologic(?:al)? complete response)\b",
    re.IGNORECASE,
)

_BIOMARKER = re.compile(
    # ("estrogen receptor (ER) positive": the receptor's abbreviation may stand between it and its value)
    r"\b((?:(?i:hormone[- ‐–]receptor|estrogen[- ‐–]receptor|progesterone[- ‐–]receptor)(?:\s\((?:HR|ER|PR)\))?|"
    r"HR|ER|PR|HER2|PD[- ‐–]L1|"
    r"[A-Z][A-Z0-9]{1,6})(?:[- ‐–](?:positive|negative|mutated)|\s(?:status|mutations?|expression|"
    r"rearrangements?|amplification|fusions?|overexpression)|[+−-](?=[\s,.);])))",
)
_BIOMARKER_BASE = {
    "hr": "hormone receptor",
    "hormone receptor": "hormone receptor",
    "er": "estrogen receptor",
    "estrogen receptor": "estrogen receptor",
    "pr": "progesterone receptor",
    "progesterone receptor": "progesterone receptor",
}

# Named trials: an acronym (two capitals or a digit in it) right before "trial"/"study", or after
# "trial, called".
_TRIAL_BEFORE_WORD = re.compile(
    r"\b((?!(?:[IVX]+|NCI|FDA|NIH)\b)[A-Z][A-Za-z]*[A-Z][A-Za-z]*(?:[ .-]?\d{1,4}(?:-\d{1,4})?[A-Z]?)?|"
    r"[A-Z]{2,}[ -]?\d{2,4})"
    r"\s+(?:phase\s+[IV0-9]+\s+)?(?:clinical\s+)?(?:trials?|study)\b"
)
_TRIAL_CALLED = re.compile(
    r"\b(?:trials?|study),?\s+(?:called|named|known as|dubbed)\s+"
    r"([A-Z][A-Za-z0-9]*(?:[ -][A-Z0-9][A-Za-z0-9]*){0,2})"
)

_NOT_A_TRIAL = re.compile(
    rf"{PROCEDURE.pattern}|\b(?:organi[sz]ations?|institutes?|societ(?:y|ies)|associations?|foundations?|"
    r"networks?|alliances?|centers?|centres?|universit(?:y|ies))\b",
    re.I,
)

# "ChemoRadiotherapy for Oesophageal cancer followed by Surgery Study (CROSS)": a long form ending in "Study" or
# "Trial" is a study's own name, whatever procedure it names
_NAMES_A_STUDY = re.compile(r"\b(?:[Ss]tudy|[Tt]rial)$")

_CLASS = re.compile(
    r"\b(anti[- ‐–]?)?([A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*(?:[/-][A-Z0-9]+)?)"
    r"((?:[- ‐–]target(?:ed|ing))? (?:tyrosine kinase )?(?:inhibitors?|antagonists?|agonists?|blockers?|"
    r"(?:monoclonal )?antibod(?:y|ies)|therapy|drugs?))\b"
)


# A code-named compound introduced by the kind of thing it is: "the chemotherapy drug DM1", "the cytotoxic
# agent SN-38", "a payload called MMAE". The name must look like a code (capitals, optionally with digits) so
# ordinary words after "drug" are never taken for drugs.
_CODE_NAMED_DRUG = re.compile(
    r"\b(?:drugs?|agents?|compounds?|payloads?|toxins?)\s+(?:(?:called|named|known as)\s+([A-Z]{3,6})|"
    r"((?=[A-Z0-9-]*\d)[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*))(?![\w-])"
)


def _label(text: str) -> str:
    words = [w if sum(c.isupper() for c in w) > 1 else w.lower() for w in text.split()]
    label = " ".join(words)
    label = re.sub(r"(inhibitor|antagonist|agonist|blocker|mutation|fusion|rearrangement|rate|drug)s\b", r"\1",
                   label)
    return re.sub(r"antibodies\b", "antibody", label)


def _names_a_disease(name: str, vocabulary: Vocabulary) -> bool:
    """A disease is known by this name, and nothing else is by its label, brand or code ("ALL" is a synonym of
    the BCR gene, but "EGFR" is a gene's label).

    >>> from kg.vocabulary import default_vocabulary
    >>> _names_a_disease("ALL", default_vocabulary()), _names_a_disease("EGFR", default_vocabulary())
    (True, False)
    """
    found = [(kind, vocabulary.get(term_id)) for kind, term_id in vocabulary.matches(name)]
    return any(t is not None and t.type == "disease" for _, t in found) and not any(
        kind != "synonym" and t is not None and t.type != "disease" for kind, t in found)


def pattern_mentions(document: Document, vocabulary: Vocabulary) -> list[Mention]:
    """Endpoint, biomarker, organization and compositional class mentions of a document.

    >>> from kg.documents import parse_document
    >>> from kg.vocabulary import default_vocabulary
    >>> doc = parse_document("Median overall survival was longer with a BRAF inhibitor.", "x.md")
    >>> [(m.text, m.type) for m in pattern_mentions(doc, default_vocabulary())]
    [('overall survival', 'endpoint'), ('BRAF inhibitor', 'drug_class')]
    """
    text = document.text
    mentions: list[Mention] = []

    def add(start: int, end: int, entity_type: str, label: str, confidence: float) -> None:
        """A mention of the vocabulary's entity of this type and name when there is one, else a minted one."""
        known = [t for t in vocabulary.lookup(label) if t.type == entity_type] if entity_type != "organization" else []
        entity_id, entity_label = (known[0].id, known[0].label) if known else (mint(entity_type, label), label)
        mentions.append(
            Mention(document.id, start, end, text[start:end], entity_id, entity_label, entity_type, "pattern",
                    confidence)
        )

    for match in _ENDPOINT.finditer(text):
        label = re.sub(r"[- ‐–]+", "-", match.group(1).lower()).replace("-survival", " survival")
        label = re.sub(r"(?<=[a-z])-(?=[a-z]{4,} )", " ", label) if "free" not in label else label
        add(match.start(1), match.end(1), "endpoint", _label(label.replace("-", " ") if "free" not in label
                                                              else label), 0.85)
    for match in _BIOMARKER.finditer(text):
        raw = match.group(1)
        base = re.sub(
            r"(?:[- ‐–](?:positive|negative|mutated)|\s(?:status|mutations?|expression|rearrangements?|amplification|"
            r"fusions?|overexpression)|[+−-])$", "", raw.strip())
        words = raw.lower().replace("‐", "-").replace("–", "-")
        for long_name, canonical in _BIOMARKER_BASE.items():
            if words.startswith(long_name.replace(" ", "-")) or words.startswith(long_name):
                base = canonical
                break
        if vocabulary.lookup(base) == [] and base.upper() == base and len(base) < 2:
            continue
        kind = "status" if re.search(r"positive|negative|[+−-]$", raw) else raw.split()[-1].lower()
        kind = {"mutations": "mutation", "rearrangements": "rearrangement", "fusions": "fusion",
                "overexpression": "expression", "amplification": "amplification"}.get(kind, kind)
        if kind.endswith("mutated"):
            kind = "mutation"
        add(match.start(1), match.end(1), "biomarker", f"{base} {kind}", 0.75)
    for start, end, confidence in organization_spans(text):
        add(start, end, "organization", text[start:end], confidence)
    defined: set[str] | None = None
    for pattern in (_TRIAL_BEFORE_WORD, _TRIAL_CALLED):
        for match in cues_of(pattern).finditer(text):
            name = match.group(1)
            if len(name.replace(" ", "").replace("-", "")) < 4 or name.isdigit():
                continue
            if defined is None:
                defined = {a.short for a in find_abbreviations(text)
                           if _NOT_A_TRIAL.search(text[a.long_start : a.long_end])
                           and not _NAMES_A_STUDY.search(text[a.long_start : a.long_end])}
            if name in defined:
                # "hematopoietic stem cell transplant (HSCT)": an "HSCT trial" is a trial of the procedure; "European
                # Organisation for Research and Treatment of Cancer (EORTC)": an "EORTC trial" is the group's
                continue
            known = [t for t in vocabulary.lookup(name) if t.type == "trial"]
            if known:
                mentions.append(Mention(document.id, match.start(1), match.end(1), name, known[0].id,
                                        known[0].label, "trial", "pattern", 0.8 if len(known) == 1 else 0.6))
            else:
                add(match.start(1), match.end(1), "trial", name, 0.75)
    for match in cues_of(_CODE_NAMED_DRUG).finditer(text):
        group = 1 if match.group(1) else 2
        name = match.group(group)
        if not any(t.type in ("organization", "trial") for t in vocabulary.lookup(name)):
            known = [t for t in vocabulary.lookup(name) if t.type == "drug"]
            if known:
                add(match.start(group), match.end(group), "drug", known[0].label, 0.7)
            else:
                add(match.start(group), match.end(group), "drug", name, 0.7)
    for match in _CLASS.finditer(text):
        target = match.group(2)
        known = vocabulary.lookup(target)
        if not known and not target.isupper():
            continue
        if known and not match.group(1) and _names_a_disease(target, vocabulary):
            continue  # "AML therapy", "ALL therapy": the treatment of a disease, not a class of drugs
        start = match.start(1) if match.group(1) else match.start(2)
        add(start, match.end(3), "drug_class", _label(text[start : match.end(3)]), 0.8)
    return mentions


prefilter_patterns(globals())  # the same matches, scanned faster (see kg.regex_prefilter)
