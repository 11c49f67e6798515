"""``member_of_class`` from two ways research news names a drug's kind that the apposition and copula rules of
:mod:`kg.relations.membership` do not read: "X became the first PD-1 inhibitor to be approved" ("the first agent
from a class of drugs known as C") and an apposition whose class carries several describing words
("docetaxel—a semi-synthetic, second-generation taxane")."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from kg.model import Statement
from kg.relations.list_position import follows_list_comma
from kg.relations.sentence import Sentence

# "became the first", "was the second", "is the only": an ordinal the drug is set as, of the class that follows
_FIRST_OF = re.compile(
    # (from a brand named in brackets after the generic name: ") became the first")
    r"^[\s®™]*\)?\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*(?:which|who)\s[^,;]{1,100},)?,?\s*(?:is|was|became|has\s+become|becomes|will\s+become)\s+(?:also\s+)?"
    r"(?:the|a|an)\s+(?:first|second|third|fourth|fifth|only|latest|newest)\s+"
    r"(?:(?:new|oral|approved|such)\s+)?"
    r"(?:(?:drug|agent|medicine|member|therapy)\s+(?:from|of|in)\s+(?:a|the)\s+(?:new\s+)?(?:class|group|family|type)\s+"
    r"of\s+(?:drugs|agents|medicines|therapies)\s+(?:known\s+as|called)\s+)?$",
    re.I,
)
# ", a semi-synthetic, second-generation ": an article and describing words (a comma between them) before the class
_DESCRIBED_APPOSITION = re.compile(r"^\s*(?:\([^()]{1,40}\)\s*)?[,—–]\s*an?\s+(?P<words>(?:[\w-]+,?\s+){2,5})$", re.I)
_NOT_A_DESCRIPTION = re.compile(
    r"\b(?:and|or|with|that|which|who|the|for|to|of|in|by|plus|than|is|are|was|were|used|given|drug|agent|"
    r"combination|regimen|such|like|including|other)\b",
    re.I,
)
_CLASS_ENDS = re.compile(r"^\s*(?:[-‐]\s*(?:based|containing|like|related)|(?:,\s*|\s+)(?:and|or|plus)\s)", re.I)


def kind_phrases(sentence: Sentence) -> Iterator[Statement]:
    """``member_of_class`` for "X became the first C" and "X, a described, qualified C".

    >>> from kg.documents import parse_document
    >>> from kg.model import Mention
    >>> doc = parse_document("Nivolumab became the first PD-1 inhibitor to be approved.", "x.md")
    >>> drug = Mention(doc.id, 0, 9, "Nivolumab", "D1", "nivolumab", "drug", "dictionary", 0.9)
    >>> cls = Mention(doc.id, 27, 41, "PD-1 inhibitor", "K1", "pd-1 inhibitor", "drug_class", "dictionary", 0.9)
    >>> [(s.subject, s.predicate, s.object) for s in kind_phrases(Sentence(doc, 0, 57, [drug, cls]))]
    [('D1', 'member_of_class', 'K1')]
    """
    text = sentence.document.text
    mentions = sentence.of("drug", "drug_class")
    for drug, cls in itertools.pairwise(mentions):
        if drug.type != "drug" or cls.type != "drug_class" or _CLASS_ENDS.match(text[cls.end : cls.end + 12]):
            continue
        between = text[drug.end : cls.start]
        if _FIRST_OF.match(between):
            yield sentence.statement(drug, "member_of_class", cls, "apposition", 0.8)
            continue
        described = _DESCRIBED_APPOSITION.match(between)
        if described and "," in described.group("words") and not _NOT_A_DESCRIPTION.search(described.group("words")) \
                and not follows_list_comma(sentence, drug):
            yield sentence.statement(drug, "member_of_class", cls, "apposition", 0.8)

