"""A sentence with its mentions and context, and the helpers every relation rule shares.

Context a sentence carries: the sentence before it, the drug a list's lead-in names ("Everolimus is approved
to treat:"), the class a lead-in lists members of ("Approved angiogenesis inhibitors include:"), and the
antecedent of a leading "It" or "The drug". None of the rules is written for one article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cached_property
from itertools import pairwise

from kg.model import Document, Evidence, Mention, Statement
from kg.regex_prefilter import prefilter_patterns
from kg.relations import cues
from kg.relations.word_gates import lowered

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
        self.lead_drug: Mention | None = None
        self.lead_class: Mention | None = None
        self.lead_diseases: list[Mention] = []
        self.lead_subjects: list[Mention] = []
        self.arm_drugs: list[Mention] = []  # the drugs of the trial arms named last
        self.lead_partners: list[Mention] = []  # drugs a "... with one of the following:" lead-in adds to
        self.companion_run: list[Mention] = []  # under "It is used with:", the drugs an item opens with
        self.regimen_run: list[Mention] = []  # under "one of the following regimens:", the drugs an item opens with
        self.section_effects = False
        self.item_lead_class: Mention | None = None  # the class an item before named, ending "... include:"
        self.item_diseases: list[Mention] = []
        self.lead_in: str = ""
        self.lead_studied = False  # the lead-in's disease came from a sentence about investigational use only
        self.soft_lead = False  # the lead-in is the sentence before a list of bare names, not a "...:" line
        self.antecedent: Mention | None = None
        self.antecedent_group: list[Mention] = []  # "both drugs", "the combination": the drugs named together last
        self.context_start = start
        self.class_anaphor: Mention | None = None  # "the monoclonal antibody" read as the drug: the class it named
        self.effects_owner: list[Mention] = []  # the drug a run of side-effect sentences ascribes its events to

    @property
    def mentions(self) -> list[Mention]:
        """The sentence's mentions in text order; assigning a new list (never change it in place) resets what
        :meth:`of` keeps."""
        return self._mentions

    @mentions.setter
    def mentions(self, mentions: list[Mention]) -> None:
        self._mentions = mentions
        self._of: dict[tuple[str, ...], list[Mention]] = {}

    def of(self, *types: str) -> list[Mention]:
        """The mentions of these types, in text order (a new list each time).

        The rules ask some twenty times per sentence, mostly for the same types: each set of types is filtered
        once per sentence and kept until :attr:`mentions` is assigned again.

        >>> sentence, drug, disease = _example()
        >>> [m.text for m in sentence.of("disease")], sentence.of("drug") is sentence.of("drug")
        (['leukemia'], False)
        """
        if not self._mentions:  # most sentences
            return []
        found = self._of.get(types)
        if found is None:
            found = self._of[types] = [m for m in self._mentions if m.type in types]
        return found.copy()

    @cached_property
    def hedged(self) -> bool:
        """Whether the sentence has a hedge cue ("may", "is being studied"); searched once, on the first ask (most
        sentences never are)."""
        return bool(cues.HEDGE.search(self.text))

    @cached_property
    def investigational(self) -> bool:
        """Whether the sentence has a cue of investigational use (:data:`kg.relations.cues.INVESTIGATIONAL`): "is
        being studied", "in clinical trials". Searched once, on the first ask, where several rules ask in turn.

        >>> sentence, drug, disease = _example()
        >>> sentence.investigational
        False
        """
        return bool(cues.INVESTIGATIONAL.search(self.text))

    @cached_property
    def lowered(self) -> str | None:
        """The sentence in lower case for the word gates of :mod:`kg.relations.word_gates` (None when it is not
        ASCII); made once, on the first ask, for every gate that asks in turn.

        >>> sentence, drug, disease = _example()
        >>> sentence.lowered
        'imatinib is used to treat leukemia.'
        """
        return lowered(self.text)

    @cached_property
    def studied_only(self) -> bool:
        """Whether the sentence speaks of investigational use, not only of an investigational drug shown to work
        (:func:`kg.relations.cues.studied_only`); the longer reading is done once, and only where
        :attr:`investigational` found a cue.

        >>> sentence, drug, disease = _example()
        >>> sentence.studied_only
        False
        """
        return self.investigational and cues.studied_only(self.text)

    def negated_between(self, left: Mention, right: Mention) -> bool:
        """A negation cue between two mentions of the sentence (or before the object when the subject is
        outside the sentence)."""
        if left.start < self.start or left.end > self.end:
            span = self.document.text[self.start : right.start]
        else:
            low, high = sorted((left, right), key=lambda m: m.start)
            span = self.document.text[low.end : high.start]
        # "X does not raise the risk of A, but it can cause B": a negation in an earlier clause is not B's; nor is
        # one in an earlier condition ("if it cannot be treated with surgery, or if you have B")
        # "a small, though not statistically significant, increase in A": an aside on the size, not a denial
        span = _NOT_SIGNIFICANT_ASIDE.sub(" ", span)
        clause = _CONDITION_BREAK.split(cues.CLAUSE_BREAK.split(span)[-1])[-1]
        return bool(cues.NEGATION.search(clause))

    def approval_denied_before(self, subject: Mention) -> bool:
        """"The FDA has not approved X for Y": the denial comes before the drug, in the same clause."""
        if subject.start < self.start:
            return False
        clause = cues.CLAUSE_BREAK.split(self.document.text[self.start : subject.start])[-1].rsplit(",", 1)[-1]
        return bool(_NOT_APPROVED.search(clause))  # not "Although it is not approved for children, X is ..."

    def doubted_before(self, subject: Mention) -> bool:
        """"There is no evidence that X improves ...", "There is no standard X for ...": what is said of the drug is
        denied, in the same clause."""
        if subject.start < self.start:
            return False
        before = self.document.text[self.start : subject.start]
        return bool(_NO_EVIDENCE.search(before) or _THERE_IS_NO.search(before) or cues.NOT_INCLUDED.search(before))

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
        lead_end = start + len(self.lead_in)
        if outside and self.lead_in and self.document.text[start:lead_end] == self.lead_in and (
                self.document.text[lead_end : self.start].strip()):
            # a list item far below its lead-in: the lead-in and the item, not every item in between
            sentence = f"{self.lead_in} [...] {self.text}".replace("\n", " ")
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
            negated=negatable and not outside and (self.negated_between(subject, obj) or (
                predicate == "approved_for" and self.approval_denied_before(subject)) or self.doubted_before(subject)),
            hedged=self.hedged_between(subject, obj),
        )
        return Statement(subject.id, predicate, obj.id, evidence, subject.text, obj.text)


_NOT_APPROVED = re.compile(
    r"\b(?:not|never)\s+(?:yet\s+|been\s+|yet\s+been\s+)?approved\b|\bhasn't\s+(?:yet\s+)?approved\b", re.I
)
_NO_EVIDENCE = re.compile(r"\b(?:no|little|insufficient|not\s+enough)\s+(?:evidence|data|proof)\s+(?:that|to\s+show|"
                          r"to\s+suggest|showing|suggesting)\b[^.;:]*$", re.I)
_THERE_IS_NO = re.compile(r"\bthere\s+(?:is|are|was|were)\s+(?:still\s+|currently\s+)?no\s+(?:single\s+|one\s+)?"
                          r"(?:standard|effective|established|proven|approved|recommended|curative)\s+(?:[\w-]+\s+)?$",
                          re.I)
_NOT_SIGNIFICANT_ASIDE = re.compile(
    r"[,(]\s*(?:(?:al)?though\s+|but\s+|albeit\s+)?not\s+(?:statistically\s+)?significant\s*[,)]", re.I)
_CONDITION_BREAK = re.compile(r",\s+(?:(?:or|and)\s+)?(?:if|when|whose|because|although|unless|since)\s", re.I)


def _example() -> tuple[Sentence, Mention, Mention]:
    """A sentence with a drug and a disease, for the doctests below."""
    from kg.documents import parse_document

    doc = parse_document("Imatinib is used to treat leukemia.", "x.md")
    drug = Mention(doc.id, 0, 8, "Imatinib", "D1", "imatinib", "drug", "dictionary", 0.9)
    disease = Mention(doc.id, 26, 34, "leukemia", "C1", "leukemia", "disease", "dictionary", 0.9)
    return Sentence(doc, 0, 35, [drug, disease]), drug, disease


def text_between(text: str, left: Mention, right: Mention) -> str:
    """The text between two mentions.

    >>> sentence, drug, disease = _example()
    >>> text_between(sentence.text, drug, disease)
    ' is used to treat '
    """
    return text[left.end : right.start]


def glued_run(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The first mention and those right after it joined by a comma, "and" or "or" ("gliomas, germinomas, and
    pineoblastomas", "nausea and vomiting"); the same entity named again in brackets ("tepotinib (Tepmetko) or
    capmatinib") is passed over.

    >>> sentence, drug, disease = _example()
    >>> [m.text for m in glued_run(sentence.document.text, [drug, disease])]
    ['Imatinib']
    """
    run = list(mentions[:1])
    for mention in mentions[1:]:
        gap = text_between(text, run[-1], mention)
        if mention.id == run[-1].id and _RENAMED_GAP.match(gap):
            continue  # "trastuzumab (Herceptin)": the same drug by its brand
        if not cues.LIST_GLUE.match(gap):
            break
        run.append(mention)
    return run


_RENAMED_GAP = re.compile(r"^\s*\(?\s*$")


_APPOSITION_GAP = re.compile(r"^[®™]?\)?\s*(?:\([^()]{1,40}\)\s*)?,\s*(?:an?|another|the)\s+(?:[\w-]+\s+){0,3}$", re.I)
# what may follow the class of an apposition: its end, a relative clause, or a participle ("an antibody drug used
# to treat arthritis", "a kinase inhibitor approved in 2012"), maybe after the class's head noun or a bracketed
# aside ("capecitabine, a chemotherapy drug,", "ramucirumab, an anti-VEGFR-2 antibody (n = 80), or")
_APPOSITION_END = re.compile(
    r"^\s*(?:(?:drugs?|agents?|medicines?)\b\s*)?(?:\([^()]{1,40}\)\s*)?"
    r"(?:[,;.)]|$|(?:that|which|used|approved|given|designed|developed|made)\b)")


# "PMBCL, a rare type of non-Hodgkin lymphoma", "(a type of liver cancer)", "A or B (types of C)": the wider disease a
# name is glossed with
_GLOSS_BEFORE = re.compile(
    r"(?:,|\(|—|–)\s*(?:which (?:is|are)\s+|is\s+|are\s+)?"
    r"(?:(?:an?|one)\s+(?:[\w-]+\s+){0,2}(?:type|kind|form|subtype)s?|(?:both\s+)?(?:types|kinds|forms|subtypes))"
    r"\s+of\s+(?:[\w-]+\s+){0,2}$", re.I)
# "a rare type of lymphoma called PMBCL": the wider disease before the name
_GLOSS_THEN_NAME = re.compile(r"^\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:called|known as|named)\s+$", re.I)
# "myelofibrosis (a bone marrow disease)": a disease named in brackets as what the one before it is
_BRACKETED_GLOSS = re.compile(r"^\s*\(\s*(?:an?|one)\s+(?:[\w-]+\s+){0,3}$", re.I)
_TYPE_OF_BEFORE = re.compile(
    r"\b(?:an?|one)\s+(?:[\w-]+\s+){0,2}(?:type|kind|form|subtype)s?\s+of\s+(?:[\w-]+\s+){0,2}$", re.I)


def without_glosses(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions without a disease that only glosses another one named beside it: "PMBCL, a rare type of
    non-Hodgkin lymphoma" and "a rare type of lymphoma called PMBCL" state nothing of non-Hodgkin lymphoma.

    >>> t = "It treats PMBCL, a rare type of non-Hodgkin lymphoma."
    >>> ms = [Mention("d", 10, 15, "PMBCL", "A", "a", "disease", "x", 1.0),
    ...       Mention("d", 32, 52, "non-Hodgkin lymphoma", "B", "b", "disease", "x", 1.0)]
    >>> [m.text for m in without_glosses(t, ms)]
    ['PMBCL']
    >>> t = "It treats myelofibrosis (a bone marrow disease)."
    >>> ms = [Mention("d", 10, 23, "myelofibrosis", "A", "a", "disease", "x", 1.0),
    ...       Mention("d", 27, 46, "bone marrow disease", "B", "b", "disease", "x", 1.0)]
    >>> [m.text for m in without_glosses(t, ms)]
    ['myelofibrosis']
    """
    glosses: set[int] = set()
    diseases = [index for index, m in enumerate(mentions) if m.type == "disease"]
    for before, after in pairwise(diseases):
        first, second = mentions[before], mentions[after]
        if second.id == first.id:
            continue
        gap = text[first.end : second.start]
        gloss = _GLOSS_BEFORE.search(gap)
        if gloss is not None and gloss.start() < 30:
            glosses.add(after)  # "PMBCL, a rare type of non-Hodgkin lymphoma"
        elif _BRACKETED_GLOSS.match(gap) and text[second.end : second.end + 1] == ")":
            glosses.add(after)  # "myelofibrosis (a bone marrow disease)"
        elif _GLOSS_THEN_NAME.match(gap) and _TYPE_OF_BEFORE.search(text[max(0, first.start - 40) : first.start]):
            glosses.add(before)  # "a rare type of lymphoma called PMBCL"
    return [m for index, m in enumerate(mentions) if index not in glosses]


def appositive_class(text: str, drug: Mention, cls: Mention) -> bool:
    """Whether ``cls`` is set off after ``drug`` as what the drug is: "dabrafenib (Tafinlar), a BRAF inhibitor,".

    >>> sentence, drug, _ = _example()
    >>> text = "Imatinib, a kinase inhibitor, is used."
    >>> appositive_class(text, drug, Mention("d", 12, 28, "kinase inhibitor", "K", "k", "drug_class", "x", 0.9))
    True
    >>> text = "Imatinib, a chemotherapy drug, is used."
    >>> appositive_class(text, drug, Mention("d", 12, 24, "chemotherapy", "K", "k", "drug_class", "x", 0.9))
    True
    """
    gap, after = text[drug.end : cls.start], text[cls.end : cls.end + 60]
    return bool(_APPOSITION_GAP.match(gap) and _APPOSITION_END.match(after))


def nearest_before(sentence: Sentence, obj: Mention, types: Sequence[str]) -> Mention | None:
    """The closest mention before ``obj`` of the first type in ``types`` that has one.

    >>> sentence, drug, disease = _example()
    >>> nearest_before(sentence, disease, ("drug",)).text
    'Imatinib'
    """
    text = sentence.document.text
    for wanted in types:
        before = [m for m in sentence.mentions if m.type == wanted and m.end <= obj.start
                  and not _MEASURED.search(text[max(0, m.start - 80) : m.start])]
        if before:
            return before[-1]
    return None


# "a higher than normal amount of vanillylmandelic acid (VMA)": a substance measured, not a drug given
_MEASURED = re.compile(r"\b(?:levels?|amounts?|concentrations?)\s+of\s+(?:[^,;.()]*\([^()]{1,12}\)\s+(?:or|and)\s+)?"
                       r"(?:the\s+)?$", re.I)


def subject_of(sentence: Sentence, obj: Mention, types: Sequence[str] = DRUGLIKE) -> tuple[Mention | None, bool]:
    """The subject for ``obj``: the antecedent of a leading "It", else a drug before it in the sentence,
    else the list lead-in's drug. The flag says whether it comes from outside the sentence.

    >>> sentence, drug, disease = _example()
    >>> subject_of(sentence, disease)[0].text, subject_of(sentence, disease)[1]
    ('Imatinib', False)
    """
    if sentence.antecedent is not None:
        return sentence.antecedent, True
    found = nearest_before(sentence, obj, types)
    if found is not None:
        return found, False
    if sentence.lead_drug is not None:
        return sentence.lead_drug, True
    if sentence.lead_class is not None and sentence.lead_class.type in types:
        return sentence.lead_class, True  # "Checkpoint inhibitors are used to treat cancers such as:" + items
    return None, False


def coordinated_before(sentence: Sentence, drug: Mention) -> list[Mention]:
    """Drugs coordinated with ``drug`` just before it ("Both X and Y have been approved", "X plus Y").

    >>> sentence, drug, disease = _example()
    >>> coordinated_before(sentence, drug)
    []
    """
    text = sentence.document.text
    partners: list[Mention] = []
    current = drug
    for earlier in reversed([m for m in sentence.of("drug") if m.end <= drug.start]):
        if earlier.id == current.id and re.match(r"^\s*\(?\s*$", text_between(text, earlier, current)):
            current = earlier  # "pembrolizumab (Keytruda)": the same drug by its brand
            continue
        if earlier.id == drug.id or not cues.COORDINATED.match(text_between(text, earlier, current)):
            break
        partners.append(earlier)
        current = earlier
    return partners


def class_noun_of_next(text: str, subjects: Sequence[Mention], index: int) -> bool:
    """Whether the class at ``index`` only names the kind of the drug after it ("the targeted therapy X").

    >>> cls = Mention("d", 4, 20, "targeted therapy", "K1", "targeted therapy", "drug_class", "dictionary", 0.9)
    >>> drug = Mention("d", 21, 30, "sunitinib", "D1", "sunitinib", "drug", "dictionary", 0.9)
    >>> class_noun_of_next("the targeted therapy sunitinib", [cls, drug], 0)
    True
    """
    if index < 0 or index + 1 >= len(subjects):
        return False
    cls, drug = subjects[index], subjects[index + 1]
    return cls.type == "drug_class" and drug.type == "drug" and bool(
        cues.CLASS_THEN_DRUG.match(text_between(text, cls, drug)))


prefilter_patterns(globals())  # the same matches, scanned faster (see kg.regex_prefilter)
