"""The kind stated for the last drug of a coordination holds for each drug of it when the words after the drugs
say they are all of the kind: "A, B, and C belong to a group of drugs called D", "A or B (both Ds)", "A and B,
both Ds, ...".

The membership rules read the class for the drug next to it; this reader gives the same class to the drugs
coordinated before that drug when a plural verb or "both/all/each" stands between the drugs and the class.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from kg.model import Mention, Statement
from kg.regex_prefilter import prefilter_patterns
from kg.relations import cues
from kg.relations.sentence import Sentence, text_between

__all__ = ["coordinated_kinds"]

# what says every drug of the coordination is of the class: a plural verb, "both", "all", "each", "which are"
_ALL_OF_KIND = re.compile(
    r"^[\s,(]*(?:(?:which|that)\s+)?(?:(?:are|were|belong|both|all|each)\b|two\b|three\b|four\b)", re.I
)
# what says the class is something else than their kind: given with it, compared to it
_NOT_KIND = re.compile(r"\b(?:with|than|versus|vs|after|before|plus|instead|compared|used|given|approved)\b", re.I)


def coordinated_kinds(sentence: Sentence, read: Sequence[Statement]) -> Iterator[Statement]:
    """``member_of_class`` of the class read for a drug, for each drug coordinated before it, when the words
    between the drug and the class say all of them are of it (``read`` are the statements of the sentence so far).

    >>> from kg.documents import parse_document
    >>> from kg.model import Mention
    >>> doc = parse_document("Patients got A or B (both kinase inhibitors).", "x.md")
    >>> a, b = (Mention(doc.id, i, i + 1, t, "D" + t, t, "drug", "dictionary", 0.9) for i, t in ((13, "A"), (18, "B")))
    >>> k = Mention(doc.id, 26, 43, "kinase inhibitors", "K1", "kinase inhibitor", "drug_class", "dictionary", 0.9)
    >>> sentence = Sentence(doc, 0, 45, [a, b, k])
    >>> first = sentence.statement(b, "member_of_class", k, "apposition", 0.8)
    >>> [(s.subject, s.object) for s in coordinated_kinds(sentence, [first])]
    [('DA', 'K1')]
    """
    text = sentence.document.text
    by_id = {m.id: m for m in sentence.mentions}
    given = {(s.subject, s.object) for s in read if s.predicate == "member_of_class"}
    for statement in read:
        if statement.predicate != "member_of_class":
            continue
        drugs = [m for m in sentence.of("drug") if m.id == statement.subject]
        cls = by_id.get(statement.object)
        if not drugs or cls is None:
            continue
        drug = max((m for m in drugs if m.end <= cls.start), key=lambda m: m.end, default=None)
        if drug is None:
            continue
        between = text[drug.end : cls.start]
        if len(between) > 80 or not _ALL_OF_KIND.match(between) or _NOT_KIND.search(between):
            continue
        for partner in _joined_before(sentence, drug):
            if (partner.id, cls.id) not in given and partner.id != cls.id:
                given.add((partner.id, cls.id))
                yield sentence.statement(partner, "member_of_class", cls, "apposition", 0.75)


def _joined_before(sentence: Sentence, drug: Mention) -> list[Mention]:
    """The drugs joined to ``drug`` before it by a list's commas, "and" or "or" ("A, B, or C": A and B for C)."""
    text = sentence.document.text
    joined: list[Mention] = []
    current = drug
    for earlier in reversed([m for m in sentence.of("drug") if m.end <= drug.start]):
        between = text_between(text, earlier, current)
        if earlier.id == current.id and re.match(r"^\s*\(?\s*$", between):
            current = earlier  # "pembrolizumab (Keytruda)": the same drug by its brand
            continue
        if earlier.id == drug.id or not cues.LIST_GLUE.match(between):
            break
        joined.append(earlier)
        current = earlier
    return joined


prefilter_patterns(globals())  # the same matches, scanned faster (see kg.regex_prefilter)
