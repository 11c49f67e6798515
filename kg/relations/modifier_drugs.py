"""A drug named only as a modifier of the patients or their disease is not given in the sentence.

"patients with trastuzumab-resistant breast cancer", "chemotherapy-refractory colorectal cancer", "ROS1
TKI-naïve patients", "steroid-refractory acute GVHD", "cisplatin-ineligible patients", "a chemotherapy-free
regimen": the drug before the hyphen says what the patients had (or never had), not what the sentence gives
them. Such a drug is in no combination, trial arm, side effect or class membership of the sentence. A drug the
disease resisted or the patients had before was still used for it (the rulebook: prior treatment is use), so its
``treats`` stays; a drug the patients never had ("-naïve", "-free", "-ineligible") keeps nothing. The rule reads
an entity as a modifier only when every mention of it in the sentence is one ("tamoxifen-treated women" of a
trial are its arm, so "-treated" is not a modifier word).
"""

from __future__ import annotations

import re

from kg.model import Statement
from kg.relations.sentence import DRUGLIKE, Sentence

__all__ = ["without_modifier_drugs"]

# the words after the hyphen: a drug the patients had before ("resisted"), or never had
_HAD = re.compile(r"-(?:resistant|refractory|pretreated|pre-treated|experienced|intolerant)\b", re.IGNORECASE)
_NEVER = re.compile(r"-(?:na[iï]ve|free|ineligible)\b", re.IGNORECASE)
_ANY = re.compile(rf"{_HAD.pattern}|{_NEVER.pattern}", re.IGNORECASE)
# what may stand between a drug's name and the hyphen: a mark, a brand in parentheses, the parenthesis it ends
_ASIDE = re.compile(r"^(?:[®™]|\s*\([^()]{1,40}\))*\)?")


def without_modifier_drugs(sentence: Sentence, read: list[Statement]) -> list[Statement]:
    """The statements read, less those of a drug the sentence names only as a modifier ("X-resistant",
    "X-naïve"): only the ``treats`` of a drug the patients had before stays.

    >>> from kg.documents import parse_document
    >>> from kg.model import Mention
    >>> text = "B was given to patients with A-resistant C."
    >>> doc = parse_document(text, "x.md")
    >>> b = Mention(doc.id, 0, 1, "B", "B", "b", "drug", "dictionary", 0.9)
    >>> a = Mention(doc.id, 29, 30, "A", "A", "a", "drug", "dictionary", 0.9)
    >>> c = Mention(doc.id, 40, 41, "C", "C", "c", "disease", "dictionary", 0.9)
    >>> sentence = Sentence(doc, 0, len(text), [b, a, c])
    >>> read = [sentence.statement(a, "treats", c, "verb", 0.7), sentence.statement(b, "combined_with", a,
    ...         "coordination", 0.7)]
    >>> [(s.subject, s.predicate, s.object) for s in without_modifier_drugs(sentence, read)]
    [('A', 'treats', 'C')]
    """
    if not read or not _ANY.search(sentence.text):
        return read
    had, never = _modifiers(sentence)
    if not had and not never:
        return read
    return [s for s in read if not ({s.subject, s.object} & never)
            and (s.predicate == "treats" or not ({s.subject, s.object} & had))]


def _modifiers(sentence: Sentence) -> tuple[set[str], set[str]]:
    """The ids of the drugs every mention of which in the sentence is followed by a "had before" word, and of
    those followed by a "never had" word."""
    text = sentence.document.text
    kinds: dict[str, set[str]] = {}
    for mention in sentence.of(*DRUGLIKE):
        after = _ASIDE.sub("", text[mention.end : mention.end + 60])  # "cisplatin (Platinol®)-resistant"
        kind = "had" if _HAD.match(after) else "never" if _NEVER.match(after) else "given"
        kinds.setdefault(mention.id, set()).add(kind)
    had = {entity for entity, found in kinds.items() if found == {"had"}}
    never = {entity for entity, found in kinds.items() if found == {"never"}}
    return had, never
