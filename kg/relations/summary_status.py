"""What a treatment summary's wording takes back from the uses and side effects read in it (PDQ-style pages):

- a pointer to another page or section ("Learn more about Targeted Therapy to Treat Cancer.", "For more
  information, see the Diarrhea section.") states nothing, and neither do the items of a list it leads in ("See
  the following PDQ summaries for more information: - Depression");
- a list under a lead-in about late effects, side effects, harms or risk factors names no use ("These late
  effects ... may include: Hypothyroidism (too little thyroid hormone)"), and neither do the people a drug
  causes side effects in ("may cause serious side effects in people with kidney disease");
- side effects listed under a lead-in that blames a procedure and names no drug ("Serious problems may occur if
  the pituitary gland is affected during surgery or radiation therapy. These problems include:") are no side
  effects of a drug named paragraphs before;
- a list item that opens as a clinical trial ("A clinical trial that checks a sample of the tumor for gene changes.
  The type of targeted therapy given depends on ...") studies what its later sentences name, never treats it.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right

from kg.model import Document, Statement
from kg.relations.sentence import Sentence

__all__ = ["no_effect_uses", "no_pointer_statements", "procedure_effects", "trial_item_status"]

_USES = ("treats", "studied_for")

# an item that opens as a clinical trial: "A clinical trial that checks ...", "Clinical trials of ..."
_TRIAL_ITEM = re.compile(r"^\W*(?:(?:a|an|in\s+a)\s+)?clinical\s+trials?\b", re.I)


def trial_item_status(sentence: Sentence, read: list[Statement]) -> list[Statement]:
    """In a list item that opens as a clinical trial, what a later sentence of the item says is used is studied.

    >>> from kg.documents import parse_document
    >>> from kg.model import Mention
    >>> doc = parse_document("- A clinical trial of new drugs. Targeted therapy is used for glioma.\\n", "x.md")
    >>> start = doc.text.index("Targeted")
    >>> cls = Mention(doc.id, start, start + 16, "Targeted therapy", "K1", "targeted therapy", "drug_class",
    ...               "dictionary", 0.9)
    >>> end = doc.text.index("glioma")
    >>> glioma = Mention(doc.id, end, end + 6, "glioma", "C1", "glioma", "disease", "dictionary", 0.9)
    >>> sentence = Sentence(doc, start, end + 7, [cls, glioma])
    >>> [s.predicate for s in trial_item_status(sentence, [sentence.statement(cls, "treats", glioma, "list", 0.7)])]
    ['studied_for']
    """
    if not any(s.predicate == "treats" and s.evidence.method == "list" for s in read):
        return read
    item = _item_start(sentence.document, sentence.start)
    if item is None or item >= sentence.start or not _TRIAL_ITEM.match(sentence.document.text[item : sentence.start]):
        return read
    # only the item's place in the treatment list (an earlier treatment the item mentions is still use)
    return [dataclasses.replace(s, predicate="studied_for") if s.predicate == "treats" and s.evidence.method == "list"
            else s for s in read]


_BLOCK_STARTS: dict[str, tuple[Document, list[int]]] = {}  # the last document's block starts, asked per sentence


def _item_start(document: Document, position: int) -> int | None:
    """Where the list item holding ``position`` starts (None outside a list item)."""
    known = _BLOCK_STARTS.get("last")
    if known is None or known[0] is not document:
        known = _BLOCK_STARTS["last"] = (document, [b.start for b in document.blocks])
    starts = known[1]
    at = bisect_right(starts, position) - 1
    if at < 0:
        return None
    block = document.blocks[at]
    return block.start if block.kind == "list_item" and position < block.end else None


# a pointer to another page or section ("Learn more about Targeted Therapy to Treat Cancer.") states no use
_POINTER = re.compile(r"^\W*(?:to\s+)?(?:learn\s+more|for\s+more\s+information|visit|see)\b", re.I)
_EFFECTS_LEAD = re.compile(r"\b(?:late\s+effects?|side\s+effects?|adverse\s+effects?|harms?|risk\s+factors?)\b", re.I)
# "may cause serious side effects in people with X": X is who has the side effects, not what is treated
_EFFECTS_IN = re.compile(
    r"\b(?:side\s+effects?|harms?|adverse\s+(?:effects?|events?|reactions?))\b[^.;]{0,40}\b(?:in|among|for)\s+"
    r"(?:[\w-]+\s+)?(?:people|persons|patients|women|men|children|adults)\s+(?:with|who\s+have)\s+"
    r"(?:(?!\b(?:treat\w*|used|given|approved)\b)[^.;:]){0,80}$", re.I)  # "with A, B, or C": each of them


def no_pointer_statements(sentence: Sentence, read: list[Statement]) -> list[Statement]:
    """Nothing is read from a pointer to another page or section, or from the items of a list it leads in: the
    page it points to states the relation, this one only names it ("For more information, see the Diarrhea
    section in Gastrointestinal Complications.").

    >>> from kg.documents import parse_document
    >>> from kg.model import Mention
    >>> doc = parse_document("For more information, see Imatinib to Treat Leukemia.", "x.md")
    >>> drug = Mention(doc.id, 26, 34, "Imatinib", "D1", "imatinib", "drug", "dictionary", 0.9)
    >>> leukemia = Mention(doc.id, 44, 52, "Leukemia", "C1", "leukemia", "disease", "dictionary", 0.9)
    >>> sentence = Sentence(doc, 0, 53, [drug, leukemia])
    >>> no_pointer_statements(sentence, [sentence.statement(drug, "treats", leukemia, "verb", 0.7)])
    []
    """
    if read and (_POINTER.match(sentence.text) or (sentence.lead_in and _POINTER.match(sentence.lead_in)
                                                  and _item_start(sentence.document, sentence.start) is not None)):
        return []
    return read


def no_effect_uses(sentence: Sentence, read: list[Statement]) -> list[Statement]:
    """Uses read under a lead-in about late effects, side effects, harms or risk factors, or of the people a drug
    causes side effects in, are no uses.

    >>> from kg.documents import parse_document
    >>> from kg.model import Mention
    >>> doc = parse_document("X may cause side effects in people with kidney disease.", "x.md")
    >>> drug = Mention(doc.id, 0, 1, "X", "D1", "x", "drug", "dictionary", 0.9)
    >>> kidney = Mention(doc.id, 40, 54, "kidney disease", "C1", "kidney disease", "disease", "dictionary", 0.9)
    >>> sentence = Sentence(doc, 0, 55, [drug, kidney])
    >>> no_effect_uses(sentence, [sentence.statement(drug, "treats", kidney, "verb", 0.7)])
    []
    """
    if not any(s.predicate in _USES for s in read):
        return read
    text = sentence.document.text
    effects_lead = bool(sentence.lead_in) and bool(_EFFECTS_LEAD.search(sentence.lead_in))
    kept: list[Statement] = []
    for statement in read:
        if statement.predicate in _USES:
            inside = statement.evidence.start == sentence.start
            if effects_lead and (statement.evidence.method == "list" or not inside):
                continue
            disease = next((d for d in sentence.of("disease") if d.id == statement.object), None)
            before = text[max(sentence.start, disease.start - 170) : disease.start] if disease is not None else ""
            if _EFFECTS_IN.search(before):
                continue
        kept.append(statement)
    return kept


_PROCEDURE = re.compile(r"\b(?:surgery|surgical|radiation|radiotherapy)\b", re.I)


def procedure_effects(sentence: Sentence, read: list[Statement]) -> list[Statement]:
    """Side effects a list takes from a drug named before its lead-in are dropped when the lead-in (or the sentence
    it goes on from) blames a procedure and names no drug or class itself.

    >>> from kg.documents import parse_document
    >>> from kg.model import Mention
    >>> doc = parse_document("Problems may occur after surgery. These problems include:\\n\\n- obesity\\n", "x.md")
    >>> item_start = doc.text.index("obesity")
    >>> item = Sentence(doc, item_start, item_start + 7, [])
    >>> item.lead_in, item.context_start = "These problems include:", 34
    >>> chemo = Mention(doc.id, 0, 1, "C", "K1", "chemotherapy", "drug_class", "x", 0.9)
    >>> obesity = Mention(doc.id, item_start, item_start + 7, "obesity", "E1", "obesity", "adverse_event", "x", 0.9)
    >>> procedure_effects(item, [item.statement(chemo, "has_adverse_effect", obesity, "list", 0.7, outside=True)])
    []
    """
    if not sentence.lead_in or not any(s.predicate == "has_adverse_effect" for s in read):
        return read
    lead_start = sentence.context_start
    if any(m.start >= lead_start for m in sentence.lead_subjects):
        return read  # the lead-in names its own drug or class
    text = sentence.document.text
    base = max(0, lead_start - 300)
    before = text[base:lead_start].rstrip()
    previous_start = base + max(before.rfind(". "), before.rfind("\n")) + 1  # the sentence the lead-in goes on from
    if any(previous_start <= m.start < lead_start for m in sentence.lead_subjects):
        return read  # "... may be caused by either chemotherapy or radiation therapy. These include:"
    if not _PROCEDURE.search(sentence.lead_in + " " + text[previous_start:lead_start]):
        return read
    return [s for s in read if not (s.predicate == "has_adverse_effect" and s.evidence.start != sentence.start)]
