"""``combined_with`` read from list items: an item under "It is used with dexamethasone and one of the following
drugs:" is given with the lead-in's drugs, and an item under "one of the following regimens:" is one regimen (its
drugs given together, not with their alternatives)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from kg.model import Mention, Statement
from kg.relations.list_items import bare_item
from kg.relations.sentence import Sentence, text_between


def listed_partners(sentence: Sentence) -> Iterator[Statement]:
    """An item under "It is used with dexamethasone with or without one of the following drugs:" is given with
    the lead-in's drugs (and treats the disease the item is under).

    >>> from kg.documents import parse_document
    >>> doc = parse_document("- lenalidomide", "x.md")
    >>> item = Sentence(doc, 2, 14, [Mention(doc.id, 2, 14, "lenalidomide", "D2", "l", "drug", "dictionary", 0.9)])
    >>> item.lead_partners = [Mention(doc.id, 0, 1, "X", "D1", "x", "drug", "dictionary", 0.9)]
    >>> [(s.subject, s.predicate, s.object) for s in listed_partners(item)]
    [('D1', 'combined_with', 'D2')]
    """
    if sentence.companion_run:
        yield from _regimen_item(sentence)
        return
    if not sentence.lead_partners or not bare_item(sentence):
        return
    for drug in sentence.of("drug")[:1]:
        for partner in sentence.lead_partners:
            if partner.id != drug.id:
                yield sentence.statement(partner, "combined_with", drug, "list", 0.7, outside=True)
        for disease in sentence.item_diseases:
            yield sentence.statement(drug, "treats", disease, "list", 0.65, outside=True)


def regimen_items(sentence: Sentence) -> Iterator[Statement]:
    """An item under "such as one of the following regimens:" ("- cisplatin, methotrexate, and vinblastine") is
    one regimen: the drugs it opens with are given together (not with their alternatives).

    >>> from kg.documents import parse_document
    >>> doc = parse_document("- A, B", "x.md")
    >>> item = Sentence(doc, 2, 6, [])
    >>> item.regimen_run = [Mention(doc.id, 2, 3, "A", "D1", "a", "drug", "dictionary", 0.9),
    ...                     Mention(doc.id, 5, 6, "B", "D2", "b", "drug", "dictionary", 0.9)]
    >>> [(s.subject, s.predicate, s.object) for s in regimen_items(item)]
    [('D1', 'combined_with', 'D2')]
    """
    run = sentence.regimen_run
    if len(run) < 2 or sentence.studied_only:
        return
    alternatives = _run_alternatives(sentence.document.text, run)
    for left, right in itertools.combinations(run, 2):
        if left.id != right.id and frozenset((left.id, right.id)) not in alternatives:
            yield sentence.statement(left, "combined_with", right, "list", 0.7)


def _regimen_item(sentence: Sentence) -> Iterator[Statement]:
    """An item under "It is used with:" ("- doxorubicin, cyclophosphamide, and either paclitaxel or docetaxel"):
    the drugs it opens with are given with the lead-in's drug and with each other (not with their alternatives),
    and each treats the disease the item is under."""
    run = sentence.companion_run
    alternatives = _run_alternatives(sentence.document.text, run)
    for member in run:
        for partner in sentence.lead_partners:
            if partner.id != member.id:
                yield sentence.statement(partner, "combined_with", member, "list", 0.7, outside=True)
        for disease in sentence.item_diseases:
            yield sentence.statement(member, "treats", disease, "list", 0.65, outside=True)
    for left, right in itertools.combinations(run, 2):
        if left.id != right.id and frozenset((left.id, right.id)) not in alternatives:
            yield sentence.statement(left, "combined_with", right, "list", 0.7)


def _run_alternatives(text: str, run: list[Mention]) -> set[frozenset[str]]:
    """Pairs of one run that are alternatives: the members from "either" on ("A, B, and either C or D"), the
    members on either side of an "or", or all of "A, B, or C"."""
    glues = [text_between(text, a, b) for a, b in itertools.pairwise(run)]
    ors = [i for i, glue in enumerate(glues) if re.search(r"\bor\b", glue)]
    if not ors:
        return set()
    eithers = [i for i, glue in enumerate(glues) if re.search(r"\beither\b", glue)]
    if eithers:
        tail = run[eithers[0] + 1 :]
        return {frozenset((a.id, b.id)) for a, b in itertools.combinations(tail, 2)}
    if not any(re.search(r"\band\b", glue) for glue in glues):
        return {frozenset((a.id, b.id)) for a, b in itertools.combinations(run, 2)}
    cut = ors[0] + 1  # "A and B or C": what comes after the "or" is another choice
    return {frozenset((a.id, b.id)) for a in run[:cut] for b in run[cut:]}
