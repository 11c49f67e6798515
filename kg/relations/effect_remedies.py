"""Events a drug relieves, prevents or reduces are not its side effects.

The side-effect readers take an event named after a drug in a sentence about side effects, or after a cause word
anywhere before it, as the drug's: "Glutamine may also reduce peripheral neuropathy", "curcumin ... reduced
severity of radiation dermatitis", "Melatonin supplementation has been associated with significant reductions in
neuropathy", "Essiac ... can help relieve pain", "a protective agent against cardiac toxicity". What decides is the
last cue word before the event: a remedy word ("reduce", "prevent", "relieve", "protect", "improve", "against")
means the drug acts on the event; a cause or report word after it ("but can cause", "increased", "including",
"had") gives the event back to the drug. Words inside another event's name ("decreased appetite, nausea and
fatigue") are no cue.
"""

from __future__ import annotations

import re

from kg.model import Mention, Statement
from kg.relations.sentence import Sentence

# "decreased", "reduced", "lower", "improved" as adjectives act only on an amount: "reduced severity of",
# "lower rates of", "decreased the risk" (not "decreased semen volume", "lower respiratory tract infection")
_ADJECTIVE = (r"(?:decreased|reduced|lower(?:ed)?|improved)(?=\s+(?:the|a|an|in|of|severity|incidence|rates?|risk|"
              r"duration|frequency|levels?|number|need|toxicit\w*|side\s+effects?)\b)")
_CUE = re.compile(
    r"\b(?:(?P<remedy>" + _ADJECTIVE + r"|reduc(?:e|es|ing|tions?)\b|decreas(?:e|es|ing)\b|lowers\b|lowering\b|"
    r"prevent\w*|protect\w*|reliev\w*|relief|allevia\w*|"
    r"improv\w*|ameliorat\w*|mitigat\w*|counteract\w*|against)|"
    r"(?P<cause>caus\w*|induc\w*|produc\w*|results?\s+in|resulted\s+in|leads?\s+to|led\s+to|associated\s+with|"
    r"increas\w*|develop\w*|experienc\w*|had|have|has|side[- ]effects?|adverse|toxicit\w*|including|such\s+as|"
    r"includ\w*|risk|but|although|while|whereas|more|higher|greater|worse\w*|frequent\w*|common))\b", re.I)
_NEAR = 60  # a remedy word this close before the event acts on it ("reduction in the duration of neutropenia")


def remedied(between: str) -> bool:
    """Whether the text from a drug to an event says the drug acts against the event (its last cue word is a
    remedy word, close to the event).

    >>> remedied(" may also reduce "), remedied(" may relieve edema but can cause systemic complications, such as ")
    (True, False)
    >>> remedied(" reduced the risk of recurrence but increased ")
    False
    """
    cues = list(_CUE.finditer(between))
    last = cues[-1] if cues else None
    return last is not None and last.group("remedy") is not None and len(between) - last.end() < _NEAR


def without_remedied(sentence: Sentence, read: list[Statement]) -> list[Statement]:
    """The statements read in a sentence, without side effects whose drug the sentence says acts against them.

    >>> from kg.documents import parse_document
    >>> from kg.model import Evidence
    >>> doc = parse_document("Glutamine may reduce neuropathy.", "x.md")
    >>> ms = [Mention(doc.id, 0, 9, "Glutamine", "D1", "glutamine", "drug", "dictionary", 0.9),
    ...       Mention(doc.id, 21, 31, "neuropathy", "A1", "neuropathy", "adverse_event", "dictionary", 0.9)]
    >>> evidence = Evidence("x", "", 0, 32, "cause")
    >>> effect = Statement("D1", "has_adverse_effect", "A1", evidence, "Glutamine", "neuropathy")
    >>> without_remedied(Sentence(doc, 0, 32, ms), [effect])
    []
    """
    if not any(s.predicate == "has_adverse_effect" for s in read):
        return read
    text = sentence.document.text
    events = sentence.of("adverse_event")
    return [s for s in read if s.predicate != "has_adverse_effect" or not _acts_against(sentence, s, text, events)]


def _acts_against(sentence: Sentence, statement: Statement, text: str, events: list[Mention]) -> bool:
    """Whether the statement's drug, named in the sentence before its event, is said to act against the event."""
    named = [m for m in events if m.id == statement.object and m.text == statement.object_text]
    if len(named) != 1:
        return False  # which of the event's mentions the statement was read from is not known
    event = named[0]
    drug = next((m for m in reversed(sentence.mentions) if m.id == statement.subject and m.end <= event.start
                 and m.start >= sentence.start and m.text == statement.subject_text), None)
    if drug is None:
        return False
    between = list(text[drug.end : event.start])
    for other in events:  # "decreased appetite": an event's own words are no cue
        if drug.end <= other.start and other.end <= event.start:
            between[other.start - drug.end : other.end - drug.end] = " " * (other.end - other.start)
    return remedied("".join(between))
