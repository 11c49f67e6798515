"""Side effects of patients whose sentence names a radiation or an operation they had: not a drug of the context.

A sentence that names no drug of its own gets one from its context for the side effects it reports: the drug of
the sentence before, of a lead-in ("Evidence (pulmonary outcomes):"), of a trial's arms. That is wrong when the
sentence itself says what the patients were exposed to and it is no drug: "Risks were elevated for hypertension
among survivors treated with abdominal radiation", "The 5-year cumulative incidence after irradiation was:
pneumonitis, ...", "... bleeding, which occurred mostly in men who underwent electrocautery", "an increased risk of
preterm delivery in survivors who were exposed to TBI". The events are the radiation's or the operation's, so the
context's drug gets none of them. A drug the sentence names itself ("patients who received cisplatin after
surgery") keeps its events.
"""

from __future__ import annotations

import re

from kg.model import Statement
from kg.relations.effect_holders import without_context_effects
from kg.relations.sentence import Sentence

# radiation and operations: "abdominal radiation", "irradiation", "TBI", "thoracotomy", "stem cell transplant"
_PROCEDURE = (r"(?:radiation(?:\s+therapy)?|radiotherapy|irradiation|TBI|surgery|resection|\w+ectomy|\w+otomy|"
              r"(?:stem\s+cell\s+|bone\s+marrow\s+)?transplant(?:ation)?|HSCT|embolization|electrocautery|ablation|"
              r"amputation)\b")
# "treated with", "who had received", "who underwent", "exposed to", "after", "following (treatment with)", then up
# to three modifiers ("high-dose craniofacial", "flank", "whole-lung")
_EXPOSURE = re.compile(
    r"\b(?:treated\s+with|treatment\s+with|(?:had\s+)?received|receiving|(?:had\s+)?(?:underwent|undergone)|"
    r"undergoing|exposed\s+to|after|following)\s+(?:(?:treatment|therapy)\s+with\s+)?(?:the\s+|an?\s+)?"
    r"(?P<procedure>(?:[\w-]+\s+){0,3}?" + _PROCEDURE + r")", re.I)
# "patients who received the drug after surgery", "in the chemotherapy arm, after resection": the sentence speaks of
# drugs too, so the radiation or operation may be only when they were given
_DRUGS_TOO = re.compile(r"\b(?:it|its|drugs?|medicines?|medications?|agents?|combinations?|regimens?|chemo\w*|"
                        r"arms?|groups?)\b", re.I)


def named_exposure(text: str) -> str | None:
    """The radiation or operation a sentence says its patients had, if it names one.

    >>> named_exposure("Risks were elevated among survivors treated with abdominal radiation.")
    'abdominal radiation'
    >>> named_exposure("The 5-year cumulative incidence after irradiation was: pneumonitis, 6%.")
    'irradiation'
    >>> named_exposure("Most of the bleeding occurred in men who underwent electrocautery.")
    'electrocautery'
    >>> named_exposure("Patients treated with these agents can experience fevers.") is None
    True
    >>> named_exposure("Nausea was common in patients who received the drug after surgery.") is None
    True
    """
    found = _EXPOSURE.search(text)
    return found.group("procedure") if found and not _DRUGS_TOO.search(text) else None


def without_exposures(sentence: Sentence, read: list[Statement]) -> list[Statement]:
    """The statements read in a sentence, without the side effects given to a drug from outside it when the
    sentence names a radiation or an operation its patients had ("... among survivors treated with abdominal
    radiation" is not the anemia of a drug named before). Drugs named in the sentence keep their events.

    >>> from kg.documents import parse_document
    >>> from kg.model import Evidence
    >>> doc = parse_document("Anemia was common in survivors treated with abdominal radiation.", "x.md")
    >>> effect = Statement("D1", "has_adverse_effect", "A1", Evidence("x", "", 0, 63, "list"), "vinblastine",
    ...                    "anemia")
    >>> without_exposures(Sentence(doc, 0, 63, []), [effect])
    []
    """
    if not any(s.predicate == "has_adverse_effect" for s in read) or named_exposure(sentence.text) is None:
        return read
    return without_context_effects(sentence, read)
