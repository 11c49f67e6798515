"""``member_of_class`` from "used as": a drug (or a class) used as a kind of drug is one of that kind.

"Bleomycin is an antibiotic that is used as a chemotherapy drug", "Letrozole is sometimes used as a hormone
therapy for breast cancer", "GnRH agonists are used as a hormone therapy": the class after "used as a" is the
kind, named with a kind noun ("drug", "agent", "medicine") or as a therapy category ("hormone therapy",
"targeted therapy"). A setting is no kind ("used as a maintenance therapy" says when the drug is given, not what
it is); the linker names no class by a setting, so none reaches this reader.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.model import Statement
from kg.regex_prefilter import prefilter_patterns
from kg.relations.sentence import DRUGLIKE, Sentence

__all__ = ["used_as_kind"]

_USED_AS = re.compile(r"^[^.;:()]{0,60}?\bused\s+as\s+an?\s+$", re.I)
_NOT_A_KIND = re.compile(r"\b(?:with|plus|after|before|instead|than|or|and)\b", re.I)
_KIND_NOUN_AFTER = re.compile(r"^\s+(?:drugs?|agents?|medicines?)\b", re.I)
_THERAPY_CATEGORY = re.compile(r"^(?:\w+[ -])*(?:therapy|therapies)$", re.I)


def used_as_kind(sentence: Sentence) -> Iterator[Statement]:
    """``member_of_class``: the drug or class that opens the sentence, of each class it is "used as".

    >>> from kg.documents import parse_document
    >>> from kg.model import Mention
    >>> doc = parse_document("Letrozole is sometimes used as a hormone therapy for breast cancer.", "x.md")
    >>> drug = Mention("x", 0, 9, "Letrozole", "NCIT:C1527", "letrozole", "drug", "d", 0.9)
    >>> cls = Mention("x", 33, 48, "hormone therapy", "KG:drug_class/hormone-therapy", "hormone therapy",
    ...               "drug_class", "d", 0.9)
    >>> [s.object for s in used_as_kind(Sentence(doc, 0, 67, [drug, cls]))]
    ['KG:drug_class/hormone-therapy']
    """
    text = sentence.document.text
    mentions = sentence.of(*DRUGLIKE)
    if not mentions:
        return
    subject = mentions[0]
    previous = subject
    for mention in mentions[1:]:
        if mention.type != "drug_class":
            return  # another drug: the sentence goes on about it
        gap = text[previous.end : mention.start]
        if _USED_AS.match(gap) and not _NOT_A_KIND.search(gap) and _names_a_kind(text, mention.start, mention.end):
            yield sentence.statement(subject, "member_of_class", mention, "apposition", 0.8)
        previous = mention


def _names_a_kind(text: str, start: int, end: int) -> bool:
    """Whether the class after "used as a" names a kind of drug: a kind noun follows it, or it is a therapy
    category.

    >>> t = "used as a hormone therapy; used as a chemotherapy drug; used as a chemotherapy"
    >>> [_names_a_kind(t, s, s + n) for s, n in ((10, 15), (37, 12), (66, 12))]
    [True, True, False]
    """
    if _KIND_NOUN_AFTER.match(text[end:]):
        return True
    name = text[start:end]
    return bool(_THERAPY_CATEGORY.match(name))


prefilter_patterns(globals())  # the same matches, scanned faster (see kg.regex_prefilter)
