"""Use rules: ``treats``, ``approved_for`` and ``studied_for`` (investigational use)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from kg.model import Mention, Statement
from kg.relations import cues
from kg.relations.list_items import treatment_lead
from kg.relations.outcomes import not_treated_here, prevented_in
from kg.relations.own_use_items import own_use_item, own_use_statements
from kg.relations.prevention_purpose import prevention_only
from kg.relations.replacements import replacement
from kg.relations.sentence import Sentence, coordinated_before, glued_run, subject_of, text_between
from kg.relations.treatment_history import (
    fronted_population_use,
    past_comparator,
    prior_treatments,
    treated_with_after,
    treatment_of_is,
)

_STUDY_OF = re.compile(r"\b(?:stud(?:y|ies)|trials?)\s+(?:of|testing|with)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)
_FOR_DISEASE = re.compile(r"^\s*(?:\([^()]{1,40}\)\s*)?(?:drugs?\s+|therapy\s+|treatment\s+)?for\s+"
                          r"(?:(?:the\s+)?treatment\s+of\s+)?(?:[\w-]+\s+){0,2}$", re.I)


def _use_predicate(sentence: Sentence, cue: str, subject: Mention, disease: Mention, approved: bool) -> str:
    """The use a cue window states: investigational (``studied_for``), approval, use, or none ("")."""
    if cues.INVESTIGATIONAL.search(cue):
        return "studied_for"
    if cues.PREVENTION.search(cue) and not cues.RECURRENCE.search(cue):
        return ""  # "approved to reduce breast cancer risk": prevention, not treatment of the disease
    if _FEWER_RETURNS.search(cue) and cues.RECURRENCE.search(cue) and not cues.APPROVE.search(cue):
        return "treats"  # "X reduces breast cancer recurrences": X is given to people who have had the disease
    if (approved and cues.APPROVE.search(cue) and not sentence.hedged_between(subject, disease)
            and not cues.NOT_YET_APPROVED.search(sentence.text)):
        return "approved_for"
    if cues.TREAT.search(cue) and not prevention_only(cue):
        return "treats"
    return ""


# "X reduces/prevents (more) [disease] recurrences", "lowered the risk that [disease] would come back"
_FEWER_RETURNS = re.compile(r"\b(?:reduc\w*|prevent\w*|lower\w*|decreas\w*|fewer)\b", re.I)
_RETURN_AFTER = re.compile(
    r"^\s*(?:recurrences?|relapses?|(?:would|will|from)\s+(?:com(?:e|es|ing)\s+back|return\w*|recur\w*))\b", re.I
)


# "X is used with Y as the first treatment in adults with", "X is also used in patients with"
_USED_IN = re.compile(r"^\s*(?:\([^()]{1,40}\)\s*)?(?:is|are)\s+(?:also\s+)?(?:used|given)\b[^.;:]*"
                      r"\b(?:adults|children|patients|people|women|men)\b[^.;:]*\bwith\s+$", re.I)
_RISK_AFTER = re.compile(r"^\s*risks?\b(\s+reduc\w*)?", re.I)
_ALONE_OR = re.compile(r"\balone,?\s+or\b", re.I)


def _after_brand(sentence: Sentence, drug: Mention, between: str) -> str:
    """The words after a drug, read past the closing parenthesis of a brand or code written after the generic
    name ("Venetoclax (Venclexta) for X": the brand is the nearest drug; not "surgery (BCS) for X").

    >>> from kg.documents import parse_document
    >>> doc = parse_document("Imatinib (Gleevec) for leukemia.", "x.md")
    >>> ms = [Mention(doc.id, 0, 8, "Imatinib", "D1", "imatinib", "drug", "dictionary", 0.9),
    ...       Mention(doc.id, 10, 17, "Gleevec", "D1", "imatinib", "drug", "dictionary", 0.9)]
    >>> _after_brand(Sentence(doc, 0, 32, ms), ms[1], ") for ")
    ' for '
    """
    if not between.startswith(")"):
        return between
    text = sentence.document.text
    named = any(m.type == "drug" and m.end < drug.start and not text[m.end : drug.start].strip(" (")
                for m in sentence.of("drug"))
    return between[1:] if named else between


def _approval_before(sentence: Sentence, subject: Mention) -> str:
    """An approval cue just before the subject ("the FDA approved both X and Y for ...")."""
    text = sentence.document.text[max(sentence.start, subject.start - 110) : subject.start]
    text = cues.CLAUSE_BREAK.split(text)[-1]
    found = cues.APPROVE.search(text)
    return found.group(0) if found else ""


def uses(sentence: Sentence) -> Iterator[Statement]:
    """``treats``, ``approved_for`` and ``studied_for``: "used to treat", "approved to treat:" lists,
    "the FDA approved X for Y", "X is being studied in Y" (never ``treats``), prior treatment.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("Imatinib is being studied in patients with glioma.", "x.md")
    >>> ms = [Mention(doc.id, 0, 8, "Imatinib", "D1", "imatinib", "drug", "dictionary", 0.9),
    ...       Mention(doc.id, 43, 49, "glioma", "C1", "glioma", "disease", "dictionary", 0.9)]
    >>> [(s.subject, s.predicate, s.object) for s in uses(Sentence(doc, 0, 50, ms))]
    [('D1', 'studied_for', 'C1')]
    """
    if not sentence.of("disease") and not sentence.item_diseases:
        return  # every use read here is of a disease of the sentence or of the list item it is under
    if not sentence.of("drug", "drug_class") and (
            sentence.antecedent is None and sentence.lead_drug is None and sentence.lead_class is None):
        return  # no subject: none in the sentence (what the helpers below read) and none from its context
    text = sentence.document.text
    scope = sentence.lead_in + " " + sentence.text
    approved = bool(cues.APPROVE.search(scope))
    for disease in sentence.of("disease"):
        if not_treated_here(sentence, disease, bool(_RETURN_AFTER.match(text[disease.end : disease.end + 30]))):
            continue  # an outcome ("the risk of endometrial cancer"), a cause or the patients' history
        investigational_prefix = text[sentence.start : disease.start]
        drug, outside = subject_of(sentence, disease, ("drug", "drug_class"))
        if drug is not None and prevented_in(sentence, disease) and (outside or (
                sentence.lead_drug is not None and drug.id == sentence.lead_drug.id)):
            drug = None  # "approved to prevent: - Tumor lysis syndrome in adults with leukemia": not the drug's use
        co_subjects: list[Mention] = []
        if drug is not None and not outside:
            nearest, drug = drug, _head_of_companions(sentence, drug)
            co_subjects = [nearest] if drug is not nearest and _added_aside(sentence, nearest) else []
        partners = coordinated_before(sentence, drug) if drug is not None and not outside else []
        for partner in partners:
            cue = _approval_before(sentence, partner) + text[partner.end : disease.start]
            if cues.INVESTIGATIONAL.search(investigational_prefix):
                cue += " investigational"
            predicate = _use_predicate(sentence, cue, partner, disease, approved)
            if predicate:
                yield sentence.statement(partner, predicate, disease, "verb", 0.7)
        if drug is not None:
            between = text[drug.end : disease.start] if not outside else text[sentence.start : disease.start]
            past = past_comparator(sentence, drug) if not outside else None
            if past is not None:
                # "X improves survival compared with the chemotherapy drug Y in patients with Z": X's use, not Y's
                drug, before_comparison = past
                between = before_comparison + between
            # "- Esophageal cancer. Ipilimumab is used with nivolumab in adults with X": the lead drug's use in an
            # item of an approval list is the approved use, as "It is used in adults with X" is
            lead_use = (not outside and sentence.lead_drug is not None and drug.id == sentence.lead_drug.id
                        and _USED_IN.match(between) is not None)
            cue = (sentence.lead_in if outside or lead_use else _approval_before(sentence, drug)) + " " + between
            returns = _RETURN_AFTER.match(text[disease.end : disease.end + 30])
            risk = None
            if returns and not outside:
                cue += " " + returns.group(0)  # "reduces breast cancer recurrences": the recurrence is the cue
            elif (risk := _RISK_AFTER.match(text[disease.end : disease.end + 30])) and not outside:
                # "approved to reduce breast cancer risk", "used for breast cancer risk reduction": prevention
                cue += " reduce risk" if risk.group(1) else " risk"
            if cues.INVESTIGATIONAL.search(investigational_prefix) and len(between) < 120:
                cue += " investigational"
            predicate = _use_predicate(sentence, cue, drug, disease, approved)
            if predicate == "treats" and outside and sentence.studied_only:
                predicate = "studied_for"  # "[the trial] will enroll ... to see if the combination can shrink"
            if not predicate and not outside and risk is None and _FOR_DISEASE.match(_after_brand(sentence, drug,
                                                                                               between)):
                # "market X for breast cancer risk reduction" is prevention; "chemotherapy for X" is use
                studied = "investigational" in cue or _STUDY_OF.search(text[max(sentence.start, drug.start - 40) :
                                                                            drug.start]) or (
                    cues.INVESTIGATIONAL.search(text[disease.end : sentence.end]))  # "… remains under evaluation"
                predicate = "studied_for" if studied else "treats"  # "chemotherapy for X", "a study of X for Y"
            if predicate:
                method = "approval" if predicate == "approved_for" else "verb"
                yield sentence.statement(drug, predicate, disease, method, 0.75, outside=outside)
                for co_subject in co_subjects:  # "X—along with Y (Brand)—should be the standard of care for Z"
                    yield sentence.statement(co_subject, predicate, disease, method, 0.7)
        if not sentence.investigational:
            yield from _standard_comparators(sentence, disease)
        yield from treated_with_after(sentence, disease)
        yield from prior_treatments(sentence, disease)
        yield from fronted_population_use(sentence, disease)
        yield from treatment_of_is(sentence, disease)
    if not sentence.of("disease"):
        # "- with fulvestrant in women whose cancer got worse during treatment with hormone therapy": the
        # earlier treatment was used for the disease the item is under
        for disease in sentence.item_diseases:
            yield from prior_treatments(sentence, disease)


def _standard_comparators(sentence: Sentence, disease: Mention) -> Iterator[Statement]:
    """A comparison arm called standard ("improved survival compared with standard chemotherapy in patients with
    X") is in use for the disease, though what the sentence reports is the other arm's result."""
    text = sentence.document.text
    for arm in sentence.of("drug", "drug_class"):
        before = text[max(sentence.start, arm.start - 60) : arm.start]
        if cues.COMPARATOR_BEFORE.search(before) and _STANDARD_ARM.search(before[-30:]):
            yield sentence.statement(arm, "treats", disease, "verb", 0.65)


_STANDARD_ARM = re.compile(r"\b(?:standard|usual|current|conventional)(?:[- ]of[- ]care)?\s+(?:[\w-]+\s+)?$", re.I)


_ALONG_WITH = re.compile(r"[—–]\s*(?:along\s+with|as\s+well\s+as)\s+(?:the\s+drug\s+)?$", re.I)


def _added_aside(sentence: Sentence, drug: Mention) -> bool:
    """Whether the drug (or its brand) is added in a dash aside ("X—along with Y (Brand)—is ..."): a co-subject of
    what the sentence says, not a companion given with X."""
    text = sentence.document.text
    start = drug.start
    for mention in reversed([m for m in sentence.of("drug") if m.end <= drug.start]):
        if mention.id != drug.id or text[mention.end : start].strip(" (®™"):
            break
        start = mention.start  # "Y (Brand": from the generic name
    return bool(_ALONG_WITH.search(text[max(sentence.start, start - 30) : start]))


# a companion named with what it is ("and the chemotherapy combination FOLFOX", "with the targeted drug X")
_DESCRIBED = re.compile(r"\b(the|an?)\s+(?:[\w-]+\s+){0,3}?(?:drugs?|combination|regimen|agents?)\s*$", re.I)
# "X has been approved to be used along with Y": a verb of use right before the companion
_USED_WITH = re.compile(r"\b(?:used|given|approved)\b[^.;]{0,40}\bwith\s*$", re.I)


def _head_of_companions(sentence: Sentence, drug: Mention) -> Mention:
    """The drug a companion list hangs on: in "approved X for use in combination with Y and Z to treat",
    the use is X's (Y and Z get it as partners)."""
    text = sentence.document.text
    head = current = drug
    for earlier in reversed([m for m in sentence.of("drug") if m.end <= drug.start]):
        gap = _ALONE_OR.sub(" ", text_between(text, earlier, current))  # "X used alone, or with Y": X's use
        gap = _DESCRIBED.sub(r"\1 ", gap)  # "... and the chemotherapy combination Z": Z is listed
        if cues.CONTRAST_GAP.search(gap):
            break
        if (len(gap) < 50 and cues.WITH_GAP.search(gap)) or (len(gap) < 120 and cues.PARALLEL_WITH.search(gap)) or (
                len(gap) < 80 and _USED_WITH.search(gap)):
            head = current = earlier  # "approved with A as first-line therapy and with B": the head's use
        elif cues.LIST_GLUE.match(gap) or earlier.id == current.id:
            current = earlier
        else:
            break
    return head


def listed_uses(sentence: Sentence) -> Iterator[Statement]:
    """A list item under a treatment lead-in ("Treatment options may include:") whose disease is named in the
    lead-in or the paragraph before it: each drug or class of the item treats it (``studied_for`` when the
    item is "a clinical trial of ...").

    >>> from kg.documents import parse_document
    >>> doc = parse_document("Glioma treatment may include:\\n\\n- chemotherapy\\n", "x.md")
    >>> glioma = Mention(doc.id, 0, 6, "Glioma", "C1", "glioma", "disease", "dictionary", 0.9)
    >>> chemo = Mention(doc.id, 33, 45, "chemotherapy", "K1", "chemotherapy", "drug_class", "dictionary", 0.9)
    >>> item = Sentence(doc, 33, 45, [chemo])
    >>> item.lead_in, item.lead_diseases = "Glioma treatment may include:", [glioma]
    >>> [(s.subject, s.predicate, s.object) for s in listed_uses(item)]
    [('K1', 'treats', 'C1')]
    """
    if not sentence.of("drug", "drug_class"):
        return  # each use read here has a drug or a class of the item as its subject
    inline = cues.INLINE_LIST.search(sentence.text)
    if not (inline and cues.TREATMENT_LEAD.search(sentence.text[: inline.start()])):
        inline = cues.USED_TO_TREAT_INCLUDE.search(sentence.text)  # "Drugs used to treat X include A and B."
    if inline:
        # inline: "Treatment of X may include the following: A, B, or a clinical trial of C."
        colon = sentence.start + inline.end()
        diseases = [d for d in sentence.of("disease") if d.end <= colon]
        for subject in [m for m in sentence.of("drug", "drug_class") if m.start >= colon]:
            item = _INLINE_ITEM_BREAK.split(sentence.document.text[colon : subject.start])[-1]
            predicate = "studied_for" if cues.INVESTIGATIONAL.search(item) else "treats"
            for disease in diseases:
                yield sentence.statement(subject, predicate, disease, "list", 0.7)
        return
    if sentence.lead_in and sentence.of("disease") and treatment_lead(sentence.lead_in):
        yield from _item_for_diseases(sentence)
        return
    if not sentence.lead_in or not sentence.lead_diseases or sentence.of("disease"):
        return
    if not treatment_lead(sentence.lead_in):
        return  # "The following tests may be used in staging:" lists tests, not treatments
    if cues.TYPES_OF.search(sentence.lead_in) and not cues.TREAT.search(sentence.lead_in):
        return  # "There are two types of checkpoint inhibitor therapy:": kinds of the class, not uses
    if sentence.lead_drug is not None and cues.APPROVE.search(sentence.lead_in):
        return
    # "The following agents have been studied to treat X:": every item is investigational
    # "Immunotherapy is being studied for A. Treatments may include the following:" lists studied treatments too
    investigational = bool(sentence.investigational or cues.INVESTIGATIONAL.search(sentence.lead_in)
                           or sentence.lead_studied)
    predicate = "studied_for" if investigational else "treats"
    seen: set[str] = set()
    for subject in sentence.of("drug", "drug_class"):
        if subject.id in seen or replacement(sentence, subject):
            continue
        seen.add(subject.id)
        for disease in sentence.lead_diseases:
            yield sentence.statement(subject, predicate, disease, "list", 0.7, outside=True)



_INLINE_ITEM_BREAK = re.compile(r"[,;]")
_FOR_ITEM_DISEASE = re.compile(r",\s*(?:or\s+)?for\s+(?:\w+\s+){0,2}$", re.I)


def _item_for_diseases(sentence: Sentence) -> Iterator[Statement]:
    """A treatment item that ends by naming what it is for ("- Chemotherapy followed by radiation therapy, for
    germinomas.", "- Targeted therapy (larotrectinib) may be used to treat recurrent salivary gland cancer."):
    each drug or class before it treats those diseases and the lead-in's (``studied_for`` in a clinical trial)."""
    text = sentence.document.text
    diseases = sentence.of("disease")
    first = diseases[0]
    if _FOR_ITEM_START.match(text[sentence.start : first.start]):
        yield from _item_opening_for(sentence, diseases)
        return
    chained = glued_run(text, diseases)
    predicate = "studied_for" if sentence.investigational else "treats"
    subjects = [m for m in sentence.of("drug", "drug_class") if m.end <= first.start]
    if own_use_item(text[max(sentence.start, first.start - 60) : first.start]):
        yield from own_use_statements(sentence, subjects, chained, predicate)
        return
    if not _FOR_ITEM_DISEASE.search(text[max(sentence.start, first.start - 30) : first.start]):
        return
    for subject in subjects:
        for disease in chained:
            yield sentence.statement(subject, predicate, disease, "list", 0.7)
        yield from _lead_diseases_too(sentence, subject, predicate, chained)



_FOR_ITEM_START = re.compile(r"^\W*For\s+(?:[\w-]+\s+){0,3}$", re.I)


def _item_opening_for(sentence: Sentence, diseases: list[Mention]) -> Iterator[Statement]:
    """"- For pineoblastomas, surgery, radiation therapy, and chemotherapy.": the drugs and classes after the
    comma treat the diseases the item opens with."""
    text = sentence.document.text
    chained = glued_run(text, diseases)
    comma = text.find(",", chained[-1].end, sentence.end)
    if comma < 0 or text[chained[-1].end : comma].count(" ") > 6:
        return  # "For tumors that have recurred in the lung only, treatment may include:" names no disease first
    predicate = "studied_for" if sentence.investigational else "treats"
    for subject in [m for m in sentence.of("drug", "drug_class") if m.start > comma]:
        for disease in chained:
            yield sentence.statement(subject, predicate, disease, "list", 0.7)


def _lead_diseases_too(sentence: Sentence, subject: Mention, predicate: str,
                       named: list[Mention]) -> Iterator[Statement]:
    """The item's own diseases are the kinds of the lead-in's disease it is for ("Treatment of recurrent CNS germ
    cell tumors may include: - Chemotherapy ..., for germinomas."): the treatment is one for the lead-in's disease
    as well. (An item that opens "For pineoblastomas, ..." keeps only its own disease, as tested since round
    five.)"""
    ids = {d.id for d in named}
    for disease in sentence.lead_diseases:
        if disease.id not in ids:
            ids.add(disease.id)
            yield sentence.statement(subject, predicate, disease, "list", 0.7, outside=True)


def component_uses(statements: list[Statement], components: dict[str, list[Mention]]) -> list[Statement]:
    """A regimen's use is its components' use: when "This combination contains X, Y and Z" follows the
    regimen's name, each ``treats`` of the regimen gives ``treats`` for X, Y and Z with the same evidence.

    >>> from kg.model import Evidence
    >>> ev = Evidence(doc="d", sentence="s", start=0, end=1, method="verb", confidence=0.8)
    >>> x = Mention("d", 0, 1, "X", "D2", "x", "drug", "dictionary", 0.9)
    >>> out = component_uses([Statement("D1", "treats", "C1", ev)], {"D1": [x]})
    >>> [(s.subject, s.predicate, s.object) for s in out]
    [('D1', 'treats', 'C1'), ('D2', 'treats', 'C1')]
    """
    added: list[Statement] = []
    for statement in statements:
        if statement.predicate != "treats" or statement.subject not in components:
            continue
        for component in components[statement.subject]:
            if component.id != statement.subject:
                added.append(dataclasses.replace(statement, subject=component.id, subject_text=component.text))
    return statements + added


def partner_uses(statements: list[Statement]) -> list[Statement]:
    """A combination stated to treat a disease treats it with each drug: when one sentence says X is used or
    approved with Y for a disease, Y ``treats`` it too.

    >>> from kg.model import Evidence
    >>> ev = Evidence(doc="d", sentence="X is approved with Y to treat: Z", start=0, end=30, method="verb",
    ...               confidence=0.8)
    >>> item = dataclasses.replace(ev, method="approval")
    >>> out = partner_uses([Statement("X", "combined_with", "Y", ev), Statement("X", "approved_for", "Z", item)])
    >>> [(s.subject, s.predicate, s.object) for s in out[2:]]
    [('Y', 'treats', 'Z')]
    """
    # partners by the evidence they were read in; a use read in "lead-in [...] item" (or in a lead-in and the
    # item right after it) also sees the partners its lead-in names ("X is approved with Y to treat: - W")
    partners: dict[tuple[str, int], dict[str, dict[str, set[str]]]] = {}
    texts: dict[str, str] = {}
    for s in statements:
        if s.predicate == "combined_with" and not s.evidence.negated:
            by_text = partners.setdefault((s.evidence.doc, s.evidence.start), {})
            group = by_text.setdefault(s.evidence.sentence, {})
            group.setdefault(s.subject, set()).add(s.object)
            group.setdefault(s.object, set()).add(s.subject)
            texts[s.subject], texts[s.object] = s.subject_text, s.object_text
    known = {(s.subject, s.object) for s in statements if s.predicate == "treats"}
    added: list[Statement] = []
    for s in statements:
        if s.predicate not in ("treats", "approved_for") or s.evidence.negated or s.evidence.method == "standard_arm":
            continue  # a standard arm's use is not that of the combination the sentence names beside it
        found: set[str] = set()
        for text, group in partners.get((s.evidence.doc, s.evidence.start), {}).items():
            if text == s.evidence.sentence or (text.endswith(":") and s.evidence.sentence.startswith(text)):
                found |= group.get(s.subject, set())
        for partner in sorted(found):
            if (partner, s.object) not in known:
                known.add((partner, s.object))
                added.append(dataclasses.replace(s, subject=partner, predicate="treats",
                                                 subject_text=texts.get(partner, partner)))
    return statements + added
