"""``has_adverse_effect`` for events ranked a few sentences after the drug's side effects were spoken of.

A trial report often says whose side effects it speaks of in one sentence ("Fatal events occurred in 2 percent of
patients who received X, compared with 1 percent of those who did not"), adds a sentence about something else
("The risk was higher when X was given with other drugs"), and only then ranks the events, with no drug named:
"The most common fatal event was A. B was next, followed by C and D." The sentence just before the ranking says
nothing of side effects, so the rule that carries a side-effect sentence's drugs into the next one does not reach.

:class:`EffectPassages` remembers the drugs the last side-effect sentence ascribed events to (not a comparison's
other arm), for a few sentences and never across a heading, and gives them the events of a ranking sentence
("the most common ... were", "... was next", "followed by") that names no drug of its own.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator

from kg.model import Mention, Statement
from kg.regex_prefilter import prefilter_patterns
from kg.relations import cues, effect_cues
from kg.relations.sentence import DRUGLIKE, Sentence

# side-effect words, and events spoken of by how grave they were ("fatal events", "serious events")
_EFFECT_WORDS = re.compile(r"\b(?:fatal|serious|severe|life-threatening|treatment-related)\s+(?:adverse\s+)?"
                           r"(?:events?|effects?|reactions?)\b", re.I)
# "B was next, followed by C": the ranking goes on in the sentence after the first of it
_RANK_GOES_ON = re.compile(r"\b(?:was|were)\s+next\b|\bfollowed\s+by\b|\b(?:next|second)\s+most\s+"
                           r"(?:common|frequent)\b", re.I)
# "Neutropenia, a decrease in white cells that can put patients at risk of infections, was next": a gloss
_APPOSITION = re.compile(r"\*{0,2},\*{0,2}\s+(?:a|an|the)\s+[^,;]*,")
# how far back (characters) the side-effect sentence may be
_REACH = 900


class EffectPassages:
    """Keeps the drugs of the last side-effect sentence, and gives them the events of a later ranking sentence."""

    def __init__(self) -> None:
        self._drugs: list[Mention] = []
        self._at = -1  # where the sentence that named them starts
        self._ranked_at = -1  # where the last sentence this reader gave events to starts

    def read(self, sentence: Sentence, previous: Sentence | None) -> Iterator[Statement]:
        """The events of a ranking sentence with no drug of its own, for the drugs of the side-effect sentence a
        few sentences before (not the sentence just before: that one's drugs are carried by
        :func:`kg.relations.effects.side_effects`).

        >>> from kg.documents import parse_document
        >>> text = "Fatal events occurred in patients who received X. The risk was higher in older men. " \\
        ...        "The most common fatal event was A."
        >>> doc = parse_document(text, "x.md")
        >>> def m(word, kind):
        ...     at = text.index(word)
        ...     return Mention("x", at, at + len(word), word, word, word, kind, "d", 0.9)
        >>> first, second = Sentence(doc, 0, 49, [m("X", "drug")]), Sentence(doc, 50, 83, [])
        >>> third = Sentence(doc, 84, len(text), [m("A", "adverse_event")])
        >>> passages = EffectPassages()
        >>> passages.advance(first); passages.advance(second)
        >>> [(s.subject_text, s.object_text) for s in passages.read(third, second)]
        [('X', 'A')]
        """
        if not self._drugs or sentence.start - self._at > _REACH:
            return
        events = sentence.of("adverse_event")
        if not events:
            return
        if [m for m in sentence.of(*DRUGLIKE) if m.method != "anaphora"]:
            return  # the sentence names its own drug
        if any(self._at < h.start <= sentence.start for h in sentence.document.headings):
            return  # another section
        follows_ranking = previous is not None and previous.start == self._ranked_at
        ranking = bool(effect_cues.EFFECTS_GO_ON.match(sentence.text)) and (
            previous is None or previous.start != self._at)
        if not ranking and not (follows_ranking and _RANK_GOES_ON.search(sentence.text)):
            return
        text = sentence.document.text
        glosses = [(sentence.start + g.start(), sentence.start + g.end()) for g in _APPOSITION.finditer(sentence.text)]
        wider = copy.copy(sentence)
        wider.context_start = min(sentence.context_start, self._at)
        for event in events:
            if any(start <= event.start < end for start, end in glosses):
                continue  # a word of a gloss, not a ranked event
            if cues.NEGATION.search(text[sentence.start : event.start]):
                continue
            self._ranked_at = sentence.start
            for drug in self._drugs:
                yield wider.statement(drug, "has_adverse_effect", event, "side_effect_cue", 0.6, outside=True)

    def advance(self, sentence: Sentence) -> None:
        """Remember the drugs of a sentence that speaks of side effects (and names them); forget them when one
        speaks of the placebo or control group's."""
        named = [d for d in sentence.of(*DRUGLIKE) if d.method != "anaphora"] if sentence.mentions else []
        if not named and not self._drugs:
            return  # nothing to remember, nothing to forget
        if not (effect_cues.SIDE_EFFECT.search(sentence.text) or _EFFECT_WORDS.search(sentence.text)):
            return
        text = sentence.document.text
        drugs = [d for d in named if not cues.COMPARATOR_BEFORE.search(text[max(sentence.start, d.start - 60) :
                                                                            d.start])]
        if drugs:
            self._drugs = list({d.id: d for d in drugs}.values())
            self._at = sentence.start
        elif effect_cues.CONTROL.search(sentence.text):
            # "Grade 3 events occurred in 50% of the placebo group. The most common were A": the control arm's
            self._drugs, self._at = [], -1


prefilter_patterns(globals())  # the same matches, scanned faster (see kg.regex_prefilter)
