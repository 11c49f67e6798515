"""``member_of_class`` of a regimen named right before its class: "FOLFOX chemotherapy", "ABVD chemotherapy",
"with FOLFIRI combination chemotherapy". A regimen's acronym set before a class noun says which treatment of that
class is given, so the regimen is one of it. (A single drug before the noun is no such statement: "cisplatin
chemotherapy", "platinum chemotherapy" name a chemotherapy by a drug it contains, see
:mod:`kg.relations.membership`.)
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence

from kg.model import Statement
from kg.relations.regimens import is_regimen
from kg.relations.sentence import DRUGLIKE, Sentence

__all__ = ["regimen_kinds"]

# the class goes on into a longer compound: "FOLFOX chemotherapy-related neuropathy"
_COMPOUND_GOES_ON = re.compile(r"^[-‐/]\w")


def regimen_kinds(sentence: Sentence, read: Sequence[Statement] = ()) -> Iterator[Statement]:
    """``member_of_class`` for a regimen followed directly by a class noun (not again when the rules before it,
    whose statements of the sentence are ``read``, already said so).

    >>> from kg.documents import parse_document
    >>> from kg.model import Mention
    >>> doc = parse_document("Patients got FOLFOX chemotherapy.", "x.md")
    >>> folfox = Mention(doc.id, 13, 19, "FOLFOX", "KG:drug/folfox", "FOLFOX", "drug", "dictionary", 0.9)
    >>> chemo = Mention(doc.id, 20, 32, "chemotherapy", "K1", "chemotherapy", "drug_class", "dictionary", 0.9)
    >>> [(s.subject, s.predicate, s.object) for s in regimen_kinds(Sentence(doc, 0, 33, [folfox, chemo]))]
    [('KG:drug/folfox', 'member_of_class', 'K1')]
    """
    text = sentence.document.text
    for regimen, cls in itertools.pairwise(sentence.of(*DRUGLIKE)):
        if not is_regimen(regimen) or cls.type != "drug_class" or text[regimen.end : cls.start] != " ":
            continue
        if _COMPOUND_GOES_ON.match(text[cls.end : cls.end + 2]) or text[regimen.start - 1 : regimen.start] in (
                "-", "‐"):
            continue  # "... chemotherapy-related", "post-RPLND chemotherapy": a longer compound
        if any(s.predicate == "member_of_class" and (s.subject, s.object) == (regimen.id, cls.id) for s in read):
            continue
        yield sentence.statement(regimen, "member_of_class", cls, "class_noun", 0.75)
