"""The second kind a therapy is given with: "Targeted therapy with BRAF inhibitors (A or B) alone or with MEK
inhibitors (C or D)", "Targeted therapy with a proteasome inhibitor (A) and a monoclonal antibody (B)".

``membership`` reads the first kind after "<therapy> with" as a member of the therapy; the kind given with it (or
instead of it) is a member too. Only a kind named for what it acts on or is (an inhibitor, antibody, agonist,
antagonist or blocker) is taken: "hormone therapy with aromatase inhibitors and chemotherapy" names a second
therapy, not a second kind of hormone therapy.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.model import Statement
from kg.relations.sentence import DRUGLIKE, Sentence

_THERAPY = re.compile(r"therap(?:y|ies)$", re.I)
_WITH = re.compile(r"^\s*with\s+(?:an?\s+|the\s+)?$", re.I)
_PARENTHESIS = re.compile(r"^\s*\([^()]{1,120}\)")
# what joins the second kind to the first (after the first kind's examples in parentheses)
_PARTNER_GLUE = re.compile(r"^\s*,?\s*(?:alone\s+)?(?:and|or|and/or|plus|or\s+with|with)\s+(?:an?\s+|the\s+)?$", re.I)
_KIND_NOUN = re.compile(r"(?:inhibitors?|antibod(?:y|ies)|agonists?|antagonists?|blockers?)$", re.I)


def partner_kinds(sentence: Sentence) -> Iterator[Statement]:
    """``member_of_class``: the second kind named after "<therapy> with <kind> (...)", joined by "and", "or",
    "alone or with".

    >>> from kg.documents import parse_document
    >>> from kg.model import Mention
    >>> text = "Targeted therapy with BRAF inhibitors (dabrafenib) alone or with MEK inhibitors (trametinib)."
    >>> doc = parse_document(text, "x.md")
    >>> def m(word, kind, key):
    ...     at = text.index(word)
    ...     return Mention(doc.id, at, at + len(word), word, key, word, kind, "dictionary", 0.9)
    >>> ms = [m("Targeted therapy", "drug_class", "C1"), m("BRAF inhibitors", "drug_class", "C2"),
    ...       m("dabrafenib", "drug", "D1"), m("MEK inhibitors", "drug_class", "C3"), m("trametinib", "drug", "D2")]
    >>> [(s.subject, s.predicate, s.object) for s in partner_kinds(Sentence(doc, 0, len(text), ms))]
    [('C3', 'member_of_class', 'C1')]
    """
    text = sentence.document.text
    mentions = [m for m in sentence.mentions if m.type in DRUGLIKE]
    for index, therapy in enumerate(mentions[:-2]):
        first = mentions[index + 1]
        if therapy.type != "drug_class" or first.type != "drug_class" or not _THERAPY.search(therapy.label) or (
                first.id == therapy.id or not _WITH.match(text[therapy.end : first.start])):
            continue
        end = first.end
        examples = _PARENTHESIS.match(text[end : sentence.end])
        if examples:
            end += examples.end()
        partner = next((m for m in mentions[index + 2 :] if m.start >= end), None)
        if partner is not None and partner.type == "drug_class" and partner.id not in (therapy.id, first.id) and (
                _KIND_NOUN.search(partner.text) and _PARTNER_GLUE.match(text[end : partner.start])):
            yield sentence.statement(partner, "member_of_class", therapy, "class_with", 0.75)
