"""Events a trial found no difference in are not side effects of its drugs.

"There was no difference in ischemic heart disease events, strokes, or fractures" after "uterine cancer and
cataracts were more common in tamoxifen-treated women": the events of the first clause are tamoxifen's, those
after "no difference in" are not (they were as common without it). Likewise "no significant differences between
incidences of alopecia, dermatitis, and nausea", "no differences in pain intensity ... between oxycodone and other
opioids". The span runs from the phrase to the end of its clause (a semicolon, a full stop, "but"/"however" opening
the next clause) or to its verb: "No differences in adverse outcomes were noted; however, the group receiving
bupropion had more nausea" and "no significant difference in response was observed, and neutropenia was more
common with X" keep the neutropenia. A span that names the drug itself ("no difference in rates of
asparaginase-related toxicities, including pancreatitis") still gives the drug its events.
"""

from __future__ import annotations

import re

from kg.model import Mention, Statement
from kg.relations.sentence import Sentence

__all__ = ["undiffering_spans", "without_undiffering"]

_NO_DIFFERENCE = re.compile(
    r"\b(?:no|not\s+any|without\s+(?:a|any))\s+(?:(?:statistically\s+)?significant\s+|meaningful\s+|major\s+)?"
    r"differences?\s+(?:in|between|among|for|of)\b|\bdid\s+not\s+differ\b",
    re.IGNORECASE,
)
# where the span ends: the clause's end, or its verb ("no difference in pCR was observed, and neutropenia ...")
_CLAUSE_END = re.compile(r"[;.]|,?\s+(?:but|however|whereas|while|although)\b|"
                         r"\s(?:was|were|is|are|has|have|had|occurred|observed|seen|noted|reported)\b", re.IGNORECASE)


def undiffering_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` (offsets into it) that name what a comparison found no difference in.

    >>> text = "Cataracts were more common, and there was no difference in strokes or fractures; nausea was rare."
    >>> [text[s:e] for s, e in undiffering_spans(text)]
    [' strokes or fractures']
    """
    spans: list[tuple[int, int]] = []
    for match in _NO_DIFFERENCE.finditer(text):
        end = _CLAUSE_END.search(text, match.end())
        spans.append((match.end(), end.start() if end is not None else len(text)))
    return spans


def without_undiffering(sentence: Sentence, read: list[Statement]) -> list[Statement]:
    """The statements read in a sentence, without side effects named only where the sentence says a comparison
    found no difference in them.

    >>> from kg.documents import parse_document
    >>> from kg.model import Evidence, Mention
    >>> text = "With tamoxifen there was no difference in strokes."
    >>> doc = parse_document(text, "x.md")
    >>> ms = [Mention(doc.id, 5, 14, "tamoxifen", "D1", "tamoxifen", "drug", "dictionary", 0.9),
    ...       Mention(doc.id, 42, 49, "strokes", "A1", "stroke", "adverse_event", "dictionary", 0.9)]
    >>> effect = Statement("D1", "has_adverse_effect", "A1", Evidence("x", "", 0, 50, "cause"), "tamoxifen", "strokes")
    >>> without_undiffering(Sentence(doc, 0, 50, ms), [effect])
    []
    """
    if not any(s.predicate == "has_adverse_effect" for s in read):
        return read
    spans = [(sentence.start + s, sentence.start + e) for s, e in undiffering_spans(sentence.text)]
    if not spans:
        return read
    kept: list[Statement] = []
    for statement in read:
        if statement.predicate == "has_adverse_effect":
            events = [m for m in sentence.mentions if m.id == statement.object]
            holders = [m for m in sentence.mentions if m.id == statement.subject]
            if events and all(any(_holds(s, e, event) and not any(_holds(s, e, h) for h in holders)
                                  for s, e in spans) for event in events):
                continue
        kept.append(statement)
    return kept


def _holds(start: int, end: int, mention: Mention) -> bool:
    return start <= mention.start and mention.end <= end
