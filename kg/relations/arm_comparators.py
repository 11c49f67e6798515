"""Which arm's drugs the side effects of a trial report belong to when the sentence names no drug.

A trial report names its arms once ("randomly assigned to receive X plus Y or Y alone") and later reports side
effects with no drug in the sentence ("The most common adverse events were A and B", "Several side effects were
more common among patients who received the combination"). The gold's rule: side effects of a trial arm go to each of
its drugs, and when the text compares the arms, to the drug that differs. So:

- a drug given only as the comparator ("... or vemurafenib alone", "... or dabrafenib plus placebo") is the control
  arm's, not the arm the report is about: its events are not read for it;
- in a comparison ("more common among patients who received the combination"), a drug given in both arms (the one
  also named "alone") does not differ: only the added drug gets the events.
"""

from __future__ import annotations

import re

from kg.model import Mention
from kg.relations import cues

# "Y alone", "Y (Gemzar) alone", "Y monotherapy", "Y plus placebo", "Y and a placebo"
_ALONE_AFTER = re.compile(r"^\s*(?:\([^()]{1,40}\)\s*)?(?:alone|monotherapy)\b|"
                          r"^\s*(?:\([^()]{1,40}\)\s*)?(?:plus|and|with|\+)\s+(?:an?\s+|the\s+)?placebo\b", re.I)
# "compared with ... who received Y", "than Y", "versus Y": the comparator of a comparison
_COMPARED_BEFORE = re.compile(r"\b(?:compared\s+(?:with|to)|than|versus|vs\.?)\s+[^.;]{0,60}$", re.I)
# "more common", "higher rates of", "more frequent": the sentence compares the arms
_COMPARING = re.compile(r"\b(?:more|higher|greater|increased)\b", re.I)


def given_alone(text: str, drug: Mention) -> bool:
    """Whether the text names the drug as a comparator arm of its own: "Y alone", "Y plus placebo".

    >>> text = "X plus Y or Y alone"
    >>> given_alone(text, Mention("d", 12, 13, "Y", "Y", "y", "drug", "d", 0.9))
    True
    >>> given_alone(text, Mention("d", 7, 8, "Y", "Y", "y", "drug", "d", 0.9))
    False
    """
    return bool(_ALONE_AFTER.match(text[drug.end : drug.end + 60]))


def is_comparator(text: str, start: int, drug: Mention) -> bool:
    """Whether a drug of a sentence (beginning at ``start``) is the comparator: named "alone", or after
    "compared with" or "than".

    >>> text = "Rash was seen with X, compared with 9% of those who received Y alone."
    >>> is_comparator(text, 0, Mention("d", 19, 20, "X", "X", "x", "drug", "d", 0.9))
    False
    >>> is_comparator(text, 0, Mention("d", 60, 61, "Y", "Y", "y", "drug", "d", 0.9))
    True
    """
    return given_alone(text, drug) or bool(_COMPARED_BEFORE.search(text[max(start, drug.start - 60) : drug.start]))


def arms_reported(text: str, sentence_text: str, drugs: list[Mention], arms: list[Mention]) -> list[Mention]:
    """Which of ``drugs`` (the trial's arm drugs, or the drugs "the combination" refers to) the side effects of a
    sentence naming no drug belong to, given the mentions of the sentence that named the arms (``arms``).

    >>> text = "Patients got X plus Y or Y alone."
    >>> x, y1, y2 = (Mention("d", 13, 14, "X", "X", "x", "drug", "d", 0.9),
    ...              Mention("d", 20, 21, "Y", "Y", "y", "drug", "d", 0.9),
    ...              Mention("d", 25, 26, "Y", "Y", "y", "drug", "d", 0.9))
    >>> arms = [x, y1, y2]
    >>> [d.text for d in arms_reported(text, "The most common side effects were A and B.", arms, arms)]
    ['X', 'Y']
    >>> [d.text for d in arms_reported(text, "Side effects were more common with the combination.", arms, arms)]
    ['X']
    """
    named = arms + drugs
    alone = {d.id for d in named if given_alone(text, d)}
    elsewhere = {d.id for d in named if not given_alone(text, d)}
    if not alone or not elsewhere:
        kept = drugs  # no comparator arm of its own ("X or Y"): each arm's drug, as before
    elif _COMPARING.search(sentence_text) and not cues.FEWER.search(sentence_text):
        kept = [d for d in drugs if d.id not in alone] or drugs  # the drug that differs
    else:
        kept = [d for d in drugs if d.id in elsewhere] or drugs  # not the comparator arm's own drug
    return list({d.id: d for d in kept}.values())
