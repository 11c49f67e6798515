"""Everyday spellings of disease names that the ontologies leave out.

Ontologies name organs anatomically ("urinary bladder cancer", "malignant neoplasm of the anus") where
patient pages write "bladder cancer" and "anal cancer". These rules rewrite the organ words and the
``malignant <organ> neoplasm`` pattern; they add synonyms, never replace a name.
"""

from __future__ import annotations

import re

# Anatomical organ words → the word patient pages use before "cancer" (cue words, not disease names).
ORGAN_WORDS: dict[str, str] = {
    "urinary bladder": "bladder",
    "anus": "anal",
    "anal canal": "anal",
    "renal pelvis and ureter": "kidney",
    "uterine corpus": "uterine",
    "oral cavity": "oral",
    "gallbladder": "gallbladder",
    "stomach": "stomach",
    "colon": "colon",
    "rectum": "rectal",
    "liver": "liver",
    "pancreas": "pancreatic",
    "kidney": "kidney",
    "thyroid gland": "thyroid",
    "adrenal cortex": "adrenocortical",
    "penis": "penile",
    "vulva": "vulvar",
    "vagina": "vaginal",
    "testis": "testicular",
    "esophagus": "esophageal",
    "small intestine": "small intestine",
    "gastrointestinal tract": "gastrointestinal",
    "gastrointestinal system": "gastrointestinal",
    "skin": "skin",
    "bone": "bone",
    "eye": "eye",
    "larynx": "laryngeal",
    "pharynx": "pharyngeal",
    "hypopharynx": "hypopharyngeal",
    "trachea": "tracheal",
    "bronchus": "bronchial",
    "thymus": "thymic",
    "ureter": "ureteral",
    "urethra": "urethral",
}
_MALIGNANT_NEOPLASM = re.compile(r"^malignant (?:neoplasm|tumou?r) of (?:the )?(.+)$|^malignant (.+) neoplasm$")
_CANCER_HEADS = re.compile(r"^(.+) (cancer|carcinoma)$")


_NON_JOINED = re.compile(r"(^|\s)non([a-z]{4,})")


def disease_variants(name: str) -> list[str]:
    """Everyday spellings of a disease name (empty when there is none).

    >>> disease_variants("urinary bladder cancer")
    ['bladder cancer']
    >>> disease_variants("malignant neoplasm of the anus")
    ['anal cancer']
    >>> disease_variants("breast carcinoma")
    []
    >>> disease_variants("larynx cancer")
    ['laryngeal cancer']
    >>> disease_variants("acute nonlymphocytic leukemia")  # "non" joined or hyphenated, both are written
    ['acute non-lymphocytic leukemia']
    """
    key = " ".join(name.lower().split())
    found: list[str] = []
    joined = _NON_JOINED.sub(r"\1non-\2", key)
    if joined != key:
        found.append(joined)
    neoplasm = _MALIGNANT_NEOPLASM.match(key)
    if neoplasm:
        organ = neoplasm.group(1) or neoplasm.group(2)
        if organ in ORGAN_WORDS:
            found.append(f"{ORGAN_WORDS[organ]} cancer")
    cancer = _CANCER_HEADS.match(key)
    if cancer:
        organ, head = cancer.groups()
        word = ORGAN_WORDS.get(organ)
        if word is not None and word != organ:
            found.append(f"{word} {head}")
    return [v for v in found if v != key]


_QUALIFIED_CARCINOMA = re.compile(r"^((?:[a-z0-9-]+ )+)(" + "|".join(sorted(
    {w for w in ORGAN_WORDS.values()} | {"breast", "prostate", "lung", "ovarian", "cervical", "endometrial",
                                           "head and neck", "nasopharyngeal", "oropharyngeal", "hepatocellular"},
    key=len, reverse=True)) + r") carcinomas?$")


def subtype_cancer_names(name: str) -> list[str]:
    """The everyday "cancer" name of a qualified carcinoma sub-type (the caller adds it only where no other
    disease has that name); a bare organ carcinoma gives none, since "<organ> cancer" is its own concept.

    >>> subtype_cancer_names("castration-resistant prostate carcinoma")
    ['castration-resistant prostate cancer']
    >>> subtype_cancer_names("breast carcinoma")
    []
    """
    key = " ".join(name.lower().split())
    match = _QUALIFIED_CARCINOMA.match(key)
    if match is None or match.group(1).strip() in ("malignant", "primary"):
        return []
    return [f"{match.group(1)}{match.group(2)} cancer"]
