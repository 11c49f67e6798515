"""``has_adverse_effect`` for side effects a trial report gives "both groups" or "the control group".

A report names the arms once ("randomly assigned to receive X plus Y or Y alone") and then speaks of the groups:
"Infections were common in both groups", "Rates of fatigue were similar in the two arms", "Nausea was more common
in the control group". Side effects of an arm are side effects of each of its drugs (the gold's rule), so the events
of both groups go to every drug of the arms, and those of the control group to the drugs of the comparator arm (the
one given "alone", "plus placebo", or after "compared with"); a control arm of placebo only gives none.

Only a sentence that names no drug except as a group's name ("the X group") is read, only the clause that names the
groups, and not where it says nobody had the event, or where the control group is what the other is compared with
("more common in the X group than in the control group").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.model import Mention, Statement
from kg.regex_prefilter import prefilter_patterns
from kg.relations import arm_comparators
from kg.relations.sentence import DRUGLIKE, Sentence

_BOTH = re.compile(
    r"\b(?:in|among|between|across|for)\s+(?:both|the\s+two|each|all)\s+(?:treatment\s+|study\s+|trial\s+)?"
    r"(?:groups|arms|group|arm)\b|^\W*(?:both|the\s+two)\s+(?:groups|arms)\s+(?:had|experienced|developed|reported)\b|"
    r"\bboth\s+the\s+[^.;]{1,40}?\s+(?:group|arm)\s+(?:\([^()]{1,20}\)\s+)?and\s+the\s+", re.I)
_CONTROL = re.compile(r"\b(?:the|its)\s+(?:control|comparison|comparator)\s+(?:group|arm)\b", re.I)
_AGAINST = re.compile(
    r"\b(?:than|compared\s+(?:with|to)|versus|vs\.?)\s+(?:did\s+|do\s+|was\s+|were\s+)?(?:in\s+|among\s+|with\s+)?"
    r"(?:those\s+in\s+)?$", re.I)
# the sentence says nobody had it, speaks of watching for it, of relief ("pain palliation", "improved"), or of an
# arm that was a procedure ("postoperative adverse event", "surgery versus chemotherapy")
_NONE = re.compile(r"\b(?:no|none|neither|nor|without|collected|monitored|assessed|measured|recorded|improv\w*|"
                   r"palliat\w*|respon\w*|relie\w*|QOL|quality\s+of\s+life|surg\w*|postoperative|operation|"
                   r"radiation|radiotherapy|EBRT|excluded)\b", re.I)
# the sentence says the events happened: "were common", "occurred", "rates of", "side effects"
_HAPPENED = re.compile(
    r"\b(?:side\s+effects?|adverse|toxicit\w*|common|frequent\w*|occurr\w*|seen|reported|observed|developed|"
    r"experienced|similar|likely|rates?\s+of|incidence)\b", re.I)
# a clause break: what the other clause says is of another group ("..., while nausea was more common in ...")
_CLAUSES = re.compile(r";|,\s+(?:while|whereas|but|although|though|except|and\s+(?=\w+\s+(?:was|were)\b))", re.I)
# how far before the sentence (characters) the arms may have been named: a randomisation, or (further: a news
# report sets its arms against each other in its opening sentence) a drug set "alone" against another arm
_REACH = 1200
_COMPARED_REACH = 4000
_GROUP_NAME = re.compile(r"^\s*(?:\([^()]{1,40}\)\s*)?[-‐ ]?(?:group|arm)\b", re.I)


def _clause_of(sentence: Sentence, at: int) -> tuple[int, int]:
    """The document span of the clause of the sentence that holds offset ``at``."""
    start, end = sentence.start, sentence.end
    for found in _CLAUSES.finditer(sentence.text):
        cut = sentence.start + found.start()
        if cut < at:
            start = sentence.start + found.end()
        else:
            end = cut
            break
    return start, end


def _holders(sentence: Sentence, arms: list[Mention]) -> tuple[list[Mention], int]:
    """The arm drugs the sentence gives its events to, and where the groups are named (-1 when it names none)."""
    text = sentence.document.text
    unique = list({d.id: d for d in arms}.values())
    both = _BOTH.search(sentence.text)
    if both:
        return unique, sentence.start + both.start()
    control = _CONTROL.search(sentence.text)
    if control is None or _AGAINST.search(sentence.text[: control.start()]):
        return [], -1
    compared = {d.id for d in arms if arm_comparators.is_comparator(text, d.start - 60, d)}
    return [d for d in unique if d.id in compared], sentence.start + control.start()


class GroupEffects:
    """Reads the events of "both groups" and "the control group" with the arms named last: those of a sentence
    the reading context took as naming a trial's arms, else (or where those are only some of them) those of the last
    sentence that set a drug "alone" or "plus placebo" against another arm ("women who received X plus Y ... than
    women who received Y alone").

    >>> from kg.documents import parse_document
    >>> doc = parse_document("Rash was common in both groups.", "x.md")
    >>> rash = Mention(doc.id, 0, 4, "Rash", "E1", "rash", "adverse_event", "dictionary", 0.9)
    >>> sentence = Sentence(doc, 0, 31, [rash])
    >>> sentence.arm_drugs = [Mention(doc.id, 0, 0, "X", "D1", "x", "drug", "dictionary", 0.9),
    ...                       Mention(doc.id, 0, 0, "Y", "D2", "y", "drug", "dictionary", 0.9)]
    >>> [(s.subject, s.object) for s in GroupEffects().read(sentence)]
    [('D1', 'E1'), ('D2', 'E1')]
    """

    def __init__(self) -> None:
        self._compared: list[Mention] = []

    def advance(self, sentence: Sentence) -> None:
        """Take note of a sentence that sets a drug alone (or with placebo) against another arm."""
        drugs = sentence.of("drug")
        text = sentence.document.text
        if len({d.id for d in drugs}) > 1 and any(arm_comparators.given_alone(text, d) for d in drugs):
            self._compared = drugs

    def read(self, sentence: Sentence) -> Iterator[Statement]:
        """Each event of the clause naming both groups (or the control group) for each drug of those arms."""
        arms, reach = sentence.arm_drugs, _REACH
        if {d.id for d in arms} < {d.id for d in self._compared} or not arms:
            # "ended the trial in favor of the X arm" names one arm of those compared before
            arms, reach = self._compared, _COMPARED_REACH
        if arms and sentence.start - arms[-1].end > reach:
            return  # the arms of a trial reported well before, not the groups this sentence speaks of
        events = sentence.of("adverse_event")
        if not events or not arms:
            return
        text = sentence.document.text
        if any(not _GROUP_NAME.match(text[d.end : d.end + 50]) for d in sentence.of(*DRUGLIKE)):
            return  # the sentence names its own holder
        holders, at = _holders(sentence, arms)
        if not holders:
            return
        start, end = _clause_of(sentence, at)
        clause = text[start:end]
        if _NONE.search(clause) or not _HAPPENED.search(clause):
            return
        for event in events:
            if start <= event.start and event.end <= end:
                for drug in holders:
                    yield sentence.statement(drug, "has_adverse_effect", event, "arm", 0.6)


__all__ = ["GroupEffects"]


prefilter_patterns(globals())  # the same matches, scanned faster (see kg.regex_prefilter)
