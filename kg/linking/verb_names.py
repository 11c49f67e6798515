"""Drug names that are verbs in the sentence: a vocabulary synonym that is also an English verb ("to alleviate
bone pain", where a product is sold as "Alleviate") names no drug when the text uses it as a verb.
"""

from __future__ import annotations

import re

from kg.model import Mention
from kg.regex_prefilter import prefilter_patterns

# what comes before a verb: an infinitive "to", a modal, or "helps (to)"
_VERB_BEFORE = re.compile(r"\b(?:to|can|could|may|might|will|would|should|must|helps?|helped)\s+$", re.IGNORECASE)
# what comes after a verb here: a word (its object), not the end of a clause
_WORD_AFTER = re.compile(r"\s+[a-z]")
# the endings of verbs made from other words ("alleviate", "stabilize", "intensify"); a noun after "to"
# ("resistant to platinum", "switched to a steroid") is no verb
_VERB_ENDING = re.compile(r"(?:ate|ize|ise|ify)$")


def verbs_not_drugs(mentions: list[Mention], text: str) -> list[Mention]:
    """The mentions without one-word drug synonyms written in lower case and used as verbs.

    Only names with a verb's ending (-ate, -ize, -ise, -ify) are read so; a drug's own label ("switched to
    exemestane"), capitalised names ("switched to Aromasin") and class names stay.

    >>> t = "Radiation is used to alleviate bone pain. Women switched to exemestane daily."
    >>> a, e = t.index("alleviate"), t.index("exemestane")
    >>> ms = [Mention("x", a, a + 9, "alleviate", "C:1", "piperonyl butoxide", "drug", "dictionary", 0.9,
    ...               name_kind="synonym"),
    ...       Mention("x", e, e + 10, "exemestane", "C:2", "exemestane", "drug", "dictionary", 0.9,
    ...               name_kind="label")]
    >>> [m.text for m in verbs_not_drugs(ms, t)]
    ['exemestane']
    """
    kept: list[Mention] = []
    for mention in mentions:
        if (mention.type == "drug" and mention.method == "dictionary" and _VERB_ENDING.search(mention.text)
                and mention.name_kind != "label" and mention.text.islower() and " " not in mention.text
                and mention.text.isalpha() and mention.text != mention.label.lower()
                and _VERB_BEFORE.search(text[max(0, mention.start - 12) : mention.start])
                and _WORD_AFTER.match(text, mention.end)):
            continue
        kept.append(mention)
    return kept


prefilter_patterns(globals())  # the same matches, scanned faster (see kg.regex_prefilter)
