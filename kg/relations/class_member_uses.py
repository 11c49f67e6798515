"""Uses of the drugs a class is illustrated with: "X is often treated with one of several targeted therapies
approved by the FDA, including A, B and C" says that A, B and C treat X (and, when the class is said to be
approved, that each is approved for it), not only the class."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from kg.model import Mention, Statement
from kg.relations import cues
from kg.relations.sentence import Sentence

# what may stand between the class and its first example: a short description ("approved by the FDA", "that block
# VEGF", "approved by the Food and Drug Administration (FDA)") and then "including" / "such as"
_EXAMPLES_AFTER = re.compile(
    r"^\s*(?:\([^()]{1,60}\)\s*)?(?P<aside>[^.;:()]{0,60}?(?:\([^()]{1,12}\))?)\s*,?\s*(?:such as|including)\s+"
    r"(?:the\s+)?"
    r"(?:(?:drugs?|agents?)\s+)?$",
    re.I,
)
_APPROVED = re.compile(r"\bapproved\b", re.I)
# "chemotherapy, including X, is not used": a negation or a clause going on inside the aside ends the reading
_NOT_PLAIN = re.compile(r"\b(?:not|no|never|or|than|unlike|except|instead)\b", re.I)


def member_uses(sentence: Sentence, read: Sequence[Statement]) -> Iterator[Statement]:
    """``treats`` (and ``approved_for``) for each drug a class that treats a disease is illustrated with.

    >>> from kg.documents import parse_document
    >>> text = "Melanoma is often treated with targeted therapies approved by the FDA, including A and B."
    >>> doc = parse_document(text, "x.md")
    >>> mel = Mention(doc.id, 0, 8, "Melanoma", "C1", "melanoma", "disease", "dictionary", 0.9)
    >>> cls = Mention(doc.id, 31, 49, "targeted therapies", "K1", "targeted therapy", "drug_class", "d", 0.9)
    >>> a = Mention(doc.id, 81, 82, "A", "D1", "a", "drug", "dictionary", 0.9)
    >>> b = Mention(doc.id, 87, 88, "B", "D2", "b", "drug", "dictionary", 0.9)
    >>> sentence = Sentence(doc, 0, len(text), [mel, cls, a, b])
    >>> uses = [sentence.statement(cls, "treats", mel, "treated_with", 0.7)]
    >>> sorted((s.subject, s.predicate) for s in member_uses(sentence, uses))
    [('D1', 'approved_for'), ('D2', 'approved_for')]
    """
    text = sentence.document.text
    druglike = sentence.of("drug", "drug_class")
    diseases = {m.id: m for m in sentence.of("disease")}
    seen: set[tuple[str, str, str]] = set()
    for use in read:
        # the disease is named in the sentence, or in the sentence before whose patients this one refers back to
        # ("… patients with melanoma … These patients are treated with one of several C, including A and B"; a
        # list item's use carried from a far lead-in is not passed on: its lead-in may speak of risks, not uses)
        across = use.evidence.method == "population_reference"
        if use.predicate not in ("treats", "approved_for") or use.evidence.negated or not (
                use.object in diseases or across):
            continue
        for index, cls in enumerate(druglike):
            if cls.id != use.subject or cls.type != "drug_class":
                continue
            examples = _examples(text, druglike[index + 1 :], cls)
            if not examples:
                continue
            aside = _EXAMPLES_AFTER.match(text[cls.end : examples[0].start])
            approved = use.predicate == "approved_for" or bool(aside and _APPROVED.search(aside.group("aside")))
            for drug in examples:
                predicate = "approved_for" if approved else "treats"  # (an approval brings its use later)
                key = (drug.id, predicate, use.object)
                if key in seen:
                    continue
                seen.add(key)
                if use.object in diseases:
                    yield sentence.statement(drug, predicate, diseases[use.object], "include", 0.65)
                else:
                    yield replace(use, subject=drug.id, predicate=predicate, subject_text=drug.text,
                                  evidence=replace(use.evidence, method="include"))


def _examples(text: str, after: Sequence[Mention], cls: Mention) -> list[Mention]:
    """The drugs named right after a class as its examples ("..., including A, B, and C"), in text order."""
    if not after or after[0].type != "drug":
        return []
    found = _EXAMPLES_AFTER.match(text[cls.end : after[0].start])
    if found is None or _NOT_PLAIN.search(found.group("aside")):
        return []
    examples = [after[0]]
    for mention in after[1:]:
        if mention.id == examples[-1].id:
            continue  # the drug's brand in parentheses
        if mention.type != "drug" or not cues.LIST_GLUE.match(text[examples[-1].end : mention.start]):
            break
        examples.append(mention)
    return examples
