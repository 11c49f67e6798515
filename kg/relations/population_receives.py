"""``treats`` where the patients of a disease are said to receive, take or get a drug: "Children with neuroblastoma
may receive cyclophosphamide and doxorubicin", "Most men with prostate cancer that has spread take hormone therapy",
"Patients with kidney cancer often receive sunitinib", "Women with A are advised to receive X in addition to
radiation and Y".

The sentence names its patients by their disease ("people with A") and goes on, in the same clause, to a verb of
receiving (present or modal: "receive", "take", "get", "are given", "may be offered") and the drug or a glued run of
drugs. Past tense ("patients with A received X") is left alone: in research news it names a trial arm, whose use is
read elsewhere. Not read: a condition or question ("when patients with A receive X, its metabolites build up",
"whether people with A should take X"), a negation between the patients and the drug ("should not take X"),
investigational use ("may receive X in a clinical trial") and a clause break.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.model import Mention, Statement
from kg.relations import cues
from kg.relations.sentence import DRUGLIKE, Sentence, glued_run

__all__ = ["population_receives", "population_runs"]

# what follows the disease up to the drug: an optional short relative clause ("that has spread", "who have had
# surgery"), adverbs or a modal, the verb of receiving, and an optional "treatment with" / "the drug"
_RECEIVE = re.compile(
    r"^(?:\s*,?\s+(?:that|which|who|whose)\b[^,;:.()]{0,50}?)?,?\s+"
    r"(?:(?:may|might|can|will|should|often|usually|commonly|typically|generally|also|then|now|most\s+often|"
    r"first|still|must)\s+)*"
    # "are advised to receive", "are often recommended to take": the use advised for the patients
    r"(?:(?:are|be)\s+(?:often\s+|usually\s+|generally\s+|also\s+)?(?:advised|recommended|encouraged)\s+to\s+)?"
    r"(?:receive|take|get|are\s+given|be\s+given|are\s+offered|be\s+offered|are\s+prescribed|be\s+prescribed|"
    r"need|start)\s+"
    r"(?:(?:treatment|therapy|a\s+course)\s+(?:with|of)\s+)?(?:the\s+(?:drugs?|combination)\s+|drugs?\s+(?:called\s+)?)?$",
    re.I)
# "receive A in addition to B": B is received too
_BESIDES = re.compile(r"^\s*,?\s*(?:in\s+addition\s+to|as\s+well\s+as|along\s+with)\s+", re.I)
_CLAUSE_END = re.compile(
    r"[;:.()]|,\s+(?:but|yet|so|which|who|while|whereas|although|because|if|when|or)\b|\bor\b", re.I)
# "may receive X in a clinical trial": given in a study, not in use
_IN_TRIAL = re.compile(
    r"\b(?:in|through|as\s+part\s+of)\s+(?:a|an|the|this|that)\s+(?:[\w-]+\s+){0,2}(?:trial|study)\b", re.I)


def population_receives(sentence: Sentence) -> Iterator[Statement]:
    """``treats`` for the drugs the patients of a disease receive, take or get.

    >>> from kg.documents import parse_document
    >>> from kg.model import Mention
    >>> doc = parse_document("Children with glioma may receive X and Y.", "x.md")
    >>> t = doc.text
    >>> def m(word, kind):
    ...     return Mention("x", t.index(word), t.index(word) + len(word), word, word.upper(), word, kind, "d", 0.9)
    >>> s = Sentence(doc, 0, len(t), [m("glioma", "disease"), m("X", "drug"), m("Y", "drug")])
    >>> [(s.subject_text, s.predicate, s.object_text) for s in population_receives(s)]
    [('X', 'treats', 'glioma'), ('Y', 'treats', 'glioma')]
    """
    diseases = sentence.of("disease")
    drugs = sentence.of(*DRUGLIKE)
    if not diseases or not drugs or sentence.investigational or (
            _IN_TRIAL.search(sentence.text)):
        return
    text = sentence.document.text
    for run in population_runs(sentence):
        after = [d for d in drugs if d.start >= run[-1].end]
        if not after or not _RECEIVE.match(text[run[-1].end : after[0].start]):
            continue
        if cues.NEGATION.search(text[run[0].start : after[0].start]):
            continue
        received = glued_run(text, after)
        for drug in received + _received_besides(sentence, received[-1]):
            for each in run:
                yield sentence.statement(drug, "treats", each, "population_receives", 0.65)
        return


def population_runs(sentence: Sentence) -> Iterator[list[Mention]]:
    """The diseases a population is named by ("patients with A or B"): for each disease a population word stands
    a few words before, the coordinated run it opens, in order (so a run's later members open runs of their own;
    callers take the first that reads). Not in a question or condition ("whether people with A should ...").

    >>> from kg.documents import parse_document
    >>> doc = parse_document("Children with glioma or ependymoma may receive X.", "x.md")
    >>> t = doc.text
    >>> def m(word):
    ...     return Mention("x", t.index(word), t.index(word) + len(word), word, word, word, "disease", "d", 0.9)
    >>> [[d.text for d in run] for run in population_runs(Sentence(doc, 0, len(t), [m("glioma"), m("ependymoma")]))]
    [['glioma', 'ependymoma'], ['ependymoma']]
    """
    text = sentence.document.text
    diseases = sentence.of("disease")
    for disease in diseases:
        before = text[max(sentence.start, disease.start - 60) : disease.start]
        if not cues.POPULATION_WITH.search(before) or cues.QUESTION_BEFORE.search(text[sentence.start : disease.start]):
            continue
        yield glued_run(text, [d for d in diseases if d.start >= disease.start])


def _received_besides(sentence: Sentence, last: Mention) -> list[Mention]:
    """The drugs and classes named after "in addition to" / "as well as" right after the received run, in the same
    clause ("receive A in addition to radiation and B": B too; words for procedures between are passed over)."""
    text = sentence.document.text
    cue = _BESIDES.match(text[last.end : sentence.end])
    if cue is None:
        return []
    clause_end = last.end + cue.end()
    stop = _CLAUSE_END.search(text, clause_end, sentence.end)
    end = stop.start() if stop is not None else sentence.end
    return [m for m in sentence.of(*DRUGLIKE) if clause_end <= m.start and m.end <= end and m.id != last.id]
