"""An adverse event that only opens the definition of another is not an event of its own: in "colitis (swelling of
the large intestine)" the text names one side effect, colitis, and says what it is; "swelling" is a word of the
definition.

The relation rules read every adverse event of a side-effect sentence as the drug's, so the definition's first word
would become a second side effect. An event is left out when it starts a parenthesis right after another event and
the parenthesis goes on past it with a phrase ("(swelling of the large intestine)"); a parenthesis that is only a
synonym ("pyrexia (fever)") or names the event in other words the linker knows whole ("(blood clots in the lung)")
ends with the mention and is kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from kg.model import Mention

__all__ = ["without_event_glosses"]

# what may stand between the event and the definition's opening: a space, an emphasis marker, "("
_OPENING = re.compile(r"\s*\*{0,2}\s*\(\s*$")
# the definition goes on after the mention ("of the large intestine)", "in a major vein)"), not with another event
# ("(nausea and vomiting)")
_GOES_ON = re.compile(r"\s+(?:of|in|on|that|which|where|around|caused|from)\s+[^(),;]*\)")


def without_event_glosses(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions without an adverse event that opens the definition of the event just before it.

    >>> t = "It caused colitis (swelling of the large intestine) and fever (pyrexia)."
    >>> ms = [Mention("d", 10, 17, "colitis", "A", "colitis", "adverse_event", "x", 1.0),
    ...       Mention("d", 19, 27, "swelling", "B", "swelling", "adverse_event", "x", 1.0),
    ...       Mention("d", 56, 61, "fever", "C", "fever", "adverse_event", "x", 1.0),
    ...       Mention("d", 63, 70, "pyrexia", "C", "pyrexia", "adverse_event", "x", 1.0)]
    >>> [m.text for m in without_event_glosses(t, ms)]
    ['colitis', 'fever', 'pyrexia']
    """
    events = [m for m in mentions if m.type == "adverse_event"]
    glosses = {id(second) for first, second in pairwise(events)
               if second.start > first.end and second.id != first.id
               and _OPENING.match(text, first.end, second.start) is not None
               and _GOES_ON.match(text, second.end, min(len(text), second.end + 120)) is not None}
    if not glosses:
        return list(mentions)
    return [m for m in mentions if id(m) not in glosses]
