"""Use stated for prevention: "X is used in girls aged 9 to 14 years to prevent: - Cervical cancer" says what X keeps
from happening, not a disease X treats.

The use cue "used in" (read as use by :data:`kg.relations.cues.TREAT`) names the people X is given to; the purpose
that follows it ("to prevent") says the disease is prevented in them. Such a cue gives no ``treats``. Preventing a
return ("to prevent the cancer from coming back") is treatment of the disease and keeps its use, as does a cue that
also says "treat" ("to prevent or treat").
"""

from __future__ import annotations

import re

from kg.relations import cues

# "to prevent", "to help prevent", "in order to prevent"
_PREVENT_PURPOSE = re.compile(r"\bto\s+(?:help\s+)?prevent\b", re.I)
# a word saying the cue treats as well ("to prevent or treat", "to treat and prevent", "treatment")
_TREAT_WORD = re.compile(r"\btreat\w*\b", re.I)


def prevention_only(cue: str) -> bool:
    """Whether a use cue states prevention as the only purpose (and no prevention of a return).

    >>> prevention_only("is used in girls aged 9 to 14 years to prevent: ")
    True
    >>> prevention_only("is used in adults to prevent or treat: ")
    False
    >>> prevention_only("is used in adults to help prevent the cancer from coming back")
    False
    >>> prevention_only("is used in adults with ")
    False
    """
    if not _PREVENT_PURPOSE.search(cue):
        return False
    return not _TREAT_WORD.search(cue) and not cues.RECURRENCE.search(cue)
