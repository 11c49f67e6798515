"""``tested_in_trial`` for the arms of a trial named a few sentences before: "The phase III trial, called X, enrolled
350 patients. [...] Participants were randomly assigned to receive A or chemotherapy (B or C)."

A trial report names the trial once and describes its randomisation (or its results: "Those results showed that
combining A with B ...") later, without naming it again. The drugs (and
classes given as an arm) of the randomisation sentence were given in the trial named last, when it was named shortly
before and no other trial ("In the other trial, ...", "a second study") is spoken of in between.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.model import Mention, Statement
from kg.relations.sentence import Sentence, class_noun_of_next

__all__ = ["arms_of_named_trial"]

# "Participants were randomly assigned to receive", "patients are randomized to", "the researchers randomly
# assigned the women to"
_RANDOMISED = re.compile(
    r"\b(?:(?:were|are|was|is|had\s+been|have\s+been)\s+(?:(?:then|each|also)\s+)?"
    r"(?:randomly\s+assigned|randomi[sz]ed|assigned\s+at\s+random)\s+(?:in\s+equal\s+numbers\s+)?(?:to|between)|"
    r"randomly\s+assigned\s+(?:the\s+|all\s+)?(?:\w+\s+)?(?:participants|patients|women|men|children|them)\s+to)\b",
    re.I,
)
# "Those results showed that combining A and B with C ...": what the trial named before gave
_RESULTS_SHOWED = re.compile(
    r"^\W*(?:those|these|the|its)\s+(?:(?:initial|final|early|updated|latest|new)\s+)?(?:results|findings|data)\s+"
    r"(?:\w+\s+)?(?:showed|show|found|revealed|demonstrated)\s+that\b", re.I)
# another trial spoken of: the randomisation may be that trial's, not the one named before
_OTHER_TRIAL = re.compile(
    r"\b(?:other|another|second|third|separate|earlier|previous|prior|smaller|new|similar)\s+(?:[\w-]+\s+){0,2}"
    r"(?:trials?|stud(?:y|ies))\b|"
    # "A randomized phase III trial of 400 patients ...": a trial brought in without a name
    r"\b(?:an?|one)\s+(?:[\w/,-]+\s+){0,3}(?:trial|study)\b",
    re.I,
)
# how far back (in characters) the trial may be named
_REACH = 600
# "A small group of patients were randomly assigned ...": a group brought in as new, not the trial's participants
_NEW_GROUP = re.compile(r"^\W*(?:an?|one)\b", re.I)
# "dacarbazine, a chemotherapy drug", "doxorubicin (an anthracycline)": the class says what the drug before it is
_DESCRIBES_BEFORE = re.compile(r"^\s*(?:,\s*(?:the|a|an)\s+|\(\s*(?:(?:the|a|an)\s+)?)(?:[\w-]+\s+){0,2}$", re.I)


def arms_of_named_trial(sentence: Sentence, recent_trials: list[Mention]) -> Iterator[Statement]:
    """``tested_in_trial`` from a randomisation sentence naming no trial, for the trial named just before.

    >>> from kg.documents import parse_document
    >>> text = "The trial, called ALPHA, enrolled 300 women. Women were randomly assigned to receive X or Y."
    >>> doc = parse_document(text, "x.md")
    >>> def m(word, kind):
    ...     at = text.rindex(word)
    ...     return Mention(doc.id, at, at + len(word), word, word, word, kind, "d", 0.9)
    >>> trial = m("ALPHA", "trial")
    >>> s = Sentence(doc, text.index("Women"), len(text), [m("X", "drug"), m("Y", "drug")])
    >>> [(st.subject, st.predicate, st.object) for st in arms_of_named_trial(s, [trial])]
    [('X', 'tested_in_trial', 'ALPHA'), ('Y', 'tested_in_trial', 'ALPHA')]
    """
    if sentence.of("trial") or not recent_trials:
        return
    trial = recent_trials[-1]
    if sentence.start - trial.end > _REACH or trial.end > sentence.start:
        return
    found = _RANDOMISED.search(sentence.text) or _RESULTS_SHOWED.match(sentence.text)
    if found is None or _NEW_GROUP.match(sentence.text):
        return
    text = sentence.document.text
    if _OTHER_TRIAL.search(text[trial.end : sentence.start + found.start()]):
        return
    cue_end = sentence.start + found.end()
    mentions = [m for m in sentence.of("drug", "drug_class") if m.start >= cue_end]
    seen: set[str] = set()
    for index, mention in enumerate(mentions):
        if mention.id in seen or not _an_arm(text, mentions, index):
            continue
        seen.add(mention.id)
        yield sentence.statement(mention, "tested_in_trial", trial, "trial_context", 0.65, outside=True)


def _an_arm(text: str, mentions: list[Mention], index: int) -> bool:
    """Whether a drug or class after the randomisation cue is given (a class that only says what a drug is, "the
    chemotherapy drug X", "X, a chemotherapy drug", is not).

    >>> from kg.model import Mention
    >>> text = "to receive Y or the chemotherapy drug X"
    >>> ms = [Mention("d", text.index(w), text.index(w) + len(w), w, w, w, k, "d", 0.9)
    ...       for w, k in (("Y", "drug"), ("chemotherapy", "drug_class"), ("X", "drug"))]
    >>> [_an_arm(text, ms, i) for i in range(3)]
    [True, False, True]
    """
    mention = mentions[index]
    if mention.type == "drug":
        return True
    if class_noun_of_next(text, mentions, index):
        return False
    before = mentions[index - 1] if index > 0 else None
    return not (before is not None and before.type == "drug" and _DESCRIBES_BEFORE.match(
        text[before.end : mention.start]))
