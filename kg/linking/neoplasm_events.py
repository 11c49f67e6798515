"""A cancer named as a drug's side effect: "an increased risk of blood clots and endometrial cancer".

The linker keeps a neoplasm a disease even in side-effect context (:mod:`kg.linking.context_types`): "side
effects of treatment for breast cancer" speaks of the disease treated. But a cancer listed among a drug's side
effects, in one coordination with adverse events ("tamoxifen increases the risk for endometrial cancer, blood clots,
and stroke"; "side effects included joint pain; sun sensitivity; and forms of nonmelanoma skin cancer, primarily
squamous cell carcinoma"), is a side effect: the list says what kind of thing each item is. A cancer the text
qualifies as second or secondary is one too.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.identifiers import mint
from kg.linking.resolve import resolve_name
from kg.model import Document, Mention
from kg.regex_prefilter import prefilter_patterns
from kg.sentences import document_sentences, sentence_at
from kg.vocabulary.store import Vocabulary

# the side-effect words that name one in so many words, or a raised risk / a development of a condition
_CUE = re.compile(r"side[- ]effects?|adverse|toxicit|complications?|\bincreas\w*\s+(?:[\w'’]+\s+){0,3}risks?\b|"
                  r"\b(?:more|as) likely to (?:develop|have)\b|\bdevelop(?:ed|s)?\b", re.IGNORECASE)
# "patients with breast cancer", "diagnosed with": the cancer is the patient's condition
_CONDITION = re.compile(r"\b(?:patients|people|women|men|children|those)\s+(?:who\s+(?:have|had)\s+|with\s+)|"
                        r"\bdiagnosed with\b|\bhistory of\b|\btreat(?:s|ed|ing|ment)?\b", re.IGNORECASE)
# what may stand between two items of one list: "A, B", "A; and B", "A and an increased risk of B", "A, and forms of B",
# "risks of A and of B"
_JOINT = re.compile(r"^\s*(?:[,;]\s*)?(?:(?:and|or)\s+(?:of\s+|for\s+)?)?"
                    r"(?:(?:an?\s+)?(?:increased\s+|higher\s+)?risks?\s+(?:of|for)\s+)?"
                    r"(?:(?:some\s+|other\s+)?(?:forms?|types?|cases?)\s+of\s+)?$", re.IGNORECASE)
# "forms of nonmelanoma skin cancer, primarily squamous cell carcinoma": the kind named next is one as well
_KIND_NEXT = re.compile(r"^\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:primarily|mainly|mostly|especially|including|such as|"
                        r"particularly)\s+$", re.IGNORECASE)
# "Five patients who received A plus B developed cutaneous squamous-cell carcinoma": what the treated developed
_DEVELOPED_ON = re.compile(r"\b(?:received|receiving|given|taking|took|treated\s+with)\s[^.;]{0,80}?\b"
                           r"(?:developed|went\s+on\s+to\s+develop)\s+(?:an?\s+|second\s+)?$", re.IGNORECASE)
# "... carcinoma—a serious and common complication in patients treated with BRAF inhibitors"
_COMPLICATION_AFTER = re.compile(r"\s*(?:[—–]|,|\s-)\s*(?:an?|the)\s+(?:[\w-]+\s+){0,4}"
                                 r"(?:complication|side[- ]effect|adverse\s+(?:event|effect))s?\b", re.IGNORECASE)
# "Tamoxifen (can) cause(s) / increases the risk of uterine cancer": the drug just before, as the verb's subject
_CAUSED_BY = re.compile(
    r"^\s*(?:\([^()]{1,40}\)\s*)?,?\s*(?:(?:can|may|might|could|also|often|will|does|did)\s+)*"
    r"(?:caus(?:e|es|ed)|(?:lead|leads|led)\s+to|(?:increas|rais)(?:e|es|ed)\s+(?:(?:the|a|an|your|their)\s+)?"
    r"(?:[\w'’]+\s+){0,2}?risks?\s+(?:of|for))\s+(?:(?:an?|developing|other|some)\s+)*$", re.IGNORECASE)
# "women who took tamoxifen had a higher risk of uterine cancer": what the treated had more of
_TOOK_BEFORE = re.compile(r"\b(?:took|received|were\s+given|were\s+treated\s+with|taking|receiving)\s+$",
                          re.IGNORECASE)
_HAD_MORE = re.compile(
    r"^\s*(?:\([^()]{1,40}\)\s*)?(?:had|have|has|showed)\s+(?:an?\s+)?(?:increased|higher|greater|raised)\s+"
    r"(?:risks?|rates?|incidence)\s+(?:of|for)\s+(?:(?:developing|other|some)\s+)*$", re.IGNORECASE)
_NEOPLASM = re.compile(r"cancer|carcinoma|tumou?r|neoplas|\w{3}omas?\b|leukemia|lymphoma|myeloma|sarcoma|malignan",
                       re.IGNORECASE)


def neoplasm_side_effects(mentions: list[Mention], document: Document, vocabulary: Vocabulary) -> list[Mention]:
    """The mentions with each cancer listed among a drug's side effects typed as an adverse event.

    >>> from kg.documents import parse_document
    >>> from kg.vocabulary import default_vocabulary
    >>> doc = parse_document("Tamoxifen increases the risk of blood clots and endometrial cancer.", "x.md")
    >>> t = doc.text
    >>> ms = [Mention("x", 0, 9, "Tamoxifen", "D1", "tamoxifen", "drug", "dictionary", 0.9),
    ...       Mention("x", t.index("blood"), t.index("blood") + 11, "blood clots", "A1", "thrombosis",
    ...               "adverse_event", "dictionary", 0.9),
    ...       Mention("x", t.index("endo"), t.index("endo") + 18, "endometrial cancer", "MONDO:1", "endometrial cancer",
    ...               "disease", "dictionary", 0.9)]
    >>> [m.type for m in neoplasm_side_effects(ms, doc, default_vocabulary())]
    ['drug', 'adverse_event', 'adverse_event']
    """
    text = document.text
    spans = document_sentences(text)
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    treated = {sentence_at(spans, m.start) for m in ordered if m.type in ("drug", "drug_class")}
    title = document.title.lower()
    result: list[Mention] = []
    for index, mention in enumerate(ordered):
        if mention.type == "disease" and _NEOPLASM.search(mention.text + " " + mention.label):
            span = sentence_at(spans, mention.start)
            topic = mention.text.lower() in title  # the page's own disease
            if span in treated and _listed_event(ordered, result, index, text, span, topic):
                mention = _as_event(mention, vocabulary)
        result.append(mention)
    return result


def _listed_event(ordered: list[Mention], before: list[Mention], index: int, text: str,
                  span: tuple[int, int] | None, topic: bool = False) -> bool:
    """Whether the cancer at ``index`` is an item of a list of side effects in a sentence about them, or what
    treated patients developed (unless it is the page's ``topic``: "patients who received chemotherapy alone
    developed a Wilms tumor" on a Wilms tumor page reports the disease's course)."""
    if span is None:
        return False
    mention = ordered[index]
    if _caused_by_drug(ordered, index, text, span):
        return True
    sentence = text[span[0] : span[1]]
    if not _CUE.search(sentence) or _CONDITION.search(
            text[_after_last_cue(text, span[0], mention.start) : mention.start]):
        return False
    if (not topic and _DEVELOPED_ON.search(text[span[0] : mention.start])) or _COMPLICATION_AFTER.match(
            text, mention.end):
        return True
    previous = before[-1] if before else None
    if previous is not None and previous.start >= span[0] and previous.type == "adverse_event" and (
            _JOINT.match(text[previous.end : mention.start]) or _KIND_NEXT.match(text[previous.end : mention.start])):
        return True
    following = next((m for m in ordered[index + 1 :] if m.start >= mention.end), None)
    return bool(following is not None and following.end <= span[1] and following.type == "adverse_event"
                and _JOINT.match(text[mention.end : following.start]))


def _caused_by_drug(ordered: list[Mention], index: int, text: str, span: tuple[int, int]) -> bool:
    """Whether the drug named last before the cancer at ``index`` (in its sentence) causes it or raises its risk
    ("Tamoxifen can cause uterine cancer", "X increases the risk of endometrial cancer"), or the patients who took
    that drug had more of it ("women who took X had a higher risk of uterine cancer").

    >>> doc = "Tamoxifen can cause uterine cancer."
    >>> ms = [Mention("x", 0, 9, "Tamoxifen", "D1", "tamoxifen", "drug", "dictionary", 0.9),
    ...       Mention("x", 20, 34, "uterine cancer", "MONDO:1", "uterine cancer", "disease", "dictionary", 0.9)]
    >>> _caused_by_drug(ms, 1, doc, (0, len(doc)))
    True
    """
    mention = ordered[index]
    drug = None
    for position in range(index - 1, -1, -1):  # back to the sentence's start only (``ordered`` is by start)
        earlier = ordered[position]
        if earlier.start < span[0]:
            break
        if earlier.type in ("drug", "drug_class") and earlier.end <= mention.start:
            drug = earlier
            break
    if drug is None:
        return False
    between = text[drug.end : mention.start]
    if _CAUSED_BY.match(between):
        return True
    return bool(_HAD_MORE.match(between) and _TOOK_BEFORE.search(text[max(span[0], drug.start - 30) : drug.start]))


def _after_last_cue(text: str, start: int, end: int) -> int:
    """Where the words that may make a cancer a patient's condition begin: after the last side-effect cue before
    ``end`` (from ``start``, the sentence's start, when none comes before it). "Analyses of adverse events during
    treatment showed that women who took X were more likely to develop uterine cancer": the treatment before the
    cue is not what the cancer is the condition of.

    >>> text = "Events during treatment showed that women were more likely to develop uterine cancer."
    >>> text[_after_last_cue(text, 0, text.index("uterine")):]
    ' uterine cancer.'
    """
    cues = list(_CUE.finditer(text, start, end))
    return cues[-1].end() if cues else start


def _as_event(mention: Mention, vocabulary: Vocabulary) -> Mention:
    """The cancer as an adverse event: the vocabulary's side-effect term of that name, else one minted for it."""
    found = resolve_name(vocabulary, mention.text, only=("adverse_event",))
    if found is not None:
        return replace(mention, id=found.id, label=found.label, type="adverse_event", xrefs=())
    label = mention.text if any(c.isupper() for c in mention.text[1:]) else mention.text.lower()
    return replace(mention, id=mint("adverse_event", label), label=label, type="adverse_event", xrefs=())


prefilter_patterns(globals())  # the same matches, scanned faster (see kg.regex_prefilter)
