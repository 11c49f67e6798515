"""Treatment-summary reading (PDQ-style pages): the wording those pages use for what treats what.

Written from treatment summaries outside the gold and sentences made up for ``tests/test_relations_pdq.py``:

- coordinated treatments share a use: "Targeted therapy (A or B) may be used to treat X", "Immunotherapy and
  chemoimmunotherapy for patients with X" give each of them the use the rules read for one;
- a list item that opens as a clinical trial ("A clinical trial that checks a sample of the tumor for gene changes.
  The type of targeted therapy given depends on ...") studies what its later sentences name, never treats it.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from collections.abc import Iterator

from kg.model import Document, Mention, Statement
from kg.relations.sentence import DRUGLIKE, Sentence

__all__ = ["coordinated_uses", "trial_item_status"]

# what may stand between treatments named as one: "A (B or C)", "A and B", "A using B or C", "A with B", "A, B,"
# (not a bare space: "the beta-blocker propranolol" names the drug's kind, no second treatment)
_COORDINATION = re.compile(r"^(?=.*\S)(?:\s|[(),]|\band/or\b|\band\b|\bor\b|\busing\b|\bwith\b|\bplus\b)+$", re.I)
# a comparison's arms ("comparing A with B", "A versus B") and a pointer to another page share no use
_NOT_SHARED = re.compile(r"\b(?:compar\w*|versus|vs\.?|than|instead|et\s+al)\b|^\W*(?:to\s+)?learn\s+more\b", re.I)
# what may stand before a sentence's subject: list marks, a label ("Immunotherapy: ")
_OPENING = re.compile(r"^[\W\d]*(?:[\w-]+(?:\s+[\w-]+){0,3}:\s*)?$")
_COMMA = re.compile(r"^\s*,\s*$")
_USES = ("treats", "studied_for")


def coordinated_uses(sentence: Sentence, read: list[Statement]) -> Iterator[Statement]:
    """A use read for one treatment holds for every treatment coordinated with it before the disease.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("Targeted therapy (entrectinib or larotrectinib) may be used to treat glioma.", "x.md")
    >>> cls = Mention(doc.id, 0, 16, "Targeted therapy", "K1", "targeted therapy", "drug_class", "dictionary", 0.9)
    >>> a = Mention(doc.id, 18, 29, "entrectinib", "D1", "entrectinib", "drug", "dictionary", 0.9)
    >>> b = Mention(doc.id, 33, 46, "larotrectinib", "D2", "larotrectinib", "drug", "dictionary", 0.9)
    >>> glioma = Mention(doc.id, 68, 74, "glioma", "C1", "glioma", "disease", "dictionary", 0.9)
    >>> sentence = Sentence(doc, 0, 75, [cls, a, b, glioma])
    >>> read = [sentence.statement(b, "treats", glioma, "verb", 0.75)]
    >>> sorted(s.subject for s in coordinated_uses(sentence, read))
    ['D1', 'K1']
    """
    text = sentence.document.text
    if _NOT_SHARED.search(sentence.text):
        return
    treatments = sentence.of(*DRUGLIKE)
    known = {(s.subject, s.predicate, s.object) for s in read}
    for statement in read:
        if statement.predicate not in _USES or statement.evidence.start != sentence.start:
            continue  # a use read from a lead-in or a sentence before: its subject is not in this sentence
        disease = next((d for d in sentence.of("disease") if d.id == statement.object), None)
        subject = next((m for m in reversed(treatments) if m.id == statement.subject and (
            disease is None or m.end <= disease.start)), None)
        if disease is None or subject is None:
            continue
        index = treatments.index(subject)
        group: list[Mention] = []
        for step in (-1, 1):
            current, at = subject, index + step
            while 0 <= at < len(treatments) and treatments[at].end <= disease.start:
                other = treatments[at]
                low, high = (other, current) if step < 0 else (current, other)
                gap = text[low.end : high.start]
                if not _COORDINATION.match(gap) or (_COMMA.match(gap) and low.type != high.type):
                    break  # "A different checkpoint inhibitor, X," is an apposition, not two treatments
                group.append(other)
                current, at = other, at + step
        first = min([subject, *group], key=lambda m: m.start)
        if not group or not _OPENING.match(text[sentence.start : first.start]):
            continue  # only a group the sentence or item opens with: its subject, not a study's arms
        for other in group:
            key = (other.id, statement.predicate, statement.object)
            if key not in known:
                known.add(key)
                yield sentence.statement(other, statement.predicate, disease, "coordination", 0.7)


# an item that opens as a clinical trial: "A clinical trial that checks ...", "Clinical trials of ..."
_TRIAL_ITEM = re.compile(r"^\W*(?:(?:a|an|in\s+a)\s+)?clinical\s+trials?\b", re.I)


def trial_item_status(sentence: Sentence, read: list[Statement]) -> list[Statement]:
    """In a list item that opens as a clinical trial, what a later sentence of the item says is used is studied.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("- A clinical trial of new drugs. Targeted therapy is used for glioma.\\n", "x.md")
    >>> start = doc.text.index("Targeted")
    >>> cls = Mention(doc.id, start, start + 16, "Targeted therapy", "K1", "targeted therapy", "drug_class",
    ...               "dictionary", 0.9)
    >>> end = doc.text.index("glioma")
    >>> glioma = Mention(doc.id, end, end + 6, "glioma", "C1", "glioma", "disease", "dictionary", 0.9)
    >>> sentence = Sentence(doc, start, end + 7, [cls, glioma])
    >>> [s.predicate for s in trial_item_status(sentence, [sentence.statement(cls, "treats", glioma, "list", 0.7)])]
    ['studied_for']
    """
    if not any(s.predicate == "treats" and s.evidence.method == "list" for s in read):
        return read
    item = _item_start(sentence.document, sentence.start)
    if item is None or item >= sentence.start or not _TRIAL_ITEM.match(sentence.document.text[item : sentence.start]):
        return read
    # only the item's place in the treatment list (an earlier treatment the item mentions is still use)
    return [dataclasses.replace(s, predicate="studied_for") if s.predicate == "treats" and s.evidence.method == "list"
            else s for s in read]


def _item_start(document: Document, position: int) -> int | None:
    """Where the list item holding ``position`` starts (None outside a list item)."""
    starts = [b.start for b in document.blocks]
    at = bisect_right(starts, position) - 1
    if at < 0:
        return None
    block = document.blocks[at]
    return block.start if block.kind == "list_item" and position < block.end else None

