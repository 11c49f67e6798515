"""Mechanism rules: ``inhibits`` and ``targets``, from verbs and from class names built on a target."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.model import Mention, Statement
from kg.relations import cues
from kg.relations.sentence import Sentence, coordinated_before, subject_of

_BINDING_OF = re.compile(r"\b(?:binding|attachment)\s+of\s+(?:the\s+(?:drug\s+)?)?$", re.I)
_BOUND_TO = re.compile(r"^\s*(?:\([^()]{1,40}\)\s*)?to\s+(?:the\s+)?(?:protein\s+)?$", re.I)


_SUBSET = re.compile(r"^\W*(?:some|other|many|most|several|a few|certain)\b", re.I)


def mechanism(sentence: Sentence) -> Iterator[Statement]:
    """``inhibits`` / ``targets``: "everolimus inhibits mTOR", "blocks the activity of HER2"."""
    text = sentence.document.text
    for target in sentence.of("target"):
        drug, outside = subject_of(sentence, target)
        if drug is None:
            continue
        between = text[max(drug.end, sentence.start) : target.start]
        if len(between) > 160:
            continue
        # "Both nivolumab and pembrolizumab block PD-1": each coordinated subject acts on the target
        subjects = [drug, *(coordinated_before(sentence, drug) if not outside else [])]
        bound = not outside and _BINDING_OF.search(text[max(sentence.start, drug.start - 30) : drug.start]) and (
            _BOUND_TO.match(between))  # "the binding of X to Y"
        if drug.type == "drug_class" and not outside and _SUBSET.match(text[sentence.start : drug.start]):
            continue  # "Other angiogenesis inhibitors bind to VEGF", "Some are antibodies that ...": some of a class
        for subject in subjects:
            if bound:
                yield sentence.statement(subject, "targets", target, "verb", 0.8)
            elif cues.INHIBIT.search(between):
                yield sentence.statement(subject, "inhibits", target, "verb", 0.85, outside=outside)
            elif cues.TARGET.search(between):
                yield sentence.statement(subject, "targets", target, "verb", 0.8, outside=outside)


def compositional(sentence: Sentence, targets_by_text: dict[str, Mention]) -> Iterator[Statement]:
    """A class named for its target ("BRAF inhibitor", "anti-PD-1 antibody") acts on that target."""
    for cls in sentence.of("drug_class"):
        head = re.match(
            r"(?:anti[- ‐–]?)?([A-Za-z0-9/-]+?)(?:[- ]target(?:ed|ing))? (?:tyrosine kinase )?"
            r"(inhibitor|antagonist|blocker|agonist|(?:monoclonal )?antibod)",
            cls.text,
        )
        if not head:
            continue
        target = targets_by_text.get(head.group(1))
        if target is None:
            continue
        predicate = "inhibits" if head.group(2) in ("inhibitor", "antagonist", "blocker") else "targets"
        yield sentence.statement(cls, predicate, target, "compositional", 0.8)
