"""Runs of drugs named together in one sentence ("A, B and C", "A plus B"): the last such run, unless it stands
after a comparison word and so names another arm ("compared with A and B")."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from kg.model import Mention
from kg.relations.sentence import Sentence

Continues = Callable[[str, Mention, Mention], bool]


def last_run(sentence: Sentence, mentions: Sequence[Mention], continues: Continues, compared: re.Pattern[str],
             window: int) -> list[Mention]:
    """The last run of two or more different mentions joined one to the next (``continues(gap, previous, next)``),
    whose ``window`` characters before do not end in a comparison (``compared``); [] when there is none.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("Patients got A plus B.", "x.md")
    >>> a = Mention(doc.id, 13, 14, "A", "D1", "a", "drug", "dictionary", 0.9)
    >>> b = Mention(doc.id, 20, 21, "B", "D2", "b", "drug", "dictionary", 0.9)
    >>> plus = lambda gap, previous, mention: gap.strip() == "plus"
    >>> [m.text for m in last_run(Sentence(doc, 0, 22, [a, b]), [a, b], plus, re.compile("than"), 30)]
    ['A', 'B']
    """
    text = sentence.document.text
    runs: list[list[Mention]] = []
    for mention in mentions:
        if runs and continues(text[runs[-1][-1].end : mention.start], runs[-1][-1], mention):
            if all(earlier.id != mention.id for earlier in runs[-1]):
                runs[-1].append(mention)
            continue
        runs.append([mention])
    for run in reversed(runs):
        if len(run) > 1 and not compared.search(text[max(sentence.start, run[0].start - window) : run[0].start]):
            return run
    return []
