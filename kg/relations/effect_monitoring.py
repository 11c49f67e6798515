"""A side effect a trial only watched for is not stated: "The authors collected information on adverse events in both
groups, including A and B", "Side effects, including A and B, were monitored for the full course of the trial".

The side-effect readers take an event in a sentence about side effects, with the trial's arms named before, as the
arms' drugs'. When the sentence only says the events were looked for (collected, monitored, tracked, assessed), it
says nothing about whether any patient had them, let alone because of a drug (the control group may have had no drug
at all), so no ``has_adverse_effect`` is read from it. A sentence that also says the events occurred ("... were
monitored; A occurred in 5 percent") keeps its reading.
"""

from __future__ import annotations

import re

from kg.model import Statement
from kg.relations.sentence import Sentence

__all__ = ["without_monitored"]

# the watching verb before what was watched for ("collected information on adverse events", "monitored for A")
_WATCHED_FOR = re.compile(
    r"\b(?:collect(?:ed|s)?|gather(?:ed|s)?|monitor(?:ed|s)?|track(?:ed|s)?|(?:looked|watched|checked)\s+for)\s+"
    r"(?:(?:information|data)\s+(?:on|about|regarding)\s+|(?:patients|participants)\s+for\s+|for\s+)?"
    r"(?:the\s+)?(?:side[- ]effects?|adverse\s+(?:events?|effects?|reactions?)|toxicit(?:y|ies))\b",
    re.I,
)
# what was watched for, then the watching verb ("Side effects, including A, were monitored")
_WERE_WATCHED = re.compile(
    r"\b(?:side[- ]effects?|adverse\s+(?:events?|effects?|reactions?)|toxicit(?:y|ies))\b[^.;:]{0,160}?\b"
    r"(?:were|was|are|is|will\s+be)\s+(?:also\s+|closely\s+|carefully\s+)?(?:monitored|tracked|collected)\b",
    re.I,
)
# words that say the events happened: the sentence reports them, not only the watching
_HAPPENED = re.compile(
    r"\b(?:occurr\w*|developed|experienced|suffered|had|more|higher|increased|common|frequent\w*|caus\w*|"
    r"percent)\b|%", re.I,
)


def without_monitored(sentence: Sentence, read: list[Statement]) -> list[Statement]:
    """The statements read in a sentence, without side effects the sentence only says were looked for.

    >>> from kg.documents import parse_document
    >>> from kg.model import Evidence, Mention
    >>> text = "The authors collected information on adverse events in both groups, including stroke."
    >>> doc = parse_document(text, "x.md")
    >>> ms = [Mention(doc.id, 78, 84, "stroke", "A1", "stroke", "adverse_event", "dictionary", 0.9)]
    >>> effect = Statement("D1", "has_adverse_effect", "A1", Evidence("x", text, 0, 85, "arm"), "X", "stroke")
    >>> without_monitored(Sentence(doc, 0, 85, ms), [effect])
    []
    """
    if not any(s.predicate == "has_adverse_effect" for s in read):
        return read
    if not (_WATCHED_FOR.search(sentence.text) or _WERE_WATCHED.search(sentence.text)):
        return read
    if _HAPPENED.search(sentence.text):
        return read
    watched = {(m.id, m.text) for m in sentence.of("adverse_event")}
    return [s for s in read if s.predicate != "has_adverse_effect" or (s.object, s.object_text) not in watched]
