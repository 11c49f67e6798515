"""Membership said of the drug spoken of before by "another Y, X" or "X, another Y": "Ribociclib blocks two proteins.
Another CDK4/6 inhibitor, palbociclib, is approved for ...", "both A and another BRAF inhibitor, B, improved ...".

News prose names a second drug of a class by setting it beside the first one: "another Y" says that the drug
spoken of before is a Y too. The apposed drug's own membership is read by the apposition rules; this module reads
the earlier drug's. The earlier drug is the one drug named before "another" in the same sentence, else the one
drug the sentence just before names (other than the apposed one); where there are several, none is taken.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.model import Evidence, Mention, Statement
from kg.regex_prefilter import prefilter_patterns
from kg.relations.sentence import Sentence

_ANOTHER = re.compile(r"\banother\s+$", re.I)
# "another class of", "another type of": the class is not what the earlier drug is; a generic word is no class
_GENERIC_CLASS = re.compile(r"^(?:drugs?|medicines?|treatments?|therap(?:y|ies)|agents?|options?)$", re.I)
# "X, another Y" / "another Y, X" / "another Y called X": the gap that sets the drug beside the class
_APPOSED_AFTER = re.compile(r"^(?:\s+(?:drug|agent|medicine))?(?:\s*,\s*(?:called\s+|named\s+)?|\s+called\s+)$", re.I)
_APPOSED_BEFORE = re.compile(r"^\s*(?:\([^()]{1,40}\)\s*)?,\s*another\s+$", re.I)
# the earlier drug is set against the class, or asked about: not said to be one
_SET_AGAINST = re.compile(r"\b(?:than|compared|versus|vs|instead|rather|unlike|not|whether)\b", re.I)


def _apposed(sentence: Sentence, kind: Mention) -> Mention | None:
    """The drug set beside "another Y": right after it ("another Y, X") or right before ("X, another Y")."""
    text = sentence.document.text
    drugs = sentence.of("drug")
    after = [d for d in drugs if d.start >= kind.end and _APPOSED_AFTER.match(text[kind.end : d.start])]
    if after:
        return after[0]
    before = [d for d in drugs if d.end <= kind.start and _APPOSED_BEFORE.match(text[d.end : kind.start])]
    return before[-1] if before else None


def _earlier(sentence: Sentence, previous: Sentence | None, apposed: Mention, another_at: int) -> tuple[
        Mention | None, int]:
    """The one drug spoken of before the apposed one, and where the evidence starts (this sentence or the one
    before)."""
    text = sentence.document.text
    here = {d.id: d for d in sentence.of("drug") if d.end <= another_at and d.id != apposed.id
            and d.end <= apposed.start}
    if here:
        if len(here) > 1:
            return None, sentence.start
        drug = next(iter(here.values()))
        return (None if _SET_AGAINST.search(text[drug.end : another_at]) else drug), sentence.start
    if previous is None or text[sentence.start : min(another_at, apposed.start)].strip(" *-#").count(" ") > 12:
        return None, sentence.start
    before = {d.id: d for d in previous.of("drug") if d.id != apposed.id}
    if len(before) != 1:
        return None, sentence.start
    drug = next(iter(before.values()))
    if text[previous.start : previous.of("drug")[0].start].strip(" *-#") or drug.id != previous.of("drug")[0].id:
        return None, sentence.start  # the sentence before is about its drug only where it opens with it
    return drug, previous.start


def another_members(sentence: Sentence, previous: Sentence | None) -> Iterator[Statement]:
    """``member_of_class`` for the drug spoken of before a drug called "another" member of a class.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("A blocks CDK4. Another CDK inhibitor, B, works.", "x.md")
    >>> a = Mention(doc.id, 0, 1, "A", "D1", "a", "drug", "dictionary", 0.9)
    >>> kind = Mention(doc.id, 23, 36, "CDK inhibitor", "K1", "cdk inhibitor", "drug_class", "dictionary", 0.9)
    >>> b = Mention(doc.id, 38, 39, "B", "D2", "b", "drug", "dictionary", 0.9)
    >>> [(s.subject, s.object, s.evidence.start) for s in another_members(Sentence(doc, 15, 47, [kind, b]),
    ...                                                                   Sentence(doc, 0, 14, [a]))]
    [('D1', 'K1', 0)]
    """
    text = sentence.document.text
    for kind in sentence.of("drug_class"):
        window = text[max(sentence.start, kind.start - 12) : kind.start]
        found = _ANOTHER.search(window)
        if found is None or _GENERIC_CLASS.match(kind.text):
            continue
        apposed = _apposed(sentence, kind)
        if apposed is None:
            continue
        another_at = kind.start - len(window) + found.start()
        drug, start = _earlier(sentence, previous, apposed, another_at)
        if drug is None:
            continue
        evidence = Evidence(doc=sentence.document.id, sentence=text[start : sentence.end].replace("\n", " "),
                            start=start, end=sentence.end, method="apposition",
                            confidence=round(0.65 * min(drug.confidence, kind.confidence) ** 0.5, 3))
        yield Statement(drug.id, "member_of_class", kind.id, evidence, drug.text, kind.text)


__all__ = ["another_members"]


prefilter_patterns(globals())  # the same matches, scanned faster (see kg.regex_prefilter)
