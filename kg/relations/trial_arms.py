"""``treats`` for the arms of a reported randomised trial: "1,500 women with ovarian cancer were randomly assigned
to chemotherapy with carboplatin and paclitaxel alone or to chemotherapy plus bevacizumab".

A trial report says who was enrolled (patients with the disease) and what each arm received. The arms were given
for that disease, so each drug or class named as an arm treats it. Only a past randomisation is read ("were
randomly assigned"): a trial that "will randomly assign" patients, or one "testing" an investigational drug, states
no use yet (its drugs get ``tested_in_trial`` from the trial rules, when the trial is named). Where the sentence
names one arm as the standard treatment, that arm's use is all it states (:mod:`kg.relations.standard_arms`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.model import Statement
from kg.regex_prefilter import prefilter_patterns
from kg.relations import cues
from kg.relations.outcomes import not_treated_here
from kg.relations.sentence import DRUGLIKE, Sentence, glued_run
from kg.relations.standard_arms import standard_drugs
from kg.relations.word_gates import GatedPattern

__all__ = ["randomised_arm_uses"]

_RANDOMISED_TO = GatedPattern(re.compile(
    r"\b(?:were|had\s+been)\s+(?:(?:then|each)\s+)?(?:randomly\s+assigned|randomi[sz]ed|assigned\s+at\s+random)\s+"
    r"(?:in\s+equal\s+numbers\s+)?(?:to|between)\b", re.I), ("random",))  # searched where the text says "random"
_NOT_YET = re.compile(r"\b(?:will|would|are\s+being|is\s+being|plan\w*|to\s+be)\b", re.I)
# a trial of a remedy for something else: "levofloxacin or no prophylactic antibiotic", "to prevent ..."
_REMEDY = re.compile(r"\b(?:prophyla\w*|prevent\w*)\b", re.I)


def randomised_arm_uses(sentence: Sentence) -> Iterator[Statement]:
    """``treats`` for each drug or class of the arms of a past randomisation of patients with a disease.

    >>> from kg.documents import parse_document
    >>> from kg.model import Mention
    >>> doc = parse_document("Women with glioma were randomly assigned to receive X or Y.", "x.md")
    >>> t = doc.text
    >>> def m(word, kind):
    ...     return Mention("x", t.index(word), t.index(word) + len(word), word, word.upper(), word, kind, "d", 0.9)
    >>> s = Sentence(doc, 0, len(t), [m("glioma", "disease"), m("X", "drug"), m("Y", "drug")])
    >>> [(st.subject_text, st.predicate, st.object_text) for st in randomised_arm_uses(s)]
    [('X', 'treats', 'glioma'), ('Y', 'treats', 'glioma')]
    """
    if not sentence.of("disease") or not sentence.of(*DRUGLIKE):
        return  # each drug or class of the arms treats a disease the sentence names
    found = _RANDOMISED_TO.search(sentence.text)
    if found is None or sentence.investigational or _NOT_YET.search(sentence.text[: found.end()]) or (
            _REMEDY.search(sentence.text)):
        return
    if standard_drugs(sentence):
        return  # "X or the chemotherapy drug Y, the standard treatment": Y's use only (the standard-arm reader's)
    text = sentence.document.text
    cut = sentence.start + found.start()
    diseases = [d for d in sentence.of("disease") if d.end <= cut]
    if not diseases or not cues.POPULATION_WITH.search(text[max(sentence.start, diseases[0].start - 120) :
                                                         diseases[0].start]):
        return
    diseases = [d for d in glued_run(text, diseases) if not not_treated_here(sentence, d)]
    seen: set[str] = set()
    for arm in sentence.of(*DRUGLIKE):
        if arm.start < sentence.start + found.end() or arm.id in seen:
            continue
        seen.add(arm.id)
        for disease in diseases:
            yield sentence.statement(arm, "treats", disease, "trial_context", 0.65)


prefilter_patterns(globals())  # the same matches, scanned faster (see kg.regex_prefilter)
