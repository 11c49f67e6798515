"""``member_of_class`` stated by a class noun that stands for a drug named before it.

A report names a drug and then refers to it by its kind: "Trametinib was approved to treat melanoma. The approval
was based on a trial of the MEK inhibitor ...", "... the monoclonal antibody is approved to treat A and B". The
class noun is read as the drug (:func:`kg.relations.anaphora.definite_class_as_drug`), and the reference itself
says the drug is one of that class.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator

from kg.model import Mention, Statement
from kg.relations.sentence import Sentence

__all__ = ["anaphor_members"]


# classes that say nothing of a drug's kind ("the study agent", "the anticancer drug")
_GENERIC = re.compile(r"^(?:anti-?cancer|study|investigational|cancer|new)\s+(?:drug|agent|medicine)s?$", re.I)


def anaphor_members(sentence: Sentence, drug: Mention | None, previous: Sentence | None) -> Iterator[Statement]:
    """``member_of_class`` for the drug a definite class noun of the sentence refers back to, when the sentence
    just before it in the same paragraph names the drug (and not the class: "Conjugates consist of a monoclonal
    antibody ... The monoclonal antibody binds" is the class again). The evidence is both sentences.

    >>> from kg.documents import parse_document
    >>> from kg.relations.anaphora import definite_class_as_drug
    >>> doc = parse_document("Trametinib is approved. Patients took the MEK inhibitor daily.", "x.md")
    >>> t = doc.text
    >>> drug = Mention("x", 0, 10, "Trametinib", "D1", "trametinib", "drug", "dictionary", 0.9)
    >>> mek = Mention("x", t.index("MEK"), t.index(" daily"), "MEK inhibitor", "K1", "MEK inhibitor", "drug_class",
    ...               "dictionary", 0.9)
    >>> second = Sentence(doc, 24, len(t), [mek])
    >>> definite_class_as_drug(second, drug)
    >>> first = Sentence(doc, 0, 23, [drug])
    >>> [(s.subject_text, s.predicate, s.object_text) for s in anaphor_members(second, drug, first)]
    [('Trametinib', 'member_of_class', 'MEK inhibitor')]
    """
    kind = sentence.class_anaphor
    if kind is None or drug is None or drug.type != "drug" or drug.method == "anaphora" or previous is None:
        return
    if drug not in previous.mentions or any(m.id == kind.id for m in previous.mentions):
        return  # the drug was named further back, or the noun names the class the sentence before spoke of
    text = sentence.document.text
    if "\n" in text[previous.end : sentence.start] or _GENERIC.match(kind.label) or text[kind.end : kind.end + 1] in (
            "/", "-"):
        return  # another paragraph; "the study agent"; "the alkylating agent/radiation-related leukemias"
    if not any(m.start == kind.start and m.id == drug.id for m in sentence.mentions):
        return  # the class noun was not read as this drug
    wider = copy.copy(sentence)
    wider.context_start = min(sentence.context_start, previous.start)
    yield wider.statement(drug, "member_of_class", kind, "anaphora", 0.7, outside=True)
