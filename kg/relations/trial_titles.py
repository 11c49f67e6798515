"""A trial's title in brackets states no use: "OlympiA (Olaparib as Adjuvant Treatment in Patients With Germline BRCA
Mutated Primary Breast Cancer)", "NCT01234567 (Cytarabine or Vinblastine and Prednisone in Treating Patients With
LCH)".

The title says what the trial tests, in title case ("in Patients With", "in Treating Participants With"): the drugs
it names are investigational there, so ``treats`` and ``approved_for`` read between a drug and a disease both named
inside the brackets are dropped (what the trial tests and whom it enrols are still read by the trial rules).
"""

from __future__ import annotations

import re

from kg.model import Statement
from kg.relations.sentence import Sentence

__all__ = ["without_title_uses"]

# a bracketed title: title case "Patients With" (a running sentence writes "patients with")
_TITLE = re.compile(r"\((?=[^()]*\b(?:Patients|Participants|Adults|Children|Women|Men|People)\s+With\b)[^()]{10,400}\)")
_USES = ("treats", "approved_for")


def without_title_uses(sentence: Sentence, read: list[Statement]) -> list[Statement]:
    """The statements read in a sentence, less the uses whose drug and disease are both named only in a bracketed
    trial title.

    >>> from kg.documents import parse_document
    >>> from kg.model import Evidence, Mention
    >>> text = "A trial (X in Treating Patients With Y) opened."
    >>> doc = parse_document(text, "x.md")
    >>> ms = [Mention(doc.id, 9, 10, "X", "D1", "x", "drug", "dictionary", 0.9),
    ...       Mention(doc.id, 37, 38, "Y", "C1", "y", "disease", "dictionary", 0.9)]
    >>> use = Statement("D1", "treats", "C1", Evidence("x", text, 0, 47, "verb"), "X", "Y")
    >>> without_title_uses(Sentence(doc, 0, 47, ms), [use])
    []
    """
    if not any(s.predicate in _USES for s in read) or "With" not in sentence.text:
        return read
    titles = [(sentence.start + m.start(), sentence.start + m.end()) for m in _TITLE.finditer(sentence.text)]
    if not titles:
        return read

    def only_in_titles(entity: str) -> bool:
        spots = [m for m in sentence.mentions if m.id == entity]
        return bool(spots) and all(any(s <= m.start and m.end <= e for s, e in titles) for m in spots)

    return [s for s in read if s.predicate not in _USES or not (only_in_titles(s.subject) and only_in_titles(s.object))]
