"""What a dictionary link's anchor names when no vocabulary term does: its type from the head word, and a
display label."""

from __future__ import annotations

import re

from kg.linking.matcher import name_key
from kg.linking.resolve import GENERIC_KEYS

_CLASS_HEADS = re.compile(
    r"\b(inhibitors?|antagonists?|agonists?|blockers?|antibod(?:y|ies)|therap(?:y|ies)|chemotherapy|"
    r"immunotherapy|vaccines?|drugs?|agents?|analogs?|modulators?|degraders?)\s*$",
    re.IGNORECASE,
)
_ENDPOINT_HEADS = re.compile(
    r"\b(survival|response rates?|duration of response|quality of life|disease control|time to [a-z ]+)\s*$",
    re.IGNORECASE,
)
_AE_HEADS = re.compile(r"\b(toxicity|pain|loss|neuropathy|nausea|rash|fatigue|bleeding)\s*$", re.I)


def guess_type(anchor: str) -> str | None:
    """The entity type a dictionary anchor names, from its head word; None when it is none of ours.

    >>> guess_type("aromatase inhibitor"), guess_type("progression-free survival"), guess_type("postmenopausal")
    ('drug_class', 'endpoint', None)
    """
    if name_key(anchor) in GENERIC_KEYS:
        return None
    if _CLASS_HEADS.search(anchor):
        return "drug_class"
    if _ENDPOINT_HEADS.search(anchor):
        return "endpoint"
    if _AE_HEADS.search(anchor):
        return "adverse_event"
    return None


def anchor_label(anchor: str, entity_type: str) -> str:
    """A display label for an entity known only from an anchor: singular and lower case unless an acronym.

    >>> anchor_label("Aromatase inhibitors", "drug_class")
    'aromatase inhibitor'
    """
    words = anchor.split()
    words = [w if sum(c.isupper() for c in w) > 1 else w.lower() for w in words]
    label = " ".join(words)
    if entity_type == "drug_class":
        label = re.sub(r"(inhibitor|antagonist|agonist|blocker|drug|agent|modulator)s$", r"\1", label)
        label = re.sub(r"antibodies$", "antibody", label)
        label = re.sub(r"therapies$", "therapy", label)
    return label


__all__ = ["anchor_label", "guess_type"]
