"""Trials named by a study group's code: "RTOG 9402", "EORTC 26951", "NSABP B-14", "SWOG S0777".

Cooperative groups and trial programmes number their studies, and a page names a study by the group's
abbreviation and the number. The registry knows many of them by that name, but not all; a code of a *series*
the registry uses (an abbreviation that starts the names of several registered trials) names a trial even when
that one study is not registered under it. Which abbreviations start a series is read from the vocabulary's
trials, not listed here.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from kg.identifiers import mint
from kg.model import Document, Mention
from kg.regex_prefilter import prefilter_patterns
from kg.vocabulary.store import Vocabulary

_CODE = r"(?:[A-Z]{1,4}-?)?\d{2,5}[A-Z]?"
_NAME = re.compile(rf"^([A-Z][A-Za-z]{{1,7}})[- ]?({_CODE})$")
_IN_TEXT = re.compile(rf"\b([A-Z][A-Za-z]{{1,7}})[ -]({_CODE})\b(?![-–./]\d)")
_GROUP_TRIAL = re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+)?([A-Z][A-Za-z]{1,7})\s+(?:trial|study)\b")
_SERIES_SIZE = 3  # registered trials whose names start with the abbreviation


@lru_cache(maxsize=4)
def trial_series(vocabulary: Vocabulary) -> frozenset[str]:
    """The abbreviations that start the names of at least three registered trials ("RTOG", "KEYNOTE").

    >>> from kg.vocabulary import default_vocabulary
    >>> "RTOG" in trial_series(default_vocabulary())
    True
    """
    trials: dict[str, set[str]] = {}
    for term_id in vocabulary.terms:
        if not term_id.startswith(("clinicaltrials:", "KG:trial/")):
            continue
        term = vocabulary.terms[term_id]
        for name in (term.label, *term.synonyms):
            match = _NAME.match(name)
            if match:
                trials.setdefault(match.group(1), set()).add(term_id)
    counts = Counter({prefix: len(ids) for prefix, ids in trials.items()})
    return frozenset(prefix for prefix, count in counts.items() if count >= _SERIES_SIZE)


def trial_code_mentions(document: Document, vocabulary: Vocabulary) -> list[Mention]:
    """Mentions of trials named by a series abbreviation and a study number; the registered trial when the
    vocabulary knows the name, else a trial node of its own. A bare number must have three digits or more
    and not be a year ("ASCO 2012" is a meeting).

    >>> from kg.documents import parse_document
    >>> from kg.vocabulary import default_vocabulary
    >>> doc = parse_document("In the other trial, EORTC 26951, patients received radiation.", "x.md")
    >>> [(m.text, m.id) for m in trial_code_mentions(doc, default_vocabulary())]
    [('EORTC 26951', 'KG:trial/eortc-26951')]
    >>> doc = parse_document("EORTC 26951 enrolled 368 patients. In the EORTC trial, PCV was given.", "x.md")
    >>> [m.text for m in trial_code_mentions(doc, default_vocabulary())]
    ['EORTC 26951', 'EORTC trial']
    """
    text = document.text
    if not _IN_TEXT.search(text):
        return []
    series = trial_series(vocabulary)
    mentions = []
    by_group: dict[str, set[tuple[str, str]]] = {}
    for match in _IN_TEXT.finditer(text):
        prefix, code = match.groups()
        if prefix not in series or not _plausible_number(code):
            continue
        name = match.group(0)
        # "COG AAML0531": the registry may know the study by its code alone
        known = [t for t in vocabulary.lookup(name) if t.type == "trial"] or [
            t for t in vocabulary.lookup(code) if t.type == "trial" and not code.isdigit()]
        term_id, label = (known[0].id, known[0].label) if known else _own_trial(prefix, code)
        mentions.append(Mention(document.id, match.start(), match.end(), name, term_id, label, "trial", "pattern",
                                0.8))
        by_group.setdefault(prefix, set()).add((term_id, label))
    # "the RTOG trial" on a page that names one RTOG study by its code is that study (the mention spans the
    # abbreviation and the word "trial"); with two studies of the group named, it is neither
    for match in _GROUP_TRIAL.finditer(text):
        studies = by_group.get(match.group(1), set())
        if len(studies) == 1:
            ((term_id, label),) = studies
            mentions.append(Mention(document.id, match.start(1), match.end(), text[match.start(1) : match.end()],
                                    term_id, label, "trial", "pattern", 0.75))
    return mentions


def _own_trial(prefix: str, code: str) -> tuple[str, str]:
    """The id and label of a study the registry does not know: a protocol code of its own ("AAML0531", two
    letters or more) names it alone, as it does where the page writes it without the group; otherwise the group
    and the number, one id however the code is hyphenated ("NSABP B-35", "NSABP-B35").

    >>> _own_trial("COG", "AAML0531"), _own_trial("NSABP", "B-35")
    (('KG:trial/aaml0531', 'AAML0531'), ('KG:trial/nsabp-b35', 'NSABP B-35'))
    """
    if re.match(r"[A-Z]{2}", code):
        return mint("trial", code), code
    return mint("trial", f"{prefix} {code.replace('-', '')}"), f"{prefix} {code}"


def _plausible_number(code: str) -> bool:
    """A study number: letters and digits, or three digits or more that are not a year.

    >>> [_plausible_number(c) for c in ("9402", "2012", "B-14", "98", "0218")]
    [True, False, True, False, True]
    """
    if not code.isdigit():
        return True
    return len(code) >= 3 and not (len(code) == 4 and 1900 <= int(code) <= 2039)


prefilter_patterns(globals())  # the same matches, scanned faster (see kg.regex_prefilter)
