"""Drug names that go on with a Greek letter the link or the matcher left out: "[interferon](...) alpha" is one
name, interferon alfa. The longer name is taken when the vocabulary knows it (with the letter spelt as the
International Nonproprietary Names spell it: alfa)."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.linking.resolve import resolve_name
from kg.model import Mention
from kg.vocabulary.store import Vocabulary

_GREEK_AFTER = re.compile(r"^[ -](alpha|alfa|beta|gamma)\b(?:-\d[a-z]?\b)?", re.I)
_INN = {"alpha": "alfa"}


def with_greek_letter(mentions: list[Mention], text: str, vocabulary: Vocabulary) -> list[Mention]:
    """Drug mentions extended over the Greek letter after them when the longer name is a drug the vocabulary
    knows.

    >>> from kg.vocabulary import default_vocabulary
    >>> text = "It is used with interferon alpha."
    >>> m = Mention("d", 16, 26, "interferon", "CHEMBL:CHEMBL2108494", "interferon", "drug", "link", 0.97)
    >>> [x.text for x in with_greek_letter([m], text, default_vocabulary())]
    ['interferon alpha']
    """
    starts = {m.start for m in mentions}
    out: list[Mention] = []
    for mention in mentions:
        after = _GREEK_AFTER.match(text[mention.end : mention.end + 16]) if mention.type == "drug" else None
        if after is None or any(mention.end < s < mention.end + after.end() for s in starts):
            out.append(mention)
            continue
        letter = after.group(1).lower()
        name = f"{mention.text}{after.group(0)[0]}{_INN.get(letter, letter)}{after.group(0)[1 + len(letter):]}"
        found = resolve_name(vocabulary, name, only=("drug",))
        if found is None:
            out.append(mention)
            continue
        end = mention.end + after.end()
        out.append(replace(mention, end=end, text=text[mention.start : end], id=found.id, label=found.label))
    return out


__all__ = ["with_greek_letter"]
