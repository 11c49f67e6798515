"""Membership said by "another" or "other": "Osimertinib is used in adults whose cancer got worse after treatment with
another EGFR tyrosine kinase inhibitor", "- in patients who cannot be treated with other kinase inhibitors" (under
"Ponatinib is approved to treat:"). "Another Y" and "other Ys" speak of the drug the sentence is about as one Y
itself, whatever the sentence says of the others (an earlier treatment, a partner, a comparison)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.model import Mention, Statement
from kg.relations.sentence import Sentence

_OTHER_BEFORE = re.compile(r"\b(?:another|other)\s+$", re.I)
# a drug set against the class, not said to be one: "than those who got other chemotherapy drugs"
_SET_AGAINST = re.compile(r"\b(?:than|compared|versus|vs|instead|rather|not|no)\b", re.I)
# the class is a generic word, not a kind of drug
_GENERIC_CLASS = re.compile(r"^(?:drugs?|medicines?|treatments?|therap(?:y|ies)|agents?)$", re.I)


def other_of_class(sentence: Sentence) -> Iterator[Statement]:
    """The drug a sentence (or its list's lead-in) is about is a member of the class it calls "another" one.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("Osimertinib is used after another kinase inhibitor.", "x.md")
    >>> drug = Mention(doc.id, 0, 11, "Osimertinib", "D1", "osimertinib", "drug", "dictionary", 0.9)
    >>> kind = Mention(doc.id, 34, 50, "kinase inhibitor", "K1", "kinase inhibitor", "drug_class", "link", 0.9)
    >>> [(s.subject, s.predicate, s.object) for s in other_of_class(Sentence(doc, 0, 51, [drug, kind]))]
    [('D1', 'member_of_class', 'K1')]
    """
    text = sentence.document.text
    for kind in sentence.of("drug_class"):
        if not _OTHER_BEFORE.search(text[max(sentence.start, kind.start - 12) : kind.start]):
            continue
        if _GENERIC_CLASS.match(kind.text):
            continue
        subject, outside = _about(sentence, kind)
        if subject is None or subject.id == kind.id:
            continue
        start = sentence.start if outside else subject.end
        if _SET_AGAINST.search(text[start : kind.start]):
            continue
        yield sentence.statement(subject, "member_of_class", kind, "apposition", 0.65, outside=outside)


def _about(sentence: Sentence, kind: Mention) -> tuple[Mention | None, bool]:
    """The drug the sentence is about: the drug it opens with, else its list's lead drug (none when another drug
    stands between them)."""
    text = sentence.document.text
    drugs = [m for m in sentence.of("drug") if m.end <= kind.start]
    if drugs:
        first = drugs[0]
        if text[sentence.start : first.start].strip(" *-#") or any(d.id != first.id for d in drugs):
            return None, False  # "Patients who got X ...", "X plus Y and other ...": not plainly about one drug
        return first, False
    if sentence.lead_drug is not None and not sentence.of("drug"):
        return sentence.lead_drug, True
    return None, False


__all__ = ["other_of_class"]
