"""``treats`` where a drug is called a kind of drug for a disease: "Bendamustine is a chemotherapy drug for chronic
lymphocytic leukemia", "Imatinib is a kinase inhibitor for chronic myeloid leukemia", "Letrozole is an aromatase
inhibitor drug used for breast cancer".

The drug is the subject of a copula whose complement is a class ("is a chemotherapy drug", "is an aromatase
inhibitor"); the class phrase goes on with "for", "against" or "to treat" and the disease (maybe after "patients
with" or "the treatment of"). The class only says what the drug is (that is ``member_of_class``, read elsewhere);
what the complement is for is the drug's use. The class itself is given nothing here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.model import Statement
from kg.relations.sentence import Sentence

__all__ = ["class_for_uses"]

# the drug, then "is a", "are the", "was one" and up to two words before the class ("is a standard chemotherapy")
_IS_A = re.compile(r"^\s*(?:\([^()]{1,40}\)\s*)?,?\s*(?:is|are|was|were)\s+(?:(?:also|now|still)\s+)?"
                   r"(?:an?|the|one)\s+(?:[\w-]+\s+){0,2}$", re.I)
# the class, then its head noun and what it is for, up to the disease
_FOR = re.compile(
    r"^\s*(?:drugs?|medicines?|medications?|agents?|therapy|treatment)?\s*(?:(?:used|given)\s+)?"
    r"(?:for|against|to\s+treat)\s+(?:(?:the\s+)?treatment\s+of\s+)?"
    r"(?:(?:some\s+|certain\s+)?(?:patients|people|adults|children|women|men)\s+with\s+)?(?:[\w-]+\s+){0,2}$", re.I)


def class_for_uses(sentence: Sentence) -> Iterator[Statement]:
    """``treats`` for a drug said to be a kind of drug for a disease.

    >>> from kg.documents import parse_document
    >>> from kg.model import Mention
    >>> doc = parse_document("X is a kinase inhibitor for glioma.", "x.md")
    >>> t = doc.text
    >>> def m(word, kind):
    ...     return Mention("x", t.index(word), t.index(word) + len(word), word, word.upper(), word, kind, "d", 0.9)
    >>> s = Sentence(doc, 0, len(t), [m("X", "drug"), m("kinase inhibitor", "drug_class"), m("glioma", "disease")])
    >>> [(s.subject_text, s.predicate, s.object_text) for s in class_for_uses(s)]
    [('X', 'treats', 'glioma')]
    """
    if sentence.investigational:
        return
    text = sentence.document.text
    for disease in sentence.of("disease"):
        classes = [c for c in sentence.of("drug_class") if c.end <= disease.start]
        if not classes or not _FOR.match(text[classes[-1].end : disease.start]):
            continue
        kind = classes[-1]
        drugs = [d for d in sentence.of("drug") if d.end <= kind.start]
        if drugs and _IS_A.match(text[drugs[-1].end : kind.start]):
            yield sentence.statement(drugs[-1], "treats", disease, "class_for", 0.65)
