"""Trial endpoints the compositional patterns leave out, and one node per endpoint.

- Outcome measures named without "rate" or in another word order: "objective response" (objective response
  rate), "rate of clinical benefit" (clinical benefit rate), "patient-reported outcomes".
- What a trial declares as an endpoint is one, whatever its name: "the primary endpoint was complete response",
  "secondary end points included ... and safety".
- A summary statistic is no new endpoint: "median overall survival" is a mention of overall survival.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.identifiers import mint
from kg.linking.word_gates import says_any
from kg.model import Document, Mention
from kg.regex_prefilter import cues_of, prefilter_patterns

_MORE_ENDPOINTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?:overall )?objective (?:\([a-z ]+\) )?response(?! rates?)\b", re.IGNORECASE),
     "objective response rate"),
    (re.compile(r"\b(?:clinical benefit rates?|rates? of clinical benefit)\b", re.IGNORECASE), "clinical benefit rate"),
    (re.compile(r"\bpatient[- ]reported outcomes?\b", re.IGNORECASE), "patient-reported outcomes"),
)
# a word every match of each of those patterns has (in any case): a page without it is not scanned for it
_MORE_ENDPOINT_WORDS = {"objective response rate": ("objective",), "clinical benefit rate": ("clinical benefit",),
                        "patient-reported outcomes": ("reported outcome",)}
_STATISTIC = re.compile(r"^(?:median|mean|average)\s+", re.IGNORECASE)
# "The primary endpoint was complete response", "Secondary end points included duration of response and safety":
# what a trial declares as its endpoints is an endpoint, whatever its name.
_DECLARED = re.compile(
    r"\b(?:co-?primary|primary|secondary|main|exploratory)\s+(?:end ?points?|outcome measures?|outcomes?)\s+"
    r"(?:was|were|is|are|included|include|includes)\s+([^.;:()\[\]\n]+)",
    re.IGNORECASE,
)
_LIST_SEPARATOR = re.compile(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_DECLARED_NAME = re.compile(r"(?:(?:the|a|an)\s+)?([a-z][a-z-]*(?: [a-z][a-z-]*){0,3})")
_NOT_A_NAME = frozenset("how whether that which what when if to be time number percentage proportion".split())


def endpoint_mentions(document: Document) -> list[Mention]:
    """Mentions of endpoints named in the ways :mod:`kg.linking.patterns` does not cover.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("The rate of clinical benefit and objective response were higher.", "x.md")
    >>> [(m.text, m.label) for m in endpoint_mentions(doc)]
    [('rate of clinical benefit', 'clinical benefit rate'), ('objective response', 'objective response rate')]
    """
    mentions: list[Mention] = []
    for pattern, label in _MORE_ENDPOINTS:
        if not says_any(document.text, _MORE_ENDPOINT_WORDS[label]):
            continue
        for match in pattern.finditer(document.text):
            mentions.append(Mention(document.id, match.start(), match.end(), match.group(0), mint("endpoint", label),
                                    label, "endpoint", "pattern", 0.8))
    mentions.extend(declared_endpoints(document))
    return sorted(mentions, key=lambda m: m.start)


def declared_endpoints(document: Document) -> list[Mention]:
    """Endpoints a trial declares, by whatever name: each plain name (up to four lower-case words) listed after
    "the primary endpoint was" or "secondary end points included". A list item that is a clause ("how long
    patients lived") or carries other names ("expression of PD-L1") is left to the other rules.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("The primary endpoint was complete response. Secondary endpoints included "
    ...                      "duration of response, how long patients lived, and safety.", "x.md")
    >>> [m.text for m in declared_endpoints(doc)]
    ['complete response', 'duration of response', 'safety']
    """
    text = document.text
    mentions: list[Mention] = []
    if not says_any(text, ("endpoint", "end point", "outcome")):
        return mentions  # every declaration names its end points or outcomes
    for match in cues_of(_DECLARED).finditer(text):
        position = match.start(1)
        listed = match.group(1)
        for item in _LIST_SEPARATOR.split(listed):
            at = text.index(item, position) if item else position
            position = at + len(item)
            name = _DECLARED_NAME.fullmatch(item.strip())
            if name is None or name.group(1).split()[0] in _NOT_A_NAME:
                continue
            if any(pattern.search(name.group(1)) for pattern, _ in _MORE_ENDPOINTS):
                continue  # named by its own rule, with its canonical label
            start = at + name.start(1)
            surface = name.group(1)
            label = re.sub(r"\brates\b", "rate", surface)
            mentions.append(Mention(document.id, start, start + len(surface), surface, mint("endpoint", label), label,
                                    "endpoint", "pattern", 0.7))
    return mentions


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


prefilter_patterns(globals())  # the same matches, scanned faster (see kg.regex_prefilter)
