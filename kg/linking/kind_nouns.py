"""Class nouns too generic to match everywhere, read where a drug is said to be one.

The vocabulary leaves out "antibiotic" as a bare name: most pages that say it mean drugs against an infection,
which the rulebook does not annotate. A drug page that says what its drug is ("Bleomycin is an antibiotic that is
used as a chemotherapy drug", "X is a type of antibiotic called an anthracycline") names the drug's class, the
antineoplastic antibiotics, and the rulebook makes the drug a member of it.
"""

from __future__ import annotations

import re

from kg.linking.resolve import resolve_name
from kg.linking.word_gates import says_any
from kg.model import Document, Mention
from kg.regex_prefilter import prefilter_patterns
from kg.vocabulary.store import Vocabulary

# "is an antibiotic used as", "is a type of antibiotic called": a copula before, a naming or use clause after
_DRUG_IS_A = re.compile(
    r"\b(?:is|are)\s+(?:also\s+)?(?:an?\s+(?:type|kind)\s+of\s+|an\s+)(antibiotics?)\b"
    r"(?=\s+(?:called|that|which|used)\b)",
    re.IGNORECASE,
)
# the noun, and the class the vocabulary knows it as in that frame
_KIND_NOUNS = {"antibiotic": "antineoplastic antibiotic", "antibiotics": "antineoplastic antibiotic"}


def drug_kind_nouns(document: Document, vocabulary: Vocabulary) -> list[Mention]:
    """A generic class noun that a sentence says a drug is, as a mention of the class it names there.

    >>> from kg.documents import parse_document
    >>> from kg.vocabulary import default_vocabulary
    >>> doc = parse_document("Bleomycin is an antibiotic that is used as a chemotherapy drug.", "x.md")
    >>> [(m.text, m.type) for m in drug_kind_nouns(doc, default_vocabulary())]
    [('antibiotic', 'drug_class')]
    >>> drug_kind_nouns(parse_document("Patients get an antibiotic for the infection.", "x.md"),
    ...                 default_vocabulary())
    []
    """
    mentions: list[Mention] = []
    for match in _DRUG_IS_A.finditer(document.text) if says_any(document.text, ("antibiotic",)) else ():
        found = resolve_name(vocabulary, _KIND_NOUNS[match.group(1).lower()], only=("drug_class",))
        if found is not None:
            mentions.append(Mention(document.id, match.start(1), match.end(1), match.group(1), found.id,
                                    found.label, "drug_class", "pattern", 0.75))
    return mentions


prefilter_patterns(globals())  # the same matches, scanned faster (see kg.regex_prefilter)
