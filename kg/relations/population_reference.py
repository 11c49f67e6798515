"""``treats`` where a sentence's patients are those of the sentence before: "About 5% of people with NSCLC have
MET changes. Those with such changes can be treated with tepotinib or capmatinib."

The second sentence names no disease; it opens with a reference to the patients just spoken of ("These patients",
"Those with …", "Such people") and says they are treated with a drug. The disease is the one the sentence before
names its patients by ("people with NSCLC"), when it names exactly one (or one coordinated run).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator

from kg.model import Statement
from kg.relations import cues
from kg.relations.sentence import DRUGLIKE, Sentence, glued_run

__all__ = ["referred_population_uses"]

# "These patients", "Those with certain mutations", "Such women", "Many of these patients"
_REFERS_BACK = re.compile(
    r"^\W*(?:and\s+)?(?:(?:many|most|some|all)\s+of\s+)?(?:these|those|such)\s+(?:(?:patients|people|women|men|children|adults|"
    r"individuals)\b|with\b)", re.I)
# what is said of them: they are treated with the drug
_TREATED_WITH = re.compile(
    r"\b(?:is|are|be|were|was)\s+(?:(?:often|usually|commonly|typically|now|also|generally|then|successfully)\s+)?"
    r"treated\s+(?:first\s+)?with\s+(?:one\s+of\s+(?:several|many|the|a\s+few)\s+)?(?:the\s+|an?\s+)?"
    r"(?:(?:drugs?|combination|targeted\s+therap(?:y|ies))\s+)?$", re.I)
# the patients of the sentence before, named by their tumors: "Some NSCLC tumors have mutations in the MET gene"
_TUMORS_AFTER = re.compile(r"^\s+(?:tumou?rs|patients)\b", re.I)


def referred_population_uses(sentence: Sentence, previous: Sentence | None) -> Iterator[Statement]:
    """``treats`` for the drugs the patients of the sentence before are "treated with".

    >>> from kg.documents import parse_document
    >>> from kg.model import Mention
    >>> doc = parse_document("Many people with glioma have X changes. These patients are treated with Y.", "x.md")
    >>> t = doc.text
    >>> def m(word, kind):
    ...     return Mention("x", t.index(word), t.index(word) + len(word), word, word.upper(), word, kind, "d", 0.9)
    >>> first = Sentence(doc, 0, 39, [m("glioma", "disease")])
    >>> second = Sentence(doc, 40, len(t), [m("Y", "drug")])
    >>> [(s.subject_text, s.predicate, s.object_text) for s in referred_population_uses(second, first)]
    [('Y', 'treats', 'glioma')]
    """
    if previous is None or sentence.of("disease") or not _REFERS_BACK.match(sentence.text):
        return
    text = sentence.document.text
    if "\n" in text[previous.end : sentence.start] or sentence.investigational or (
            cues.NEGATION.search(sentence.text)):
        return  # another paragraph; "are being treated with X in a trial"; "cannot be treated with X"
    diseases = [d for d in previous.of("disease") if cues.POPULATION_WITH.search(
        text[max(previous.start, d.start - 60) : d.start]) or _TUMORS_AFTER.match(text[d.end : d.end + 12])]
    if not diseases:
        return
    run = glued_run(text, diseases)
    if len({d.id for d in previous.of("disease")} - {d.id for d in run}):
        return  # the sentence before speaks of more than one disease: which patients are meant is not clear
    drugs = sentence.of(*DRUGLIKE)
    first = next((i for i, d in enumerate(drugs) if _TREATED_WITH.search(text[sentence.start : d.start])), None)
    if first is None:
        return
    wider = copy.copy(sentence)
    wider.context_start = min(sentence.context_start, previous.start)
    # (a class "…, including A and B" passes its use to its examples: kg.relations.class_member_uses)
    for drug in glued_run(text, drugs[first:]):
        for disease in run:
            yield wider.statement(drug, "treats", disease, "population_reference", 0.65, outside=True)
