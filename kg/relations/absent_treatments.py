"""A treatment a sentence names only as absent is not used there: "assigned to receive tamoxifen or no hormone
therapy", "surgery without chemotherapy", "No standard chemotherapy exists for A", "patients who received the trial
therapy without X".

A ``treats``, ``approved_for`` or ``combined_with`` read from a sentence is dropped when every mention of its drug (for
``combined_with``, of either drug) in the sentence stands right after "no" or "without" (up to two describing words
between: "no previous chemotherapy", "without concomitant chemotherapy"). An optional treatment is not an absent one:
"with or without X", "with and without X" and "and/or without X" keep what was read. A drug named elsewhere in the
sentence without the cue, or only in the sentence's context (a lead-in, an antecedent), keeps its statements.
"""

from __future__ import annotations

import re

from kg.model import Statement
from kg.relations.sentence import Sentence

__all__ = ["without_absent_treatments"]

_PREDICATES = ("treats", "approved_for", "combined_with")
# "no", "without" and up to two describing words right before the drug (not "no difference between X", "no more
# than X", "without the need for X": a function word or a noun of comparison ends the reading)
_DESCRIBING = r"(?!(?:between|with|in|for|of|from|to|than|more|less|other|difference|differences|need|benefit|" \
              r"evidence|role|change|increase|decrease|advantage|effect|effects|sign|signs|patients?)\s)[\w-]+\s+"
_ABSENT_BEFORE = re.compile(r"\b(?:no|without)\s+(?:" + _DESCRIBING + r"){0,2}$", re.I)
# "with or without", "with and without", "and/or without": the drug is optional, not absent
_OPTIONAL_BEFORE = re.compile(r"\b(?:with\s+(?:or|and)|and/or|or)\s+without\s+(?:[\w-]+\s+){0,2}$", re.I)


def without_absent_treatments(sentence: Sentence, read: list[Statement]) -> list[Statement]:
    """The statements read from a sentence, less the uses and combinations of a drug it names only as absent.

    >>> from kg.documents import parse_document
    >>> from kg.model import Mention
    >>> text = "Women with glioma got X or no Y."
    >>> doc = parse_document(text, "x.md")
    >>> def m(word, kind):
    ...     at = text.index(word)
    ...     return Mention(doc.id, at, at + len(word), word, word, word, kind, "dictionary", 0.9)
    >>> glioma, x, y = m("glioma", "disease"), m("X", "drug"), m("Y", "drug_class")
    >>> sentence = Sentence(doc, 0, len(text), [glioma, x, y])
    >>> read = [sentence.statement(drug, "treats", glioma, "verb", 0.7) for drug in (x, y)]
    >>> [s.subject_text for s in without_absent_treatments(sentence, read)]
    ['X']
    """
    if not any(s.predicate in _PREDICATES for s in read) or not re.search(r"\b(?:no|without)\b", sentence.text, re.I):
        return read
    kept: list[Statement] = []
    for statement in read:
        if statement.predicate in _PREDICATES and (
                _only_absent(sentence, statement.subject) or (
                statement.predicate == "combined_with" and _only_absent(sentence, statement.object))):
            continue
        kept.append(statement)
    return kept


def _only_absent(sentence: Sentence, entity: str) -> bool:
    """Whether the entity is named in the sentence and every mention of it is set after "no" or "without"."""
    text = sentence.document.text
    named = [m for m in sentence.mentions if m.id == entity and sentence.start <= m.start]
    if not named:
        return False
    for mention in named:
        before = text[max(sentence.start, mention.start - 50) : mention.start]
        if not _ABSENT_BEFORE.search(before) or _OPTIONAL_BEFORE.search(before):
            return False
    return True
