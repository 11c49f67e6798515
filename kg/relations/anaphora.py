"""A definite noun phrase in a sentence that names no drug refers back to the drug the text is about: "the
monoclonal antibody", "this kinase inhibitor" (a singular class naming one agent) and "the drug" in mid-sentence
are read as mentions of that drug (kept by :mod:`kg.relations.context`).
"""

from __future__ import annotations

import re

from kg.model import Mention
from kg.regex_prefilter import prefilter_patterns
from kg.relations import cues
from kg.relations.sentence import Sentence

__all__ = ["definite_class_as_drug", "definite_drug_noun"]

_DEFINITE = re.compile(r"\b(?:the|this|that)\s+$", re.I)
_AGENT_HEAD = re.compile(
    r"(?:antibody|inhibitor|agent|blocker|analog|analogue|antagonist|agonist|conjugate|drug|medicine)$", re.I
)


def definite_class_as_drug(sentence: Sentence, drug: Mention | None) -> None:
    """In a sentence that names no drug, "the monoclonal antibody" or "this kinase inhibitor" (a definite,
    singular class naming one agent) refers back to the drug the text is about: the mention is read as that
    drug. Therapy categories ("the chemotherapy") and plurals are left as classes.

    >>> from kg.relations.sentence import _example
    >>> sentence, drug, disease = _example()
    >>> definite_class_as_drug(sentence, drug)
    >>> [m.type for m in sentence.mentions]
    ['drug', 'disease']
    """
    if drug is None or sentence.of("drug"):
        return
    text = sentence.document.text
    for index, mention in enumerate(sentence.mentions):
        if mention.type != "drug_class" or not _AGENT_HEAD.search(mention.text):
            continue
        if not _DEFINITE.search(text[max(0, mention.start - 6) : mention.start]):
            continue
        sentence.class_anaphor = mention
        mentions = list(sentence.mentions)  # a new list: the sentence keeps what it has filtered of the old one
        mentions[index] = Mention(
            mention.doc, mention.start, mention.end, mention.text, drug.id, drug.label, drug.type, "anaphora",
            min(mention.confidence, drug.confidence) * 0.9,
        )
        sentence.mentions = mentions
        return


# "the drug" in mid-sentence, not "the drug X" (a name follows) nor "the drug combination"
_THE_DRUG = re.compile(r"\b(?:the|this)\s+(drug|medicine)\b(?!\s+(?:combination|regimen|class|called|named)\b)", re.I)


def definite_drug_noun(sentence: Sentence, drug: Mention | None) -> None:
    """In a sentence that names no drug, "the drug" after its opening ("The update follows last year's approval
    of the drug for people with X") is the drug the text is about: a mention of it is added there.

    >>> from kg.relations.sentence import _example
    >>> sentence, drug, disease = _example()
    >>> definite_drug_noun(sentence, drug)
    >>> [m.type for m in sentence.mentions]
    ['drug', 'disease']
    """
    if drug is None or sentence.of("drug") or sentence.antecedent is not None or sentence.lead_in:
        return  # (a list item takes its subject from its lead-in)
    found = _THE_DRUG.search(sentence.text)
    if found is None or found.start() == 0:
        return  # "The drug ..." opening a sentence is read as its subject's antecedent
    if cues.NEGATION.search(sentence.text[: found.start()]):
        return  # "The FDA has not approved this drug for X": what is denied of it is not read from here
    start, end = sentence.start + found.start(1), sentence.start + found.end(1)
    if any(m.start < end and start < m.end for m in sentence.mentions):
        return
    mention = Mention(drug.doc, start, end, sentence.document.text[start:end], drug.id, drug.label, drug.type,
                      "anaphora", drug.confidence * 0.9)
    sentence.mentions = sorted([*sentence.mentions, mention], key=lambda m: m.start)


prefilter_patterns(globals())  # the same matches, scanned faster (see kg.regex_prefilter)
