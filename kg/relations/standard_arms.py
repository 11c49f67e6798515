"""``treats`` for a trial's standard arm: "randomly assigned to nivolumab or standard therapy with A, B, or C".

A trial report names its comparison arm as the standard treatment ("standard therapy with methotrexate, docetaxel,
or cetuximab", "the chemotherapy drug dacarbazine, the standard treatment for most patients", "Women in the standard
treatment group received cisplatin"). The text says the arm's drugs are in use for the disease the trial enrols,
though that disease is named a sentence or two before (or only in the page title). Each drug of the arm treats it;
the arm's drugs are alternatives or one regimen, which other rules read, so no combination is stated here.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence

from kg.model import Mention, Statement
from kg.relations.sentence import Sentence, glued_run
from kg.relations.word_gates import GatedPattern

# "standard therapy with", "the standard treatment group received", "standard chemotherapy of", "standard care:",
# "the current standard, X"
_STANDARD_BEFORE = GatedPattern(re.compile(
    r"\b(?:standard|usual|conventional)(?:[- ]of[- ]care)?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:therap(?:y|ies)|treatments?|chemotherapy|care|regimens?)\s*(?:(?:group|arm)s?\s+)?"
    r"(?:(?<!care),\s*|:\s*|[—–]\s*|with\s+|of\s+|(?:consisting|made\s+up)\s+of\s+|(?:received|receiving|got|was|were)\s+)"
    r"(?:either\s+)?(?:the\s+)?(?:(?:chemotherapy\s+)?(?:drugs?|agents?)\s+)?$|"
    # "more effective than the current standard, sorafenib"
    r"\bthe\s+(?:current\s+)?standard\s*,\s*$", re.I), ("standard", "usual", "conventional"))  # (word_gates)
# "dacarbazine, the standard treatment for most patients", "docetaxel (Taxotere), the current standard of care",
# "dacarbazine, which was a standard of care at the time", "tamoxifen is the standard of care in these women"
_STANDARD_AFTER = re.compile(
    r"[®™]?\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*(?:the|a|which\s+(?:is|was|remains|has\s+been|had\s+been)\s+(?:the|a))|"
    # "tamoxifen is the standard of care in these patients", "X remains the standard treatment"
    r"\s+(?:is|was|remains|has\s+been|had\s+been)\s+(?:still\s+)?(?:the|a))\s+(?:current\s+)?standard\s+"
    r"(?:(?:first|second)[- ]line\s+)?(?:therapy|treatment|of\s+care|care|chemotherapy)\b"
    # "the standard of care to prevent fractures": a remedy for something else
    r"(?!\s+(?:to|for)\s+(?:the\s+)?(?:prevent|reduc|manag|control|reliev|eas))", re.I)
# "noninferiority to the standard regimen, carboplatin plus X is an option": the names after the comma open a clause
_CLAUSE_VERB = re.compile(
    r"(?:\s*\([^()]{1,60}\))?[^,;.()]{0,50}?\b(?:is|are|was|were|has|have|had|can|may|will|showed?|improved?)\b",
    re.I)
# how far back (characters) a disease named before may be the trial's
_REACH = 700


class StandardArms:
    """Reads standard arms sentence by sentence, keeping the disease named last (and the page title's)."""

    def __init__(self, title_diseases: Sequence[Mention]) -> None:
        self._title = list(title_diseases)
        self._recent: list[Mention] = []
        self._recent_start = 0
        self._recent_block: int | None = None
        self._block_starts: list[int] = []

    def read(self, sentence: Sentence) -> Iterator[Statement]:
        """``treats`` for the drugs of a standard arm, with the disease the sentence names, else the one
        named last before it, else the page title's.

        >>> from kg.documents import parse_document
        >>> doc = parse_document("Patients had melanoma. They got X or standard therapy with A or B.", "x.md")
        >>> t = doc.text
        >>> def m(word, kind):
        ...     return Mention("x", t.index(word), t.index(word) + len(word), word, word.upper(), word, kind, "d", 0.9)
        >>> first, second = Sentence(doc, 0, 22, [m("melanoma", "disease")]), Sentence(doc, 23, len(t),
        ...     [m("X", "drug"), m("A", "drug"), m("B", "drug")])
        >>> arms = StandardArms([])
        >>> _, _ = list(arms.read(first)), arms.advance(first)
        >>> [(s.subject_text, s.predicate, s.object_text) for s in arms.read(second)]
        [('A', 'treats', 'melanoma'), ('B', 'treats', 'melanoma')]
        """
        drugs = standard_drugs(sentence)
        if not drugs or sentence.investigational:
            return
        diseases = sentence.of("disease")
        if diseases:
            # "X does not improve survival compared with standard therapy with Y": the negation is X's
            for drug in drugs:
                read = sentence.statement(drug, "treats", diseases[0], "standard_arm", 0.65)
                yield dataclasses.replace(read, evidence=dataclasses.replace(read.evidence, negated=False))
            return
        found, start = self.disease_before(sentence)
        for disease in found:
            wider = copy.copy(sentence)
            wider.context_start = min(sentence.context_start, start)
            yield from (wider.statement(d, "treats", disease, "standard_arm", 0.6, outside=True) for d in drugs)

    def disease_before(self, sentence: Sentence) -> tuple[list[Mention], int]:
        """The disease a sentence naming none speaks of, and where its evidence starts: the one named last in
        the same paragraph, else the page title's (when the title names one only)."""
        if self._recent and sentence.start - self._recent_start <= _REACH and (
                self._block_of(sentence) == self._recent_block):
            return self._recent[:1], self._recent_start
        return (self._title[:1] if len({d.id for d in self._title}) == 1 else []), sentence.start

    def advance(self, sentence: Sentence) -> None:
        """Keep the diseases the sentence names."""
        diseases = sentence.of("disease")
        if diseases:
            self._recent, self._recent_start = diseases, sentence.start
            self._recent_block = self._block_of(sentence)

    def _block_of(self, sentence: Sentence) -> int | None:
        """The index of the block (paragraph, list item) a sentence starts in."""
        if not self._block_starts:
            self._block_starts = sorted(b.start for b in sentence.document.blocks)
        index = bisect_right(self._block_starts, sentence.start) - 1
        return index if index >= 0 else None


def standard_drugs(sentence: Sentence) -> list[Mention]:
    """The drugs a sentence names as the standard arm: the run right after "standard therapy with", or a drug
    followed by ", the standard treatment".

    >>> from kg.documents import parse_document
    >>> doc = parse_document("They got X or standard therapy with A or B.", "x.md")
    >>> t = doc.text
    >>> def m(word):
    ...     return Mention("x", t.index(word), t.index(word) + 1, word, word, word, "drug", "d", 0.9)
    >>> [d.text for d in standard_drugs(Sentence(doc, 0, len(t), [m("X"), m("A"), m("B")]))]
    ['A', 'B']
    """
    text = sentence.document.text
    drugs = [m for m in sentence.of("drug", "drug_class") if m.name_kind != "brand"]
    for index, drug in enumerate(drugs):
        standard = _STANDARD_BEFORE.search(text[max(sentence.start, drug.start - 90) : drug.start])
        if standard:
            run = glued_run(text, drugs[index:])
            if standard.group(0).rstrip().endswith(",") and _CLAUSE_VERB.match(text, run[-1].end):
                return []
            return [d for d in run if d.type == "drug"]
        if _STANDARD_AFTER.match(text, drug.end) and drug.type == "drug":
            return [drug]
    return []
