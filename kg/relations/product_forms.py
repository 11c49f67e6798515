"""Another form of a drug is no combination.

"It is also available in a different form, combined with hyaluronidase, that is given under the skin": the drug
and what the other product mixes it with are one medicine in another form, not drugs given together. A
``combined_with`` statement is dropped when one of its drugs is named in the sentence only after such a cue and
the other is not named after it (it comes before the cue, or is the drug an "It" refers to).
"""

from __future__ import annotations

import re

from kg.model import Statement
from kg.relations.sentence import Sentence

__all__ = ["without_product_forms"]

# "available in a different form, combined with", "comes in another form mixed with"
_FORM_WITH = re.compile(
    r"\b(?:available|comes?|sold|made)\s+(?:also\s+)?(?:in|as)\s+(?:a|an|another)\s+(?:different\s+|new\s+|other\s+)?"
    r"(?:form|formulation|product|version)\b[^.;:]{0,20}?\b(?:combined|mixed|together)\s+with\b",
    re.IGNORECASE,
)


def without_product_forms(sentence: Sentence, read: list[Statement]) -> list[Statement]:
    """The statements read, less the drug and what another form of it is mixed with.

    >>> from kg.documents import parse_document
    >>> from kg.model import Mention
    >>> text = "X is also available in a different form, combined with H."
    >>> doc = parse_document(text, "x.md")
    >>> x, h = (Mention(doc.id, text.index(n), text.index(n) + 1, n, n, n, "drug", "dictionary", 0.9) for n in "XH")
    >>> sentence = Sentence(doc, 0, len(text), [x, h])
    >>> without_product_forms(sentence, [sentence.statement(x, "combined_with", h, "coordination", 0.7)])
    []
    """
    if not any(s.predicate == "combined_with" for s in read):
        return read
    cue = _FORM_WITH.search(sentence.text)
    if cue is None:
        return read
    cue_start, cue_end = sentence.start + cue.start(), sentence.start + cue.end()
    before = {m.id for m in sentence.mentions if m.end <= cue_start}
    after = {m.id for m in sentence.mentions if m.start >= cue_end}
    only_after = after - before  # what the other form mixes the drug with; the drug itself is named before or is "It"

    def across(statement: Statement) -> bool:
        first, second = statement.subject, statement.object
        return (first in only_after) != (second in only_after)

    return [s for s in read if s.predicate != "combined_with" or not across(s)]
