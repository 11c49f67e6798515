"""Events a medicine is given for are not side effects of the treatment named with them.

Side-effect pages name an event as what a medicine is for: "Drugs for nausea and vomiting." (an item under "Some
drugs may cause pruritus, including:"), "first-line treatment for neuropathic pain", "drugs to treat bone loss are
associated with ...", "Many cancer treatments cause nausea and vomiting, but antinausea medicines ... work well to
prevent or reduce these side effects". The side-effect readers give such an event to the drug of the sentence or of
its lead-in. Here an event right after "drugs for", "treatment for", "medicines to prevent" (with the events
coordinated before it), or one that a drug named after it is said to prevent or reduce ("these side effects"),
is no side effect of that drug; a cause named after the event still brings it on ("drugs given for nausea caused
by chemotherapy": chemotherapy's nausea).
"""

from __future__ import annotations

import re

from kg.model import Mention, Statement
from kg.relations.sentence import Sentence, glued_run

# "drugs for", "treatment for", "medicine given to prevent", "a protective agent against": what the medicine is for
_FOR_EVENT = re.compile(
    r"\b(?:drugs?|medicines?|medications?|agents?|treatments?|therap(?:y|ies))\s+(?:used\s+|given\s+|taken\s+)?"
    r"(?:for|against|to\s+(?:prevent|treat|control|relieve|manage|ease|reduce|lessen|stop))\s+"
    r"(?:the\s+|your\s+|their\s+)?$", re.I)
# after the event, before a drug named after it: what brings the event on
_CAUSED = re.compile(r"\b(?:caus\w*|induc\w*|observed|seen|reported|associated|related|due\s+to|from|after|"
                     r"during|with|in\s+(?:patients|people))\b", re.I)
# after a drug named after the event: the drug acts against the events just named
_ACTS_AGAINST = re.compile(
    r"^[^.;]{0,70}?\b(?:to|can|may|often|will|that|which|well)\s+(?:help\s+)?(?:to\s+)?"
    r"(?:prevent|reliev|reduc|control|treat|eas|lessen|manag)\w*\s+(?:or\s+\w+\s+)?(?:these|those|them|it|this|such)\b",
    re.I)


def without_purposes(sentence: Sentence, read: list[Statement]) -> list[Statement]:
    """The statements read in a sentence, without side effects whose event the sentence names as what a medicine
    is for.

    >>> from kg.documents import parse_document
    >>> from kg.model import Evidence
    >>> doc = parse_document("Drugs for nausea.", "x.md")
    >>> ms = [Mention(doc.id, 10, 16, "nausea", "A1", "nausea", "adverse_event", "dictionary", 0.9)]
    >>> effect = Statement("D1", "has_adverse_effect", "A1", Evidence("x", "", 0, 17, "list"), "X", "nausea")
    >>> without_purposes(Sentence(doc, 0, 17, ms), [effect])
    []
    """
    if not any(s.predicate == "has_adverse_effect" for s in read):
        return read
    return [s for s in read if s.predicate != "has_adverse_effect" or not _given_for(sentence, s)]


def _given_for(sentence: Sentence, statement: Statement) -> bool:
    """Whether the statement's event is named as what a medicine is for (and its drug is not named as its cause)."""
    text = sentence.document.text
    events = sorted(sentence.of("adverse_event"), key=lambda m: m.start)
    named = [m for m in events if m.id == statement.object and m.text == statement.object_text]
    if len(named) != 1:
        return False  # which of the event's mentions the statement was read from is not known
    event = named[0]
    drug = next((m for m in sentence.mentions if m.id == statement.subject and m.text == statement.subject_text
                 and m.start >= sentence.start), None)
    after = drug is not None and drug.start >= event.end
    first = _run_start(text, events, event)
    if _FOR_EVENT.search(text[sentence.start : first.start]):
        # "drugs given for nausea caused by chemotherapy": the cause named after the event keeps it
        return not (drug is not None and after and _CAUSED.search(text[event.end : drug.start]))
    return drug is not None and after and bool(_ACTS_AGAINST.match(text[drug.end : sentence.end]))


def _run_start(text: str, events: list[Mention], event: Mention) -> Mention:
    """The first event of the coordinated run the event ends ("nausea and vomiting": nausea for vomiting)."""
    for index in range(len(events)):
        run = glued_run(text, events[index:])
        if event in run:
            return run[0]
    return event
