"""Trial endpoints the compositional patterns leave out, and one node per endpoint.

- Outcome measures named without "rate" or in another word order: "objective response" (objective response
  rate), "rate of clinical benefit" (clinical benefit rate), "patient-reported outcomes".
- A summary statistic is no new endpoint: "median overall survival" is a mention of overall survival.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.identifiers import mint
from kg.model import Document, Mention

_MORE_ENDPOINTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?:overall )?objective (?:\([a-z ]+\) )?response(?! rates?)\b", re.IGNORECASE),
     "objective response rate"),
    (re.compile(r"\b(?:clinical benefit rates?|rates? of clinical benefit)\b", re.IGNORECASE), "clinical benefit rate"),
    (re.compile(r"\bpatient[- ]reported outcomes?\b", re.IGNORECASE), "patient-reported outcomes"),
)
_STATISTIC = re.compile(r"^(?:median|mean|average)\s+", re.IGNORECASE)


def endpoint_mentions(document: Document) -> list[Mention]:
    """Mentions of endpoints named in the ways :mod:`kg.linking.patterns` does not cover.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("The rate of clinical benefit and objective response were higher.", "x.md")
    >>> [(m.text, m.label) for m in endpoint_mentions(doc)]
    [('rate of clinical benefit', 'clinical benefit rate'), ('objective response', 'objective response rate')]
    """
    mentions: list[Mention] = []
    for pattern, label in _MORE_ENDPOINTS:
        for match in pattern.finditer(document.text):
            mentions.append(Mention(document.id, match.start(), match.end(), match.group(0), mint("endpoint", label),
                                    label, "endpoint", "pattern", 0.8))
    return sorted(mentions, key=lambda m: m.start)


def fold_statistics(mentions: list[Mention]) -> list[Mention]:
    """Endpoint mentions labelled with a summary statistic ("median overall survival") as mentions of the
    endpoint itself, so one endpoint is one node.

    >>> m = Mention("x", 0, 23, "median overall survival", "NCIDICT:1", "median overall survival", "endpoint",
    ...             "link", 0.97)
    >>> [(x.id, x.label) for x in fold_statistics([m])]
    [('KG:endpoint/overall-survival', 'overall survival')]
    """
    folded: list[Mention] = []
    for mention in mentions:
        if mention.type == "endpoint" and _STATISTIC.match(mention.label):
            label = _STATISTIC.sub("", mention.label)
            same = next((m for m in mentions if m.type == "endpoint" and m.label == label), None)
            entity_id = same.id if same is not None else mint("endpoint", label)
            mention = replace(mention, id=entity_id, label=label, xrefs=())
        folded.append(mention)
    return folded
