"""Side effects a drug's list names in plain words that no vocabulary spells that way.

A list of side effects says what each item is: "Common side effects of <drug> include:" followed by bullets, or
"<drug class> can cause side effects such as A, B, and C". An item there that no mention covers is read as an
adverse event when one of its plain-language forms names one:

- the item itself, or its wording turned round: "loss of bone density" is "bone density loss" and "decreased
  bone density"; "changes in mood" is "mood changes"; "low levels of potassium in the blood" is "low potassium"
  and "low blood potassium"; "problems with sexual function" is "sexual function problems"; "pain in your
  joints" is "joint pain"; "feeling dizzy" is "dizzy";
- a name the vocabularies know only as a condition that is no cancer ("sexual dysfunction", "visual
  impairment"): in a list of a drug's side effects it is one (an adverse-event node of its own, named as
  written, when the vocabulary has no adverse-event term for it).

Only lists whose lead-in (or, inline, whose sentence) says side effects or adverse events in so many words and
names a drug or drug class are read, so a disease's signs ("symptoms may include") and a page's late effects of
treatment in general name nothing here.
"""

from __future__ import annotations

import re

from kg.identifiers import mint
from kg.linking.resolve import resolve_name
from kg.model import Document, Mention
from kg.sentences import document_sentences, sentence_at
from kg.vocabulary.store import Vocabulary

__all__ = ["item_event", "listed_event_mentions"]

_SIDE_EFFECTS = re.compile(r"\bside[- ]effects?\b|\badverse (?:events?|effects?|reactions?)\b", re.IGNORECASE)
_LATE = re.compile(r"\blate effects?\b", re.IGNORECASE)  # a page's effects of treatment in general, years later
_INLINE = re.compile(
    r"(?:side[- ]effects?|adverse (?:events?|effects?|reactions?))[^.:;]{0,40}?\b(?:such as|include|includes|"
    r"including|like)\s+([^.;:]+)",
    re.IGNORECASE,
)
_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_LEAD = re.compile(r"^(?:(?:a|an|the|some|severe|serious|mild|moderate|other|certain|new|possible|very|rare|"
                   r"common)\s+)+", re.IGNORECASE)
_CUT = re.compile(r"\s*[,:;(—–]|\s+-\s+|\.(?:\s|$)|\s+(?:that|which|when|if|in people|in patients|caused by|"
                  r"were|was|are|is|may|can|especially|such as)\b", re.IGNORECASE)
_WORDS = re.compile(r"[a-z][a-z' -]*[a-z]")  # a plain phrase of lower-case words
_NEOPLASM = re.compile(r"cancer|carcinoma|tumou?r|neoplas|oma\b|omas\b|leukemia|sarcoma|malignan|metasta",
                       re.IGNORECASE)
_TREATMENT_TYPES = ("drug", "drug_class")

# wordings turned round: (pattern over the whole lower-case item, the forms it is also written in)
_FORMS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (re.compile(r"(?:low|lower|decreased) (?:levels? of )?(?P<x>[a-z ]+?)(?: levels?)?(?: in (?:the|your) blood)?"),
     ("low {x}", "low blood {x}", "decreased {x}", "{x} decreased")),
    (re.compile(r"(?:high|higher|increased) (?:levels? of )?(?P<x>[a-z ]+?)(?: levels?)?(?: in (?:the|your) blood)?"),
     ("high {x}", "high blood {x}", "increased {x}", "elevated {x}", "{x} increased")),
    (re.compile(r"loss of (?P<x>[a-z ]+)"), ("{x} loss", "decreased {x}", "{x} decreased", "lost {x}")),
    (re.compile(r"(?:changes?|alterations?) (?:in|to|of) (?:your |the )?(?P<x>[a-z ]+)"),
     ("{x} changes", "{x} change", "changes in {x}", "{x} alteration", "altered {x}")),
    (re.compile(r"(?:problems?|trouble|difficulty) (?:with|in) (?:your |the )?(?P<x>[a-z]+) function"),
     ("{x} dysfunction",)),
    (re.compile(r"(?:problems?|trouble|difficulty) (?:with|in) (?:your |the )?(?P<x>[a-z ]+)"),
     ("{x} problems", "{x} problem", "{x} disorder", "{x} dysfunction", "{x} impairment")),
    (re.compile(r"(?P<x>[a-z]+) (?:in|of) (?:your|the) (?P<y>[a-z]+?)s?"), ("{y} {x}",)),
    (re.compile(r"(?P<x>[a-z ]+) loss"), ("loss of {x}",)),
    (re.compile(r"feeling (?:very )?(?P<x>[a-z ]+)"), ("{x}",)),
)


def item_event(vocabulary: Vocabulary, item: str) -> tuple[str, str] | None:
    """(id, label) of the adverse event a side-effect list item names in one of its plain forms, or None.

    >>> from kg.vocabulary import default_vocabulary
    >>> vocabulary = default_vocabulary()
    >>> item_event(vocabulary, "low levels of potassium in the blood")[1]
    'hypokalemia'
    >>> item_event(vocabulary, "changes in mood")[1], item_event(vocabulary, "problems with sexual function")[1]
    ('emotional lability', 'sexual dysfunction')
    >>> item_event(vocabulary, "brain tumors") is None, item_event(vocabulary, "your doctor") is None
    (True, True)
    """
    name = " ".join(item.lower().split())
    if not _WORDS.fullmatch(name):
        return None
    names = [name]
    for pattern, forms in _FORMS:
        match = pattern.fullmatch(name)
        if match is not None:
            names += [form.format(**match.groupdict()) for form in forms]
    for form in names:
        found = resolve_name(vocabulary, form, only=("adverse_event",))
        if found is not None:
            return found.id, found.label
    for form in names:
        disease = resolve_name(vocabulary, form, only=("disease",))
        if disease is None or _NEOPLASM.search(f"{disease.label} {form}"):
            continue
        found = resolve_name(vocabulary, disease.label, only=("adverse_event",))
        return (found.id, found.label) if found is not None else (mint("adverse_event", form), form)
    return None


def _head(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the name an item or list member starts with: cut at a comma, parenthesis, dash or a clause,
    without a leading article or severity word."""
    part = text[start:end]
    start += len(part) - len(part.lstrip())
    part = part.strip()
    lead = _LEAD.match(part)
    if lead is not None:
        start, part = start + lead.end(), part[lead.end():]
    cut = _CUT.search(part)
    name = (part[: cut.start()] if cut else part).rstrip(" .")
    return (start, start + len(name)) if name and len(name.split()) <= 8 else None


def _items(document: Document, treatments: list[Mention]) -> list[tuple[int, int]]:
    """Spans of the names in the document's lists of a drug's side effects."""
    text, spans = document.text, []
    sentences = document_sentences(text)

    def names_treatment(start: int, end: int) -> bool:
        return any(start <= m.start and m.end <= end for m in treatments)

    lead: tuple[int, int] | None = None
    for block in document.blocks:
        if block.kind == "list_item":
            if lead is not None and (head := _head(text, block.start, block.end)):
                spans.append(head)
            continue
        part = text[block.start : block.end]
        lead = None
        if block.kind == "paragraph" and part.rstrip().endswith(":") and _SIDE_EFFECTS.search(part) \
                and not _LATE.search(part) and names_treatment(block.start, block.end):
            lead = (block.start, block.end)
        for match in _INLINE.finditer(part):
            at, until = block.start + match.start(), block.start + match.end()
            begin, finish = sentence_at(sentences, at) or (at, until)
            finish = max(finish, until)
            if _LATE.search(text, begin, finish) or not names_treatment(begin, finish):
                continue
            members, offset = match.group(1), block.start + match.start(1)
            cuts = [0, *(x for m in _SPLIT.finditer(members) for x in (m.start(), m.end())), len(members)]
            for begin_at, end_at in zip(cuts[::2], cuts[1::2], strict=True):
                if (head := _head(text, offset + begin_at, offset + end_at)):
                    spans.append(head)
    return spans


def listed_event_mentions(mentions: list[Mention], document: Document, vocabulary: Vocabulary) -> list[Mention]:
    """The mentions, with an adverse-event mention added for each item of a drug's side-effect list that no
    mention covers and whose plain form names an adverse event.

    >>> from kg.documents import parse_document
    >>> from kg.vocabulary import default_vocabulary
    >>> doc = parse_document("Side effects of the drug X1 may include:\\n\\n- loss of bone density\\n- your doctor\\n",
    ...                      "x.md")
    >>> drug = Mention("x", 20, 27, "drug X1", "D1", "x1", "drug", "dictionary", 0.9)
    >>> [(m.text, m.type) for m in listed_event_mentions([drug], doc, default_vocabulary())][1:]
    [('loss of bone density', 'adverse_event')]
    """
    treatments = [m for m in mentions if m.type in _TREATMENT_TYPES]
    if not treatments or _SIDE_EFFECTS.search(document.text) is None:
        return mentions
    added: list[Mention] = []
    for start, end in _items(document, treatments):
        if any(m.start < end and start < m.end for m in mentions) or any(a.start == start for a in added):
            continue
        event = item_event(vocabulary, document.text[start:end])
        if event is not None:
            added.append(Mention(document.id, start, end, document.text[start:end], *event, "adverse_event",
                                 "pattern", 0.7))
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end, m.id)) if added else mentions
