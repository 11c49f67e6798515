"""A list lead-in whose subject is a counted plural class: "Four CAR T-cell therapies have been approved for the
treatment of X:", "Three PARP inhibitors are used to treat Y:". The items under it name the class's members, one
each, as the items under "X include:" do.
"""

from __future__ import annotations

import re

__all__ = ["counted_class_lead"]

# a count opening the clause right before the class: "Four", "Two other", "Several", "These three"
_COUNT_BEFORE = re.compile(
    r"(?:^|[.!?:]\s+)(?:(?:the|these|those|all)\s+)?"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|many|some|a\s+few)\s+"
    r"(?:(?:other|more|new|additional|different|such)\s+)?$",
    re.I,
)
# the class is the clause's subject: a verb of being follows it
_VERB_AFTER = re.compile(r"^\s+(?:have|has|are|were|was|had)\b", re.I)


def counted_class_lead(lead_in: str, class_text: str) -> bool:
    """Whether the lead-in's class (a plural name) is counted and is the subject of the lead-in's clause.

    >>> counted_class_lead("Four CAR T-cell therapies have been approved for lymphoma:", "CAR T-cell therapies")
    True
    >>> counted_class_lead("Doctors compared two kinase inhibitors in a trial:", "kinase inhibitors")
    False
    >>> counted_class_lead("Three PARP inhibitor trials are open:", "PARP inhibitor")
    False
    """
    at = lead_in.find(class_text)
    if at < 0 or not class_text.endswith("s"):
        return False
    return bool(_COUNT_BEFORE.search(lead_in[:at]) and _VERB_AFTER.match(lead_in[at + len(class_text) :]))
