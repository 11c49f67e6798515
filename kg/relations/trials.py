"""Trial rules: ``tested_in_trial``, ``trial_studies_disease`` and ``sponsored_by``."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.model import Mention, Statement
from kg.relations import cues
from kg.relations.outcomes import not_treated_here
from kg.relations.sentence import Sentence


def trials(sentence: Sentence, previous: Sentence | None) -> Iterator[Statement]:
    """``tested_in_trial`` and ``trial_studies_disease`` from a trial named with drugs or diseases in the
    same sentence, or in the sentence before ("Findings from the trial, called BOLERO 2, ...")."""
    named = sentence.of("trial")
    if not named:
        return
    drugs, diseases = _given(sentence), sentence.of("disease")
    outside = False
    text = sentence.document.text
    introduced = all(cues.NEW_TRIAL_BEFORE.search(text[sentence.start : trial.start]) for trial in named) and not (
        cues.RESULTS_OF.search(sentence.text))
    if previous is not None and cues.TRIAL_WORD.search(sentence.text) and not introduced:
        # "An NCI-supported study called MyeloMATCH is now enrolling ...": a trial brought in as new is not where
        # the drugs of the sentence before were given (but "The approval was based on results of a trial called X")
        if not sentence.of("drug"):  # the drugs of the sentence before, with the classes given in this one
            drugs, outside = _given(previous) + [m for m in drugs if m not in _given(previous)], True
        if not diseases:
            diseases, outside = _population_diseases(previous), True
    if outside and previous is not None:
        sentence.context_start = previous.start
    for trial in named:
        for drug in drugs:
            yield sentence.statement(drug, "tested_in_trial", trial, "trial_context", 0.7, outside=outside)
        for disease in diseases:
            yield sentence.statement(trial, "trial_studies_disease", disease, "trial_context", 0.7, outside=outside)


# "randomly assigned to receive chemotherapy", "compared with chemotherapy alone", "chemotherapy plus X": a class
# given as (part of) a trial arm
_ARM_BEFORE = re.compile(
    r"\b(?:receiv\w*|given|assigned\s+to|treated\s+with|treatment\s+with|compared\s+(?:with|to)|versus|vs\.?|"
    r"(?:combined|together)\s+with|in\s+combination\s+with|"
    r"plus|cycles\s+of)\s+(?:(?:either|only|standard|initial|the|a|an|six|four)\s+)*$",
    re.I,
)
# "men who had previously received chemotherapy": an earlier treatment, not an arm
_EARLIER = re.compile(r"\b(?:previously|prior|already|had|have|has|earlier|before|after)\b(?:\s+\w+){0,3}\s+$", re.I)
_ARM_AFTER = re.compile(r"^\s*(?:,\s*)?(?:plus|alone|followed by)\b", re.I)


def _given(sentence: Sentence) -> list[Mention]:
    """The drugs of a sentence, and the classes it says were given ("six cycles of chemotherapy plus X",
    "compared with chemotherapy alone"); not a class that only describes a drug ("the chemotherapy drug X")."""
    text = sentence.document.text
    given: list[Mention] = []
    mentions = sentence.of("drug", "drug_class")
    for index, mention in enumerate(mentions):
        if mention.type == "drug_class":
            before = text[max(sentence.start, mention.start - 40) : mention.start]
            after = text[mention.end : min(sentence.end, mention.end + 16)]
            following = mentions[index + 1] if index + 1 < len(mentions) else None
            # "women treated with trastuzumab (Herceptin) and chemotherapy": a class joined to a drug given with it
            joined = bool(given) and given[-1] is mentions[index - 1] and given[-1].type == "drug" and bool(
                cues.JOINED_TOGETHER.match(text[given[-1].end : mention.start].lstrip(" )®™")))
            if not (_ARM_BEFORE.search(before) or _ARM_AFTER.match(after) or joined) or _EARLIER.search(before) or (
                    following is not None and following.type == "drug"
                    and cues.CLASS_THEN_DRUG.match(text[mention.end : following.start])):
                continue  # "the chemotherapy drug docetaxel": the class only says what the drug is
        given.append(mention)
    return given


# "One patient died of pneumonia": a cause of death, not who was enrolled (other outcomes: kg.relations.outcomes)
_DIED_OF = re.compile(r"\b(?:died|dying|deaths?|dead)\s+(?:of|from)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _population_diseases(sentence: Sentence) -> list[Mention]:
    """The diseases of a sentence that are not named as an outcome ("died of pneumonia", "the risk of X")."""
    text = sentence.document.text
    return [m for m in sentence.of("disease") if not not_treated_here(sentence, m)
            and not _DIED_OF.search(text[max(sentence.start, m.start - 40) : m.start])]


# "The 230 women enrolled in the trial had X", "Researchers enrolled 8,010 women with X in the trial", "The study
# enrolled ...": who the trial named before enrolled
_ENROLLED_IN_THE_TRIAL = re.compile(
    r"\b(?:enrolled|enrolling|recruited)\b[^.;:]{0,120}?\b(?:in|into)\s+the\s+(?:trial|study)\b|"
    r"^\W*the\s+(?:trial|study)\s+(?:enrolled|recruited)\b",
    re.I,
)
# how far back (in characters) the trial a sentence's "the trial" refers to may be named
_TRIAL_REACH = 600


def enrolled_in_the_trial(sentence: Sentence, recent_trials: list[Mention]) -> Iterator[Statement]:
    """``trial_studies_disease`` from a sentence naming no trial that says who "the trial" enrolled: the trial
    is the one named last, a few sentences before.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("Results of the NOAH trial were published. The women enrolled in the trial had "
    ...                      "breast cancer.", "x.md")
    >>> trial = Mention(doc.id, 15, 19, "NOAH", "T1", "NOAH", "trial", "anchor", 0.9)
    >>> disease = Mention(doc.id, 79, 92, "breast cancer", "C1", "breast cancer", "disease", "dictionary", 0.9)
    >>> [(s.subject, s.predicate, s.object) for s in enrolled_in_the_trial(Sentence(doc, 43, 93, [disease]), [trial])]
    [('T1', 'trial_studies_disease', 'C1')]
    """
    if sentence.of("trial") or not recent_trials or sentence.start - recent_trials[-1].end > _TRIAL_REACH:
        return
    if not _ENROLLED_IN_THE_TRIAL.search(sentence.text):
        return
    trial = recent_trials[-1]
    for disease in _population_diseases(sentence):
        yield sentence.statement(trial, "trial_studies_disease", disease, "trial_context", 0.7, outside=True)


def sponsors(sentence: Sentence, recent_trials: list[Mention]) -> Iterator[Statement]:
    """``sponsored_by``: "supported by Novartis" with a trial in the sentence or named just before."""
    if not sentence.of("organization"):
        return  # every sponsor is an organization of the sentence
    passive = cues.SPONSOR.search(sentence.text)
    cue = passive or cues.SPONSOR_ACTIVE.search(sentence.text)
    if cue is None:
        return
    named = sentence.of("trial") or recent_trials[-1:]
    before_cue = sentence.text[: cue.start()]
    if passive and named and not sentence.of("trial") and not (
            not before_cue.strip() or _TRIAL_SUBJECT.search(before_cue) or named[0].text in before_cue):
        return  # "clinical trials supported by NCI": the trials in general, not the one named before
    cue_start, cue_end = sentence.start + cue.start(), sentence.start + cue.end()
    # "supported by X": the sponsor follows the cue; "X funded the trial": it comes before
    joined = not passive and cues.ALONG_WITH.match(sentence.document.text[cue_end : sentence.end])
    sponsors_here = [o for o in sentence.of("organization")
                     if (passive and cue_end <= o.start <= cue_end + 60)
                     or (not passive and cue_start - 80 <= o.end <= cue_start)
                     or (joined and cue_end <= o.start <= cue_end + 80)]  # "X funded the trial, along with Y"
    if passive:
        listed, parts = _sponsor_list(sentence, cue_end)
        sponsors_here = [o for o in sponsors_here if o not in parts] + [o for o in listed if o not in sponsors_here]
        # "sponsored by NCI, was led by Dr. X of Y": who leads or coordinates the trial is no sponsor
        led = _LED_BY.search(sentence.document.text, cue_end, sentence.end)
        sponsors_here = [o for o in sponsors_here if led is None or o.start < led.start()]
    for organization in sponsors_here:
        for trial in named:
            yield sentence.statement(trial, "sponsored_by", organization, "sponsor_cue", 0.75,
                                     outside=trial.start < sentence.start)


# what is "supported by" when the sentence names no trial: the one named before ("The trial, which was sponsored
# by", "It is funded by"), not trials, researchers or follow-up in general
_TRIAL_SUBJECT = re.compile(r"\b(?:trial|study|it|which)\s*,?\s+(?:(?:is|was|has\s+been|had\s+been|will\s+be)\s+)?"
                            r"(?:\w+\s+)?$", re.I)
_LED_BY = re.compile(r"\b(?:led|conducted|coordinated|run|directed)\s+by\b", re.I)
# "sponsored by the National Cancer Institute (NCI), part of the National Institutes of Health (NIH), and X":
# the body NCI is part of is named in passing, not as a sponsor; the list goes on after it
_PART_OF_GAP = re.compile(
    r"^\s*\)?\s*(?:\([^()]{1,20}\)\s*)?,\s*(?:which\s+is\s+|a\s+)?part\s+of\s+(?:the\s+)?(?:U\.S\.\s+)?$", re.I
)
# the glue of a sponsor list, with the first one's short name and a "the maker of X" aside
_SPONSOR_GLUE = re.compile(
    r"^\s*\)?\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*(?:the\s+(?:maker|manufacturer|developer)\s+of\s+[^,;()]{1,40},\s*)?)?"
    r"(?:and\s+(?:the\s+)?)?$",
    re.I,
)


def _sponsor_list(sentence: Sentence, cue_end: int) -> tuple[list[Mention], list[Mention]]:
    """The organizations listed after a "sponsored by" cue, and those named only as what a sponsor is part of.

    >>> from kg.documents import parse_document
    >>> text = "It is sponsored by NCI, part of NIH, and Acme."
    >>> doc = parse_document(text, "x.md")
    >>> orgs = [Mention(doc.id, text.index(n), text.index(n) + len(n), n, n, n, "organization", "d", 0.9)
    ...         for n in ("NCI", "NIH", "Acme")]
    >>> [[o.text for o in group] for group in _sponsor_list(Sentence(doc, 0, len(text), orgs), 18)]
    [['NCI', 'Acme'], ['NIH']]
    """
    text = sentence.document.text
    listed: list[Mention] = []
    parts: list[Mention] = []
    previous_end, last = cue_end, None
    for organization in sentence.of("organization"):
        if organization.start < cue_end:
            continue
        gap = text[previous_end : organization.start]
        if last is None:
            if len(gap) > 60:
                break
            listed.append(organization)
        elif organization.id == last.id and not gap.strip(" ()"):
            # "the National Cancer Institute (NCI)": the same organization by its short name
            (parts if last in parts else listed).append(organization)
        elif _PART_OF_GAP.match(gap):
            parts.append(organization)
        elif _SPONSOR_GLUE.match(gap) and gap.strip():
            listed.append(organization)
        else:
            break
        previous_end, last = organization.end, organization
    return listed, parts

