"""Sub-types named by a use item's patients: under "- B-cell non-Hodgkin lymphoma. X is used:" (itself under
"X is approved ... to treat:"), the item "with chemotherapy in children with Burkitt lymphoma that ..." says the
approved use is for Burkitt lymphoma. The item's own partners are read by :mod:`kg.relations.item_uses`, which gives
them the item's head disease; this module adds the sub-type the item names for its patients, for the lead drug
(``approved_for``) and for the partners (``treats``).

An item with no partner ("alone in adults with follicular lymphoma") is already read by the use rules (its disease
has no subject inside the item, so the lead-in's drug and verb apply)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.model import Mention, Statement
from kg.relations import cues
from kg.relations.sentence import Sentence, glued_run

# "in adults with X", "in children aged 6 months and older with X", "in adults with diffuse large B-cell NHL (X"
_PATIENTS_WITH = re.compile(
    r"\b(?:adults|children|patients|people|women|men)\b[^.;:()]{0,30}?\bwith\s+"
    r"(?:(?:[\w-]+\s+){1,5}\(\s*)?$", re.I)
# the partner opens the item ("with X in ...", "alone or with X in ...", "and then with X")
_OPENS_WITH_PARTNER = re.compile(r"^\W*(?:(?:alone\s+or|and\s+then)\s+)?(?:with|plus)\s+(?:an?\s+|the\s+)?$", re.I)
# "with A, B, and C", "with A and either B or C", "with anthracycline combination chemotherapy"
_PARTNER_GLUE = re.compile(r"^[\s)®™]*(?:,?\s*(?:and|plus|or)\s+(?:either\s+)?(?:an?\s+|the\s+)?|,\s*|\s*)$", re.I)


def population_subtypes(sentence: Sentence) -> Iterator[Statement]:
    """A partner item under an approved disease that names its patients' sub-type: the lead drug is approved for
    the sub-type and each partner the item opens with treats it.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("with chemotherapy in adults with Burkitt lymphoma", "x.md")
    >>> chemo = Mention(doc.id, 5, 17, "chemotherapy", "K1", "chemotherapy", "drug_class", "link", 0.9)
    >>> burkitt = Mention(doc.id, 33, 49, "Burkitt lymphoma", "C2", "burkitt lymphoma", "disease", "link", 0.9)
    >>> item = Sentence(doc, 0, 49, [chemo, burkitt])
    >>> item.lead_in = "X is approved to treat:"
    >>> item.lead_drug = Mention(doc.id, 0, 1, "X", "D1", "x", "drug", "dictionary", 0.9)
    >>> item.item_diseases = [Mention(doc.id, 0, 1, "N", "C1", "nhl", "disease", "dictionary", 0.9)]
    >>> [(s.subject, s.predicate, s.object) for s in population_subtypes(item)]
    [('D1', 'approved_for', 'C2'), ('K1', 'treats', 'C2')]
    """
    lead_drug, lead = sentence.lead_drug, sentence.lead_in
    if lead_drug is None or not sentence.item_diseases or not cues.APPROVE.search(lead):
        return
    if cues.NOT_YET_APPROVED.search(lead) or cues.HEDGE.search(lead) or cues.INVESTIGATIONAL.search(
            lead + " " + sentence.text) or cues.PREVENT_LEAD.search(lead):
        return
    partners = _opening_partners(sentence, lead_drug)
    if not partners:
        return
    text = sentence.document.text
    item_ids = {d.id for d in sentence.item_diseases}
    own = [d for d in sentence.of("disease") if d.start > partners[-1].end and d.id not in item_ids]
    if not own or not _PATIENTS_WITH.search(text[max(sentence.start, own[0].start - 80) : own[0].start]):
        return
    for disease in glued_run(text, own):
        yield sentence.statement(lead_drug, "approved_for", disease, "approval", 0.65, outside=True)
        for partner in partners:
            yield sentence.statement(partner, "treats", disease, "list", 0.65)


def _opening_partners(sentence: Sentence, lead_drug: Mention) -> list[Mention]:
    """The drugs and classes an item opens with after "with" ("with anthracycline combination chemotherapy in
    ...": both classes), the lead drug left out."""
    text = sentence.document.text
    named = [m for m in sentence.of("drug", "drug_class") if m.id != lead_drug.id]
    if not named or not _OPENS_WITH_PARTNER.match(text[sentence.start : named[0].start]):
        return []
    run = [named[0]]
    for mention in named[1:]:
        if not _PARTNER_GLUE.match(text[run[-1].end : mention.start]):
            break
        run.append(mention)
    return run


__all__ = ["population_subtypes"]
