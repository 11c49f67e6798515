"""Relations read from running text: sentence-level rules over the linked mentions.

Each rule (one module per predicate family: :mod:`kg.relations.membership`, ``mechanism``, ``uses``,
``combinations``, ``effects``, ``trials``) looks at mentions in one sentence, the words between them (a verb,
an apposition, a coordination, a side-effect, approval or sponsorship cue) and a little context: the
sentence before, a list's lead-in, the antecedent of a leading "It". Negation and hedging cues are recorded
on the evidence, never dropped, so negated facts stay apart from positive ones.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from kg.model import Document, Mention, Statement
from kg.relations import combinations, cues, effects, mechanism, membership, trials, uses
from kg.relations.sentence import DRUGLIKE, Sentence, bare_item, definite_class_as_drug
from kg.sentences import document_sentences, mentions_within

__all__ = ["extract_statements"]


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
    targets_by_text = {m.text: m for m in mentions if m.type == "target"}
    blocks = {b.start: b for b in document.blocks}
    previous: Sentence | None = None
    recent_trials: list[Mention] = []
    recent_drug: Mention | None = None
    previous_block_kind = ""
    lead_in, lead_start = "", 0
    soft_lead = ""  # the sentence just before a list, when it does not end with ":"
    lead_drug: Mention | None = None
    lead_class: Mention | None = None
    lead_diseases: list[Mention] = []
    lead_subjects: list[Mention] = []
    lead_partners: list[Mention] = []
    nested_partners: list[Mention] = []
    arm_drugs: list[Mention] = []
    topic_diseases: list[Mention] = []
    topic_subjects: list[Mention] = []
    components: dict[str, list[Mention]] = {}
    in_list = False
    in_card = False
    section_effects = False
    this_item: list[Mention] = []
    nested_diseases: list[Mention] = []
    by_start = sorted(mentions, key=lambda m: m.start)  # stable: the linker's order within one start
    starts = [m.start for m in by_start]
    for start, end in document_sentences(document.text):
        sentence = Sentence(document, start, end, mentions_within(by_start, starts, start, end))
        block = blocks.get(start)
        if block is not None:
            in_card = block.kind == "card"
        if in_card:
            continue  # a teaser of another page sits between a lead-in and its list: navigation, not text
        if block is not None:
            in_list = block.kind == "list_item"
            if block.kind == "heading":
                section_effects = bool(cues.SIDE_EFFECT.search(sentence.text))
        sentence.section_effects = section_effects or bool(cues.SIDE_EFFECT.search(lead_in))
        # a paragraph of nothing but a drug name under a title-like line ("Drugs Approved for X") is an item
        under_title = block is not None and block.kind == "paragraph" and bool(soft_lead) and (
            not soft_lead.rstrip().endswith((".", "!", "?")) and bare_item(sentence))
        if not in_list and not under_title:
            nested_diseases = []
            # "Side effects may include:" (or the same without its colon) opens the list that follows
            lead_in = sentence.text if cues.OPEN_LEAD.search(sentence.text) else ""
            soft_lead = "" if lead_in else sentence.text
            lead_start = start
            drugs, classes = sentence.of("drug"), sentence.of("drug_class")
            lead_drug = drugs[0] if drugs else None
            lead_class = classes[0] if classes else None
            # a lead-in that names no disease or drug ("Treatment options may include:") carries the
            # disease or drug of the paragraph or heading before it
            lead_diseases = sentence.of("disease") or (topic_diseases if lead_in else [])
            lead_subjects = sentence.of(*DRUGLIKE) or (topic_subjects if lead_in else [])
            # "It is used with dexamethasone and one of the following drugs:": each item joins these
            lead_partners = sentence.of("drug") if cues.COMPANION_LEAD.search(lead_in) else []
            if lead_partners and cues.PRONOUN_START.match(sentence.text) and recent_drug is not None:
                lead_partners = [recent_drug, *lead_partners]
            if sentence.of("disease"):
                topic_diseases = sentence.of("disease")
            if sentence.of(*DRUGLIKE):
                topic_subjects = sentence.of(*DRUGLIKE)
        else:
            if not lead_in and soft_lead and bare_item(sentence):
                # "Drugs Approved for Melanoma" or "Six of these drugs are approved for X." before a list of
                # bare names: the line before the list says what each name is
                sentence.lead_in, sentence.soft_lead = soft_lead, True
                sentence.lead_class, sentence.lead_diseases = lead_class, lead_diseases
                sentence.context_start = lead_start
            elif lead_in:
                sentence.lead_in = lead_in
                sentence.lead_drug, sentence.lead_class = lead_drug, lead_class
                sentence.lead_diseases, sentence.lead_subjects = lead_diseases, lead_subjects
                sentence.lead_partners = lead_partners
                sentence.context_start = lead_start
            # "- Melanoma. It is used:" opens the items after it, which are about that item's disease
            if block is not None:
                this_item = []
            sentence.item_diseases = (nested_diseases or this_item) if lead_in else []
            this_item = this_item + sentence.of("disease")
            if sentence.text.rstrip().endswith(":") and this_item:
                nested_diseases = this_item
            elif sentence.of("disease"):
                nested_diseases = []
            # "- with dexamethasone and one of the following drugs:" over a sub-list of bare names
            if nested_partners and bare_item(sentence):
                sentence.lead_partners = nested_partners
            else:
                nested_partners = []
            if cues.COMPANION_LEAD.search(sentence.text):
                head = [lead_drug] if lead_drug is not None else []
                nested_partners = head + [d for d in sentence.of("drug") if d not in head]
        definite_class_as_drug(sentence, recent_drug)
        # "It" refers back to the drug only while the text is still about it: the sentence before names a drug,
        # refers back to it itself, or is a heading ("This condition is ... It can cause" is not the drug)
        still_about = previous is None or bool(previous.of("drug")) or previous.antecedent is not None or (
            previous_block_kind == "heading")
        if cues.PRONOUN_START.match(sentence.text) and recent_drug is not None and still_about:
            sentence.antecedent = recent_drug
            sentence.context_start = min(sentence.context_start, previous.start if previous else start)
        statements.extend(mechanism.mechanism(sentence))
        statements.extend(membership.membership(sentence))
        statements.extend(membership.listed_members(sentence))
        statements.extend(mechanism.compositional(sentence, targets_by_text))
        statements.extend(combinations.combinations(sentence))
        statements.extend(combinations.listed_partners(sentence))
        statements.extend(uses.uses(sentence))
        statements.extend(uses.listed_uses(sentence))
        statements.extend(uses.listed_approvals(sentence))
        statements.extend(uses.item_partner_uses(sentence))
        if recent_drug is not None and cues.REGIMEN_START.match(sentence.text):
            components.setdefault(recent_drug.id, []).extend(sentence.of("drug"))
        sentence.arm_drugs = arm_drugs
        statements.extend(effects.side_effects(sentence, previous))
        if sentence.of("drug") and (sentence.of("trial") or cues.RANDOMISED.search(sentence.text)):
            arm_drugs = sentence.of("drug")  # "patients were randomly assigned to receive X plus Y or X alone"
        statements.extend(trials.trials(sentence, previous))
        statements.extend(trials.sponsors(sentence, recent_trials))
        statements.extend(membership.brands(sentence))
        recent_trials.extend(sentence.of("trial"))
        drugs_here = sentence.of("drug")
        if drugs_here and not cues.COMPANION_BEFORE.search(document.text[start : drugs_here[0].start]):
            # "With X in women with ...": X is a companion, not what a following "It" refers to
            recent_drug = drugs_here[0]
        previous = sentence
        previous_block_kind = block.kind if block is not None else previous_block_kind
    return uses.partner_uses(uses.component_uses(_approvals_are_uses(_exclusive_mechanisms(statements)), components))


def _approvals_are_uses(statements: list[Statement]) -> list[Statement]:
    """Every approval is also use: an ``approved_for`` statement brings a ``treats`` one with its evidence."""
    uses = [dataclasses.replace(s, predicate="treats") for s in statements if s.predicate == "approved_for"]
    return statements + uses


def _exclusive_mechanisms(statements: list[Statement]) -> list[Statement]:
    """``inhibits`` and ``targets`` are exclusive for a pair: when any sentence says the drug inhibits or
    blocks the target, the weaker ``targets`` readings of the same pair are dropped."""
    inhibiting = {(s.subject, s.object) for s in statements if s.predicate == "inhibits" and not s.evidence.negated}
    return [s for s in statements if not (s.predicate == "targets" and (s.subject, s.object) in inhibiting)]
