"""Diseases a sentence names next to a drug without saying the drug treats them: outcomes ("the risk of
endometrial cancer", "patients treated with X developed skin cancer"), causes of the treated condition ("the edema
associated with brain tumors") and the patients' history ("DLBCL in patients who had follicular lymphoma")."""

from __future__ import annotations

import re

from kg.model import Mention
from kg.relations import cues
from kg.relations.sentence import Sentence

_DEVELOPED = re.compile(r"\b(?<!who )(?<!who have )(?<!who had )(?<!who has )"
                        r"(?:developed|develop|develops|experienced|suffered)\b(?!\s+into\b)", re.I)


def not_treated_here(sentence: Sentence, disease: Mention, returns: bool = False) -> bool:
    """Whether the sentence names ``disease`` as an outcome, a cause or a past disease rather than as what a drug
    treats (``returns``: the disease is followed by "recurrence", so "reduces the risk of X recurrence" is a use).

    >>> from kg.documents import parse_document
    >>> doc = parse_document("X is used to treat the edema associated with glioma.", "x.md")
    >>> x = Mention(doc.id, 0, 1, "X", "D1", "x", "drug", "dictionary", 0.9)
    >>> glioma = Mention(doc.id, 45, 51, "glioma", "C1", "glioma", "disease", "dictionary", 0.9)
    >>> not_treated_here(Sentence(doc, 0, 52, [x, glioma]), glioma)
    True
    """
    text = sentence.document.text
    if cues.OUTCOME_BEFORE.search(text[max(sentence.start, disease.start - 40) : disease.start]) and not returns:
        return True  # "a low rate of heart failure", "the risk of endometrial cancer"
    before = text[max(sentence.start, disease.start - 50) : disease.start]
    if cues.CONDITION_CAUSE.search(before):
        return True  # "anemia caused by certain types of X": the disease causes what is treated
    if cues.HISTORY_BEFORE.search(before) and any(d.end <= disease.start and d.id != disease.id
                                                  for d in sentence.of("disease")):
        return True  # "DLBCL in patients who had follicular lymphoma"
    if _WITHOUT.search(text[max(sentence.start, disease.start - 40) : disease.start]):
        return True  # "for patients without Lynch syndrome": those who do not have it
    return developed_after(sentence, disease)


_WITHOUT = re.compile(r"(?<!\bwith or )\bwithout\s+(?:(?:a|an|any|the|known)\s+)?(?:[\w-]+\s+){0,2}$", re.I)


def developed_after(sentence: Sentence, disease: Mention) -> bool:
    """A disease the patients "developed" after the last drug named before it: an outcome of the treatment
    ("patients treated with X developed skin cancer"), not what the drug is for (a relative clause "for men
    who developed X" still names the patients of a use).

    >>> from kg.documents import parse_document
    >>> doc = parse_document("Patients treated with X developed skin cancer.", "x.md")
    >>> x = Mention(doc.id, 22, 23, "X", "D1", "x", "drug", "dictionary", 0.9)
    >>> skin = Mention(doc.id, 34, 45, "skin cancer", "C1", "skin cancer", "disease", "dictionary", 0.9)
    >>> developed_after(Sentence(doc, 0, 46, [x, skin]), skin)
    True
    """
    text = sentence.document.text
    earlier = [m.end for m in sentence.of("drug", "drug_class") if m.end <= disease.start]
    window = text[max([sentence.start, *earlier]) : disease.start]
    found = list(_DEVELOPED.finditer(window))
    if not found:
        return False
    after = window[found[-1].end() :]
    return not (cues.TREAT.search(after) or cues.APPROVE.search(after))


# a lead-in approving a drug to prevent what the items name ("Rasburicase is also approved to prevent:")
_PREVENT_APPROVAL = re.compile(r"\bapproved\s+(?:\w+\s+){0,6}?to\s+(?:help\s+)?prevent\b", re.I)
# the patients the prevention is for: "in adults and children with", "in adults whose"
_PATIENTS_WITH = re.compile(r"\b(?:adults|children|patients|people|women|men)\b[^.;:]{0,40}?\b(?:with|whose)\b", re.I)


def prevented_in(sentence: Sentence, disease: Mention) -> bool:
    """Whether the disease is that of the patients an item under "approved to prevent:" speaks of ("- Tumor lysis
    syndrome in adults and children with leukemia"): the drug prevents the item's condition in them, it does
    not treat their disease.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("Mucositis in adults with leukemia.", "x.md")
    >>> leukemia = Mention(doc.id, 25, 33, "leukemia", "C1", "leukemia", "disease", "dictionary", 0.9)
    >>> item = Sentence(doc, 0, 34, [leukemia])
    >>> item.lead_in = "X is approved to prevent:"
    >>> prevented_in(item, leukemia)
    True
    """
    if not sentence.lead_in or not _PREVENT_APPROVAL.search(sentence.lead_in):
        return False
    return bool(_PATIENTS_WITH.search(sentence.document.text[sentence.start : disease.start]))
