"""What a dictionary link's anchor names when no vocabulary term does: its type from the head word, and a
display label."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.linking.matcher import name_key
from kg.linking.name_checks import GENERIC_KEYS
from kg.linking.resolve import resolve_name
from kg.model import Mention
from kg.regex_prefilter import prefilter_patterns
from kg.vocabulary.store import Vocabulary

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




_HEAD_AFTER = re.compile(r" (cancers?|carcinomas?|lymphomas?|leukemias?|sarcomas?|tumou?rs?)\b", re.IGNORECASE)


def with_disease_head(mentions: list[Mention], text: str, vocabulary: Vocabulary) -> list[Mention]:
    """A linked organ word followed by a disease head outside the link ("[Biliary tract] cancer", "[Ovarian]
    carcinoma") mentions the disease the whole phrase names.

    >>> from kg.vocabulary import default_vocabulary
    >>> t = "Biliary tract cancer that has spread."
    >>> m = Mention("x", 0, 13, "Biliary tract", "MONDO:0003060", "biliary tract cancer", "disease", "link", 0.97)
    >>> [x.text for x in with_disease_head([m], t, default_vocabulary())]
    ['Biliary tract cancer']
    """
    result: list[Mention] = []
    for mention in mentions:
        head = _HEAD_AFTER.match(text, mention.end) if mention.method == "link" else None
        if head is not None and mention.type in ("disease", "adverse_event") and not _HEAD_AFTER.search(
                " " + mention.text):
            whole = text[mention.start : head.end()]
            found = resolve_name(vocabulary, whole, only=("disease",))
            if found is not None:
                mention = replace(mention, end=head.end(), text=whole, id=found.id, label=found.label,
                                  type="disease")
        result.append(mention)
    return result


def _names_it(mention: Mention, vocabulary: Vocabulary) -> bool:
    """Whether the whole anchor is a name of the linked entity ("Primary mediastinal large B-cell lymphoma"):
    then it is no title around a name, and its span stays whole."""
    found = resolve_name(vocabulary, mention.text, only=(mention.type,))
    return found is not None and found.id == mention.id


def named_inside(mentions: list[Mention], vocabulary: Vocabulary) -> list[Mention]:
    """A link whose anchor is a title around a name ("Drugs Approved for Hodgkin Lymphoma" linked to a list
    page) mentions the entity by that name only: the span shrinks to the words that name it.

    >>> from kg.vocabulary import default_vocabulary
    >>> vocab = default_vocabulary()
    >>> found = resolve_name(vocab, "Hodgkin lymphoma")
    >>> m = Mention("x", 0, 35, "Drugs Approved for Hodgkin Lymphoma", found.id, found.label, "disease", "link", 0.97)
    >>> [(x.start, x.text) for x in named_inside([m], vocab)]
    [(19, 'Hodgkin Lymphoma')]

    An anchor that is itself a name of the entity keeps its span:

    >>> found = resolve_name(vocab, "primary mediastinal large B-cell lymphoma")
    >>> m = Mention("x", 0, 41, "Primary mediastinal large B-cell lymphoma", found.id, found.label, "disease",
    ...             "link", 0.97)
    >>> [x.text for x in named_inside([m], vocab)]
    ['Primary mediastinal large B-cell lymphoma']
    """
    result: list[Mention] = []
    for mention in mentions:
        words = mention.text.split(" ")
        if mention.method in ("link", "anchor") and len(words) >= 3 and mention.type != "trial" and not _names_it(
                mention, vocabulary):
            for index in range(1, len(words)):
                name = " ".join(words[index:])
                found = resolve_name(vocabulary, name, only=(mention.type,))
                if found is not None and found.id == mention.id:
                    offset = len(" ".join(words[:index])) + 1
                    mention = replace(mention, start=mention.start + offset, text=name)
                    break
        result.append(mention)
    return result


__all__ = ["anchor_label", "guess_type", "named_inside", "with_disease_head"]


prefilter_patterns(globals())  # the same matches, scanned faster (see kg.regex_prefilter)
