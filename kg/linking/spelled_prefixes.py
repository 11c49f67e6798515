"""A disease name whose first words are spelled out before their abbreviation: "central nervous system (CNS)
germ cell tumors" names the CNS germ cell tumor, not germ cell tumors in general.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.linking.resolve import resolve_name
from kg.model import Mention
from kg.vocabulary.store import Vocabulary

# up to five words, then an abbreviation in parentheses, right before the mention
_SPELLED = re.compile(r"((?:[A-Za-z-]+\s+){1,5})\(([A-Z]{2,6})\)\s+$")
_WORD = re.compile(r"[A-Za-z-]+")


def spelled_prefixes(mentions: list[Mention], text: str, vocabulary: Vocabulary) -> list[Mention]:
    """Disease mentions widened over a spelled-out prefix and its abbreviation, when the abbreviation and the
    mention name a disease of their own ("CNS germ cell tumor"); the long form must spell the abbreviation.

    >>> from kg.vocabulary import default_vocabulary
    >>> t = "Treatment of central nervous system (CNS) germ cell tumors may include:"
    >>> m = Mention("d", 42, 58, "germ cell tumors", "MONDO:0005040", "germ cell tumor", "disease", "dictionary", 0.9)
    >>> [(x.text, x.label) for x in spelled_prefixes([m], t, default_vocabulary())]
    [('central nervous system (CNS) germ cell tumors', 'central nervous system germ cell tumor')]
    """
    out: list[Mention] = []
    for mention in mentions:
        widened = _widened(mention, text, vocabulary) if mention.type == "disease" else None
        out.append(widened or mention)
    return out


def _widened(mention: Mention, text: str, vocabulary: Vocabulary) -> Mention | None:
    before = text[max(0, mention.start - 80) : mention.start]
    written = before.rstrip()
    if len(written) == len(before) or not written.endswith(")"):
        return None  # every match ends in ")" and white space, right before the mention
    match = _SPELLED.search(before)
    if match is None:
        return None
    abbreviation = match.group(2)
    words = list(_WORD.finditer(match.group(1)))[-len(abbreviation) :]
    if len(words) < len(abbreviation) or "".join(w.group(0)[0] for w in words).upper() != abbreviation:
        return None
    name = f"{abbreviation} {mention.text}"
    disease = resolve_name(vocabulary, name, only=("disease",)) or resolve_name(
        vocabulary, re.sub(r"(?<=[a-z])s$", "", name), only=("disease",))  # "... germ cell tumors"
    if disease is None or disease.id == mention.id:
        return None
    start = mention.start - len(before) + match.start(1) + words[0].start()
    return replace(mention, start=start, text=text[start : mention.end], id=disease.id, label=disease.label,
                   xrefs=(), method="pattern", confidence=0.75)
