"""Lymphomas named by the size of their cells: "large B-cell lymphoma", "small B-cell lymphomas".

Lymphoma classifications group B-cell lymphomas by cell size: "large B-cell lymphoma" is the group of diffuse large
B-cell lymphoma and its kin that many approvals name ("adults with large B-cell lymphoma that has come back"). The
vocabularies name the members ("diffuse large B-cell lymphoma", "primary mediastinal large B-cell lymphoma") but not
the group, so the linker found only the broader "B-cell lymphoma" in it. A "B-cell lymphoma" mention with a size
word right before it is widened over that word and names the sub-type of its own (a minted id), as the rulebook
keeps named sub-types apart from their parent. A longer name the vocabulary knows ("diffuse large B-cell
lymphoma") is linked whole before this runs and is left as it is, and a size word after another describing word
("anaplastic large ...", "ALK-positive large ...") belongs to a longer name the vocabulary lacks: nothing is
minted for it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.identifiers import mint
from kg.linking.diseases import COURSE_WORDS
from kg.linking.name_checks import QUALIFIERS
from kg.model import Mention

__all__ = ["cell_size_subtypes"]

_CELL_LYMPHOMA = re.compile(r"B-cell lymphomas?\Z", re.IGNORECASE)
_SIZE_BEFORE = re.compile(r"(?<![\w-])(large|small)[ -]\Z", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([\w-]+)\s*\Z")
# a describing word that starts a longer name ("anaplastic", "mediastinal", "cutaneous", "ALK-positive")
_DESCRIBING = re.compile(r"(?:ic|al|ous|ary|-positive|-negative|-rich|-associated|-related)\Z", re.IGNORECASE)


def cell_size_subtypes(mentions: list[Mention], text: str) -> list[Mention]:
    """Mentions of "B-cell lymphoma" widened over a cell-size word right before them.

    >>> text = "It treats large B-cell lymphoma, not diffuse large B-cell lymphoma."
    >>> m = [Mention("x", 16, 31, "B-cell lymphoma", "MONDO:1", "B-cell lymphoma", "disease", "dictionary", 0.9),
    ...      Mention("x", 37, 66, "diffuse large B-cell lymphoma", "MONDO:2", "diffuse large B-cell lymphoma",
    ...              "disease", "dictionary", 0.9)]
    >>> [w.text for w in cell_size_subtypes(m, text)]
    ['large B-cell lymphoma', 'diffuse large B-cell lymphoma']
    >>> cell_size_subtypes(m, text)[0].label, cell_size_subtypes(m, text)[0].id
    ('large B-cell lymphoma', 'KG:disease/large-b-cell-lymphoma')
    """
    widened: list[Mention] = []
    for mention in mentions:
        size = _SIZE_BEFORE.search(text, max(0, mention.start - 7), mention.start)
        if mention.type != "disease" or size is None or not _CELL_LYMPHOMA.search(mention.text):
            widened.append(mention)
            continue
        start = size.start()
        before = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if before is not None and _describes(before.group(1)):
            widened.append(mention)  # "anaplastic large ...": a longer name
            continue
        name = text[start : mention.end]
        singular = name[:-1] if name.endswith("s") else name
        label = singular[0].lower() + singular[1:]
        widened.append(replace(mention, start=start, text=name, id=mint("disease", label.lower()), label=label,
                               xrefs=(), method="pattern", confidence=0.75))
    return widened


def _describes(word: str) -> bool:
    lowered = word.lower()
    return bool(_DESCRIBING.search(lowered)) and lowered not in COURSE_WORDS and lowered not in QUALIFIERS
