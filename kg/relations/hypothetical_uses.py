"""Uses a sentence only supposes, hopes for or asks about are no uses: "If approved, X would be used to treat A",
"Scientists hope that X will one day help people with A", "X could become a new option for women with A", "The
trial tested whether adding X to chemotherapy helps women with A", "X may help some people with A".

The rulebook keeps hedged and hypothetical statements out ("if the FDA were to approve it"), and a question a trial
asks is not its answer. Plain modal use ("X may be used to treat A", "Treatment may include X") stays: patient
summaries state standard use that way. A supposition or question ("if approved", "hope that", "whether") must open
the clause that leads to the disease; what the drug only could do ("could become", "may help") must stand between
the drug and the disease, and not in a finding ("results show that X may benefit ..."). A ``treats`` or
``approved_for`` read there is dropped (``studied_for``, ``combined_with``, and a prior treatment, "cancers that do
not respond to X", are kept).
"""

from __future__ import annotations

import re

from kg.model import Mention, Statement
from kg.relations import cues
from kg.relations.sentence import Sentence

__all__ = ["without_hypothetical_uses"]

# a supposition or question that opens the clause: "If approved, X would ...", "hope that X", "tested whether X"
_SUPPOSED = re.compile(
    r"\bif\s+(?:it\s+(?:is|were)\s+|they\s+are\s+)?approved\b|\bif\s+(?:the\s+)?FDA\b|\bonce\s+approved\b|"
    r"\bhop(?:e|es|ed|ing)\s+(?:that|to)\b|\b(?:one\s+day|someday)\b|"
    r"(?<!regardless of )\bwhether\b(?!\s+or\s+not)|\bto\s+(?:see|learn|find\s+out|determine)\s+if\b",
    re.I)
# what the drug only could do, said between the drug and the disease: "X could become an option for", "X may help"
_COULD = re.compile(
    r"\b(?:would|could|might)\s+(?:one\s+day\s+|someday\s+|eventually\s+|soon\s+|also\s+)?"
    r"(?:become|be\s+used|be\s+approved|be\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:option|treatment|therapy|choice)|"
    r"help|benefit|work|offer|provide)\b|\bmay\s+(?:also\s+)?(?:help|benefit|work)\b",
    re.I)
# "results show that X may benefit patients with A": a finding, not a supposition
_FINDING = re.compile(r"\b(?:show(?:s|ed|n)?|found|find|demonstrat\w+|confirm\w*)\s+that\b", re.I)
_USES = ("treats", "approved_for")


def without_hypothetical_uses(sentence: Sentence, read: list[Statement]) -> list[Statement]:
    """The statements read from a sentence, less the uses a hypothetical or question cue before the disease makes
    only supposed.

    >>> from kg.documents import parse_document
    >>> from kg.model import Mention
    >>> doc = parse_document("X could become an option for glioma.", "x.md")
    >>> drug = Mention(doc.id, 0, 1, "X", "D1", "x", "drug", "dictionary", 0.9)
    >>> glioma = Mention(doc.id, 29, 35, "glioma", "C1", "glioma", "disease", "dictionary", 0.9)
    >>> sentence = Sentence(doc, 0, 36, [drug, glioma])
    >>> without_hypothetical_uses(sentence, [sentence.statement(drug, "treats", glioma, "verb", 0.7)])
    []
    """
    if not any(s.predicate in _USES for s in read) or not (
            _SUPPOSED.search(sentence.text) or _COULD.search(sentence.text)):
        return read
    kept: list[Statement] = []
    for statement in read:
        if (statement.predicate in _USES and statement.evidence.start == sentence.start
                and statement.evidence.method != "prior_treatment"):  # "that do not respond to X": X was used
            disease = next((d for d in sentence.of("disease") if d.id == statement.object), None)
            if disease is not None and _supposed(sentence, statement.subject, disease):
                continue
        kept.append(statement)
    return kept


def _supposed(sentence: Sentence, subject: str, disease: Mention) -> bool:
    """Whether the clause leading to the disease opens with a supposition, or says between the drug and the
    disease only what the drug could do."""
    text = sentence.document.text
    clause = cues.CLAUSE_BREAK.split(text[sentence.start : disease.start])[-1]
    if _SUPPOSED.search(clause):
        return True
    drug = next((m for m in reversed(sentence.mentions) if m.id == subject and m.end <= disease.start), None)
    if drug is None:
        return False
    return bool(_COULD.search(text[drug.end : disease.start])) and not _FINDING.search(
        text[sentence.start : drug.start])
