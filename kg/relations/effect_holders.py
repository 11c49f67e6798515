"""Side effects whose sentence names their own holder: not a drug carried in from the context.

The side-effect readers give a sentence without a drug the drug of its context: a list item under "Common side
effects of X include:", "The most common were A and B" after a trial's arms, "It can cause A". That is right while
the sentence (or its lead-in) leaves the holder unsaid or refers back to it ("It", "These drugs", "The
treatment"). It is wrong when the sentence opens by naming another holder that is no drug of the context: "Cyanide
is a neurotoxin that can cause the following side effects:", "Cancer can cause pain in different ways:",
"Complications of radical prostatectomy include:", "Side effects from taking ginseng supplements include:",
"Less common causes of SVCS include:". Those events are the named holder's, so the context's drug gets none of
them. A holder named by the drug itself ("Side effects of imatinib include:") keeps it.
"""

from __future__ import annotations

import re

from kg.model import Statement
from kg.relations.sentence import DRUGLIKE, Sentence

# "<holder> can cause", "<holder> is a neurotoxin that can cause", "<holder> may lead to", "<holder> may produce"
_HOLDER_CAUSES = re.compile(
    r"^(?P<holder>[^.;:]{1,80}?)\s+(?:(?:is|are)\s+an?\s+[\w-]+(?:\s+[\w-]+)?\s+that\s+)?"
    r"(?:(?:can|may|might|could|will|often|also|sometimes|commonly|usually|rarely|more\s+likely\s+to)\s+){0,2}"
    r"(?:cause[sd]?(?!\s+by\b)|lead\s+to|leads\s+to|result\s+in|results\s+in|produce[sd]?)\b", re.I)
# "Side effects from <holder> include", "Complications of <holder> include", "Less common causes of <holder> include",
# "Side effects that may be caused by <holder> include"
_EFFECTS_OF_HOLDER = re.compile(
    r"^(?:the\s+)?(?:(?:most|more|less|other|common|serious|possible|rare|severe|late|long-term|main|oral|"
    r"nutrition-related)\s+)*(?:side[- ]effects?|adverse\s+(?:effects?|events?|reactions?)|toxicit(?:y|ies)|"
    r"complications?|causes|problems)\s+(?:of|from|(?:that\s+(?:may|can)\s+be\s+)?caused\s+by)\s+"
    r"(?P<holder>[^.;:]{1,60}?)\s+(?:include[sd]?|are|were|may|can|have|that)\b", re.I)
# a holder that refers back ("It", "These drugs", "Treatment with the drug", "their levels") is the context's drug,
# and so is treatment named only in general ("Drug therapy may cause:", "Complications of treatment include")
_REFERS_BACK = re.compile(
    r"\b(?:it|its|this|these|they|their|them|both|each|either|"
    r"the\s+(?:[\w-]+\s+){0,2}(?:drugs?|medicines?|medications?|agents?|combinations?|regimens?|treatments?|"
    r"therap(?:y|ies)|arms?|groups?))\b|"
    r"^(?:the\s+)?(?:treatments?|therap(?:y|ies))\b|\b(?:drug|cancer)\s+(?:treatments?|therap(?:y|ies))\b|"
    # "High doses and long-term use may produce:": use of what the text spoke of
    r"^(?:[\w-]+\s+){0,4}(?:use|doses?)$", re.I)
# "Adverse events of any grade were", "Other side effects of concern include": no holder, a kind of event; "Lowering
# testosterone can cause", "Low estrogen levels can cause", "A sudden increase in ... can cause": the drug's action
_NO_HOLDER = re.compile(r"^(?:any\s+grade|grades?\b|special\s+interest|interest|concern|note|\w+ing\b|"
                        r"(?:an?\s+)?(?:(?:very\s+)?(?:low|high|lower|higher|reduced|increased|decreased|sudden)|"
                        r"increases?|decreases?|drops?|loss|rises?|lack|changes?)\b)", re.I)


# "... is a potential side effect after head and neck irradiation", "... is a complication of celiac disease",
# "A late complication primarily related to radiation therapy is ...": a holder named inside the sentence
_HOLDER_WITHIN = re.compile(
    r"\b(?:side[- ]effects?|adverse\s+(?:effects?|events?|reactions?)|toxicit(?:y|ies)|complications?)\s+"
    r"(?:\w+ly\s+)?(?:of|from|related\s+to|due\s+to|associated\s+with|after)\s+"
    r"(?P<holder>(?:the\s+|an?\s+)?[\w-]+(?:\s+[\w-]+){0,2})", re.I)


def holder_within(sentence: Sentence) -> str | None:
    """The holder a sentence names for side effects or complications anywhere in it, when that holder is no drug
    of the sentence and does not refer back.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("Cataracts are a late complication of radiation therapy to the eye.", "x.md")
    >>> holder_within(Sentence(doc, 0, 66, []))
    'radiation therapy to'
    """
    drugs = sentence.of(*DRUGLIKE)
    for found in _HOLDER_WITHIN.finditer(sentence.text):
        holder = found.group("holder")
        start, end = sentence.start + found.start("holder"), sentence.start + found.end("holder")
        if _REFERS_BACK.search(holder) or _NO_HOLDER.match(holder) or any(
                d.start < end and d.end > start for d in drugs):
            continue
        return holder
    return None


def named_holder(text: str) -> str | None:
    """The holder a sentence or lead-in opens by naming as the cause of what it lists, unless it refers back.

    >>> named_holder("Thunder god vine can cause many side effects, including the following:")
    'Thunder god vine'
    >>> named_holder("Complications of radical prostatectomy include:")
    'radical prostatectomy'
    >>> named_holder("These drugs can cause nausea.") is None, named_holder("Nausea is common.") is None
    (True, True)
    """
    found = _HOLDER_CAUSES.match(text.strip()) or _EFFECTS_OF_HOLDER.match(text.strip())
    if found is None or _REFERS_BACK.search(found.group("holder")) or _NO_HOLDER.match(found.group("holder")):
        return None
    return found.group("holder")


def named_here(sentence: Sentence) -> set[str]:
    """The ids of what a sentence names itself (not through a reference back to an earlier sentence).

    >>> from kg.documents import parse_document
    >>> from kg.model import Mention
    >>> doc = parse_document("It causes rash.", "x.md")
    >>> rash = Mention(doc.id, 10, 14, "rash", "A1", "rash", "adverse_event", "dictionary", 0.9)
    >>> named_here(Sentence(doc, 0, 15, [rash]))
    {'A1'}
    """
    return {m.id for m in sentence.mentions if m.start >= sentence.start and m.method != "anaphora"}


def without_context_effects(sentence: Sentence, read: list[Statement]) -> list[Statement]:
    """The statements read in a sentence, without the side effects of drugs it does not name itself (those the
    context gave it). The filters that find another source of the events call it.

    >>> from kg.documents import parse_document
    >>> from kg.model import Evidence
    >>> doc = parse_document("Anemia was common.", "x.md")
    >>> effect = Statement("D1", "has_adverse_effect", "A1", Evidence("x", "", 0, 18, "list"), "aspirin", "anemia")
    >>> without_context_effects(Sentence(doc, 0, 18, []), [effect])
    []
    """
    inside = named_here(sentence)
    return [s for s in read if s.predicate != "has_adverse_effect" or s.subject in inside]


def without_other_holders(sentence: Sentence, read: list[Statement]) -> list[Statement]:
    """The side effects read in a sentence, without those given to a drug from outside it when the sentence or its
    lead-in names another holder ("Cyanide ... can cause the following side effects: [...] Headache." is not the
    headache of a drug named before; "Side effects of imatinib include: [...] Nausea." stays imatinib's).

    >>> from kg.documents import parse_document
    >>> from kg.model import Evidence
    >>> doc = parse_document("Cancer can cause pain.", "x.md")
    >>> effect = Statement("D1", "has_adverse_effect", "A1", Evidence("x", "", 0, 22, "list"), "aspirin", "pain")
    >>> without_other_holders(Sentence(doc, 0, 22, []), [effect])
    []
    """
    if not read:
        return read
    # a list item speaks of its lead-in's holder ("Side effects are more common in these organs: [...] Thyroid gland
    # inflammation can cause hypothyroidism"): what it opens with is a part of those side effects, not another holder
    own = None if sentence.lead_in else (named_holder(sentence.text) or holder_within(sentence))
    events = [e.text for e in sentence.of("adverse_event")]
    drugs = [m.text.lower() for m in sentence.lead_subjects]
    # a holder that is itself a side effect ("Mucositis can cause pain") or names a drug of the lead-in ("Side
    # effects of Brandname include:") leaves the reading as it was
    holders = [h for h in (own, named_holder(sentence.lead_in)) if h is not None
               and not any(event in h for event in events) and not any(d in h.lower() for d in drugs)]
    if not holders:
        return read
    inside = named_here(sentence)
    return [s for s in read if s.predicate != "has_adverse_effect" or s.subject in inside
            or all(s.subject_text.lower() in holder.lower() for holder in holders)]
