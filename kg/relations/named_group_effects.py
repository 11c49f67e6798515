"""Side effects and uses said of "the drugs" just after a sentence that names two or more drugs together.

A trial report names its drugs once ("The therapies, A and B, each lengthened survival in ...") and goes on with a
definite plural: "In both trials, the drugs were associated with side effects such as anaemia". The reading
context takes the last drug named as the referent of what follows, so only one of the drugs got the events. The
definite plural refers to all of them: each drug of the run named together in the sentence just before gets what
the sentence states of the first one (the gold's rule: side effects of an arm go to each of its drugs).

Only a sentence that names no drug of its own is read (a sentence naming a drug states its own subject), and the
drugs must be named together ("A and B", "A (Brand) and B (Brand)", "A plus B"), not as alternatives or as the
arm they were compared with.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from kg.model import Mention, Statement
from kg.regex_prefilter import prefilter_patterns
from kg.relations import cues
from kg.relations.named_runs import last_run
from kg.relations.sentence import Sentence

# "the drugs were associated with", "both therapies caused", "the two agents": not "the drugs used for X", "the
# drugs that ...", "the drugs of this class" (a description, not the drugs just named)
_DEFINITE_GROUP = re.compile(
    r"\b(?:the|both|all)\s+(?:two\s+|three\s+)?(?:drugs|therapies|agents|medicines)\b"
    r"(?!\s+(?:of|that|which|used|to|for|in|given|such|like|now|being|called|known|approved|currently)\b)",
    re.I,
)
# the run is the arm a result was compared with, or alternatives ("A or B", "either A or B")
_COMPARED = re.compile(r"\b(?:compared|versus|vs|than|instead of|rather than|either)\b", re.I)
_PREDICATES = ("has_adverse_effect", "treats", "approved_for")


def _joined(gap: str, previous: Mention, mention: Mention) -> bool:
    """Whether two drug mentions are named together: "A and B", "A, B", "A plus B", or a brand in brackets."""
    return bool(cues.JOINED_TOGETHER.match(gap)) or (mention.id == previous.id and gap.strip() == "(")


def named_group(previous: Sentence | None) -> list[Mention]:
    """The drugs the sentence names together last, one mention per drug; [] when it names fewer than two.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("Both A and B helped.", "x.md")
    >>> a = Mention(doc.id, 5, 6, "A", "D1", "a", "drug", "dictionary", 0.9)
    >>> b = Mention(doc.id, 11, 12, "B", "D2", "b", "drug", "dictionary", 0.9)
    >>> [m.text for m in named_group(Sentence(doc, 0, 20, [a, b]))]
    ['A', 'B']
    """
    if previous is None:
        return []
    return last_run(previous, previous.of("drug"), _joined, _COMPARED, 40)


class NamedGroups:
    """The drugs the page named together last, kept from sentence to sentence (across headings: a report names
    its drugs in the lead and speaks of "the drugs" sections later).

    >>> from kg.documents import parse_document
    >>> from kg.model import Evidence
    >>> doc = parse_document("Both A and B helped. The drugs caused fever.", "x.md")
    >>> a = Mention(doc.id, 5, 6, "A", "D1", "a", "drug", "dictionary", 0.9)
    >>> b = Mention(doc.id, 11, 12, "B", "D2", "b", "drug", "dictionary", 0.9)
    >>> fever = Mention(doc.id, 38, 43, "fever", "E1", "fever", "adverse_event", "dictionary", 0.9)
    >>> read = [Statement("D2", "has_adverse_effect", "E1", Evidence(doc.id, "", 0, 44, "side_effect_cue"))]
    >>> groups = NamedGroups()
    >>> groups.advance(Sentence(doc, 0, 20, [a, b]))
    >>> [(s.subject, s.object) for s in groups.read(Sentence(doc, 21, 44, [fever]), read)]
    [('D1', 'E1')]
    """

    def __init__(self) -> None:
        self._group: list[Mention] = []

    def advance(self, sentence: Sentence) -> None:
        """Take note of the drugs a sentence names together, if it does."""
        group = named_group(sentence)
        if group:
            self._group = group

    def read(self, sentence: Sentence, read: Sequence[Statement]) -> list[Statement]:
        """What the sentence's rules read for one drug of the group, for each other drug of it, where the
        sentence speaks of "the drugs" (before what it states of them) and names no drug itself."""
        if not read or not self._group or sentence.of("drug"):
            return []
        found = _DEFINITE_GROUP.search(sentence.text)
        if found is None:
            return []
        return _each_of(self._group, sentence.start + found.start(), sentence, read)


def _each_of(group: list[Mention], reference_at: int, sentence: Sentence, read: Sequence[Statement]) -> list[Statement]:
    """The statements of ``read`` about one drug of the group, copied to each other drug of it."""
    ids = {drug.id for drug in group}
    seen = {(s.subject, s.predicate, s.object) for s in read}
    added: list[Statement] = []
    for statement in read:
        if statement.predicate not in _PREDICATES or statement.subject not in ids or statement.evidence.negated:
            continue
        objects = [m for m in sentence.mentions if m.id == statement.object]
        if not objects or objects[0].start < reference_at:
            continue  # "Fever, which the drugs caused": read where the reference comes first
        for drug in group:
            key = (drug.id, statement.predicate, statement.object)
            if key not in seen:
                seen.add(key)
                added.append(dataclasses.replace(statement, subject=drug.id, subject_text=drug.text))
    return added


__all__ = ["NamedGroups", "named_group"]


prefilter_patterns(globals())  # the same matches, scanned faster (see kg.regex_prefilter)
