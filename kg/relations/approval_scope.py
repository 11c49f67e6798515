"""``approved_for`` said by "The approval also covers ..." after a sentence that reports an approval.

News of an approval names the drug and its first use in one sentence and widens it in the next, where no drug is
named: "FDA has approved X for tumors with an NTRK fusion. The approval also covers adults with lung cancer whose
tumors have a ROS1 fusion." The approval spoken of is the one the sentence before reported, so each drug that
sentence was read as approved (or its one drug, where it says an approval for no disease: "The FDA approved X
in 2014.") is approved for the diseases the scope sentence names after its verb ("covers", "is
for", "applies to", "includes", "extends to"). Not what an approval "was based on" (the trial's patients), and not a
sentence that names a drug of its own (its rules read it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from kg.model import Evidence, Statement
from kg.regex_prefilter import prefilter_patterns
from kg.relations import cues
from kg.relations.sentence import DRUGLIKE, Sentence

# "The approval also covers", "This approval is for", "The new approval applies to", "The FDA's approval extends to"
_SCOPE = re.compile(
    r"^\W*(?:the|this|today's|the\s+fda's|the\s+agency's)\s+(?:new\s+|latest\s+|expanded\s+|accelerated\s+|"
    r"regular\s+|full\s+)?approval\s+(?:also\s+|now\s+|specifically\s+)?"
    r"(?:covers|is\s+for|applies\s+to|includes|extends\s+to|expands\s+to)\b", re.I)
# the scope is hedged or denied
_NOT = re.compile(r"\b(?:not|no|may|might|could|would|if)\b", re.I)


def scoped_approvals(sentence: Sentence, previous: Sentence | None, read: Sequence[Statement]) -> Iterator[Statement]:
    """Each drug the sentence before was read as approved, approved for the diseases "the approval covers".

    >>> from kg.documents import parse_document
    >>> from kg.model import Mention
    >>> doc = parse_document("FDA approved X for A. The approval also covers B.", "x.md")
    >>> b = Mention(doc.id, 47, 48, "B", "C2", "b", "disease", "dictionary", 0.9)
    >>> before = Statement("D1", "approved_for", "C1", Evidence(doc.id, "", 0, 21, "approval"), "X", "A")
    >>> [(s.subject, s.predicate, s.object) for s in scoped_approvals(Sentence(doc, 22, 49, [b]),
    ...                                                                Sentence(doc, 0, 21, []), [before])]
    [('D1', 'approved_for', 'C2')]
    """
    found = _SCOPE.match(sentence.text)
    if found is None or previous is None or sentence.of(*DRUGLIKE) or _NOT.search(sentence.text):
        return
    diseases = [m for m in sentence.of("disease") if m.start >= sentence.start + found.end()]
    if not diseases:
        return
    approved: dict[str, str] = {}
    for statement in reversed(read):
        if statement.evidence.end < previous.start:
            break
        if statement.predicate == "approved_for" and not statement.evidence.negated and (
                statement.evidence.start <= previous.start and previous.end <= statement.evidence.end):
            approved.setdefault(statement.subject, statement.subject_text)
    text = sentence.document.text
    drugs = list({d.id: d for d in previous.of("drug")}.values())
    if not approved and len(drugs) == 1 and cues.APPROVE.search(previous.text) and not _NOT.search(previous.text):
        approved[drugs[0].id] = drugs[0].text  # "The FDA approved X in 2014.": approved, for no disease yet
    for drug, drug_text in reversed(approved.items()):
        for disease in diseases:
            evidence = Evidence(doc=sentence.document.id, sentence=text[previous.start : sentence.end].replace(
                "\n", " "), start=previous.start, end=sentence.end, method="approval",
                confidence=round(0.7 * disease.confidence ** 0.5, 3))
            yield Statement(drug, "approved_for", disease.id, evidence, drug_text, disease.text)


__all__ = ["scoped_approvals"]


prefilter_patterns(globals())  # the same matches, scanned faster (see kg.regex_prefilter)
