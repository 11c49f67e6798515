"""List items that go on with the item before them: "- Chronic lymphocytic leukemia (CLL).", then "- It is used with A
and B in patients with relapsed disease." (a nested list written flat).

An item that opens with "It is used", "It may be given" (the drug of the lead-in, used as the item says) names no
disease of its own: it tells how the drug is used for the disease of the item above it, so the reading context keeps
that item's diseases for it (what a drug given with the lead drug there treats, what it was given after).
"""

from __future__ import annotations

import re

# "It is used", "It is also given", "It may be used", "This drug is given" at the start of an item
_USE_BY_PRONOUN = re.compile(
    r"^[\s*•-]*(?:It|This drug|The drug)\s+(?:is|may\s+be|can\s+be)\s+(?:also\s+)?(?:used|given)\b", re.I
)


def continues_item(item_text: str) -> bool:
    """Whether a list item's text opens with the lead drug used ("It is used ..."), going on with the item above.

    >>> continues_item("It is used with drug A in patients with relapsed disease.")
    True
    >>> continues_item("Melanoma that has spread. It is used in adults.")
    False
    """
    return bool(_USE_BY_PRONOUN.match(item_text))
