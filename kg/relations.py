"""Relations read from running text: sentence-level rules over the linked mentions.

Each rule looks at two mentions in one sentence (or a trial named in the sentence before) and at the words
between them: a verb ("inhibits", "blocks"), an apposition ("exemestane, an aromatase inhibitor"), a
coordination ("everolimus plus exemestane"), a cue for side effects, approval or sponsorship. The rules
are general: none is written for one article. Negation and hedging cues in the sentence are recorded on
the evidence, never dropped, so negated facts can be kept apart from positive ones.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence

from kg.identifiers import mint
from kg.model import Document, Evidence, Mention, Statement
from kg.sentences import sentence_spans

DRUGLIKE = ("drug", "drug_class")

_INHIBIT = re.compile(r"\b(inhibit\w*|block\w*|stops?|shuts? down|turns? off|interfer\w* with)\b", re.I)
_TARGET = re.compile(r"\b(target\w*|binds?|binding|attach\w*|acts? on|directed against|against)\b", re.I)
_MEMBER = re.compile(
    r"^[\s,(]*(?:(?:is|are|was|were|acts as|works as|belongs to)\s+)?(?:also\s+)?(?:an?|the|one of the)?\s*"
    r"(?:(?:new|newer|first|second|third|oral|targeted therapy|type|kind|class|form|group|family)\s+){0,3}"
    r"(?:(?:of|called)\s+)?(?:an?\s+)?$",
    re.I,
)
_LIST_GLUE = re.compile(r"^\s*(?:,|,?\s*and|,?\s*or)\s*(?:an?\s+)?$", re.I)
_SUCH_AS = re.compile(r"^\s*[,(]?\s*(?:such as|including|like|e\.g\.,?|for example,?)\s+$", re.I)
_COMBINE = re.compile(
    r"^\s*(?:\([^()]{1,40}\)\s*)?,?\s*(?:plus|with|and|\+|combined with|in combination with|together with|"
    r"to|followed by)\s*(?:the\s+(?:drug\s+)?)?$",
    re.I,
)
_COMBINE_CUE = re.compile(r"\b(combination|combined|adding|added|plus|together)\b", re.I)
_TREAT = re.compile(
    r"\b(treat\w*|therapy for|used (?:in|for)|for (?:\w+\s+){0,3}(?:patients|people|women|men)\s+with|"
    r"in (?:\w+\s+){0,2}(?:patients|people|women|men)\s+with|for (?:the )?(?:treatment|management))\b",
    re.I,
)
_APPROVE = re.compile(r"\bapprov\w*\b", re.I)
_SIDE_EFFECT = re.compile(r"\b(side effects?|adverse (?:events?|effects?|reactions?)|toxicit\w*|"
                          r"complications?)\b", re.I)
_SPONSOR = re.compile(r"\b(supported|sponsored|funded|financed)\s+(?:in part\s+)?by\b", re.I)
_TRIAL_WORD = re.compile(r"\b(trials?|study|studies|participants?|patients?)\b", re.I)
_NEGATION = re.compile(r"\b(not|no|neither|nor|never|without|failed to|did not|does not|cannot)\b", re.I)
_HEDGE = re.compile(
    r"\b(may|might|could|possibly|potential(?:ly)?|being (?:studied|tested|investigated)|under study|"
    r"appears? to|suggests?|investigational|if)\b",
    re.I,
)


def _between(text: str, left: Mention, right: Mention) -> str:
    return text[left.end : right.start]


class _Sentence:
    def __init__(self, document: Document, start: int, end: int, mentions: Sequence[Mention]) -> None:
        self.document = document
        self.start = start
        self.end = end
        self.text = document.text[start:end]
        self.mentions = [m for m in mentions if m.start >= start and m.end <= end]
        self.negated = bool(_NEGATION.search(self.text))
        self.hedged = bool(_HEDGE.search(self.text))
        self.lead_drug: Mention | None = None

    def of(self, *types: str) -> list[Mention]:
        return [m for m in self.mentions if m.type in types]

    def statement(
        self,
        subject: Mention,
        predicate: str,
        obj: Mention,
        method: str,
        confidence: float,
        *,
        context: tuple[int, int] | None = None,
    ) -> Statement:
        start, end = context if context else (self.start, self.end)
        sentence = self.document.text[start:end].replace("\n", " ")
        evidence = Evidence(
            doc=self.document.id,
            sentence=sentence,
            start=start,
            end=end,
            method=method,
            confidence=round(confidence * min(subject.confidence, obj.confidence) ** 0.5, 3),
            negated=self.negated and method not in ("apposition", "brand", "compositional"),
            hedged=self.hedged,
        )
        return Statement(subject.id, predicate, obj.id, evidence, subject.text, obj.text)


def _pairs(sentence: _Sentence, left_types: Sequence[str], right_types: Sequence[str]
           ) -> Iterator[tuple[Mention, Mention]]:
    for left in sentence.mentions:
        if left.type not in left_types:
            continue
        for right in sentence.mentions:
            if right.type in right_types and right.start >= left.end and right.id != left.id:
                yield left, right


def _nearest_subject(sentence: _Sentence, obj: Mention, types: Sequence[str]) -> Mention | None:
    """The closest mention of the first of ``types`` that occurs before ``obj`` (then of the next type)."""
    for wanted in types:
        before = [m for m in sentence.mentions if m.type == wanted and m.end <= obj.start]
        if before:
            return before[-1]
    return None


def _mechanism(sentence: _Sentence) -> Iterator[Statement]:
    text = sentence.document.text
    for target in sentence.of("target"):
        drug = _nearest_subject(sentence, target, DRUGLIKE)
        if drug is None:
            continue
        between = _between(text, drug, target)
        if len(between) > 160:
            continue
        if _INHIBIT.search(between):
            yield sentence.statement(drug, "inhibits", target, "verb", 0.85)
        elif _TARGET.search(between):
            yield sentence.statement(drug, "targets", target, "verb", 0.8)


def _membership(sentence: _Sentence) -> Iterator[Statement]:
    text = sentence.document.text
    mentions = sentence.mentions
    for index, drug in enumerate(mentions):
        if drug.type not in DRUGLIKE:
            continue
        previous = drug
        for following in mentions[index + 1 :]:
            between = _between(text, previous, following)
            if following.type != "drug_class":
                if following.type == "drug":
                    break
                continue
            glue = _MEMBER if previous is drug else _LIST_GLUE
            glued = glue.match(between) or (previous is not drug and _MEMBER.match(between))
            span = _between(text, drug, following)
            if not glued and (not re.search(r"\b(is|are|acts as|called)\b", span) or len(span) > 90):
                break
            if following.id != drug.id:
                yield sentence.statement(drug, "member_of_class", following, "apposition", 0.85)
            previous = following
    for cls, drug in _pairs(sentence, ("drug_class",), ("drug",)):
        between = _between(text, cls, drug)
        if _SUCH_AS.match(between):
            yield sentence.statement(drug, "member_of_class", cls, "such_as", 0.8)
            chained = drug
            for nxt in [m for m in mentions if m.start > drug.end and m.type == "drug"]:
                if not _LIST_GLUE.match(_between(text, chained, nxt)):
                    break
                yield sentence.statement(nxt, "member_of_class", cls, "such_as", 0.75)
                chained = nxt


def _compositional(sentence: _Sentence, by_text: dict[str, Mention]) -> Iterator[Statement]:
    """A class named for its target ("BRAF inhibitor", "anti-PD-1 antibody") acts on that target."""
    for cls in sentence.of("drug_class"):
        head = re.match(r"(?:anti[- ‐–]?)?([A-Za-z0-9/-]+?)(?:[- ]targeted)? (?:tyrosine kinase )?"
                        r"(inhibitor|antagonist|blocker|agonist|(?:monoclonal )?antibod)", cls.text)
        if not head:
            continue
        target = by_text.get(head.group(1))
        if target is None or target.type != "target":
            continue
        predicate = "inhibits" if head.group(2) in ("inhibitor", "antagonist", "blocker") else "targets"
        yield sentence.statement(cls, predicate, target, "compositional", 0.8)


def _combinations(sentence: _Sentence) -> Iterator[Statement]:
    text = sentence.document.text
    drugs: list[Mention] = []
    for mention in sentence.of("drug"):
        if not drugs or drugs[-1].id != mention.id:
            drugs.append(mention)
    for left, right in itertools.pairwise(drugs):
        if left.id == right.id:
            continue
        between = _between(text, left, right)
        cue_before = text[max(sentence.start, left.start - 40) : left.start]
        if (_COMBINE.match(between) and (
            not re.match(r"^\s*,?\s*and\s*$", between) or _COMBINE_CUE.search(sentence.text)
        )) or (re.search(r"\badd(?:ing|ed)\b", cue_before, re.I) and re.match(r"^[^.;]{0,40}\bto\s*$", between)):
            yield sentence.statement(left, "combined_with", right, "coordination", 0.75)


def _uses(sentence: _Sentence, lead_in: str) -> Iterator[Statement]:
    text = sentence.document.text
    scope = lead_in + " " + sentence.text
    approved = bool(_APPROVE.search(scope))
    for disease in sentence.of("disease"):
        drug = _nearest_subject(sentence, disease, DRUGLIKE) or sentence.lead_drug
        if drug is None:
            continue
        between = text[drug.end : disease.start] if drug.end <= disease.start else ""
        cue = lead_in + " " + between
        if _TREAT.search(cue) or (approved and _APPROVE.search(cue)):
            yield sentence.statement(drug, "treats", disease, "verb", 0.75)
        if approved and _APPROVE.search(cue) and not sentence.hedged:
            yield sentence.statement(drug, "approved_for", disease, "approval", 0.8)


def _side_effects(sentence: _Sentence, previous: _Sentence | None) -> Iterator[Statement]:
    if not _SIDE_EFFECT.search(sentence.text):
        return
    drugs = sentence.of(*DRUGLIKE) or (previous.of(*DRUGLIKE)[-1:] if previous else [])
    for event in sentence.of("adverse_event"):
        for drug in drugs:
            yield sentence.statement(drug, "has_adverse_effect", event, "side_effect_cue", 0.7)


def _trials(sentence: _Sentence, previous: _Sentence | None) -> Iterator[Statement]:
    trials = sentence.of("trial")
    if not trials:
        return
    context: tuple[int, int] | None = None
    drugs, diseases = sentence.of(*DRUGLIKE), sentence.of("disease")
    if previous is not None and _TRIAL_WORD.search(sentence.text):
        if not drugs:
            drugs = previous.of("drug")
            context = (previous.start, sentence.end)
        if not diseases:
            diseases = previous.of("disease")
            context = (previous.start, sentence.end)
    for trial in trials:
        for drug in drugs:
            yield sentence.statement(drug, "tested_in_trial", trial, "trial_context", 0.7, context=context)
        for disease in diseases:
            yield sentence.statement(trial, "trial_studies_disease", disease, "trial_context", 0.7,
                                     context=context)


def _sponsors(sentence: _Sentence, recent_trials: list[Mention]) -> Iterator[Statement]:
    if not _SPONSOR.search(sentence.text):
        return
    trials = sentence.of("trial") or recent_trials[-1:]
    for organization in sentence.of("organization"):
        for trial in trials:
            yield sentence.statement(trial, "sponsored_by", organization, "sponsor_cue", 0.75)


def _brands(sentence: _Sentence) -> Iterator[Statement]:
    for mention in sentence.of("drug"):
        if mention.name_kind != "brand":
            continue
        brand = Mention(mention.doc, mention.start, mention.end, mention.text.rstrip("®™"),
                        mint("brand", mention.text.rstrip("®™")), mention.text.rstrip("®™"), "brand",
                        mention.method, mention.confidence)
        yield sentence.statement(brand, "brand_name_of", mention, "brand", 0.9)


def extract_statements(document: Document, mentions: Sequence[Mention]) -> list[Statement]:
    """Relations stated in a document's text, each with its sentence as evidence.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("Exemestane, an aromatase inhibitor, is used to treat breast cancer.", "x.md")
    >>> ms = [Mention(doc.id, 0, 10, "Exemestane", "NCIT:C1097", "exemestane", "drug", "dictionary", 0.9),
    ...       Mention(doc.id, 15, 34, "aromatase inhibitor", "MESH:D047072", "aromatase inhibitor",
    ...               "drug_class", "dictionary", 0.9)]
    >>> [(s.subject, s.predicate, s.object) for s in extract_statements(doc, ms)]
    [('NCIT:C1097', 'member_of_class', 'MESH:D047072')]
    """
    statements: list[Statement] = []
    by_text = {m.text: m for m in mentions}
    previous: _Sentence | None = None
    recent_trials: list[Mention] = []
    lead_in = ""
    lead_drug: Mention | None = None
    block_kinds = {b.start: b for b in document.blocks}
    for start, end in sentence_spans(document.text):
        sentence = _Sentence(document, start, end, mentions)
        block = block_kinds.get(start)
        if block is not None and block.kind != "list_item":
            lead_in = sentence.text if sentence.text.rstrip().endswith(":") else ""
            lead_drugs = sentence.of(*DRUGLIKE)
            lead_drug = lead_drugs[0] if lead_drugs else None
        elif block is not None:
            sentence.lead_drug = lead_drug if lead_in else None
        statements.extend(_mechanism(sentence))
        statements.extend(_membership(sentence))
        statements.extend(_compositional(sentence, by_text))
        statements.extend(_combinations(sentence))
        statements.extend(_uses(sentence, lead_in if block is None or block.kind == "list_item" else ""))
        statements.extend(_side_effects(sentence, previous))
        statements.extend(_trials(sentence, previous))
        statements.extend(_sponsors(sentence, recent_trials))
        statements.extend(_brands(sentence))
        recent_trials.extend(sentence.of("trial"))
        previous = sentence
    return statements
