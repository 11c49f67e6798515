"""``combined_with`` from a treatment option written as a list item of drugs joined by "and": under "Treatment of
stage IV melanoma may include the following:", the item "- Nivolumab and ipilimumab." is one option, the two drugs
given together. An item that gives alternatives ("- Nivolumab or ipilimumab") or a class with its members
("- Chemotherapy with cisplatin and etoposide") is read by the other rules.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from kg.model import Mention, Statement
from kg.relations import cues
from kg.relations.list_items import treatment_lead
from kg.relations.sentence import Sentence

_ITEM_OPENING = re.compile(r"^[\s*-]*(?:the\s+)?$", re.I)
_JOIN = re.compile(r"^\s*(?:and|plus|\+)\s*$", re.I)
_EXAMPLES = re.compile(r"\s*\(([^()]{1,120})\)")  # "immunotherapy (atezolizumab or durvalumab)"
# a verb after the options makes the line a sentence about them ("X and Y are approved to reduce risk", "X and Y
# may also help"), which the sentence rules read
_VERB_AFTER = re.compile(r"\b(?:is|are|was|were|may|might|can|could|has|have|had|help|helps|work|works)\b", re.I)


def option_combinations(sentence: Sentence) -> Iterator[Statement]:
    """An item under a treatment lead-in that opens with drugs (or classes) joined by "and" or "plus": each
    is ``combined_with`` the others. A class followed by its members in brackets stands for them, which are
    alternatives to each other ("immunotherapy (atezolizumab or durvalumab) and chemotherapy").

    >>> from kg.documents import parse_document
    >>> doc = parse_document("Treatment may include:\\n\\n- Nivolumab and ipilimumab.\\n", "x.md")
    >>> a = Mention(doc.id, 23, 32, "Nivolumab", "D1", "nivolumab", "drug", "dictionary", 0.9)
    >>> b = Mention(doc.id, 37, 47, "ipilimumab", "D2", "ipilimumab", "drug", "dictionary", 0.9)
    >>> item = Sentence(doc, 23, 48, [a, b])
    >>> item.lead_in = "Treatment may include:"
    >>> [(s.subject, s.predicate, s.object) for s in option_combinations(item)]
    [('D1', 'combined_with', 'D2')]
    """
    lead = sentence.lead_in
    if not lead or sentence.soft_lead or not treatment_lead(lead):
        return
    if cues.INVESTIGATIONAL.search(lead + " " + sentence.text):
        return
    options = _joined_options(sentence)
    if len(options) < 2 or _VERB_AFTER.search(sentence.document.text[options[-1][-1].end : sentence.end]):
        return
    seen: set[frozenset[str]] = set()
    for left_group, right_group in itertools.combinations(options, 2):
        for left, right in itertools.product(left_group, right_group):
            pair = frozenset((left.id, right.id))
            if left.id != right.id and pair not in seen and not _nested(left, right):
                seen.add(pair)
                yield sentence.statement(left, "combined_with", right, "list", 0.7)


def _nested(left: Mention, right: Mention) -> bool:
    """One class named inside the other's name ("immunotherapy and chemoimmunotherapy"): two kinds of treatment,
    not two parts of one."""
    low, high = left.text.lower(), right.text.lower()
    return left.type == right.type == "drug_class" and (low in high or high in low)


def _joined_options(sentence: Sentence) -> list[list[Mention]]:
    """The parts the item opens with, each a list of the drugs that can stand in it: a drug, a class, or a
    class's bracketed members."""
    text = sentence.document.text
    named = sentence.of("drug", "drug_class")
    if not named or not _ITEM_OPENING.match(text[sentence.start : named[0].start]):
        return []
    options: list[list[Mention]] = []
    index = 0
    while index < len(named):
        mention = named[index]
        part, index = [mention], index + 1
        bracket = _EXAMPLES.match(text, mention.end)
        if bracket:
            inside = [m for m in named[index:] if m.end <= bracket.end()]
            index += len(inside)
            members = [m for m in inside if m.type == "drug" and m.id != mention.id]
            if mention.type == "drug_class" and members:
                part = members
            elif any(m.id != mention.id for m in inside):
                return options if len(options) > 1 else []  # "X (Y and Z)": not a plain option
        options.append(part)
        if index >= len(named):
            break
        if not _JOIN.match(text[(bracket.end() if bracket else mention.end) : named[index].start]):
            break
    return options
