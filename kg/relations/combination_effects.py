"""``has_adverse_effect`` for "the combination group": "Among the patients in the combination group, 2 percent had
an allergic reaction".

A trial report names the combination arm once ("docetaxel plus hormone therapy or hormone therapy alone") and then
reports its side effects by the arm's name, with no drug in the sentence. The events are side effects of each drug
(and drug class) of the combination named together last (the gold's rule: side effects of an arm go to each of its
drugs). The reading context's own group holds drugs only, so a class given with a drug ("docetaxel plus androgen
deprivation therapy") is tracked here.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator

from kg.model import Mention, Statement
from kg.regex_prefilter import prefilter_patterns
from kg.relations import cues
from kg.relations.named_runs import last_run
from kg.relations.sentence import DRUGLIKE, Sentence
from kg.relations.word_gates import GatedPattern

# "the combination group", "the combination-therapy arm", "patients receiving the combination"
_COMBINATION_ARM = GatedPattern(re.compile(
    r"\b(?:the|this)\s+combination(?:[- ]therapy)?\s+(?:group|arm)s?\b|"
    r"\b(?:receiv\w*|given|taking|took|treated\s+with|on)\s+the\s+combination\b(?!\s+(?:of|with)\b)", re.I),
    ("combination",))  # searched where the text says "combination" (kg.relations.word_gates)
# "drug A plus B", "A and B", "A in combination with B", "A with B"
_JOINED = re.compile(r"^\s*(?:\([^()]{1,40}\)\s*)?(?:plus|and|with|in\s+combination\s+with|combined\s+with|\+)\s+"
                     r"(?:the\s+)?(?:\w+\s+)?$", re.I)
_COMPARED = re.compile(r"\b(?:compared\s+(?:with|to)|versus|vs\.?|than)\s+(?:the\s+)?(?:\w+\s+)?$", re.I)
# "than in the combination group", "fewer ... in the combination group": not the combination's events
_AGAINST = re.compile(r"\b(?:than|fewer|less|lower|reduc\w*|no\s+more|not)\b", re.I)
# "abdominal pain often improves in patients treated with the combination": a symptom it relieves, not its event
_RELIEVED = re.compile(r"\b(?:improv\w*|reliev\w*|resolv\w*|symptoms?)\b", re.I)
# "No patient in the combination group had a rash", "None of the patients ...": no event
_NONE = re.compile(r"\b(?:no|none\s+of)\b", re.I)
# how far back (characters) the combination may have been named or last spoken of ("in the combination group")
_REACH = 1500


class CombinationGroups:
    """Keeps the drugs and classes named together last, and reads the events reported for their arm."""

    def __init__(self) -> None:
        self._group: list[Mention] = []
        self._group_start = 0
        self._referred_at = 0  # where the text last spoke of the group ("in the combination group"), or named it

    def read(self, sentence: Sentence) -> Iterator[Statement]:
        """Each event a sentence reports for "the combination group" is a side effect of each drug of it.

        >>> from kg.documents import parse_document
        >>> text = "Men got X plus Y or Y alone. In the combination group, 2 percent had rash."
        >>> doc = parse_document(text, "x.md")
        >>> def m(word, kind, start=0):
        ...     at = text.index(word, start)
        ...     return Mention("x", at, at + len(word), word, word, word, kind, "d", 0.9)
        >>> first = Sentence(doc, 0, 27, [m("X", "drug"), m("Y", "drug_class")])
        >>> second = Sentence(doc, 28, len(text), [m("rash", "adverse_event")])
        >>> groups = CombinationGroups()
        >>> groups.advance(first)
        >>> [(s.subject_text, s.object_text) for s in groups.read(second)]
        [('X', 'rash'), ('Y', 'rash')]
        """
        events = sentence.of("adverse_event")
        if not events or not self._group or sentence.of(*DRUGLIKE) or sentence.start - self._referred_at > _REACH:
            return
        reference = _COMBINATION_ARM.search(sentence.text)
        if reference is None or _RELIEVED.search(sentence.text):
            return
        text = sentence.document.text
        if _AGAINST.search(text[max(sentence.start, sentence.start + reference.start() - 30) :
                                sentence.start + reference.start()]):
            return  # "... less common than in the combination group"
        wider = copy.copy(sentence)
        wider.context_start = min(sentence.context_start, self._group_start)
        for event in events:
            before = text[sentence.start : event.start]
            if cues.NEGATION.search(before) or cues.FEWER.search(before) or _NONE.search(before):
                continue
            for drug in self._group:
                yield wider.statement(drug, "has_adverse_effect", event, "arm", 0.6, outside=True)

    def advance(self, sentence: Sentence) -> None:
        """Keep the last run of two or more drugs or classes named together (not a comparison's other arm)."""
        named = [m for m in sentence.of(*DRUGLIKE) if m.name_kind != "brand"]
        run = last_run(sentence, named, lambda gap, previous, mention: bool(_JOINED.match(gap)), _COMPARED, 30)
        if run:
            self._group, self._group_start = run, sentence.start
            self._referred_at = sentence.start
            return
        if self._group and _COMBINATION_ARM.search(sentence.text):
            # a results section that keeps speaking of "the combination group" keeps the group in reach
            self._referred_at = sentence.start


prefilter_patterns(globals())  # the same matches, scanned faster (see kg.regex_prefilter)
