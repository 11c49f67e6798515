"""``member_of_class`` said by an apposition whose class carries describing words: "denosumab, a fully human
monoclonal antibody to RANKL", "pazopanib, a second-generation tyrosine kinase inhibitor with fewer side effects",
"sotorasib, a first-in-class KRAS G12C inhibitor,".

The apposition rule of :mod:`kg.relations.membership` takes a fixed list of describing words ("new", "oral",
"first"); this reader takes any one to four plain words between the article and the class, as
:mod:`kg.relations.copula_kinds` does after a copula. Not read: a drug that is one more item of a list ("A, B, a
fully human antibody, and C"), describing words that set the class beside the drug ("a partner of", "given with"),
and a class that goes on as a compound noun ("a PARP inhibitor resistance study").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence

from kg.model import Statement
from kg.regex_prefilter import prefilter_patterns
from kg.relations.list_position import follows_list_comma
from kg.relations.sentence import DRUGLIKE, Sentence

__all__ = ["described_appositions"]

# the words between the drug and the class: a brand aside, a comma, an article and one to four describing words
_DESCRIBED = re.compile(
    r"^\s*(?:\([^()]{1,40}\)\s*)?,\s*(?:an?|another)\s+(?P<words>(?:[A-Za-z][\w-]*\s+){1,4})$", re.I
)
# describing words that make the class something the drug is given with, compared to, part of, or is not
_NOT_DESCRIBING = re.compile(
    r"\b(?:and|or|with|for|to|of|in|on|by|from|plus|than|after|before|following|versus|vs|given|combined|compared|"
    r"same|as|that|which|who|not|no|non|part|result|alternative|replacement|substitute|addition|partner|backbone|"
    r"drug|drugs|agent|agents|medicine|therapy|treatment|combination|regimen|dose|trial|study|patient|patients)\b",
    re.I,
)
# what may follow the class so that it is the head of the phrase: punctuation, the sentence's end, or a word that
# opens a modifier ("to RANKL", "with fewer side effects", "that blocks", "approved for")
_CLASS_ENDS = re.compile(
    r"^(?:\s*[,.;:)]|\s*$|\s+(?:with|to|that|which|who|for|in|approved|used|being|given|from|by|targeting|against|"
    r"designed|developed|made|taken|is|was|has|had|known|called|currently|now|also)\b)",
    re.I,
)


def described_appositions(sentence: Sentence, read: Sequence[Statement] = ()) -> Iterator[Statement]:
    """``member_of_class`` for "X, a <describing words> C" (not again when the rules before it, whose statements of
    the sentence are ``read``, already said so).

    >>> from kg.documents import parse_document
    >>> from kg.model import Mention
    >>> doc = parse_document("It was denosumab, a fully human monoclonal antibody to RANKL.", "x.md")
    >>> drug = Mention(doc.id, 7, 16, "denosumab", "D1", "denosumab", "drug", "dictionary", 0.9)
    >>> cls = Mention(doc.id, 32, 51, "monoclonal antibody", "K1", "monoclonal antibody", "drug_class", "d", 0.9)
    >>> [(s.subject, s.predicate, s.object) for s in described_appositions(Sentence(doc, 0, 61, [drug, cls]))]
    [('D1', 'member_of_class', 'K1')]
    """
    text = sentence.document.text
    mentions = sentence.of(*DRUGLIKE)
    given = {(s.subject, s.object) for s in read if s.predicate == "member_of_class"}
    for drug, cls in itertools.pairwise(mentions):
        if drug.type != "drug" or cls.type != "drug_class" or drug.start < sentence.start:
            continue
        found = _DESCRIBED.match(text[drug.end : cls.start])
        if found is None or _NOT_DESCRIBING.search(found.group("words")):
            continue
        if not _CLASS_ENDS.match(text[cls.end : min(sentence.end, cls.end + 20)]):
            continue  # "a new PARP inhibitor resistance study": the class is part of a longer noun
        if follows_list_comma(sentence, drug) or (drug.id, cls.id) in given:
            continue
        given.add((drug.id, cls.id))
        yield sentence.statement(drug, "member_of_class", cls, "apposition", 0.75)


prefilter_patterns(globals())  # the same matches, scanned faster (see kg.regex_prefilter)
