"""Sentence rules: each looks at mentions in one sentence (and its context) and the words between them.

Context a sentence carries: the sentence before it, the drug a list's lead-in names ("Everolimus is approved
to treat:"), the class a lead-in lists members of ("Approved angiogenesis inhibitors include:"), and the
antecedent of a leading "It". None of the rules is written for one article.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence

from kg.identifiers import mint
from kg.model import Document, Evidence, Mention, Statement
from kg.relations import cues

DRUGLIKE = ("drug", "drug_class")


class Sentence:
    """One sentence with its mentions and the context the rules may use.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("It may help.", "x.md")
    >>> Sentence(doc, 0, 12, []).hedged
    True
    """

    def __init__(self, document: Document, start: int, end: int, mentions: Sequence[Mention]) -> None:
        self.document = document
        self.start = start
        self.end = end
        self.text = document.text[start:end]
        self.mentions = [m for m in mentions if m.start >= start and m.end <= end]
        self.hedged = bool(cues.HEDGE.search(self.text))
        self.lead_drug: Mention | None = None
        self.lead_class: Mention | None = None
        self.lead_diseases: list[Mention] = []
        self.lead_in: str = ""
        self.antecedent: Mention | None = None
        self.context_start = start

    def of(self, *types: str) -> list[Mention]:
        """The mentions of these types, in text order."""
        return [m for m in self.mentions if m.type in types]

    def negated_between(self, left: Mention, right: Mention) -> bool:
        """A negation cue between two mentions of the sentence (or before the object when the subject is
        outside the sentence)."""
        if left.start < self.start or left.end > self.end:
            span = self.document.text[self.start : right.start]
        else:
            low, high = sorted((left, right), key=lambda m: m.start)
            span = self.document.text[low.end : high.start]
        return bool(cues.NEGATION.search(span))

    def hedged_between(self, left: Mention, right: Mention) -> bool:
        """A hedge cue ("may", "is being studied") between the two mentions or just before the first."""
        inside = [m for m in (left, right) if self.start <= m.start < self.end]
        if not inside:
            return self.hedged
        low = min(m.start for m in inside)
        high = max(m.start for m in inside)
        return bool(cues.HEDGE.search(self.document.text[max(self.start, low - 25) : high]))

    def statement(
        self, subject: Mention, predicate: str, obj: Mention, method: str, confidence: float,
        *, outside: bool = False,
    ) -> Statement:
        """A statement with this sentence (and its context, when the subject is outside it) as evidence."""
        start = self.context_start if outside else self.start
        sentence = self.document.text[start : self.end].replace("\n", " ")
        negatable = method not in (
            "apposition", "brand", "compositional", "list", "prior_treatment", "trial_context", "such_as",
            "class_noun", "include",
        )
        evidence = Evidence(
            doc=self.document.id,
            sentence=sentence,
            start=start,
            end=self.end,
            method=method,
            confidence=round(confidence * min(subject.confidence, obj.confidence) ** 0.5, 3),
            negated=negatable and not outside and self.negated_between(subject, obj),
            hedged=self.hedged_between(subject, obj),
        )
        return Statement(subject.id, predicate, obj.id, evidence, subject.text, obj.text)


def _between(text: str, left: Mention, right: Mention) -> str:
    return text[left.end : right.start]


def _nearest_before(sentence: Sentence, obj: Mention, types: Sequence[str]) -> Mention | None:
    """The closest mention before ``obj`` of the first type in ``types`` that has one."""
    for wanted in types:
        before = [m for m in sentence.mentions if m.type == wanted and m.end <= obj.start]
        if before:
            return before[-1]
    return None


def _subject(sentence: Sentence, obj: Mention, types: Sequence[str] = DRUGLIKE) -> tuple[Mention | None, bool]:
    """The subject for ``obj``: the antecedent of a leading "It", else a drug before it in the sentence,
    else the list lead-in's drug. The flag says whether it comes from outside the sentence."""
    if sentence.antecedent is not None:
        return sentence.antecedent, True
    found = _nearest_before(sentence, obj, types)
    if found is not None:
        return found, False
    if sentence.lead_drug is not None:
        return sentence.lead_drug, True
    return None, False


def mechanism(sentence: Sentence) -> Iterator[Statement]:
    """``inhibits`` / ``targets``: "everolimus inhibits mTOR", "blocks the activity of HER2"."""
    text = sentence.document.text
    for target in sentence.of("target"):
        drug, outside = _subject(sentence, target)
        if drug is None:
            continue
        between = text[max(drug.end, sentence.start) : target.start]
        if len(between) > 160:
            continue
        if cues.INHIBIT.search(between):
            yield sentence.statement(drug, "inhibits", target, "verb", 0.85, outside=outside)
        elif cues.TARGET.search(between):
            yield sentence.statement(drug, "targets", target, "verb", 0.8, outside=outside)


def membership(sentence: Sentence) -> Iterator[Statement]:
    """``member_of_class``: appositions, copulas, "such as" lists, "the chemotherapy drugs X, Y and Z"."""
    text = sentence.document.text
    mentions = sentence.mentions
    subjects = list(mentions)
    if sentence.antecedent is not None and not [m for m in mentions if m.type == "drug"]:
        subjects = [sentence.antecedent, *mentions]
    for index, drug in enumerate(subjects):
        if drug.type not in DRUGLIKE:
            continue
        previous = drug
        for following in subjects[index + 1 :]:
            if following.type != "drug_class":
                if following.type == "drug":
                    break
                continue
            outside = drug.start < sentence.start
            start = sentence.start if outside else previous.end
            between = text[start : following.start] if previous is drug else _between(text, previous, following)
            if drug.type == "drug_class" and previous is drug and not cues.COPULA.match(between):
                break
            glued = (cues.MEMBER if previous is drug else cues.LIST_GLUE).match(between) or (
                previous is not drug and cues.MEMBER.match(between)
            )
            span = text[(sentence.start if outside else drug.end) : following.start]
            if not glued and (not re.search(r"\b(is|are|acts as|called)\b", span) or len(span) > 90):
                break
            if following.id != drug.id:
                yield sentence.statement(drug, "member_of_class", following, "apposition", 0.85, outside=outside)
            previous = following
    yield from _class_then_members(sentence)


def _class_then_members(sentence: Sentence) -> Iterator[Statement]:
    """"classes such as X, Y and Z", "the chemotherapy drugs X, Y", "the steroid hormone prednisone"."""
    text = sentence.document.text
    mentions = sentence.mentions
    for index, cls in enumerate(mentions):
        if cls.type != "drug_class":
            continue
        following = [m for m in mentions[index + 1 :] if m.type in DRUGLIKE]
        if not following or following[0].type != "drug":
            continue
        first = following[0]
        between = _between(text, cls, first)
        method = "such_as" if cues.SUCH_AS.match(between) else "class_noun" if cues.CLASS_THEN_DRUG.match(
            between) else None
        if method is None:
            after_verb = [m for m in following if cues.INCLUDE_VERB.search(text[cls.end : m.start])
                          and not cues.INCLUDE_VERB.search(text[cls.end : m.start][:-12] or " ")]
            if not after_verb or len(text[cls.end : after_verb[0].start]) > 120:
                continue
            first, method = after_verb[0], "include"
            following = following[following.index(first) :]
        yield sentence.statement(first, "member_of_class", cls, method, 0.8)
        chained = first
        for nxt in following[1:]:
            if nxt.type != "drug" or not cues.LIST_GLUE.match(_between(text, chained, nxt)):
                break
            yield sentence.statement(nxt, "member_of_class", cls, method, 0.75)
            chained = nxt


def listed_members(sentence: Sentence) -> Iterator[Statement]:
    """A list item under "Approved angiogenesis inhibitors include:" names a member of the class."""
    if sentence.lead_class is None or not cues.INCLUDE_LEAD.search(sentence.lead_in):
        return
    drugs = sentence.of("drug")
    if not drugs:
        return
    yield sentence.statement(drugs[0], "member_of_class", sentence.lead_class, "list", 0.8, outside=True)
    if cues.TREAT.search(sentence.lead_in):
        for disease in sentence.lead_diseases:
            yield sentence.statement(drugs[0], "treats", disease, "list", 0.75, outside=True)


def compositional(sentence: Sentence, targets_by_text: dict[str, Mention]) -> Iterator[Statement]:
    """A class named for its target ("BRAF inhibitor", "anti-PD-1 antibody") acts on that target."""
    for cls in sentence.of("drug_class"):
        head = re.match(
            r"(?:anti[- ‐–]?)?([A-Za-z0-9/-]+?)(?:[- ]targeted)? (?:tyrosine kinase )?"
            r"(inhibitor|antagonist|blocker|agonist|(?:monoclonal )?antibod)",
            cls.text,
        )
        if not head:
            continue
        target = targets_by_text.get(head.group(1))
        if target is None:
            continue
        predicate = "inhibits" if head.group(2) in ("inhibitor", "antagonist", "blocker") else "targets"
        yield sentence.statement(cls, predicate, target, "compositional", 0.8)


def combinations(sentence: Sentence) -> Iterator[Statement]:
    """``combined_with``: "X plus Y", "adding X to Y", "in combination with X, Y and either A or B",
    regimen contents ("This combination contains X, Y and Z")."""
    text = sentence.document.text
    drugs: list[Mention] = []
    for mention in sentence.of("drug"):
        if not drugs or drugs[-1].id != mention.id:
            drugs.append(mention)
    pairs: dict[tuple[str, str], tuple[Mention, Mention, bool]] = {}

    def pair(left: Mention, right: Mention, outside: bool = False) -> None:
        if left.id != right.id:
            low, high = sorted((left.id, right.id))
            pairs.setdefault((low, high), (left, right, outside))

    for left, right in itertools.pairwise(drugs):
        between = _between(text, left, right)
        cue_before = text[max(sentence.start, left.start - 40) : left.start]
        near = text[max(sentence.start, left.start - 40) : left.start] + between
        coordinated = cues.COMBINE.match(between) and not cues.CONTRAST.search(near) and (
            not re.match(r"^\s*,?\s*and\s*$", between) or cues.COMBINE_NEAR.search(near)
        )
        added = re.search(r"\badd(?:ing|ed)\b", cue_before, re.I) and re.match(r"^[^.;]{0,40}\bto\s*$", between)
        if coordinated or added:
            pair(left, right)
    if cues.REGIMEN.search(sentence.text) and len(drugs) > 1:
        for left, right in itertools.combinations(drugs, 2):
            pair(left, right)
    for group, subject, outside in _companion_lists(sentence, drugs):
        for member in group:
            if subject is not None:
                pair(subject, member, outside)
        for left, right in itertools.combinations(group, 2):
            if not re.search(r"\bor\b", _between(text, left, right)):
                pair(left, right)
    for left, right, outside in pairs.values():
        yield sentence.statement(left, "combined_with", right, "coordination", 0.75, outside=outside)


def _companion_lists(
    sentence: Sentence, drugs: list[Mention]
) -> Iterator[tuple[list[Mention], Mention | None, bool]]:
    text = sentence.document.text
    for index, first in enumerate(drugs):
        before = text[sentence.start : first.start]
        if not cues.COMPANION_LIST.search(before[-40:]) or cues.PRIOR_TREATMENT.search(before[-40:]):
            continue
        if re.search(r"\b(compared|versus|vs\.?|than)\s+(?:with\s+)?$", before[-25:], re.I):
            continue
        group = [first]
        for nxt in drugs[index + 1 :]:
            if not cues.LIST_GLUE.match(_between(text, group[-1], nxt)):
                break
            group.append(nxt)
        subject, outside = _subject(sentence, first, ("drug",))
        yield group, subject, outside


def uses(sentence: Sentence) -> Iterator[Statement]:
    """``treats`` and ``approved_for``: "used to treat", "approved to treat:" lists, prior treatment."""
    text = sentence.document.text
    scope = sentence.lead_in + " " + sentence.text
    approved = bool(cues.APPROVE.search(scope))
    for disease in sentence.of("disease"):
        drug, outside = _subject(sentence, disease, ("drug", "drug_class"))
        partners = _coordinated_before(sentence, drug) if drug is not None and not outside else []
        for partner in partners:
            between = text[partner.end : disease.start]
            if cues.APPROVE.search(between) and approved and not sentence.hedged_between(partner, disease):
                yield sentence.statement(partner, "approved_for", disease, "approval", 0.75)
            elif cues.TREAT.search(between):
                yield sentence.statement(partner, "treats", disease, "verb", 0.7)
        if drug is not None:
            between = text[drug.end : disease.start] if not outside else text[sentence.start : disease.start]
            cue = (sentence.lead_in if outside else "") + " " + between
            approval = approved and cues.APPROVE.search(cue) and not sentence.hedged_between(drug, disease)
            if approval:
                yield sentence.statement(drug, "approved_for", disease, "approval", 0.8, outside=outside)
            elif cues.TREAT.search(cue):
                yield sentence.statement(drug, "treats", disease, "verb", 0.75, outside=outside)
        chained: Mention | None = None
        for prior in sentence.of("drug"):
            starts = cues.PRIOR_TREATMENT.search(text[max(sentence.start, prior.start - 40) : prior.start])
            continues = chained is not None and cues.LIST_GLUE.match(_between(text, chained, prior))
            if starts or continues:
                yield sentence.statement(prior, "treats", disease, "prior_treatment", 0.7)
                chained = prior
            else:
                chained = None


def _coordinated_before(sentence: Sentence, drug: Mention) -> list[Mention]:
    """Drugs coordinated with ``drug`` just before it ("Both ibrutinib and ofatumumab have been approved")."""
    text = sentence.document.text
    partners: list[Mention] = []
    current = drug
    for earlier in reversed([m for m in sentence.of("drug") if m.end <= drug.start]):
        if earlier.id == drug.id or not re.match(r"^\s*(?:,|,?\s*and)\s*$", _between(text, earlier, current)):
            break
        partners.append(earlier)
        current = earlier
    return partners


def side_effects(sentence: Sentence, previous: Sentence | None) -> Iterator[Statement]:
    """``has_adverse_effect``: adverse events in a sentence that speaks of side effects of a drug."""
    if not cues.SIDE_EFFECT.search(sentence.text):
        return
    drugs = sentence.of(*DRUGLIKE) or (previous.of(*DRUGLIKE)[-1:] if previous else [])
    if not drugs and sentence.antecedent is not None:
        drugs = [sentence.antecedent]
    for event in sentence.of("adverse_event"):
        for drug in drugs:
            outside = drug.start < sentence.start
            yield sentence.statement(drug, "has_adverse_effect", event, "side_effect_cue", 0.7, outside=outside)


def trials(sentence: Sentence, previous: Sentence | None) -> Iterator[Statement]:
    """``tested_in_trial`` and ``trial_studies_disease`` from a trial named with drugs or diseases in the
    same sentence, or in the sentence before ("Findings from the trial, called BOLERO 2, ...")."""
    named = sentence.of("trial")
    if not named:
        return
    drugs, diseases = sentence.of("drug"), sentence.of("disease")
    outside = False
    if previous is not None and cues.TRIAL_WORD.search(sentence.text):
        if not drugs:
            drugs, outside = previous.of("drug"), True
        if not diseases:
            diseases, outside = previous.of("disease"), True
    if outside and previous is not None:
        sentence.context_start = previous.start
    for trial in named:
        for drug in drugs:
            yield sentence.statement(drug, "tested_in_trial", trial, "trial_context", 0.7, outside=outside)
        for disease in diseases:
            yield sentence.statement(trial, "trial_studies_disease", disease, "trial_context", 0.7, outside=outside)


def sponsors(sentence: Sentence, recent_trials: list[Mention]) -> Iterator[Statement]:
    """``sponsored_by``: "supported by Novartis" with a trial in the sentence or named just before."""
    passive = cues.SPONSOR.search(sentence.text)
    cue = passive or cues.SPONSOR_ACTIVE.search(sentence.text)
    if cue is None:
        return
    named = sentence.of("trial") or recent_trials[-1:]
    cue_start, cue_end = sentence.start + cue.start(), sentence.start + cue.end()
    # "supported by X": the sponsor follows the cue; "X funded the trial": it comes before
    sponsors_here = [o for o in sentence.of("organization")
                     if (passive and cue_end <= o.start <= cue_end + 60)
                     or (not passive and cue_start - 80 <= o.end <= cue_start)]
    for organization in sponsors_here:
        for trial in named:
            yield sentence.statement(trial, "sponsored_by", organization, "sponsor_cue", 0.75,
                                     outside=trial.start < sentence.start)


def brands(sentence: Sentence) -> Iterator[Statement]:
    """``brand_name_of``: a drug mentioned by one of its brand names."""
    for mention in sentence.of("drug"):
        if mention.name_kind != "brand":
            continue
        name = mention.text.rstrip("®™")
        brand = Mention(mention.doc, mention.start, mention.end, name, mint("brand", name), name, "brand",
                        mention.method, mention.confidence)
        yield sentence.statement(brand, "brand_name_of", mention, "brand", 0.9)
