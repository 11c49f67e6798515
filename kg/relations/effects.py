"""``has_adverse_effect``: adverse events in a sentence that speaks of a drug's side effects."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.model import Mention, Statement
from kg.relations import arm_comparators, cues, effect_cues
from kg.relations.sentence import DRUGLIKE, Sentence, class_noun_of_next, glued_run

# "A was more common with X, whereas B was more common with Y": a contrast between two arms' events
_CONTRAST = re.compile(r",?\s+(?:whereas|while)\s+|[,;]\s+(?:but|however)\b", re.IGNORECASE)

def side_effects(sentence: Sentence, previous: Sentence | None) -> Iterator[Statement]:
    """``has_adverse_effect``: adverse events in a sentence that speaks of side effects of a drug, in a list
    item under a side-effect lead-in (or a lead-in naming a symptom in a side-effects section), after
    "X can cause", or reported for a trial arm ("patients receiving X had more neutropenia").

    >>> from kg.documents import parse_document
    >>> doc = parse_document("Imatinib may cause nausea.", "x.md")
    >>> ms = [Mention(doc.id, 0, 8, "Imatinib", "D1", "imatinib", "drug", "dictionary", 0.9),
    ...       Mention(doc.id, 19, 25, "nausea", "A1", "nausea", "adverse_event", "dictionary", 0.9)]
    >>> [(s.subject, s.predicate, s.object) for s in side_effects(Sentence(doc, 0, 26, ms), None)]
    [('D1', 'has_adverse_effect', 'A1')]
    """
    events = sentence.of("adverse_event")
    if not events:
        return
    yield from _induced(sentence, events)
    if not effect_cues.SIDE_EFFECT.search(sentence.text):
        carried = _carried_from(previous) if effect_cues.EFFECTS_GO_ON.match(sentence.text) else []
        if carried and not [m for m in sentence.of(*DRUGLIKE) if m.method != "anaphora"]:
            # "Side effects were more common with X. The most common were A and B": X's events
            text = sentence.document.text
            for event in events:
                clause = next(((s, e) for s, e in _clauses(sentence) if s <= event.start < e), (sentence.start,))
                if cues.NEGATION.search(text[clause[0] : event.start]):
                    continue  # "..., although it did not result in more infections"
                for drug in carried:
                    yield sentence.statement(drug, "has_adverse_effect", event, "side_effect_cue", 0.65,
                                             outside=True)
            return
        if sentence.lead_in and (effect_cues.SIDE_EFFECT.search(sentence.lead_in) or sentence.section_effects
                                 or _causes(sentence.lead_in)):
            # a bulleted item under "Common side effects of X include:" (X from the lead-in or the
            # paragraph before it) is a side effect of X
            for event in events:
                for drug in sentence.lead_subjects:
                    yield sentence.statement(drug, "has_adverse_effect", event, "list", 0.7, outside=True)
            return
        yield from _caused_or_in_arm(sentence, events)
        return
    # "Side effects of the combination included A": each drug named together before; else the last drug named
    # an item under a lead-in naming its drugs ("Evidence (vemurafenib):") speaks of those, not of drugs before
    lead = [m for m in sentence.lead_subjects if m.text in sentence.lead_in] if sentence.lead_in else []
    text = sentence.document.text
    prior = previous.of(*DRUGLIKE)[-1:] if previous else []
    if prior and previous and sentence.arm_drugs and arm_comparators.is_comparator(text, previous.start, prior[0]):
        prior = []  # "... compared with 18% of those who received Y alone. The most common events were A": the arms'
    # "Adverse events related to chemotherapy were reported by 79% of the X group. The most common were A and B":
    # the events the sentence before ascribed to a drug are that drug's, not the arms'
    related = (previous.effects_owner or _effects_related_to(previous)) if (
        previous is not None and not sentence.of(*DRUGLIKE)) else []
    sentence.effects_owner = related  # "The most common serious adverse events were ..." goes on with them
    drugs = sentence.of(*DRUGLIKE) or lead or sentence.antecedent_group or related or prior
    # "Amifostine is approved to prevent: - Renal toxicity.": what the drug prevents or treats, not what it causes;
    # "... had significant postoperative complications, including A": the operation's, not the drugs named before
    prevented = not sentence.of(*DRUGLIKE) and (bool(sentence.lead_in and _USE_LEAD.search(sentence.lead_in)) or (
        not lead and bool(_PROCEDURE_EFFECTS.search(sentence.text))))
    if prevented:
        drugs = []
    if not drugs and sentence.antecedent is not None and not prevented:
        drugs = [sentence.antecedent]
    if not drugs and not prevented and not _PROCEDURE_EFFECTS.search(sentence.text):
        # "The most common side effects were A and B" after the trial's arms were named: each arm drug's (not
        # "Acute toxicities of radiation therapy include A": the procedure's)
        drugs = sentence.arm_drugs
    if drugs and not sentence.of(*DRUGLIKE) and not lead and drugs != related:
        # the arms' drugs or "the combination": not the comparator arm's own drug; in a comparison only the drug
        # that differs ("more common among patients who received the combination" than "Y alone")
        drugs = arm_comparators.arms_reported(text, sentence.text, drugs, sentence.arm_drugs)
    drugs = _without_comparators(sentence, drugs)
    clauses = _clauses(sentence)
    causes = _causes_named_after(sentence, events)
    for event in events:
        cause = causes.get(event)
        if cause is not None:
            # "the liver side effects attributed to X": X's, whatever else the sentence names
            yield sentence.statement(cause, "has_adverse_effect", event, "cause", 0.7)
            continue
        # "X users had more A, whereas Y users had more B": each event goes to the drugs of its own clause
        clause = next(((s, e) for s, e in clauses if s <= event.start < e), (sentence.start, sentence.end))
        own = [d for d in drugs if clause[0] <= d.start < clause[1]]
        if not own and effect_cues.CONTROL.search(text[clause[0] : clause[1]]):
            continue  # "..., other side effects were more likely in the control group": not the drug's
        for drug in own or drugs:
            fewer_from = max(drug.end, clause[0]) if drug.start >= sentence.start else drug.end
            if drug not in lead and drug.end <= event.start and cues.FEWER.search(text[fewer_from : event.start]):
                continue  # "with X, other side effects were far less common, including A": not X's effects
                # (but "X had fewer A, although there was an increased risk of B": B's clause says more)
            if drug.start >= sentence.start and drug.end <= event.start and _REMEDY.match(text[drug.end : event.start]):
                continue  # "X to prevent nausea and other side effects": a remedy, not a cause
            outside = drug.start < sentence.start
            yield sentence.statement(drug, "has_adverse_effect", event, "side_effect_cue", 0.7, outside=outside)


# "adverse events related to chemotherapy", "toxicities attributed to X", "side effects caused by the X"
_RELATED_TO = re.compile(
    r"\b(?:side[- ]effects?|adverse\s+(?:events?|effects?|reactions?)|toxicit(?:y|ies)|complications?)\s+"
    r"(?:(?:that\s+were|were)\s+)?(?:related\s+to|caused\s+by|attributed\s+to|attributable\s+to|due\s+to)\s+"
    r"(?:the\s+)?$", re.I)


def _effects_related_to(sentence: Sentence) -> list[Mention]:
    """The drug a sentence ascribes side effects to ("Adverse events related to chemotherapy were reported by ...").

    >>> from kg.documents import parse_document
    >>> doc = parse_document("Adverse events related to chemotherapy were seen in the X group.", "x.md")
    >>> chemo = Mention(doc.id, 26, 38, "chemotherapy", "C1", "chemotherapy", "drug_class", "dictionary", 0.9)
    >>> x = Mention(doc.id, 56, 57, "X", "D1", "x", "drug", "dictionary", 0.9)
    >>> [d.text for d in _effects_related_to(Sentence(doc, 0, 64, [chemo, x]))]
    ['chemotherapy']
    """
    text = sentence.document.text
    return [d for d in sentence.of(*DRUGLIKE) if d.start >= sentence.start
            and _RELATED_TO.search(text[max(sentence.start, d.start - 60) : d.start])][:1]


def _cause_named_after(sentence: Sentence, event: Mention) -> Mention | None:
    """The drug named right after an event as its cause: "nausea caused by X", "a fracture due to X"."""
    text = sentence.document.text
    # "thrombocytopenia associated with aspirin-like platelet defects": no drug, a likeness
    return next((d for d in sentence.of(*DRUGLIKE)
                 if d.start >= event.end and effect_cues.CAUSED_BY.match(text[event.end : d.start])
                 and not _LIKENESS.match(text, d.end)), None)


# "aspirin-like platelet defects", "hypercalcemia from parathyroid hormone-related protein": not the drug itself
_LIKENESS = re.compile(r"-(?:like|related\s+protein)\b", re.I)


def _causes_named_after(sentence: Sentence, events: list[Mention]) -> dict[Mention, Mention]:
    """The cause named after each event, shared by the events coordinated before it: "nausea, vomiting and
    diarrhea caused by cisplatin" are all cisplatin's.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("Nausea and vomiting caused by cisplatin.", "x.md")
    >>> n = Mention(doc.id, 0, 6, "Nausea", "E1", "nausea", "adverse_event", "dictionary", 0.9)
    >>> v = Mention(doc.id, 11, 19, "vomiting", "E2", "vomiting", "adverse_event", "dictionary", 0.9)
    >>> c = Mention(doc.id, 30, 39, "cisplatin", "D1", "cisplatin", "drug", "dictionary", 0.9)
    >>> sorted((e.text, d.text) for e, d in _causes_named_after(Sentence(doc, 0, 40, [n, v, c]), [n, v]).items())
    [('Nausea', 'cisplatin'), ('vomiting', 'cisplatin')]
    """
    causes: dict[Mention, Mention] = {}
    ordered = sorted(events, key=lambda e: e.start)
    while ordered:
        run = glued_run(sentence.document.text, ordered)
        cause = _cause_named_after(sentence, run[-1])
        if cause is not None:
            causes.update((event, cause) for event in run)
        ordered = ordered[len(run):]
    return causes


_PROCEDURE_EFFECTS = re.compile(
    r"\b(?:toxicit(?:y|ies)|side[- ]effects?|complications?|effects?|morbidit(?:y|ies))\s+(?:of|from|after|due\s+to|"
    r"caused\s+by|related\s+to|associated\s+with)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:radiation|radiotherapy|"
    r"irradiation|surgery|surgical|resection|transplant\w*)\b|"
    r"\b(?:radiation|surgery|surgical)[- ](?:related|induced)\b|"
    # "had significant postoperative complications, including A": the operation's
    r"\b(?:post-?operative|peri-?operative|surgical)\s+(?:complications?|morbidit(?:y|ies))\b",
    re.I)
_USE_LEAD = re.compile(r"\b(?:approved|used|given)\s+(?:\w+\s+){0,5}?(?:to\s+)?(?:prevent|treat|reduce|lessen|manage|"
                       r"control|relieve)\b", re.I)
_EXCESS_BEFORE = re.compile(r"\b(?:too\s+much|too\s+little|(?:high|low)\s+levels?\s+of|excess(?:ive)?|extra)\s+$",
                            re.I)
_UNLIKE = re.compile(r"\bunlike\s+(?:the\s+)?$", re.I)
_REMEDY = re.compile(r"^\s*(?:\([^()]{1,40}\)\s*)?,?\s*(?:(?:is|are|was|were)\s+(?:\w+\s+)?(?:used|given)\s+)?"
                     r"(?:to|that|which)\s+(?:help\s+)?(?:(?:can|may)\s+)?(?:counter|prevent|treat|manage|relieve|"
                     r"control|lessen|ease|reduce)\w*\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)
_TRIAL_OF = re.compile(r"\b(?:trials?|stud(?:y|ies))\s+(?:of|testing)\s+(?:the\s+)?$", re.I)
_DIED_OF = re.compile(r"^[^.;]{0,60}?\b(?:died|deaths?)\s+(?:of|from|due\s+to|as\s+an?\s+result\s+of|caused\s+by)\s+"
                      r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$", re.I)
_INDUCED = re.compile(r"^[-‐–](?:induced|related|associated)\s+(?:\w+\s+){0,2}$", re.I)


def _induced(sentence: Sentence, events: list[Mention]) -> Iterator[Statement]:
    """"ipilimumab-induced diarrhea", "bevacizumab-related hypertension": the drug caused the event (and the
    events coordinated with it: "X-induced nausea and vomiting")."""
    text = sentence.document.text
    for drug in sentence.of(*DRUGLIKE):
        following = [e for e in events if e.start >= drug.end]
        if not following or not _INDUCED.match(text[drug.end : following[0].start]):
            continue
        for event in glued_run(text, following):
            yield sentence.statement(drug, "has_adverse_effect", event, "induced", 0.75)


def _carried_from(previous: Sentence | None) -> list[Mention]:
    """The drugs a sentence about side effects (a side-effect word, or events reported with a drug) was about."""
    if previous is None or not (effect_cues.SIDE_EFFECT.search(previous.text) or previous.of("adverse_event")):
        return []
    drugs = previous.of("drug") or ([previous.antecedent] if previous.antecedent is not None else [])
    return list({d.id: d for d in _without_comparators(previous, drugs)}.values())


def _without_comparators(sentence: Sentence, drugs: list[Mention]) -> list[Mention]:
    """"more common in the X group than in the Y group": Y is the comparator, the events are X's."""
    text = sentence.document.text
    if not cues.MORE_THAN.search(sentence.text) or cues.FEWER.search(sentence.text) or cues.ONLY.search(
            sentence.text):
        return drugs  # "only 4% of X needed ... compared with 20% of Y": the comparator had more
    kept = [d for d in drugs if d.start < sentence.start or not cues.COMPARATOR_BEFORE.search(
        text[max(sentence.start, d.start - 60) : d.start])]
    return kept or drugs


_ALTHOUGH = re.compile(r",\s+(?:al)?though\s+", re.I)


def _clauses(sentence: Sentence) -> list[tuple[int, int]]:
    """The sentence cut at "whereas", "while", ";", ", but" and ", although" (document offsets)."""
    cuts = [sentence.start + m.start() for m in cues.CLAUSE_BREAK.finditer(sentence.text)]
    cuts += [sentence.start + m.start() for m in _ALTHOUGH.finditer(sentence.text)]  # "..., although B ..."
    opening = cues.SUBORDINATE_START.match(sentence.text)
    if opening and ", " in sentence.text[opening.end() :]:
        # "Although more women taking X had A, other side effects ... B": the opening clause ends at its comma
        cuts.append(sentence.start + opening.end() + sentence.text[opening.end() :].index(", "))
    cuts.sort()
    bounds = [sentence.start, *cuts, sentence.end]
    return [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]


def _causes(lead_in: str) -> bool:
    """"X can cause skin reactions, which include:": a lead-in saying its subject causes what it lists."""
    return bool(effect_cues.CAUSE.search(lead_in)) and not cues.NEGATION.search(lead_in)


def _caused_or_in_arm(sentence: Sentence, events: list[Mention]) -> Iterator[Statement]:
    """"X can cause Y"; "patients receiving X had more Y", "Y was more frequent in the X group"."""
    text = sentence.document.text
    drugs = sentence.of(*DRUGLIKE)
    if not drugs and sentence.antecedent is not None:
        drugs = [sentence.antecedent]
    drugs = [d for d in _without_comparators(sentence, drugs) if not _UNLIKE.search(
        text[max(sentence.start, d.start - 8) : d.start])]  # "Unlike X, Y can cause A": not X's
    # "The chemotherapy cisplatin often causes hearing loss": cisplatin's; its class noun only names its kind
    drugs = [d for i, d in enumerate(drugs) if not class_noun_of_next(text, drugs, i)]
    # "Too much glucagon may cause high blood sugar": a hormone the body (or a tumor) makes, not a drug given
    drugs = [d for d in drugs if not _EXCESS_BEFORE.search(text[max(sentence.start, d.start - 25) : d.start])]
    arm: Mention | None = None  # the last drug read as an arm's: "receiving A plus B" makes B the arm's too
    causes = _causes_named_after(sentence, events)
    for drug in drugs:
        inside = drug.start >= sentence.start
        before = text[max(sentence.start, drug.start - 30) : drug.start] if inside else ""
        after = text[drug.end : drug.end + 12] if inside else ""
        in_arm = bool(effect_cues.ARM_BEFORE.search(before) or effect_cues.ARM_AFTER.match(after)) or (
            arm is not None and inside and bool(cues.JOINED_TOGETHER.match(text[arm.end : drug.start])))
        arm = drug if in_arm else None
        for event in events:
            if inside and drug.end <= event.start and _REMEDY.match(text[drug.end : event.start]):
                continue  # "required treatment with X to counter neutropenia": X is given against the event
            if inside and causes.get(event) is drug:
                yield sentence.statement(drug, "has_adverse_effect", event, "cause", 0.7)
                continue
            if inside and event.start < drug.start and effect_cues.EVENT_IN_ARM.match(text[event.end : drug.start]):
                # "Severe infusion reactions in patients who received X were ...": reported for X's arm
                yield sentence.statement(drug, "has_adverse_effect", event, "arm", 0.65)
                continue
            if inside and event.start < drug.start and not in_arm:
                continue
            start = drug.end if inside else sentence.start
            between = text[start : event.start] if event.start > start else ""
            # "X does not raise the risk of A, but it can promote B": only B's clause speaks of B
            between = cues.CLAUSE_BREAK.split(between)[-1] if effect_cues.CAUSE.search(between) else between
            caused = bool(between) and len(between) < 100 and effect_cues.CAUSE.search(between) and not (
                cues.FEWER.search(between))  # "was associated with fewer infections"
            # "In an early trial of X, several patients died of A": the trial's patients were given X
            experienced = ((in_arm and bool(between) and effect_cues.ARM_EXPERIENCED.match(between)) or (
                inside and bool(_TRIAL_OF.search(before)) and bool(_DIED_OF.match(between)))) and not (
                cues.FEWER.search(between) or cues.FEWER.search(before))  # "had 28 percent fewer blood clots",
            # "Fewer women who received X died of A"
            if (caused or experienced) and not cues.NEGATION.search(between):
                yield sentence.statement(drug, "has_adverse_effect", event, "cause", 0.7, outside=not inside)
            elif in_arm and effect_cues.MORE.search(sentence.text) and not effect_cues.CONTROL.search(before) and not (
                    cues.FEWER.search(sentence.text)) and not _CONTRAST.search(
                    text[min(drug.end, event.end) : max(drug.start, event.start)]):
                # "patients on X more often had A, whereas patients on Y had more B": A is not Y's, nor B X's
                yield sentence.statement(drug, "has_adverse_effect", event, "arm", 0.65)
