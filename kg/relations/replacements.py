"""Replacement therapy in a treatment list: "HRT is given to make up for the lost thyroid hormone" under
"Treatment of papillary thyroid carcinoma may include:" gives neither HRT nor the thyroid hormone as a treatment
of the cancer; a replacement restores what surgery took, it treats no disease of the lead-in.
"""

from __future__ import annotations

import re

from kg.model import Mention
from kg.relations.sentence import Sentence

# "HRT is given to make up for the lost thyroid hormone": a replacement, and what it replaces, treat no cancer
_REPLACES_AFTER = re.compile(r"[^.;]{0,20}?\b(?:is|are)\s+given\s+to\s+(?:make\s+up\s+for|replace)\b", re.I)
_REPLACED_BEFORE = re.compile(r"\b(?:make\s+up\s+for|replace)\s+(?:the\s+)?(?:lost\s+)?$", re.I)


def replacement(sentence: Sentence, subject: Mention) -> bool:
    """Whether an item's drug or class is given only to replace what the body lost, or is what is replaced.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("HRT is given to make up for the lost thyroid hormone.", "x.md")
    >>> hrt = Mention(doc.id, 0, 3, "HRT", "K1", "hormone therapy", "drug_class", "dictionary", 0.9)
    >>> lost = Mention(doc.id, 37, 52, "thyroid hormone", "C1", "thyroid hormone", "drug_class", "dictionary", 0.9)
    >>> item = Sentence(doc, 0, 53, [hrt, lost])
    >>> replacement(item, hrt), replacement(item, lost)
    (True, True)
    """
    text = sentence.document.text
    return bool(_REPLACES_AFTER.match(text, subject.end, sentence.end)
                or _REPLACED_BEFORE.search(text[max(sentence.start, subject.start - 40) : subject.start]))
