"""Uses read from a patient's treatment history and from how treatment is reported: "after treatment with X",
"patients with Y (who were) treated with X", "the standard therapy for Y has been X", "In patients with Y, X
improved survival", and the drug a comparator ("compared with Z") is set against."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from kg.model import Mention, Statement
from kg.relations import cues
from kg.relations.sentence import Sentence, class_noun_of_next, text_between

_STANDARD_FOR = re.compile(
    r"\b(?:standard|primary|main|usual|first-line|mainstay of)\s+(?:\w+\s+)?(?:therapy|treatment|care)\s+"
    r"(?:for|of)\s+(?:[\w-]+,?\s+){0,5}$", re.I)
_IS_THEN = re.compile(r"^[^.;]{0,40}?\b(?:is|are|has been|have been|remains?)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}$",
                      re.I)
# "chemotherapy with A and B", "chemotherapy using A": the drugs the class was given as treat too
_CLASS_WITH_DRUGS = re.compile(r"^\s*(?:with|using|consisting of)\s+$", re.I)
# a drug or class right before "for <disease>": "Chemotherapy for nasopharyngeal cancer is ..."


def prior_treatments(sentence: Sentence, disease: Mention) -> Iterator[Statement]:
    """Drugs and classes named as earlier treatment ("after treatment with X", "has been treated with X") were
    used for the disease.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("Glioma that got worse after treatment with imatinib.", "x.md")
    >>> glioma = Mention(doc.id, 0, 6, "Glioma", "C1", "glioma", "disease", "dictionary", 0.9)
    >>> drug = Mention(doc.id, 43, 51, "imatinib", "D1", "imatinib", "drug", "dictionary", 0.9)
    >>> [(s.subject, s.predicate, s.object) for s in prior_treatments(Sentence(doc, 0, 52, [glioma, drug]), glioma)]
    [('D1', 'treats', 'C1')]
    """
    text = sentence.document.text
    chained: Mention | None = None
    subjects = sentence.of("drug", "drug_class")
    for index, prior in enumerate(subjects):
        if class_noun_of_next(text, subjects, index) or _compound_modifier(text, subjects, index):
            continue  # "after treatment with the targeted therapy X": the drug was the treatment, not its class
        cue_end = subjects[index - 1].start if (class_noun_of_next(text, subjects, index - 1)
                                                or _compound_modifier(text, subjects, index - 1)) else prior.start
        window = text[max(sentence.start, cue_end - 90) : cue_end]
        # "has not been treated with A or ... during treatment with B": the negation is A's, not B's
        last_cue = list(cues.PRIOR_TREATMENT.finditer(window))[-1:]
        starts = bool(last_cue) and not cues.NOT_TREATED.search(window[max(0, last_cue[0].start() - 25) :])
        if starts and "including" in last_cue[0].group(0).lower() and sentence.investigational:
            starts = False  # "a study is testing X with combinations of treatments, including Y": no earlier use
        glue = text_between(text, chained, prior) if chained is not None else ""
        continues = chained is not None and (cues.LIST_GLUE.match(glue) or cues.CONTAINING.match(glue) or (
            chained.type == "drug_class" and prior.type == "drug" and _CLASS_WITH_DRUGS.match(glue)))
        if starts or continues:
            outside = disease.start < sentence.start
            yield sentence.statement(prior, "treats", disease, "prior_treatment", 0.7, outside=outside)
            chained = prior
        else:
            chained = None


def past_comparator(sentence: Sentence, drug: Mention) -> tuple[Mention, str] | None:
    """For a comparator ("... compared with the chemotherapy drug Y"), the drug compared with it and the words
    from that drug to the comparison.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("X improved survival compared with Y in glioma.", "x.md")
    >>> x = Mention(doc.id, 0, 1, "X", "D1", "x", "drug", "dictionary", 0.9)
    >>> y = Mention(doc.id, 34, 35, "Y", "D2", "y", "drug", "dictionary", 0.9)
    >>> found = past_comparator(Sentence(doc, 0, 46, [x, y]), y)
    >>> found[0].text, found[1]
    ('X', ' improved survival ')
    """
    text = sentence.document.text
    window = max(sentence.start, drug.start - 60)
    found = cues.COMPARATOR_BEFORE.search(text[window : drug.start])
    if found is None:
        return None
    comparison = window + found.start()
    earlier = [m for m in sentence.of("drug", "drug_class") if m.end <= comparison]
    if not earlier:
        return None
    return earlier[-1], text[earlier[-1].end : comparison]


# ", which account for less than 10 percent of brain cancers,": an aside between a disease and its treatment
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who)\s+[^,;]{1,100},")


_BASED = re.compile(r"^[-‐]\s*(?:based|containing)\b", re.I)


def _compound_modifier(text: str, subjects: list[Mention], index: int) -> bool:
    """Whether the drug at ``index`` only qualifies what follows it ("platinum-based chemotherapy"): the
    therapy was the treatment, and a relation implied by a compound noun is not stated."""
    if index < 0 or index >= len(subjects) or subjects[index].type not in ("drug", "drug_class"):
        return False
    return bool(_BASED.match(text[subjects[index].end : subjects[index].end + 12]))


def treated_with_after(sentence: Sentence, disease: Mention) -> Iterator[Statement]:
    """"patients with X could be treated with A and B": the drugs after "treated with" treat X ("the
    chemotherapy drug A": the drug, not its class).

    >>> from kg.documents import parse_document
    >>> doc = parse_document("Glioma can be treated with imatinib.", "x.md")
    >>> glioma = Mention(doc.id, 0, 6, "Glioma", "C1", "glioma", "disease", "dictionary", 0.9)
    >>> drug = Mention(doc.id, 27, 35, "imatinib", "D1", "imatinib", "drug", "dictionary", 0.9)
    >>> [(s.subject, s.object) for s in treated_with_after(Sentence(doc, 0, 36, [glioma, drug]), glioma)]
    [('D1', 'C1')]
    """
    text = sentence.document.text
    asides = [(m.start(), m.end()) for m in _RELATIVE_ASIDE.finditer(sentence.text)]
    if any(start <= disease.start - sentence.start < end for start, end in asides):
        return  # "X, which account for 10 percent of Y, are treated with Z": Y is not what Z treats
    later = [m for m in sentence.of("drug", "drug_class", "disease") if m.start >= disease.end]
    chain: list[Mention] = []
    for mention in later:
        if mention.type == "disease" and any(start <= mention.start - sentence.start < end for start, end in asides):
            continue  # a disease inside a relative aside does not end what the sentence says of the one before
        if mention.type == "disease":
            break
        gap = _RELATIVE_ASIDE.sub(",", text[(chain[-1] if chain else disease).end : mention.start])
        if not chain:
            benefit = cues.WHO_RECEIVED.match(gap) and cues.BENEFIT_AFTER.match(text[mention.end : sentence.end])
            standard = _STANDARD_FOR.search(text[max(sentence.start, disease.start - 60) : disease.start]) and (
                _IS_THEN.match(gap))  # "the standard therapy for X has been A"
            if not (benefit or standard) and (len(gap) >= 120 or not cues.TREATED_WITH.search(gap)
                                             or cues.PRIOR_TREATMENT.search(gap)):
                break
            if any(disease.end <= m.start and m.end <= mention.start
                   for m in sentence.of("adverse_event")):
                break  # "people with X have depression or hot flashes that are treated with Y"
        elif chain[-1].type == "drug_class" and mention.type == "drug" and cues.CLASS_THEN_DRUG.match(gap):
            chain.pop()  # "the chemotherapy drug A"
        elif chain[-1].type == "drug_class" and mention.type == "drug" and _CLASS_WITH_DRUGS.match(gap):
            pass  # "who received chemotherapy with A and B": the class and each of its drugs
        elif mention.id == chain[-1].id:
            continue
        elif not (cues.LOOSE_GLUE.match(gap) or cues.COORDINATED.match(gap) or cues.CONTAINING.match(gap)):
            break
        chain.append(mention)
    predicate = "studied_for" if sentence.studied_only else "treats"
    for mention in chain:
        yield sentence.statement(mention, predicate, disease, "treated_with", 0.7)


# "In patients with X, ...", "Among women with X (...), ...": a sentence opening with the population it is about
# ("For colorectal cancer, chemotherapy is taken by mouth": the disease itself, or "some" of it, opens it too)
_FRONTED_POPULATION = re.compile(
    # also a clause's opening: "A trial showed that, among patients with X, ..."; "To treat X, Y is taken by mouth"
    r"^(?:\W*|[^.;:]{0,160}?\b(?:that|showed|shows|found|finds),\s+)(?:In|Among|For|To\s+treat)\s+"
    r"(?:(?:\w+\s+){0,3}?(?:patients|people|women|men|adults|children)\s+with\s+"
    r"(?:(?:advanced|metastatic|relapsed|refractory|recurrent|early-stage|high-risk|certain|untreated|"
    r"(?:newly|previously)\s+(?:diagnosed|untreated|treated)|locally\s+advanced|or|and|,|"
    # a biomarker status: "HER2-positive", "HR-positive,", "EGFR-mutant"
    r"[\w/+-]+-(?:positive|negative|mutant|mutated),?)\s+){0,4}(?:aggressive\s+|rare\s+|common\s+)?"
    r"(?:(?:[\w-]+\s+){1,4}(?:and|or)\s+)?|"  # "For people with lung cancer and (thyroid cancer)"
    # "To treat A, other B, and C, ...": a later disease of a list
    r"(?:[\w-]+(?:\s+[\w-]+){0,4},\s+){1,3}(?:(?:and|or)\s+)?(?:[\w-]+\s+){0,2}|"
    r"(?:(?:some|most|many|all|these|those)\s+)?(?:[\w-]+\s+){0,2})$", re.I)
# the end of the opening: an aside, "in children", then the comma
# (a second disease joined by "and"/"or", and a clause on the patients: "whose tumors have changes in the RET gene")
_FRONT_END = re.compile(
    r"\s*(?:\([^()]{1,60}\)\s*)?(?:\s+(?:in|of)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?"
    r"(?:\s+(?:and|or)\s+(?:[\w-]+\s+){0,4}?[\w-]+)?(?:\s+(?:whose|who|that)\s+[^,;()]{1,80})?"
    r"\s*,\s+(?:the\s+|an?\s+)?(?:(?:initial|first-line|adjuvant)\s+)?(?:treatment\s+with\s+(?:the\s+|an?\s+)?)?"
    # "For people with X, the drug Y ...", "..., adding Y to chemotherapy ..."
    r"(?:drugs?\s+|(?:adding|combining)\s+(?:the\s+)?(?:drugs?\s+)?)?",
    re.I)
_TO_TREAT = re.compile(r"^\W*To\s+treat\b", re.I)
_DISEASE_LIST_GAP = re.compile(r"(?:,\s+(?:(?:and|or)\s+)?(?:[\w-]+\s+){0,4}?[\w-]+){1,3}\s*,\s+(?:an?\s+|the\s+)?",
                               re.I)
# what the drug did or is for that population: a benefit or a standing as treatment
_BENEFIT_VERB = re.compile(
    # "Y (Brand) plus chemotherapy may improve how long they live": the partner's words before the verb
    r"^\s*(?:\([^()]{1,40}\)\s*)?,?\s*(?:(?:plus|with|and|to)\s+(?:[\w-]+\s+){1,3}?)?(?:\w+\s+)?"
    r"(?:(?:improv|prolong|extend|doubl|lengthen|increas)\w*\s+(?:[\w-]+\s+){0,3}?"
    r"(?:survival|survive|lives?|response|responses|time)|(?:reduc|lower)\w*\s+(?:the\s+)?(?:\w+\s+){0,2}?risk\s+of\s+"
    r"(?:death|dying|progression|recurrence|relapse)|"
    # "adding Y to chemotherapy substantially increases the likelihood of the child being cured"
    r"(?:increas|rais|improv)\w*\s+the\s+(?:likelihood|chances?|odds)\s+(?:of|that)\s+(?:[\w'’]+\s+){0,4}?"
    r"(?:being\s+|is\s+|are\s+)?cured"
    r"|shr[ae]nk|(?:is|are|was|were|has been|have been|remains?|became|"
    r"has become)\s+(?:\w+\s+){0,2}(?:standard|first|option|treatment|therapy|choice|effective)|"
    # "... (combined with Y) may help them live longer"
    r"(?:[^.;]{0,60}?\b)?(?:may|can|could)\s+help\s+(?:\w+\s+)?(?:live|survive)\s+longer|"
    # or how it is given for it: "chemotherapy is taken by mouth or injected into a vein"
    r"(?:drugs?\s+|therapy\s+)?(?:(?:is|are|may\s+be|can\s+be|will\s+be)\s+(?:usually\s+|often\s+|also\s+|"
    r"sometimes\s+|mostly\s+)?)?(?:given|injected|taken|used|infused|placed)\b)", re.I)


def fronted_population_use(sentence: Sentence, disease: Mention) -> Iterator[Statement]:
    """"In patients with X, the checkpoint inhibitor Y improved overall survival", "For X, Y is injected into a
    vein": Y's use for X (the first drug after the opening; a class noun before it only names its kind).

    >>> from kg.documents import parse_document
    >>> doc = parse_document("In patients with glioma, imatinib improved survival.", "x.md")
    >>> glioma = Mention(doc.id, 17, 23, "glioma", "C1", "glioma", "disease", "dictionary", 0.9)
    >>> drug = Mention(doc.id, 25, 33, "imatinib", "D1", "imatinib", "drug", "dictionary", 0.9)
    >>> [(s.subject, s.predicate, s.object) for s in fronted_population_use(Sentence(doc, 0, 52, [glioma, drug]),
    ...                                                                       glioma)]
    [('D1', 'treats', 'C1')]
    """
    text = sentence.document.text
    if not _FRONTED_POPULATION.match(text[sentence.start : disease.start]):
        return
    front_end = _FRONT_END.match(text, disease.end)
    if front_end is None:
        return
    subjects = [m for m in sentence.of("drug", "drug_class") if m.start >= front_end.end()]
    if not subjects:
        return
    index = 0
    while class_noun_of_next(text, subjects, index):
        index += 1  # "the immune checkpoint inhibitor nivolumab": the drug
    subject = subjects[index]
    if text[front_end.end() : subjects[0].start].strip(" -") and not (
            _TO_TREAT.match(sentence.text) and _DISEASE_LIST_GAP.fullmatch(text[disease.end : subjects[0].start])):
        return  # the clause opens with something else ("researchers found that X ..."); but "To treat A, B, and C, Y"
    benefit = _BENEFIT_VERB.match(text[subject.end : sentence.end])
    if not benefit:
        return
    predicate = "studied_for" if sentence.investigational else "treats"
    statement = sentence.statement(subject, predicate, disease, "verb", 0.7)
    if statement.evidence.negated and not cues.NEGATION.search(text[subject.start : subject.end + benefit.end()]):
        # "Among patients whose tumors did not have X mutations, Y improved survival": the opening's negation
        statement = dataclasses.replace(statement, evidence=dataclasses.replace(statement.evidence, negated=False))
    yield statement
    for partner in sentence.of("drug", "drug_class"):
        # "adding Y to chemotherapy increases ...": the combination's use is each drug's
        if subject.end < partner.start and partner.end <= subject.end + benefit.end() and partner.id != subject.id and (
                _ADDED_TO.match(text[front_end.end() : subjects[0].start])):
            yield dataclasses.replace(statement, subject=partner.id, subject_text=partner.text)


_ADDED_TO = re.compile(r"^\W*$")


# "Treatment of newly diagnosed X is usually chemotherapy.", "Treatment of X ... always includes combination
# chemotherapy.", "Treatment of recurrent X may include immunotherapy (Y)."
# ("Current treatments for X include A", "The most common treatment options for X are A")
_TREATMENT_OF = re.compile(r"^\W*(?:the\s+)?(?:(?:most\s+)?(?:standard|current|common|usual|main|initial)\s+)?"
                           r"(?:treatments?|therapy)\s+(?:options?\s+)?(?:of|for)\s+(?:[\w‐–-]+,?\s+){0,8}$", re.I)
# "The mainstays of X treatment are A, B, and C", "X treatment may include A": the disease before the treatment noun
_OPENS_WITH = re.compile(r"^\W*(?:the\s+)?(?:mainstays?\s+of\s+|(?:standard|current|usual|main)\s+)?$", re.I)
_TREATMENT_NOUN = re.compile(r"\s+(?:treatments?|therapy)(?:\s+options?)?\b", re.I)
_IS_TREATMENT = re.compile(
    r"[^.;:]{0,200}?\b(?:is|are|(?:has|have)\s+(?:\w+\s+)?been|"
    r"(?:(?:may|might|can|will|also|usually|often|always)\s+)*includes?|consists\s+of)\s+"
    r"(?!the\s+following)(?:usually\s+|often\s+|always\s+)?", re.I)
_ITEM_BREAK = re.compile(r"[,;]")


_CLINICAL_TRIAL = re.compile(r"\bclinical\s+trials?\b", re.I)


def treatment_of_is(sentence: Sentence, disease: Mention) -> Iterator[Statement]:
    """"Treatment of X is (usually) Y" or "... may include A, B, or a clinical trial of C": each drug or class
    named after the verb treats X (``studied_for`` in the item "a clinical trial of C", or after a lead-in that
    names a trial).

    >>> from kg.documents import parse_document
    >>> doc = parse_document("Treatment of glioma is usually imatinib.", "x.md")
    >>> glioma = Mention(doc.id, 13, 19, "glioma", "C1", "glioma", "disease", "dictionary", 0.9)
    >>> drug = Mention(doc.id, 31, 39, "imatinib", "D1", "imatinib", "drug", "dictionary", 0.9)
    >>> [(s.subject, s.predicate, s.object) for s in treatment_of_is(Sentence(doc, 0, 40, [glioma, drug]), glioma)]
    [('D1', 'treats', 'C1')]
    """
    text = sentence.document.text
    before = text[sentence.start : disease.start]
    if not (_TREATMENT_OF.match(before) or (_OPENS_WITH.match(before) and _TREATMENT_NOUN.match(text, disease.end))):
        return
    verb = _IS_TREATMENT.match(text, disease.end)
    if verb is None:
        return
    if any(disease.end <= m.start < verb.end() and cues.WITH_GAP.search(text[disease.end : m.start])
           for m in sentence.of("drug", "drug_class")):
        return  # "Treatment of X with Y is ...": the subject phrase names a treatment
    subjects = [m for m in sentence.of("drug", "drug_class") if m.start >= verb.end()]
    if not subjects:
        return
    # "is usually done in a clinical trial, which may include chemotherapy": all investigational; "may include A,
    # B, or a clinical trial of C": C's item alone
    lead = text[sentence.start : subjects[0].start]
    trial_lead = cues.INVESTIGATIONAL.search(lead) or _CLINICAL_TRIAL.search(lead)
    for index, subject in enumerate(subjects):
        if class_noun_of_next(text, subjects, index) or _compound_modifier(text, subjects, index):
            continue
        item = _ITEM_BREAK.split(text[verb.end() : subject.start])[-1]
        if cues.NEGATION.search(verb.group(0)[-20:] + item):
            continue  # "is not Y"; a negation in the subject phrase ("X that cannot be removed") is not the use's
        trial = trial_lead or cues.INVESTIGATIONAL.search(item) or _CLINICAL_TRIAL.search(item)
        yield sentence.statement(subject, "studied_for" if trial else "treats", disease, "list", 0.7)
