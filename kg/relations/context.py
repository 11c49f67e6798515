"""What the sentences read so far say about the next one: the list lead-in it may be an item of, the topic of
the paragraph before, the drug a leading "It" refers to, and the trial arms named last.

:func:`kg.relations.extract_statements` reads a document sentence by sentence; :class:`ReadingContext` gives
each sentence its context before the rules read it (:meth:`ReadingContext.place`) and takes note of it after
(:meth:`ReadingContext.advance`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.model import Block, Document, Mention
from kg.regex_prefilter import prefilter_patterns
from kg.relations import cues, effect_cues
from kg.relations.anaphora import definite_class_as_drug, definite_drug_noun
from kg.relations.approval_purposes import approval_for_other_purpose
from kg.relations.list_items import bare_item, described_class_item, described_item, opening_run
from kg.relations.named_runs import last_run
from kg.relations.pronoun_items import continues_item
from kg.relations.sentence import DRUGLIKE, Sentence
from kg.relations.word_gates import COMPANION_LEAD_WORDS, POOLED_STUDY_WORDS, may_match

_GENERIC_TREATMENT = re.compile(
    r"\b(?:(?:effects?|problems?)\s+(?:of|from)\s+(?!(?:this|that|the|its|their|such)\b)(?:[\w-]+\s+){0,3}"
    r"treatments?|late\s+effects)\b", re.I
)

# the heading of a bibliography: the numbered citations under it until the next heading
_REFERENCES_HEADING = re.compile(r"^\s*(?:selected\s+|key\s+)?(?:references|bibliography|citations)\s*$", re.I)


class ReadingContext:
    """The running context of one document's sentences.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("Side effects include:\\n\\n- rash\\n", "x.md")
    >>> context = ReadingContext(doc)
    >>> lead = Sentence(doc, 0, 21, [])
    >>> context.place(lead), context.advance(lead)
    (True, None)
    >>> item = Sentence(doc, 22, 26, [])
    >>> context.place(item), item.lead_in
    (True, 'Side effects include:')
    """

    def __init__(self, document: Document) -> None:
        self.document = document
        self.blocks = {b.start: b for b in document.blocks}
        blocks = document.blocks
        self._next_kind = {blocks[i].start: blocks[i + 1].kind for i in range(len(blocks) - 1)}
        self.previous: Sentence | None = None
        self.recent_drug: Mention | None = None
        self.recent_trials: list[Mention] = []
        self._block: Block | None = None
        self._previous_block_kind = ""
        self._in_list = self._in_card = self._section_effects = False
        # under a "References" heading: a cited title ("A: Adjuvant chemotherapy for X") is another work's claim,
        # not this page's; the reader passes over it (the context still moves on)
        self.in_references = False
        self._note_in_list = False  # a paragraph of sentences between two list items: a note the list goes on after
        self._caption_of_class = False  # that note is a figure's caption titled with the lead-in's class
        # the last sentence outside a list: a lead-in ("...:") or a soft lead (a line before a list of bare names)
        self._lead_in, self._lead_start, self._soft_lead = "", 0, ""
        self._lead_drug: Mention | None = None
        self._lead_class: Mention | None = None
        self._lead_diseases: list[Mention] = []
        self._lead_subjects: list[Mention] = []
        self._lead_partners: list[Mention] = []
        self._topic_diseases: list[Mention] = []
        self._topic_subjects: list[Mention] = []
        # a lead-in that takes its disease from the sentence just before it in its paragraph, a sentence that speaks
        # only of investigational use ("X is being studied for A. Treatments may include:"), lists studied treatments
        self._lead_studied = False
        # inside a list: the current item's diseases, a nested lead-in's diseases and partners, trial arms
        self._this_item: list[Mention] = []
        self._nested_diseases: list[Mention] = []
        self._nested_partners: list[Mention] = []
        self._nested_regimens = False  # the nested lead-in ends "with:": each item is one regimen
        self._item_lead_class: Mention | None = None  # "- X bind to ... Xs used to treat Y include:" as an item
        self._arm_drugs: list[Mention] = []
        self._recent_group: tuple[list[Mention], int] | None = None  # the drugs last named together, and where
        self._listed: list[Mention] = []  # the drugs of the bare items of the list read last ("- nivolumab")
        self._regimen_items = False  # the line before the items ends "one of the following regimens:"

    def place(self, sentence: Sentence) -> bool:
        """Give the sentence its context; False when it is a teaser card of another page (navigation, between a
        lead-in and its list), which is not read."""
        block = self._block = self.blocks.get(sentence.start)
        if block is not None:
            self._in_card = block.kind == "card"
        if self._in_card:
            return False
        if block is not None and block.kind == "heading":
            self.in_references = bool(_REFERENCES_HEADING.match(sentence.text))
        if block is not None:
            # "X is approved to treat:" over a paragraph instead of a list: the colon makes it the one item
            after_colon = block.kind == "paragraph" and self._previous_block_kind == "paragraph" and bool(
                self._lead_in) and self._lead_in.rstrip().endswith(":") and self.previous is not None and (
                self.previous.start >= self._lead_start and self.previous.text == self._lead_in[-len(
                    self.previous.text):])
            self._in_list = block.kind == "list_item" or after_colon
            self._note_in_list = block.kind == "paragraph" and self._previous_block_kind == "list_item" and (
                self._next_kind.get(block.start) == "list_item"
                and self.document.text[block.start : block.end].rstrip().endswith((".", "!", "?")))
            # a figure's caption between the kinds of a class opens with the class's name as its title: "There are
            # different types of X therapy:" ... "X. Checkpoint proteins, such as ..." (the drawing) ... "- Y:"
            lead_class = self._lead_class
            self._caption_of_class = self._note_in_list and lead_class is not None and any(
                m.id == lead_class.id and m.start == block.start and self.document.text[m.end : m.end + 1] == "."
                for m in sentence.mentions)
            if block.kind == "heading":
                self._section_effects = bool(effect_cues.SIDE_EFFECT.search(sentence.text))
        sentence.section_effects = self._section_effects or _speaks_of_side_effects(self._lead_in)
        # a paragraph of nothing but a drug name under a title-like line ("Drugs Approved for X") is an item
        under_title = block is not None and block.kind == "paragraph" and bool(self._soft_lead) and (
            not self._soft_lead.rstrip().endswith((".", "!", "?")) and bare_item(sentence))
        if not self._in_list and not under_title:
            self._lead(sentence)
        else:
            self._item(sentence, block)
        sentence.arm_drugs = self._arm_drugs
        definite_class_as_drug(sentence, self.recent_drug)
        # "It" refers back to the drug only while the text is still about it: the sentence before names a drug,
        # refers back to it itself, or is a heading ("This condition is ... It can cause" is not the drug)
        previous = self.previous
        still_about = previous is None or bool(previous.of("drug")) or previous.antecedent is not None or (
            self._previous_block_kind == "heading")
        if cues.PRONOUN_START.match(sentence.text) and self.recent_drug is not None and still_about:
            sentence.antecedent = self.recent_drug
            sentence.context_start = min(sentence.context_start, previous.start if previous else sentence.start)
        elif (cues.PLURAL_REFERENCE.match(sentence.text) or (cues.THEY_START.match(sentence.text) and previous
                is not None and (_opens_with_drugs(previous) or self._still_listed(previous)))) and (
                previous is not None and not sentence.of(*DRUGLIKE)):
            # "Checkpoint inhibitors ... These drugs can cause A": the class, or the drugs, named just before;
            # "They" only when the sentence before opens with them
            referred = _plural_referent(previous) or self._listed_referent(previous, block)
            if referred:
                sentence.antecedent = referred[0]
                sentence.antecedent_group = referred if len(referred) > 1 else []
                sentence.context_start = min(sentence.context_start, previous.start)
        elif (cues.PLURAL_REFERENCE.match(sentence.text) or cues.THEY_START.match(sentence.text)) and (
                previous is not None and not sentence.of("drug") and self._listed_referent(previous, block)):
            # "- nivolumab\n- pembrolizumab\n\nThese drugs ... They are also considered targeted therapy": the
            # names of the list just read, also where the sentence names a class
            sentence.antecedent, sentence.antecedent_group = self._listed[0], self._listed
            sentence.context_start = min(sentence.context_start, previous.start)
        elif self._recent_group and _group_reference_first(sentence):
            # "The FDA approved both drugs for ...", "The combination shrank tumors in ...": each drug named
            # together last
            group, group_start = self._recent_group
            sentence.antecedent, sentence.antecedent_group = group[0], group
            sentence.context_start = min(sentence.context_start, group_start)
        elif still_about:
            # "... last year's approval of the drug for people with X": the drug the text is about
            definite_drug_noun(sentence, self.recent_drug)
        return True

    def advance(self, sentence: Sentence) -> None:
        """Take note of a sentence the rules have read: its trials, its drug, its trial arms."""
        self.recent_trials.extend(sentence.of("trial"))
        if not sentence.of("trial") and may_match(sentence.lowered, POOLED_STUDY_WORDS) and _POOLED_STUDY.search(
                sentence.text):
            self.recent_trials = []  # "a meta-analysis of 26 trials": "the study" after it is not a trial named before
        drugs = sentence.of("drug")
        if drugs and (sentence.of("trial") or cues.RANDOMISED.search(sentence.text)):
            self._arm_drugs = drugs  # "patients were randomly assigned to receive X plus Y or X alone"
        text = self.document.text
        if drugs and not cues.COMPANION_BEFORE.search(text[sentence.start : drugs[0].start]):
            # "With X in women with ...": X is a companion, not what a following "It" refers to
            self.recent_drug = drugs[0]
        group = _named_together(sentence)
        if group:
            self._recent_group = (group, sentence.start)
        elif self._block is not None and self._block.kind == "heading":
            self._recent_group = None
        if self._block is not None and self._block.kind == "list_item":
            if self._previous_block_kind != "list_item":
                self._listed = []
            if bare_item(sentence):
                self._listed += [d for d in opening_run(sentence) if d.type == "drug" and all(
                    d.id != other.id for other in self._listed)]
        self.previous = sentence
        if self._block is not None:
            self._previous_block_kind = self._block.kind

    def _still_listed(self, previous: Sentence) -> bool:
        """Whether the sentence before referred to the names of the list read last ("These drugs ...")."""
        return bool(self._listed) and previous.antecedent_group == self._listed

    def _listed_referent(self, previous: Sentence, block: Block | None) -> list[Mention]:
        """The names of the list just read, when "These drugs" or "They" opens the paragraph after it (or the
        sentence after one that referred to them)."""
        after_list = block is not None and block.kind == "paragraph" and self._previous_block_kind == "list_item"
        if len(self._listed) < 2 or not (after_list or (block is None and self._still_listed(previous))):
            return []
        return self._listed

    def _lead(self, sentence: Sentence) -> None:
        """A sentence outside a list: what a list after it would take from it."""
        lead_ids = {self._lead_drug.id if self._lead_drug is not None else ""}
        if self._caption_of_class and self._lead_class is not None:
            lead_ids.add(self._lead_class.id)  # the caption of a drawing of the class may name it again
        if self._note_in_list and not cues.OPEN_LEAD.search(sentence.text) and all(
                m.id in lead_ids for m in sentence.of(*DRUGLIKE)):
            # "- colorectal cancer\n\nMSI-H cancers have certain mutations.\n\n- Melanoma. It is used:": a note
            # between items names no other treatment and opens no list, so the items after it keep their lead-in
            return
        self._nested_diseases = []
        self._item_lead_class = None
        self._regimen_items = _opens_regimens(sentence)
        # "Side effects may include:" (or the same without its colon) opens the list that follows
        lead_in = self._lead_in = sentence.text if cues.OPEN_LEAD.search(sentence.text) else ""
        self._soft_lead = "" if lead_in else sentence.text
        self._lead_start = sentence.start
        drugs, classes, diseases = sentence.of("drug"), sentence.of("drug_class"), sentence.of("disease")
        self._lead_drug = drugs[0] if drugs else None
        self._lead_class = classes[0] if classes else None
        previous = self.previous
        if lead_in and not drugs and cues.PRONOUN_START.match(sentence.text) and self.recent_drug is not None and (
                previous is not None and self.recent_drug in previous.mentions):
            # "X is approved to treat adults whose cancer ... It is used in:": the items are X's, and the
            # sentence "It" refers to says how (approved, studied) as much as the lead-in does
            self._lead_drug = self.recent_drug
            if not approval_for_other_purpose(previous.text, lead_in):
                self._lead_in = f"{previous.text} {lead_in}"
                self._lead_start = previous.start
        # a lead-in that names no disease or drug ("Treatment options may include:") carries the disease or
        # drug of the paragraph or heading before it
        self._lead_diseases = diseases or (self._topic_diseases if lead_in else [])
        self._lead_studied = bool(lead_in) and not diseases and self._block is None and previous is not None and (
            bool(previous.of("disease")) and previous.studied_only)
        # "Late effects of cancer treatment may include:" speaks of no drug named before
        generic = bool(_GENERIC_TREATMENT.search(lead_in))
        self._lead_subjects = sentence.of(*DRUGLIKE) or (self._topic_subjects if lead_in and not generic else [])
        # "It is used with dexamethasone and one of the following drugs:": each item joins these
        self._lead_partners = drugs if cues.COMPANION_LEAD.search(lead_in) else []
        if self._lead_partners and cues.PRONOUN_START.match(sentence.text) and self.recent_drug is not None:
            self._lead_partners = [self.recent_drug, *self._lead_partners]
        if diseases:
            self._topic_diseases = diseases
        if sentence.of(*DRUGLIKE):
            self._topic_subjects = sentence.of(*DRUGLIKE)

    def _item(self, sentence: Sentence, block: Block | None) -> None:
        """A list item (or a lone name under a title-like line): its lead-in's context."""
        if not self._lead_in and self._soft_lead and (bare_item(sentence) or described_item(sentence)):
            # "Drugs Approved for Melanoma" or "Six of these drugs are approved for X." before a list of bare
            # names: the line before the list says what each name is
            sentence.lead_in, sentence.soft_lead = self._soft_lead, True
            sentence.lead_class, sentence.lead_diseases = self._lead_class, self._lead_diseases
            sentence.context_start = self._lead_start
        elif self._lead_in:
            sentence.lead_in = self._lead_in
            sentence.lead_drug, sentence.lead_class = self._lead_drug, self._lead_class
            sentence.lead_diseases, sentence.lead_subjects = self._lead_diseases, self._lead_subjects
            sentence.lead_partners = self._lead_partners
            sentence.lead_studied = self._lead_studied
            sentence.context_start = self._lead_start
        # a list item that ends "SERMs used to treat breast cancer include:" leads the bare items after it (a nested
        # list written flat); an item that is more than drug names ends it
        if block is not None and self._item_lead_class is not None and not (
                bare_item(sentence) or described_item(sentence) or described_class_item(sentence)):
            self._item_lead_class = None
        sentence.item_lead_class = self._item_lead_class
        if self._regimen_items and block is not None:
            sentence.regimen_run = [m for m in opening_run(sentence) if m.type == "drug"]
        if _opens_regimens(sentence):
            self._regimen_items = True  # "- systemic chemotherapy, such as one of the following regimens:"
        if sentence.text.rstrip().endswith(":") and cues.INCLUDE_LEAD.search(sentence.text):
            classes = sentence.of("drug_class")
            self._item_lead_class = classes[0] if classes else None
        # "- Melanoma. It is used:" opens the items after it, which are about that item's disease
        if block is not None and not continues_item(sentence.text):
            self._this_item = []
        sentence.item_diseases = (self._nested_diseases or self._this_item) if self._lead_in else []
        self._this_item = self._this_item + sentence.of("disease")
        if sentence.text.rstrip().endswith(":") and self._this_item:
            self._nested_diseases = self._this_item
        elif block is not None and sentence.of("disease") and sentence.of("disease")[0].start - sentence.start < 4:
            # an item headed by a disease ("- Melanoma. It is used:") starts a new group; a sub-item that only
            # names the disease's stage ("with X in women who have early breast cancer") stays in its group
            self._nested_diseases = []
        # "- with dexamethasone and one of the following drugs:" over a sub-list of bare names; "It is used
        # with:" over items that each open with the drugs of one regimen
        run = opening_run(sentence) if self._nested_partners and self._nested_regimens else []
        if self._nested_partners and (run or (bare_item(sentence) and not self._nested_regimens)):
            sentence.lead_partners = self._nested_partners
            sentence.companion_run = run
        else:
            self._nested_partners = []
        regimens = sentence.text.rstrip().endswith(":") and bool(cues.COMPANION_COLON.search(sentence.text))
        companion = may_match(sentence.lowered, COMPANION_LEAD_WORDS) and cues.COMPANION_LEAD.search(sentence.text)
        if companion or regimens:
            head = [self._lead_drug] if self._lead_drug is not None else []
            self._nested_partners = head + [d for d in sentence.of("drug") if d not in head]
            self._nested_regimens = regimens and not companion


@lru_cache(maxsize=4)
def _speaks_of_side_effects(lead_in: str) -> bool:
    """Whether a lead-in names side effects; every item under it asks again, so the answers for the last few
    lead-ins are kept.

    >>> _speaks_of_side_effects("Common side effects include:"), _speaks_of_side_effects("It is used to treat:")
    (True, False)
    """
    return bool(effect_cues.SIDE_EFFECT.search(lead_in))


# a study of many trials' data: "a meta-analysis of ...", "a pooled analysis of ...", "pooled data from 20 trials"
_POOLED_STUDY = re.compile(r"\b(?:meta-analys[ie]s|pooled\s+(?:analys[ie]s|data))\b", re.I)
_COMPARED = re.compile(r"\b(?:compared|versus|vs|than|or|instead of|rather than)\b", re.I)


def _named_together(sentence: Sentence) -> list[Mention]:
    """The last run of two or more different drugs joined by "and", "plus" or a comma (a brand in brackets goes on
    the run), outside a comparison ("compared with A and B" is the other arm)."""
    return last_run(sentence, sentence.of("drug"), _joined_or_branded, _COMPARED, 40)


def _joined_or_branded(gap: str, previous: Mention, mention: Mention) -> bool:
    return bool(cues.JOINED_TOGETHER.match(gap)) or (mention.id == previous.id and gap.strip() == "(")


# "Chemotherapy regimens include:", "such as one of the following regimens:" (not a trial's arms)
_REGIMENS_COLON = re.compile(r"\b(?:regimens|combinations)\s*(?:include\s*)?(?:the\s+following\s*)?:\s*$", re.I)


def _opens_regimens(sentence: Sentence) -> bool:
    """Whether a line opens a list whose items are each one regimen (a trial's arms are left out)."""
    if not sentence.text.rstrip().endswith(":"):
        return False  # (the pattern ends with the colon: most lines are settled without a scan)
    return bool(_REGIMENS_COLON.search(sentence.text)) and not cues.RANDOMISED.search(sentence.text)


def _opens_with_drugs(previous: Sentence) -> bool:
    """Whether a sentence opens with the class or the drugs it names (its subject, not researchers or patients)."""
    subjects = previous.of(*DRUGLIKE)
    return bool(subjects) and not previous.document.text[previous.start : subjects[0].start].strip(" *-#")


def _plural_referent(previous: Sentence) -> list[Mention]:
    """What "these drugs" refers to: the first class the sentence before names in the plural, else the two or more
    drugs it names."""
    classes = [m for m in previous.of("drug_class") if m.text.endswith("s")]
    if classes:
        return classes[:1]
    drugs = list({d.id: d for d in previous.of("drug")}.values())
    return drugs if len(drugs) > 1 else []


def _group_reference_first(sentence: Sentence) -> bool:
    """Whether the sentence refers to drugs named together before ("both drugs") ahead of any drug it names."""
    reference = cues.GROUP_REFERENCE.search(sentence.text)
    drugs = sentence.of("drug")
    return reference is not None and (not drugs or sentence.start + reference.start() < drugs[0].start)


__all__ = ["ReadingContext"]


prefilter_patterns(globals())  # the same matches, scanned faster (see kg.regex_prefilter)
