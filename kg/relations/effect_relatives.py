"""What a relative clause says causes an event is its antecedent's doing, not the drug's named earlier.

"The vaccine prevents infection with nine HPV types, including two types that cause genital warts": the types
cause the warts, not the vaccine. Likewise "drugs that block areas in the brain that can cause nausea" and
"therapy to help with breathing problems that can cause fatigue". A side effect read from "cause" is dropped when
a relative clause ("<noun> that/which (can) cause ...") stands between the drug and the event and its antecedent
noun is neither a word for the drug itself ("the drug that causes") nor one for what the drug sets off ("an immune
response that causes inflammation"), whose events stay the drug's.
"""

from __future__ import annotations

import re

from kg.model import Statement
from kg.relations.sentence import Sentence

__all__ = ["without_relative_causers"]

# "<antecedent> that/which (can/may/also ...) cause(s)", the last one before the event
_RELATIVE_CAUSE = re.compile(
    r"\b([\w-]+)\s+(?:that|which)\s+(?:(?:can|may|might|could|also|often|sometimes|will|do|does|did)\s+)*"
    r"caus(?:e|es|ed)\b",
    re.IGNORECASE,
)
# antecedents that are the drug, or what the drug sets off
_DRUG_OR_ITS_ACTION = frozenset(
    "drug drugs medicine medicines medication medications treatment treatments therapy therapies agent agents "
    "combination regimen dose doses response responses reaction reactions effect effects change changes damage "
    "activity attack it they".split()
)


def without_relative_causers(sentence: Sentence, read: list[Statement]) -> list[Statement]:
    """The statements read, less the side effects a relative clause gives another causer than the drug.

    >>> from kg.documents import parse_document
    >>> from kg.model import Evidence, Mention
    >>> text = "The vaccine X protects against two types that cause warts."
    >>> doc = parse_document(text, "x.md")
    >>> ms = [Mention(doc.id, 12, 13, "X", "D1", "x", "drug", "dictionary", 0.9),
    ...       Mention(doc.id, 52, 57, "warts", "A1", "warts", "adverse_event", "dictionary", 0.9)]
    >>> effect = Statement("D1", "has_adverse_effect", "A1", Evidence("x", "", 0, 58, "cause"), "X", "warts")
    >>> without_relative_causers(Sentence(doc, 0, 58, ms), [effect])
    []
    """
    if not any(s.predicate == "has_adverse_effect" and s.evidence.method == "cause" for s in read):
        return read
    return [s for s in read if not (s.predicate == "has_adverse_effect" and s.evidence.method == "cause"
                                    and _other_causer(sentence, s))]


def _other_causer(sentence: Sentence, statement: Statement) -> bool:
    """True when, between the drug named last before the event and the event, a relative clause of another
    antecedent says what causes it (False when the drug is not named before the event in the sentence)."""
    text = sentence.document.text
    for event in (m for m in sentence.mentions if m.id == statement.object):
        drugs = [m for m in sentence.mentions if m.id == statement.subject and m.end <= event.start]
        if not drugs:
            return False
        found = list(_RELATIVE_CAUSE.finditer(text, drugs[-1].end, event.start))
        if not found or found[-1].group(1).lower() in _DRUG_OR_ITS_ACTION:
            return False
    return True
