"""Two side effects named as one vocabulary term: "nausea and vomiting" is nausea and vomiting.

Some vocabularies keep a pair of symptoms as one term (HPO's "Nausea and vomiting"). The graph names each side
effect once, so a drug's "nausea and vomiting" is the same two nodes as its "nausea" and its "vomiting" elsewhere
(the gold rulebook keeps a coordinated phrase whole only where a member has no form of its own).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.linking.resolve import resolve_name
from kg.model import Mention
from kg.vocabulary.store import Vocabulary

__all__ = ["split_event_pairs"]

# two one-word names joined by "and" or "or": "nausea and vomiting", "hypohidrosis or hyperhidrosis" (a longer
# conjunct may share words with the other: "paralysis or weakness of one side of the body")
_PAIR = re.compile(r"^([A-Za-z][a-z-]+)\s+(?:and|or)\s+([A-Za-z][a-z-]+)$")


def split_event_pairs(mentions: list[Mention], vocabulary: Vocabulary) -> list[Mention]:
    """Each adverse-event mention "A and B" whose words A and B are side effects of their own becomes two.

    >>> from kg.vocabulary import default_vocabulary
    >>> m = Mention("d", 10, 29, "nausea and vomiting", "HP:0002017", "Nausea and vomiting", "adverse_event",
    ...             "dictionary", 0.9)
    >>> [(p.text, p.start, p.end, p.label) for p in split_event_pairs([m], default_vocabulary())]
    [('nausea', 10, 16, 'nausea'), ('vomiting', 21, 29, 'vomiting')]
    """
    result: list[Mention] = []
    for mention in mentions:
        result.extend(_parts(mention, vocabulary) or [mention])
    return result


def _parts(mention: Mention, vocabulary: Vocabulary) -> list[Mention]:
    match = _PAIR.match(mention.text) if mention.type == "adverse_event" and mention.method != "link" else None
    if match is None:
        return []
    parts: list[Mention] = []
    for group in (1, 2):
        found = resolve_name(vocabulary, match.group(group), only=("adverse_event",))
        if found is None or found.id == mention.id or any(p.id == found.id for p in parts):
            return []
        start, end = mention.start + match.start(group), mention.start + match.end(group)
        parts.append(replace(mention, start=start, end=end, text=match.group(group), id=found.id, label=found.label,
                             synonyms=(), xrefs=(), name_kind=""))
    return parts
