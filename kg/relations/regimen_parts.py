"""``member_of_class`` for a drug said to be one part of a class's regimen: "doxorubicin (Brand), a drug that was
part of the chemotherapy regimen used in the trial", "cisplatin, one of the drugs in the chemotherapy combination",
"A and B, two of the drugs of the chemotherapy regimen" (each of a run only where the phrase is plural).

The copula form ("X is part of the chemotherapy regimen") is read by the apposition rules already; this module reads
the appositive forms, which they leave out. The drug (or a run of drugs joined by commas, "and" or "or") comes first,
then a comma and "a drug that is/was (one) part of", "one/two/some of the drugs in/of" or "part of", then the class
and a word for the regimen ("regimen", "combination", "treatment", "therapy"). A class that only names what the
regimen is given with ("part of the regimen with chemotherapy") is not read: the class must stand right before the
regimen word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.model import Mention, Statement
from kg.relations import cues
from kg.relations.sentence import Sentence, text_between

__all__ = ["regimen_parts"]

# between the (last) drug and the class: an optional bracketed brand, a comma, then the "part of" phrase
_PART_OF = re.compile(
    r"^[®™]?\)?[®™]?\s*(?:\([^()]{1,40}\)[®™]?\s*)?,\s*"
    r"(?:(?:an?\s+|the\s+)?(?:drug|medicine|agent)\s+(?:that|which)\s+(?:is|was)\s+(?:also\s+)?"
    r"(?:(?:one|a|an)\s+)?(?:key\s+|main\s+)?part\s+of|"
    r"(?P<plural>(?:the\s+)?(?:drugs|medicines|agents)\s+(?:that|which)\s+(?:are|were)\s+(?:also\s+)?part\s+of|"
    r"(?:two|three|four|both|some|all)\s+of\s+the\s+(?:drugs|medicines|agents)\s+(?:in|of|used\s+in))|"
    r"one\s+of\s+the\s+(?:drugs|medicines|agents)\s+(?:in|of|used\s+in)|"
    r"(?:which\s+(?:is|was)\s+)?(?:also\s+)?part\s+of)\s+"
    r"(?:the|a|an|this|that|their|its)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
# what follows the class: the regimen word
_REGIMEN_AFTER = re.compile(r"^[\s-]*(?:drug\s+)?(?:regimens?|combinations?|treatments?|therap(?:y|ies)|cocktail)\b",
                            re.I)


def regimen_parts(sentence: Sentence) -> Iterator[Statement]:
    """``member_of_class`` for each drug set off as a part of "the <class> regimen".

    >>> from kg.documents import parse_document
    >>> text = "Patients got cisplatin, one of the drugs in the chemotherapy regimen, every week."
    >>> doc = parse_document(text, "x.md")
    >>> def m(word, kind):
    ...     at = text.index(word)
    ...     return Mention(doc.id, at, at + len(word), word, word.upper(), word, kind, "dictionary", 0.9)
    >>> s = Sentence(doc, 0, len(text), [m("cisplatin", "drug"), m("chemotherapy", "drug_class")])
    >>> [(s.subject_text, s.predicate, s.object_text) for s in regimen_parts(s)]
    [('cisplatin', 'member_of_class', 'chemotherapy')]
    """
    text = sentence.document.text
    drugs = sentence.of("drug")
    if not drugs:
        return
    for cls in sentence.of("drug_class"):
        if not _REGIMEN_AFTER.match(text[cls.end : cls.end + 30]):
            continue
        before = [d for d in drugs if d.end <= cls.start]
        part_of = _PART_OF.match(text_between(text, before[-1], cls)) if before else None
        if part_of is None:
            continue
        # "A and B, two of the drugs in the C regimen": each; "A and B, a drug that was part of ...": only B
        for drug in _run_ending_with(text, before) if part_of.group("plural") else before[-1:]:
            yield sentence.statement(drug, "member_of_class", cls, "apposition", 0.7)


def _run_ending_with(text: str, drugs: list[Mention]) -> list[Mention]:
    """The last drug and those joined to it before by a comma, "and" or "or" ("A, B and C"), the same drug named
    again by its brand passed over.

    >>> a = Mention("d", 0, 1, "A", "A", "a", "drug", "x", 1.0)
    >>> b = Mention("d", 6, 7, "B", "B", "b", "drug", "x", 1.0)
    >>> [m.text for m in _run_ending_with("A and B", [a, b])]
    ['A', 'B']
    """
    run = [drugs[-1]]
    for earlier in reversed(drugs[:-1]):
        gap = text_between(text, earlier, run[0])
        if earlier.id == run[0].id and re.match(r"^\s*\(?\s*$", gap):
            continue  # "doxorubicin (Adriamycin)": the same drug by its brand
        if not cues.LIST_GLUE.match(gap):
            break
        run.insert(0, earlier)
    return [d for index, d in enumerate(run) if all(d.id != e.id for e in run[:index])]
