"""Words around a drug's partners that do not change who is given with whom.

- A drug given "with either A or B" is given with A and with B: the "either" only says the two are alternatives
  (they are not combined with each other, see :func:`kg.relations.combinations._alternatives`), so the words
  before the first alternative are read without it.
  Only a plain list of single alternatives is read so ("with either A, B, or C"): "with either A and B or C and D"
  offers whole regimens, whose drugs are not each given with the lead drug's partners.
- A dose word before a listed drug ("A, B, or low-dose C") does not end the list."""

from __future__ import annotations

import itertools
import re

from kg.model import Mention
from kg.relations import cues
from kg.relations.sentence import Sentence, text_between

__all__ = ["alternatives_only", "without_dose", "without_either"]

_EITHER_END = re.compile(r"(?<=\s)either\s+(?:the\s+|an?\s+)?$", re.I)
_DOSE_END = re.compile(r"(?<=\s)" + cues.DOSE + r"$", re.I)


def without_either(before: str) -> str:
    """The words before a partner with a trailing "either" (and its article) taken out.

    >>> without_either("Venetoclax is given with either ")
    'Venetoclax is given with '
    >>> without_either("combined with either the ")
    'combined with '
    >>> without_either("treated with ")
    'treated with '
    """
    return _EITHER_END.sub("", before)


def without_dose(glue: str) -> str:
    """The words between two listed drugs with a dose word before the second taken out.

    >>> without_dose(", or low-dose "), without_dose(" and high dose "), without_dose(", ")
    (', or ', ' and ', ', ')
    """
    return _DOSE_END.sub("", glue)


# the words between two single alternatives: ", ", " or ", ", or " (a bracketed aside allowed)
_ALTERNATIVE_GLUE = re.compile(r"^\s*(?:\([^()]{1,80}\)\s*)?(?:,\s*(?:or\s+)?|or\s+)" + cues.DOSE + "$", re.I)


def alternatives_only(sentence: Sentence, drugs: list[Mention]) -> bool:
    """Whether the drugs from the first on are single alternatives up to the end of their list ("A, B, or C" and
    not "A and B or C"): the first run of drugs joined by list words has no "and" in it.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("with either A, B, or C and D", "x.md")
    >>> def drug(start: int) -> Mention:
    ...     return Mention(doc.id, start, start + 1, doc.text[start], f"D{start}", "d", "drug", "dictionary", 0.9)
    >>> alternatives_only(Sentence(doc, 0, 28, []), [drug(12), drug(15), drug(21)])
    True
    >>> alternatives_only(Sentence(doc, 0, 28, []), [drug(12), drug(15), drug(21), drug(27)])
    False
    """
    text = sentence.document.text
    for left, right in itertools.pairwise(drugs):
        glue = text_between(text, left, right)
        if _ALTERNATIVE_GLUE.match(glue):
            continue
        return not cues.LIST_GLUE.match(without_dose(glue))  # an "and" that goes on with the list: regimens
    return True
