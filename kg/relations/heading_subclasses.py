"""Subclasses listed under a heading that is a class's name: "Targeted therapy" (the heading), a paragraph that
defines it, then "- Monoclonal antibodies: ..." and "- Kinase inhibitors: ..." (list items labelled with a class).

Treatment summaries and treatment-type pages list the kinds of a therapy this way without a lead-in such as "Types
of targeted therapy include:" (which ``subclass_lists`` and the list readers already read). The rulebook counts a
subclass as a member of its class, so each labelled item's class is a member of the heading's class.

Not read: an item under a lead-in that ends with a colon and says the items go with the class ("may be given
with:"), an item class that the rules already gave a class in the same section (a nearer lead-in named it), and an
item that is the heading's class with a route or setting before it ("Intravitreal chemotherapy" under
"Chemotherapy"), which is no new class.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence

from kg.model import Block, Document, Evidence, Mention, Statement
from kg.regex_prefilter import prefilter_patterns

# the label after the class: "- Monoclonal antibody therapy:", "- PARP inhibitors:"
_LABEL_END = re.compile(r"\s*(?:therapy|therapies|treatment|drugs?)?\s*:")
# what may stand before the class in its label: list marks and targets joined to it ("- PD-1 and PD-L1 inhibitor")
_TARGET_GLUE = re.compile(r"^(?:\s|,|\band\b|\bor\b|/)*$")
# a lead-in whose items are kinds of the class, not what it is given with
_KINDS_LEAD = re.compile(r"\b(?:types?|kinds?|class(?:es)?|includes?|including|following|such\s+as|called)\b", re.I)


def _heading_class(document: Document, mentions: Sequence[Mention], starts: list[int], index: int) -> Mention | None:
    """The class a heading names when the heading is nothing but that class's name ("Targeted therapy")."""
    heading = document.headings[index]
    named = mentions[bisect_left(starts, heading.start) : bisect_left(starts, heading.end)]
    if len(named) != 1 or named[0].type != "drug_class":
        return None
    if document.text[heading.start : heading.end].strip(" .:*#") != named[0].text:
        return None
    return named[0]


def _label_classes(text: str, item: Block, inside: Sequence[Mention]) -> list[Mention]:
    """The classes an item is labelled with ("- Monoclonal antibodies: ...", "- PD-1 and PD-L1 inhibitor therapy:"
    when both are classes), or none."""
    at = item.start
    coordinated: list[Mention] = []  # classes joined to the labelled one before it
    for mention in inside:
        if mention.type == "target" and _TARGET_GLUE.match(text[at : mention.start].strip(" -*")):
            at = mention.end
            continue
        if mention.type != "drug_class" or not _TARGET_GLUE.match(text[at : mention.start].strip(" -*")):
            return []
        if _LABEL_END.match(text, mention.end, item.end):
            return [*coordinated, mention]
        coordinated.append(mention)
        at = mention.end
    return []


def _labelled_items(document: Document, start: int, end: int) -> Iterator[Block]:
    """The list items of a section whose list lead-in (the block before the list), if it ends with a colon, says
    the items are kinds of something."""
    text = document.text
    previous: Block | None = None
    lead_fits = True
    for block in document.blocks:
        if block.start < start or block.start >= end:
            continue
        if block.kind == "list_item":
            if previous is not None and previous.kind != "list_item":
                lead = text[previous.start : previous.end].rstrip()
                lead_fits = not lead.endswith(":") or _KINDS_LEAD.search(lead.rsplit(".", 1)[-1]) is not None
            if lead_fits:
                yield block
        previous = block


def _qualified_head(kind: Mention, cls: Mention) -> bool:
    """Whether the item's class is the heading's class with a qualifier before it ("Intravitreal chemotherapy"
    under "Chemotherapy"): a route or setting makes no new class.

    >>> c = Mention("d", 0, 12, "Chemotherapy", "K1", "chemotherapy", "drug_class", "dictionary", 0.9)
    >>> _qualified_head(Mention("d", 20, 44, "Intravitreal chemotherapy", "K2", "x", "drug_class", "x", 0.9), c)
    True
    """
    return kind.text.lower().endswith(" " + cls.text.lower())


def heading_subclasses(document: Document, mentions: Sequence[Mention], read: list[Statement]) -> list[Statement]:
    """``read`` and a ``member_of_class`` of the heading's class for each class labelling a list item of a section
    headed by a class's name. ``mentions`` are the document's, sorted by start.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("## Targeted therapy\\n\\nIt attacks cells.\\n\\n- PARP inhibitors: they block PARP.\\n",
    ...                      "x.md")
    >>> tt = Mention(doc.id, 0, 16, "Targeted therapy", "K1", "targeted therapy", "drug_class", "dictionary", 0.9)
    >>> at = doc.text.index("PARP inhibitors")
    >>> parp = Mention(doc.id, at, at + 15, "PARP inhibitors", "K2", "PARP inhibitor", "drug_class", "dictionary",
    ...                0.9)
    >>> [(s.subject, s.predicate, s.object) for s in heading_subclasses(doc, [tt, parp], [])]
    [('K2', 'member_of_class', 'K1')]
    """
    headings = document.headings
    if not headings:
        return read
    text = document.text
    starts = [m.start for m in mentions]
    added: list[Statement] = []
    for index, heading in enumerate(headings):
        cls = _heading_class(document, mentions, starts, index)
        if cls is None:
            continue
        end = headings[index + 1].start if index + 1 < len(headings) else len(text)
        placed = {s.subject for s in read
                  if s.predicate == "member_of_class" and heading.end <= s.evidence.start < end}
        for item in _labelled_items(document, heading.end, end):
            inside = mentions[bisect_left(starts, item.start) : bisect_left(starts, item.end)]
            for kind in _label_classes(text, item, inside):
                if kind.id == cls.id or kind.id in placed or _qualified_head(kind, cls):
                    continue
                placed.add(kind.id)
                label_end = text.find(":", kind.end, item.end) + 1
                evidence = Evidence(doc=document.id, sentence=f"{cls.text} [...] {text[item.start : label_end]}",
                                    start=cls.start, end=label_end, method="section",
                                    confidence=round(0.6 * min(kind.confidence, cls.confidence) ** 0.5, 3))
                added.append(Statement(kind.id, "member_of_class", cls.id, evidence, kind.text, cls.text))
    return read + added


prefilter_patterns(globals())  # the same matches, scanned faster (see kg.regex_prefilter)
