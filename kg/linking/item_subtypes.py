"""Lymphoma and leukemia sub-types named at the start of an indication list item.

Drug pages list their approved uses one disease to an item ("- Lymphocytic lymphoma (nodular or diffuse).",
"- large B-cell lymphoma in patients who had follicular lymphoma"). Where the vocabulary knows only the head of
such a name ("lymphoma", "B-cell lymphoma"), the words before the head name the sub-type, which the rulebook keeps
apart from its parent: the mention is widened over them and names a disease of its own. Stage, course and
behaviour words ("advanced", "relapsed", "aggressive") name no sub-type and leave the mention as it is.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from kg.identifiers import mint
from kg.linking.diseases import COURSE_WORDS
from kg.linking.name_checks import QUALIFIERS
from kg.model import Document, Mention

_HEAD = re.compile(r"(?:lymphomas?|leukemias?)$", re.I)
# one to three words before the head, at the very start of the item
_PREFIX = re.compile(r"[A-Za-z][A-Za-z-]*(?: [A-Za-z][A-Za-z-]*){0,2} ")
# words that say how a disease behaves, how much of it, or who has it: no sub-type
_NOT_SUBTYPE = frozenset("""aggressive indolent slow-growing fast-growing certain some other most all any
    unresectable resectable inoperable symptomatic asymptomatic persistent progressive primary secondary
    pediatric paediatric adult adults childhood chronic-phase treated
    a an the of in on for with among from to by as at and or but than who whose that which this these those
    after before during without about between patients people children survivors""".split())


def item_subtypes(mentions: list[Mention], document: Document) -> list[Mention]:
    """Mentions with a lymphoma or leukemia head widened over the sub-type words that open a list item.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("It treats:\\n\\n- Mixed-cell type lymphoma.\\n- Advanced lymphoma.\\n", "x.md")
    >>> ends = [i for i in range(len(doc.text)) if doc.text.startswith("lymphoma", i)]
    >>> found = [Mention("x.md", i, i + 8, "lymphoma", "M:1", "lymphoma", "disease", "dictionary", 0.9) for i in ends]
    >>> [(m.text, m.label) for m in item_subtypes(found, doc)]
    [('Mixed-cell type lymphoma', 'mixed-cell type lymphoma'), ('lymphoma', 'lymphoma')]
    """
    text = document.text
    item_starts = sorted(b.start for b in document.blocks if b.kind == "list_item")
    if not item_starts:
        return mentions
    taken = sorted((m.start, m.end) for m in mentions)
    widened: list[Mention] = []
    for mention in mentions:
        at = bisect_right(item_starts, mention.start) - 1
        if (at < 0 or mention.type != "disease" or mention.method != "dictionary"
                or not _HEAD.search(mention.text)):
            widened.append(mention)
            continue
        start = item_starts[at]
        prefix = text[start : mention.start]
        words = prefix.lower().split()
        if (not _PREFIX.fullmatch(prefix) or any(w in QUALIFIERS or w in COURSE_WORDS or w in _NOT_SUBTYPE
                                                 for w in words)
                or any(start <= s < mention.start for s, _ in taken)):
            widened.append(mention)
            continue
        name = text[start : mention.end]
        label = name if name[:2].isupper() else name[0].lower() + name[1:]
        widened.append(replace(mention, start=start, text=name, id=mint("disease", label.lower()), label=label,
                               xrefs=(), method="pattern", confidence=0.75))
    return widened
