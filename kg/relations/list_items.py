"""List items read as a whole: an item that is nothing but drug names, the drugs an item opens with, an item
that describes its drug or class ("- X, which blocks Y")."""

from __future__ import annotations

import re

from kg.model import Mention
from kg.relations import cues, effect_cues
from kg.relations.sentence import DRUGLIKE, Sentence, glued_run


def _example() -> tuple[Sentence, Mention, Mention]:
    """A sentence with a drug and a disease, for the doctests below."""
    from kg.documents import parse_document

    doc = parse_document("Imatinib is used to treat leukemia.", "x.md")
    drug = Mention(doc.id, 0, 8, "Imatinib", "D1", "imatinib", "drug", "dictionary", 0.9)
    disease = Mention(doc.id, 26, 34, "leukemia", "C1", "leukemia", "disease", "dictionary", 0.9)
    return Sentence(doc, 0, 35, [drug, disease]), drug, disease


_BARE_REST = re.compile(r"^[\s,;:.()\[\]/®™*+-]*(?:(?:and|or|with|plus)[\s,;:.()\[\]/®™*+-]*)*$", re.I)


def bare_item(sentence: Sentence) -> bool:
    """A list item that is nothing but drug names ("Libtayo (Cemiplimab-rwlc)", "Nivolumab and X"): it states
    nothing itself, so what it says comes from the line before the list.

    >>> sentence, drug, disease = _example()
    >>> bare_item(sentence)
    False
    """
    drugs = sentence.of("drug")
    if not drugs:
        return False
    rest, last = [], sentence.start
    for mention in sorted(sentence.mentions, key=lambda m: m.start):
        if mention.type != "drug":
            return False
        rest.append(sentence.document.text[last : mention.start])
        last = max(last, mention.end)
    rest.append(sentence.document.text[last : sentence.end])
    return bool(_BARE_REST.match("".join(rest)))


_ITEM_OPENING = re.compile(r"^[\s*-]*(?:the\s+|an?\s+)?$", re.I)


def opening_run(sentence: Sentence) -> list[Mention]:
    """The drugs and classes a list item opens with, joined by commas, "and" or "or" ("doxorubicin,
    cyclophosphamide, and either paclitaxel or docetaxel; or"): under "It is used with:" they are one regimen.

    >>> sentence, drug, disease = _example()
    >>> [m.text for m in opening_run(sentence)]
    ['Imatinib']
    """
    text = sentence.document.text
    subjects = sentence.of(*DRUGLIKE)
    if not subjects or not _ITEM_OPENING.match(text[sentence.start : subjects[0].start]):
        return []
    return glued_run(text, subjects)


_BRAND_GAP = re.compile(r"^\s*\(?\s*$")
_RELATIVE_AFTER = re.compile(r"[\s)®™]*,?\s*(?:which|that|who)\b", re.I)


def described_item(sentence: Sentence) -> bool:
    """A list item that names drugs and then says what they do in a relative clause ("nivolumab (Opdivo) and
    pembrolizumab (Keytruda), which block PD-1"): like a bare item, what the names are comes from the line before.

    >>> sentence, drug, disease = _example()
    >>> described_item(sentence)
    False
    """
    run = opening_run(sentence)
    if not run or any(m.type != "drug" for m in run):
        return False
    text, last = sentence.document.text, run[-1]
    for mention in sentence.of("drug"):
        if mention.start >= last.end and mention.id == last.id and _BRAND_GAP.match(text[last.end : mention.start]):
            last = mention  # "pembrolizumab (Keytruda), which": past the drug's brand
    return bool(_RELATIVE_AFTER.match(text, last.end, sentence.end))


_CLASS_EXAMPLES = re.compile(r"\s*\([^()]*\)", re.I)


def described_class_item(sentence: Sentence) -> bool:
    """A list item that opens with a class, its examples in brackets, and a relative clause ("BRAF inhibitors
    (A or B) that block BRAF"): a kind under the line before, as a described drug item is.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("MEK inhibitors (trametinib) that block MEK1.", "x.md")
    >>> cls = Mention(doc.id, 0, 14, "MEK inhibitors", "K1", "MEK inhibitor", "drug_class", "dictionary", 0.9)
    >>> described_class_item(Sentence(doc, 0, 44, [cls]))
    True
    """
    subjects = sentence.of(*DRUGLIKE)
    text = sentence.document.text
    if not subjects or subjects[0].type != "drug_class" or not _ITEM_OPENING.match(
            text[sentence.start : subjects[0].start]):
        return False
    after = subjects[0].end
    examples = _CLASS_EXAMPLES.match(text, after, sentence.end)
    if examples is not None:
        after = examples.end()
    return bool(_RELATIVE_AFTER.match(text, after, sentence.end))


def treatment_lead(lead: str) -> bool:
    """Whether a list's lead-in lists treatments ("Treatment options may include:"), not side effects, tests or
    prognostic factors.

    >>> treatment_lead("Treatment of stage IV melanoma may include:"), treatment_lead("Side effects of treatment:")
    (True, False)
    """
    return bool(cues.TREATMENT_LEAD.search(lead)) and not (
        effect_cues.SIDE_EFFECT.search(lead) or cues.DIAGNOSTIC_LEAD.search(lead) or cues.PROGNOSIS_LEAD.search(lead))
