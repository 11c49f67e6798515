"""Typing by context: a name is an adverse event only where the text speaks of side effects.

The same word names a disease and a side effect ("rash", "heart failure", "infection", "depression"). Read
around the mention — its sentence, the lead-in of the list it sits in, and its section heading:

- in side-effect context (side effects, adverse events, toxicity, "can cause", reactions), a disease that is
  not a neoplasm is typed as an adverse event; a disease the page links is one only where its context says
  side effect, adverse event or toxicity in so many words ("Kidney inflammation, called [nephritis]" in a
  list of side effects);
- outside it, a name that is also a disease keeps the disease reading where the text speaks of a condition
  (diagnosed with, history of, patients with, treatment of), and an adverse event named as a
  symptom or sign of the disease ("symptoms of ... include fatigue") is not a drug's adverse event;
- a symptom word that modifies a noun ("pain medicines", "a painful breast tumor") or that a treatment relieves
  in a sentence naming no side effect ("radiation to relieve pain from cancer in the bones") is no side effect;
- a short gene alias that is also a common acronym ("TNM", "MRI") is a gene only where its sentence speaks of
  genes or proteins;
- a trial-reporting endpoint ("quality of life") needs trial context on care pages: a study, trial,
  patients randomised, or a result; otherwise it is left out.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from kg.identifiers import mint
from kg.linking.resolve import resolve_name
from kg.model import Document, Heading, Mention
from kg.regex_prefilter import cues_of, prefilter_patterns
from kg.sentences import document_sentences, sentence_around, sentence_at
from kg.vocabulary.store import Vocabulary

# (only searched for: "(?<=\w)" instead of "\w" opens no match, but lets kg.regex_prefilter list every first character)
SIDE_EFFECT_CUES = re.compile(
    r"side[- ]effects?|adverse|toxicit|\bcaus(?:e|es|ing)\b(?! of)|reactions?\b|\bharms?\b|complications?|"
    r"\bwarning|\brisks? (?:of|for)\b|\bdevelop(?:ed|s|ing)?\b|\bdied (?:of|from|after)\b|\bgrade\b|\boccurr|"
    r"\bexperienc|\bincidence|%|"
    r"\b(?:more|less) (?:common|frequent|likely)|\bserious\b|\bsevere\b|(?<=\w)[-‐–](?:induced|related)\b",
    re.IGNORECASE,
)
DISEASE_CUES = re.compile(
    r"\bdiagnosed with|\bhistory of|\b(?:patients|people|women|men|adults|children) (?:who have |with )|"
    r"\btreat(?:s|ed|ing|ment of)?\b|\bconditions?\b|\bdiseases?\b",
    re.IGNORECASE,
)
CONDITION_CUES = re.compile(
    r"\bdiagnosed with|\bhistory of|\b(?:patients|people|women|men|adults|children) (?:who have |with )|\bhave had\b",
    re.IGNORECASE,
)
SYMPTOM_CUES = re.compile(r"\b(?:symptoms?|signs?) (?:of|and symptoms|may include|include|is|are)\b", re.IGNORECASE)
RISK_FACTOR_CUES = re.compile(r"\brisk factors?\b", re.IGNORECASE)
EXPLICIT_SIDE_EFFECT = re.compile(r"side[- ]effects?|adverse|toxicit", re.IGNORECASE)
# The cues that name a side effect on their own; the rest ("causes", "develop", "risk of", "severe", "%") say
# so only where a treatment is spoken of too ("HPV infection that causes papillomatosis" names no side effect).
STRONG_SIDE_EFFECT = re.compile(
    r"side[- ]effects?|adverse|toxicit|reactions?\b|complications?|\w[-‐–](?:induced|related)\b", re.IGNORECASE
)
TREATMENT_CUES = re.compile(
    r"\b(?:drugs?|medicines?|medications?|treat\w*|therap\w*|chemo\w*|immunotherap\w*|inhibitors?|doses?|"
    r"tak(?:e|es|ing)|given|receiv\w*|infusions?|injections?|vaccines?|trials?|stud(?:y|ies)|patients)\b|"
    # a trial arm named by its treatment: "men in the combination group had febrile neutropenia"
    r"\bthe\s+combination(?:[- ]therapy)?\s+(?:group|arm)\b",
    re.IGNORECASE,
)
TRIAL_CUES = re.compile(
    r"\b(?:trials?|stud(?:y|ies)|randomi[sz]ed|participants|enrolled|arm|placebo|endpoint|results?|"
    r"improved|longer|median|compared|hazard ratio|measured|reported)\b",
    re.IGNORECASE,
)
GENE_CUES = re.compile(
    r"\bgenes?\b|proteins?|receptors?|mutat|kinase|express|amplif|positive|negative|inhibit|\bblock|"
    r"\btarget|antibod|pathway|signal|fusion|rearrange|overexpress|variant|\blevels?\b|\bbind(?:s|ing)?\s+(?:to\s+)?|"
    r"\battach(?:es)?\s+to\b",
    re.IGNORECASE,
)
_NEOPLASM = re.compile(
    r"cancer|carcinoma|tumou?r|neoplas|oma\b|omas\b|leukemia|lymphoma|myeloma|sarcoma|malignan|metasta",
    re.IGNORECASE,
)


class _Layout:
    """A document's blocks sorted by start and its headings, indexed for lookups by offset (built once per
    document, not once per mention)."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.blocks = sorted(document.blocks, key=lambda b: b.start)
        self._starts = [b.start for b in self.blocks]
        self._ends = [b.end for b in self.blocks]
        self._ends_sorted = all(a <= b for a, b in pairwise(self._ends))
        self._headings = document.headings
        self._heading_starts = [h.start for h in self._headings]
        self._headings_sorted = all(a <= b for a, b in pairwise(self._heading_starts))

    def block_at(self, offset: int) -> int | None:
        """The index of the first sorted block with ``start <= offset <= end``."""
        if not self._ends_sorted:  # overlapping blocks (not from the parser): scan
            return next((i for i, b in enumerate(self.blocks) if b.start <= offset <= b.end), None)
        # blocks with start <= offset are [0, stop); the ends grow, so the first with end >= offset is found
        stop = bisect_right(self._starts, offset)
        index = bisect_left(self._ends, offset, 0, stop)
        return index if index < stop else None

    def heading_before(self, offset: int) -> Heading | None:
        """The last heading (in document order) that starts at or before ``offset``."""
        if not self._headings_sorted:
            return next((h for h in reversed(self._headings) if h.start <= offset), None)
        index = bisect_right(self._heading_starts, offset)
        return self._headings[index - 1] if index else None


_last_layout: _Layout | None = None


def _layout(document: Document) -> _Layout:
    """The layout of the document being linked (one kept: a document's mentions ask in turn)."""
    global _last_layout
    layout = _last_layout
    if layout is None or layout.document is not document:
        layout = _last_layout = _Layout(document)
    return layout


# a sentence that goes on from the one before: "The most common were ...", "These reactions included ..."
_GOES_ON = re.compile(
    r"^(?:[^,;]{0,40},\s*)?(?:the most (?:common|frequent|serious)\b|(?:these|such|those)\s+"
    r"(?:reactions|effects|events|problems)\b|they (?:included|include|were)\b)",
    re.IGNORECASE,
)


def context_of(document: Document, mention: Mention) -> str:
    """The text that says what a mention is: its sentence, the lead-in of its list, its section heading.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("# Risks\\n\\nSide effects include:\\n\\n- rash\\n- fever\\n", "x.md")
    >>> start = doc.text.index("fever")
    >>> context_of(doc, Mention("x", start, start + 5, "fever", "X", "fever", "adverse_event", "d", 1.0))
    'fever | Side effects include: | Risks'
    """
    text = document.text
    sentence = sentence_around(text, mention.start, mention.end)
    parts = [sentence]
    if _GOES_ON.match(sentence):
        # "Side effects were more common with X. The most common were A and B": the sentence before says what
        # the names are
        begin = text.find(sentence, max(0, mention.start - len(sentence)))
        if begin > 1:
            parts.append(sentence_around(text, begin - 2, begin - 1))
    layout = _layout(document)
    blocks = layout.blocks
    index = layout.block_at(mention.start)
    if index is not None and blocks[index].kind == "list_item":
        lead = index - 1
        while lead >= 0 and blocks[lead].kind == "list_item":
            lead -= 1
        if lead >= 0 and blocks[lead].kind != "heading":
            parts.append(text[blocks[lead].start : blocks[lead].end][-200:])
    heading = layout.heading_before(mention.start)
    if heading is not None and heading.start != mention.start:
        parts.append(heading.text)
    return " | ".join(p.strip() for p in parts)


def _acronym_alias(mention: Mention) -> bool:
    compact = mention.text.replace("-", "")
    return len(compact) <= 4 and compact.isupper() and compact != mention.label.replace("-", "")


@lru_cache(maxsize=4096)
def _speaks_of_side_effects(context: str) -> bool:
    """Whether a context has a side-effect cue (cached: the mentions of one sentence share their context)."""
    return cues_of(SIDE_EFFECT_CUES).found_in(context)


@lru_cache(maxsize=4096)
def _cue(pattern: re.Pattern[str], context: str) -> bool:
    """Whether a context has one of a pattern's cues (cached like :func:`_speaks_of_side_effects`)."""
    return cues_of(pattern).found_in(context)


# What follows a symptom word that modifies a noun ("pain medicines", "a painful breast tumor"), and what comes
# before a symptom that a treatment relieves ("radiation to relieve pain from cancer in the bones").
_MODIFIES = re.compile(
    r"[ -](?:medications?|medicines?|relievers?|relief|management|control|clinics?|specialists?|scores?|scales?|"
    r"tumou?rs?|lesions?|masses)\b",
    re.IGNORECASE,
)
_RELIEVED_BY = re.compile(r"\b(?:reliev(?:e|es|ed|ing)|eas(?:e|es|ed|ing)|palliat\w*)\s+(?:\w+\s+){0,2}$",
                          re.IGNORECASE)


def treated_symptom(text: str, mention: Mention) -> bool:
    """Whether a symptom word is not a side effect here: it modifies a noun ("pain medicines", "a painful
    breast tumor"), or a treatment relieves it and its sentence names no side effect ("radiation to relieve
    pain from cancer that has spread to the bones").

    >>> t = "Radiation can relieve pain from cancer in the bones. Some take pain medicines."
    >>> [treated_symptom(t, Mention("x", s, s + 4, "pain", "X", "pain", "adverse_event", "d", 1.0))
    ...  for s in (t.index("pain"), t.rindex("pain"))]
    [True, True]
    >>> t = "Side effects include pain and nausea."
    >>> treated_symptom(t, Mention("x", 21, 25, "pain", "X", "pain", "adverse_event", "d", 1.0))
    False
    """
    if _MODIFIES.match(text, mention.end):
        return True
    if _RELIEVED_BY.search(text[max(0, mention.start - 60) : mention.start]) is None:
        return False
    return not EXPLICIT_SIDE_EFFECT.search(sentence_around(text, mention.start, mention.end))


_CAUSED_BEFORE = re.compile(r"\b(?:caus(?:e|es|ed|ing)|lead(?:s|ing)? to|led to)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
"""What comes right before a condition a treatment causes: "chemotherapy can cause [primary ovarian insufficiency]"."""
_BODY_MAKES = re.compile(
    r"\b(?:make|makes|made|produce[sd]?|release[sd]?|secrete[sd]?)\s+"
    r"(?:too much|too many|extra|excess|high levels of)\b",
    re.IGNORECASE,
)
"""A hormone a tumour or gland makes too much of ("a tumor may make too much ACTH and cause Cushing syndrome") is
no treatment given."""


def _linked_side_effect(mention: Mention, context: str, caused: bool = False) -> bool:
    """Whether a linked disease is named as a side effect: its context says side effect, adverse event or
    toxicity in so many words, or (``caused``) its sentence names a drug or drug class that causes it; and it
    speaks of no patient's condition; a neoplasm stays a disease."""
    return ((caused or _cue(EXPLICIT_SIDE_EFFECT, context)) and not _cue(CONDITION_CUES, context)
            and not _NEOPLASM.search(mention.label + mention.text))


def retype_by_context(mention: Mention, document: Document, vocabulary: Vocabulary,
                      treated: bool = True) -> Mention | None:
    """The mention typed by what its context says, or None when its context says it is none of ours.

    >>> from kg.documents import parse_document
    >>> from kg.vocabulary import default_vocabulary
    >>> doc = parse_document("Side effects of the drug include rash.", "x.md")
    >>> m = Mention("x", 33, 37, "rash", "MONDO:0006547", "exanthem", "disease", "dictionary", 0.8)
    >>> retype_by_context(m, doc, default_vocabulary()).type
    'adverse_event'

    ``treated`` says whether the mention's sentence names a drug or a drug class: a weak cue ("causes",
    "develop", "severe") makes side-effect context only beside a treatment.
    """
    if mention.type == "target" and _acronym_alias(mention):
        # a short alias of a gene ("TNM" for TENM1) is the gene only where its sentence speaks of genes
        return mention if GENE_CUES.search(sentence_around(document.text, mention.start, mention.end)) else None
    if mention.type not in ("disease", "adverse_event", "endpoint"):
        return mention
    if _negated_or_named_infection(document.text, mention):
        return None
    if mention.type == "adverse_event" and mention.method not in ("link", "identifier") and _USED_AS_TREATMENT.match(
            document.text, mention.end):
        return None  # "Local hyperthermia is used to treat tumors": a treatment by that name, not a side effect
    if mention.type == "adverse_event" and mention.method not in ("link", "identifier") and (_TREATED_BEFORE.search(
            document.text[max(0, mention.start - 40) : mention.start]) or _TREATED_LIST_BEFORE.search(
            document.text[max(0, mention.start - 120) : mention.start])):
        # "approved to treat osteoporosis": what a drug treats is a condition, not its side effect
        disease = resolve_name(vocabulary, mention.text, only=("disease",))
        if disease is None:
            return mention if _cue(EXPLICIT_SIDE_EFFECT, sentence_around(
                document.text, mention.start, mention.end)) else None
        return replace(mention, id=disease.id, label=disease.label, type="disease", xrefs=())
    context = context_of(document, mention)
    # a link names the entity; only a page that says side effect of a linked condition makes it one
    linked = mention.method in ("link", "identifier") and mention.type != "adverse_event"
    caused = linked and treated and _CAUSED_BEFORE.search(document.text[max(0, mention.start - 50) : mention.start]) \
        and not _BODY_MAKES.search(sentence_around(document.text, mention.start, mention.end))
    if linked and (mention.type != "disease" or not _linked_side_effect(mention, context, bool(caused))):
        return mention
    if mention.type == "endpoint":
        if not _cue(TRIAL_CUES, context) and "quality of life" in mention.text.lower():
            return None
        return mention
    side_effect = _speaks_of_side_effects(context) and (
        treated or _cue(STRONG_SIDE_EFFECT, context) or _cue(TREATMENT_CUES, context))
    if mention.type == "disease":
        risk_factor = _cue(RISK_FACTOR_CUES, context) and not _cue(EXPLICIT_SIDE_EFFECT, context)
        if not side_effect or risk_factor or _cue(CONDITION_CUES, context) or _NEOPLASM.search(
                mention.label + mention.text):
            return mention
        found = resolve_name(vocabulary, mention.text, only=("adverse_event",)) or resolve_name(
            vocabulary, mention.label, only=("adverse_event",))
        if found is not None:
            return replace(mention, id=found.id, label=found.label, type="adverse_event", xrefs=())
        label = " ".join(w if sum(c.isupper() for c in w) > 1 else w.lower() for w in mention.text.split())
        if re.fullmatch(r"[a-z][a-z -]*", mention.label):
            label = mention.label  # "Liver inflammation" names the disease's side-effect reading, "hepatitis"
        return replace(mention, id=mint("adverse_event", label), label=label, type="adverse_event", xrefs=())
    if _cue(RISK_FACTOR_CUES, context) and not _cue(EXPLICIT_SIDE_EFFECT, context):
        return None  # "Risk factors include: fair skin, red hair": a risk factor is not a side effect
    if treated_symptom(document.text, mention):
        return None
    if side_effect:
        return mention
    disease = resolve_name(vocabulary, mention.text, only=("disease",))
    if disease is not None and _cue(DISEASE_CUES, context):
        return replace(mention, id=disease.id, label=disease.label, type="disease", xrefs=())
    if _cue(SYMPTOM_CUES, context):
        return None
    if not treated and not _cue(TREATMENT_CUES, context):
        return None  # a risk factor or a condition ("HPV infection", "being overweight"), not a side effect
    return mention


# "approved to treat osteoporosis", "used in the treatment of": what follows is treated, not caused
_TREATED = r"\b(?:to treat|treats|treating|treatment of|approved for)\s+"
_TREATED_BEFORE = re.compile(_TREATED + r"(?:[a-z-]+\s+){0,2}$")
# "used to treat certain cancers, blood disorders, and autoimmune disorders": the last item of a treated list
_LIST_WORD = (r"(?!(?:but|can|may|might|will|could|also|often|cause[sd]?|causing|leads?|results?|such|"
              r"includ\w*|side|effects?)\b)[a-z-]+")
_TREATED_LIST_BEFORE = re.compile(
    rf"{_TREATED}(?:{_LIST_WORD}\s+){{0,2}}{_LIST_WORD}"
    rf"(?:,\s+(?:{_LIST_WORD}\s+){{0,2}}{_LIST_WORD}){{1,4}},?\s+(?:and|or)\s+(?:{_LIST_WORD}\s+){{0,2}}$"
)
# "hyperthermia is used to treat tumors", "… is a type of treatment": the name of a treatment
_USED_AS_TREATMENT = re.compile(
    r"\s*(?:\([^()]{1,60}\)\s*)?(?:is|are|can be|may be)\s+(?:also\s+|often\s+|sometimes\s+)?"
    r"(?:used\s+(?:to\s+(?:treat|kill|destroy|shrink)|in\s+the\s+treatment|for\s+(?:the\s+)?treatment)|"
    r"(?:a|an)\s+(?:\w+\s+){0,2}(?:treatment|therapy)\b)"
)
# "non-melanoma skin cancer": what follows "non-" is not the disease named
_NON_BEFORE = re.compile(r"\bnon[-‐–]$", re.IGNORECASE)
# "HPV infection", "an infection with EBV": an infection the text names by its agent is a condition
_AGENT_BEFORE = re.compile(r"\b(?:[A-Z][A-Z0-9]{1,6}(?:-\d)?|\w+virus|bacterial|fungal|viral)\s+$")


def _negated_or_named_infection(text: str, mention: Mention) -> bool:
    """Whether a disease or side-effect name is no such mention here: it follows "non-" ("non-melanoma
    forms of skin cancer"), or it is an infection named by its agent outside a side-effect sentence ("the HPV
    infection that causes papillomatosis").

    >>> t = "Most children with an HPV infection do not develop non-melanoma skin cancer."
    >>> spans = [(t.index(w), t.index(w) + len(w), k) for w, k in (("infection", "adverse_event"),
    ...                                                         ("melanoma", "disease"))]
    >>> [_negated_or_named_infection(t, Mention("x", s, e, t[s:e], "X", "x", k, "dictionary", 0.9))
    ...  for s, e, k in spans]
    [True, True]
    """
    if mention.method in ("link", "identifier"):
        return False
    if mention.type == "disease" and _NON_BEFORE.search(text[max(0, mention.start - 4) : mention.start]):
        return True
    if mention.type != "adverse_event" or not mention.text.lower().startswith("infection"):
        return False
    return bool(_AGENT_BEFORE.search(text[max(0, mention.start - 20) : mention.start])) and not _cue(
        STRONG_SIDE_EFFECT, sentence_around(text, mention.start, mention.end))


def type_by_context(mentions: list[Mention], document: Document, vocabulary: Vocabulary) -> list[Mention]:
    """:func:`retype_by_context` over a document's mentions.

    >>> from kg.documents import parse_document
    >>> from kg.vocabulary import default_vocabulary
    >>> doc = parse_document("Symptoms of the cancer include fatigue.", "x.md")
    >>> m = Mention("x", 31, 38, "fatigue", "MEDDRA:10016256", "fatigue", "adverse_event", "dictionary", 0.9)
    >>> type_by_context([m], doc, default_vocabulary())
    []
    """
    spans = document_sentences(document.text)
    treated_sentences = {sentence_at(spans, m.start) for m in mentions if m.type in ("drug", "drug_class")}
    typed = (retype_by_context(m, document, vocabulary, sentence_at(spans, m.start) in treated_sentences)
             for m in mentions)
    return [m for m in typed if m is not None]


prefilter_patterns(globals())  # the same matches, scanned faster (see kg.regex_prefilter)
