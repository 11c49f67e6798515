"""List items that state their own use under a treatment lead-in.

"Treatment of salivary gland tumors may include: - Targeted therapy (larotrectinib) may be used to treat recurrent
salivary gland cancer.": the item names its own disease with a use verb, and, being an item of the lead-in's
list, is a treatment of the lead-in's disease as well.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.model import Mention, Statement
from kg.relations import cues
from kg.relations.sentence import Sentence

# "- Targeted therapy (larotrectinib) may be used to treat recurrent salivary gland cancer.": the item's own use
_USE_BEFORE_DISEASE = re.compile(r"\b(?:is|are|(?:may|can|might) be)\s+used\s+to\s+treat\s+(?:[\w-]+\s+){0,3}$", re.I)


def own_use_item(before_disease: str) -> bool:
    """Whether the item's words before its first disease end in a use verb ("... may be used to treat recurrent").

    >>> own_use_item("- Larotrectinib may be used to treat recurrent "), own_use_item("- surgery, for ")
    (True, False)
    """
    return _USE_BEFORE_DISEASE.search(before_disease) is not None


def own_use_statements(sentence: Sentence, subjects: list[Mention], chained: list[Mention],
                       predicate: str) -> Iterator[Statement]:
    """An item stating its own use ("- Targeted therapy (larotrectinib) may be used to treat recurrent salivary
    gland cancer." under "Treatment of salivary gland tumors may include:"): the drugs and classes before the
    verb treat the diseases it names and those the lead-in itself names (not a page topic the lead-in leaves
    unnamed, nor under "There are different types of targeted therapy:", which lists kinds, not uses).

    >>> from kg.documents import parse_document
    >>> doc = parse_document("Treatment of glioma may include:\\n\\n- Drug X is used to treat ependymoma.\\n", "x.md")
    >>> glioma = Mention(doc.id, 13, 19, "glioma", "C1", "glioma", "disease", "dictionary", 0.9)
    >>> drug = Mention(doc.id, 33, 39, "Drug X", "D1", "drug x", "drug", "dictionary", 0.9)
    >>> own = Mention(doc.id, 57, 67, "ependymoma", "C2", "ependymoma", "disease", "dictionary", 0.9)
    >>> item = Sentence(doc, 33, 68, [drug, own])
    >>> item.lead_in, item.lead_diseases = "Treatment of glioma may include:", [glioma]
    >>> [(s.subject, s.predicate, s.object) for s in own_use_statements(item, [drug], [own], "treats")]
    [('D1', 'treats', 'C2'), ('D1', 'treats', 'C1')]
    """
    lead = sentence.lead_in or ""
    if cues.TYPES_OF.search(lead) and not cues.TREAT.search(lead):
        return
    named = [d for d in sentence.lead_diseases if d.text in lead]
    for subject in subjects:
        for disease in chained:
            yield sentence.statement(subject, "treats", disease, "list", 0.7)  # the item says so itself
        ids = {d.id for d in chained}
        for disease in named:
            if disease.id not in ids:
                ids.add(disease.id)
                yield sentence.statement(subject, predicate, disease, "list", 0.7, outside=True)
