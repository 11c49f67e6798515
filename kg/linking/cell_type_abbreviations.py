"""A cell type written before a disease's abbreviation names the sub-type: "B-cell ALL", "T-cell ALL", "B-cell NHL".

Pages define "acute lymphoblastic leukemia (ALL)" once and then write "B-cell ALL" or "T-cell ALL" for the
sub-types, which the linker read as the abbreviation alone (the parent disease). Where the vocabulary knows the
cell type followed by the abbreviation's disease name ("B-cell acute lymphoblastic leukemia"), the mention is
widened over the cell type and names that sub-type; otherwise it is left as it is. A cell type that is itself part
of a longer name ("diffuse large B-cell NHL (DLBCL)") is left to the readers of that name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.linking.resolve import resolve_name
from kg.model import Mention
from kg.vocabulary.store import Vocabulary

__all__ = ["cell_type_abbreviations"]

_ABBREVIATION = re.compile(r"[A-Z]{2,5}s?\Z")
_CELL_TYPE_BEFORE = re.compile(r"(?<![\w-])((?:B|T|NK)-cell)[ -]\Z")
# words that make the cell type part of a longer name: "diffuse large B-cell NHL", "mature T-cell ..."
_LONGER_NAME = re.compile(r"\b(?:large|small|diffuse|mature|immature|precursor|peripheral|cutaneous|mediastinal|"
                          r"anaplastic)\s+\Z", re.IGNORECASE)


def cell_type_abbreviations(mentions: list[Mention], text: str, vocabulary: Vocabulary) -> list[Mention]:
    """Disease abbreviations widened over a cell type right before them, where the vocabulary names the sub-type.

    >>> from kg.vocabulary import default_vocabulary
    >>> text = "Children with T-cell ALL got nelarabine."
    >>> m = Mention("x", 21, 24, "ALL", "MONDO:0004967", "acute lymphoblastic leukemia", "disease", "abbreviation", 0.8)
    >>> [(w.text, w.label) for w in cell_type_abbreviations([m], text, default_vocabulary())]
    [('T-cell ALL', 'T-cell acute lymphoblastic leukemia')]
    """
    widened: list[Mention] = []
    for mention in mentions:
        cell = _CELL_TYPE_BEFORE.search(text, max(0, mention.start - 8), mention.start)
        if (mention.type != "disease" or cell is None or not _ABBREVIATION.fullmatch(mention.text)
                or _LONGER_NAME.search(text, max(0, cell.start() - 20), cell.start())):
            widened.append(mention)
            continue
        found = resolve_name(vocabulary, f"{cell.group(1)} {mention.label}", only=("disease",))
        if found is None or found.id == mention.id:
            widened.append(mention)
            continue
        widened.append(replace(mention, start=cell.start(), text=text[cell.start() : mention.end], id=found.id,
                               label=found.label, xrefs=()))
    return widened
