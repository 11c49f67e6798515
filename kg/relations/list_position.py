"""Whether a drug is one more item of a list: "A, B, a platinum drug, and C" lists B, while "B, a platinum drug,"
alone describes B. Membership readers ask this before they read "drug, class" as an apposition."""

from __future__ import annotations

import re

from kg.model import Mention
from kg.relations.sentence import Sentence

# a list comma between two items, with an optional bracketed brand after the first and "and"/"or" after the comma
_LIST_COMMA = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?,\s*(?:and\s+|or\s+)?")


def follows_list_comma(sentence: Sentence, drug: Mention) -> bool:
    """Whether another drug or class ends just before the drug with a list comma ("A, B", "A, and B").

    >>> from kg.documents import parse_document
    >>> doc = parse_document("Use A, B, taxanes, and C.", "x.md")
    >>> a, b = (Mention(doc.id, i, i + 1, t, "D" + t, t, "drug", "dictionary", 0.9) for i, t in ((4, "A"), (7, "B")))
    >>> follows_list_comma(Sentence(doc, 0, 25, [a, b]), b), follows_list_comma(Sentence(doc, 0, 25, [a, b]), a)
    (True, False)
    """
    before = [m for m in sentence.of("drug", "drug_class") if m.end <= drug.start and m.id != drug.id]
    return bool(before) and _LIST_COMMA.fullmatch(sentence.document.text[before[-1].end : drug.start]) is not None
