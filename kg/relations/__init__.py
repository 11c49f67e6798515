"""Relations read from running text: sentence-level rules over the linked mentions.

Each rule (one module per predicate family: :mod:`kg.relations.membership`, ``mechanism``, ``uses`` (with
``treatment_history`` and the list-item rules of ``item_uses``), ``combinations``, ``effects``, ``trials``;
``outcomes`` tells which diseases a sentence names as no use) looks
at mentions in one sentence, the words between them (a verb, an apposition, a coordination, a side-effect,
approval or sponsorship cue) and a little context: the
sentence before, a list's lead-in, the antecedent of a leading "It" (kept by :mod:`kg.relations.context`).
Negation and hedging cues are recorded on the evidence, never dropped, so negated facts stay apart from
positive ones.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence

from kg.model import Document, Mention, Statement
from kg.relations import (
    absent_treatments,
    acronym_regimens,
    alternations,
    another_members,
    approval_scope,
    arm_comparators,
    class_for_uses,
    class_member_uses,
    class_reference,
    combination_effects,
    combinations,
    condition_uses,
    context_approvals,
    coordinated_kinds,
    copula_kinds,
    cues,
    described_appositions,
    effect_alone,
    effect_causers,
    effect_causes,
    effect_differences,
    effect_exposures,
    effect_groups,
    effect_holders,
    effect_monitoring,
    effect_passages,
    effect_purposes,
    effect_questions,
    effect_referents,
    effect_relatives,
    effect_remedies,
    effect_stops,
    effects,
    event_first,
    heading_subclasses,
    hypothetical_uses,
    include_runs,
    item_uses,
    kind_phrases,
    listed_regimens,
    mechanism,
    mechanism_phrases,
    member_phrases,
    membership,
    modifier_drugs,
    named_trial_arms,
    negated_kinds,
    nested_members,
    option_items,
    other_members,
    partner_kinds,
    population_items,
    population_options,
    population_receives,
    population_reference,
    product_forms,
    regimen_kinds,
    regimen_parts,
    regimens,
    standard_arms,
    summaries,
    summary_status,
    tables,
    trial_arms,
    trial_titles,
    trials,
    uses,
)
from kg.relations.context import ReadingContext
from kg.relations.event_glosses import without_event_glosses
from kg.relations.sentence import Sentence, without_glosses
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
    components: dict[str, list[Mention]] = {}
    context = ReadingContext(document)
    title_end = document.headings[0].end if document.headings else 0
    title_ids = {m.id for m in mentions if m.start < title_end}
    groups = combination_effects.CombinationGroups()
    group_events = effect_groups.GroupEffects()
    passages = effect_passages.EffectPassages()
    arms = standard_arms.StandardArms([m for m in mentions if m.start < title_end and m.type == "disease"])
    by_start = sorted(mentions, key=lambda m: m.start)  # stable: the linker's order within one start
    starts = [m.start for m in by_start]
    for start, end in document_sentences(document.text):
        within = without_event_glosses(document.text, mentions_within(by_start, starts, start, end))
        sentence = Sentence(document, start, end, without_glosses(document.text, within))
        if not context.place(sentence):
            continue
        if not sentence.mentions or context.in_references:  # nothing stated here; the context still moves on
            passages.advance(sentence)
            context.advance(sentence)
            continue
        read_from = len(statements)
        statements.extend(mechanism.mechanism(sentence))
        statements.extend(membership.membership(sentence))
        statements.extend(membership.listed_members(sentence))
        statements.extend(other_members.other_of_class(sentence))
        statements.extend(another_members.another_members(sentence, context.previous))
        statements.extend(kind_phrases.kind_phrases(sentence))
        statements.extend(member_phrases.member_phrases(sentence, statements[read_from:]))
        statements.extend(copula_kinds.copula_kinds(sentence, statements[read_from:]))
        statements.extend(described_appositions.described_appositions(sentence, statements[read_from:]))
        statements.extend(coordinated_kinds.coordinated_kinds(sentence, statements[read_from:]))
        statements.extend(regimen_kinds.regimen_kinds(sentence, statements[read_from:]))
        statements.extend(partner_kinds.partner_kinds(sentence))
        statements.extend(regimen_parts.regimen_parts(sentence))
        statements.extend(nested_members.listed_subclass_members(sentence, statements[read_from:]))
        statements.extend(class_reference.anaphor_members(sentence, context.recent_drug, context.previous))
        statements.extend(mechanism.compositional(sentence, targets_by_text))
        statements.extend(mechanism.described_actions(sentence, targets_by_text))
        statements.extend(mechanism_phrases.fronted_actions(sentence))
        statements.extend(mechanism_phrases.kept_from_acting(sentence))
        statements.extend(combinations.combinations(sentence))
        statements.extend(listed_regimens.listed_partners(sentence))
        statements.extend(listed_regimens.regimen_items(sentence))
        statements.extend(option_items.option_combinations(sentence))
        statements.extend(uses.uses(sentence))
        statements.extend(uses.listed_uses(sentence))
        statements.extend(trial_arms.randomised_arm_uses(sentence))
        statements.extend(item_uses.listed_approvals(sentence))
        statements.extend(item_uses.item_approvals(sentence))
        statements.extend(item_uses.item_partner_uses(sentence))
        statements.extend(population_items.population_subtypes(sentence))
        if context.recent_drug is not None and cues.REGIMEN_START.match(sentence.text) and (
                context.recent_drug.id in title_ids):
            # "This combination contains A, B and C" on a regimen's page: the components of the regimen the page
            # is about (not of the last drug an article list happened to name)
            components.setdefault(context.recent_drug.id, []).extend(sentence.of("drug"))
            statements.extend(regimens.regimen_class(sentence, context.recent_drug))
        # the side effects read, less those the sentence or its lead-in gives another holder, an exposure, a
        # listed cause, or that the drug acts against
        effects_read = list(effects.side_effects(sentence, context.previous))
        effects_read += _unread(event_first.event_first(sentence), effects_read)
        effects_read += _unread(effect_causers.listed_causers(sentence), effects_read)
        effects_read += _unread(effect_stops.stopped_for_effects(sentence), effects_read)
        effects_read += _unread(effect_referents.referred_group_effects(sentence, context.previous), effects_read)
        effects_read += _unread(passages.read(sentence, context.previous), effects_read)
        effects_read += _unread(group_events.read(sentence), effects_read)  # "in both groups"
        for keep in (effect_holders.without_other_holders, effect_exposures.without_exposures,
                     effect_causes.without_listed_causes, effect_remedies.without_remedied,
                     effect_relatives.without_relative_causers, effect_differences.without_undiffering,
                     effect_alone.without_alone_arms, effect_questions.without_open_questions,
                     effect_monitoring.without_monitored, effect_purposes.without_purposes):
            effects_read = keep(sentence, effects_read)
        statements.extend(effects_read)
        statements.extend(trials.trials(sentence, context.previous))
        statements.extend(population_reference.referred_population_uses(sentence, context.previous))
        statements.extend(population_receives.population_receives(sentence))
        statements.extend(population_options.population_options(sentence))  # "people with A now have a new option: X"
        statements.extend(condition_uses.condition_uses(sentence))
        statements.extend(class_for_uses.class_for_uses(sentence))
        statements.extend(trials.sponsors(sentence, context.recent_trials))
        statements.extend(trials.enrolled_in_the_trial(sentence, context.recent_trials))
        statements.extend(named_trial_arms.arms_of_named_trial(sentence, context.recent_trials))
        statements.extend(membership.brands(sentence))
        statements.extend(_for_each_of_group(sentence, statements[read_from:]))
        statements.extend(class_member_uses.member_uses(sentence, statements[read_from:]))
        statements.extend(nested_members.listed_member_uses(sentence, statements[read_from:]))
        statements.extend(include_runs.grouped_members(sentence, statements[read_from:]))  # "include the newer drugs A"
        statements.extend(include_runs.example_members(sentence, context.previous))  # "... Examples are A and B."
        statements.extend(include_runs.continued_runs(sentence, statements[read_from:]))  # "X (e.g., A, Ys, and B)"
        statements.extend(include_runs.available_members(sentence))  # "X inhibitors are available: A and B."
        statements.extend(arms.read(sentence))  # after: the arm is not the group the sentence speaks of
        statements.extend(groups.read(sentence))  # each drug of the group already
        statements.extend(context_approvals.bare_approvals(sentence, arms))
        statements.extend(approval_scope.scoped_approvals(sentence, context.previous, statements))  # "it also covers"
        statements.extend(summaries.class_kinds(sentence))
        statements.extend(summaries.purpose_uses(sentence))
        statements.extend(summaries.class_list_uses(sentence))
        statements.extend(summaries.coordinated_uses(sentence, statements[read_from:]))
        statements[read_from:] = summary_status.trial_item_status(sentence, statements[read_from:])
        statements[read_from:] = summary_status.no_pointer_statements(sentence, statements[read_from:])
        statements[read_from:] = summary_status.no_effect_uses(sentence, statements[read_from:])
        statements[read_from:] = summary_status.procedure_effects(sentence, statements[read_from:])
        statements[read_from:] = member_phrases.denied_kinds(sentence, statements[read_from:])
        statements.extend(regimens.regimen_statements(sentence, statements[read_from:]))
        statements.extend(acronym_regimens.regimen_pairs(sentence))
        statements.extend(acronym_regimens.regimen_uses(sentence, statements[read_from:]))
        statements[read_from:] = alternations.without_alternations(sentence, statements[read_from:])
        statements[read_from:] = product_forms.without_product_forms(sentence, statements[read_from:])
        statements[read_from:] = modifier_drugs.without_modifier_drugs(sentence, statements[read_from:])
        statements[read_from:] = hypothetical_uses.without_hypothetical_uses(sentence, statements[read_from:])
        statements[read_from:] = trial_titles.without_title_uses(sentence, statements[read_from:])  # a bracketed title
        statements[read_from:] = absent_treatments.without_absent_treatments(sentence, statements[read_from:])
        statements[read_from:] = negated_kinds.without_negated_kinds(statements[read_from:])
        arms.advance(sentence)
        groups.advance(sentence)
        group_events.advance(sentence)
        passages.advance(sentence)
        context.advance(sentence)
    statements.extend(tables.table_statements(document, by_start))  # a row's drug holds what its columns name
    statements = summaries.section_members(document, by_start, statements)
    statements = heading_subclasses.heading_subclasses(document, by_start, statements)
    return uses.partner_uses(uses.component_uses(_approvals_are_uses(_exclusive_mechanisms(statements)), components))


def _for_each_of_group(sentence: Sentence, read: list[Statement]) -> list[Statement]:
    """What a sentence says of "both drugs" or "the combination" holds for each drug of the group, not only the
    first one the rules took as the subject."""
    group = sentence.antecedent_group
    if not group:
        return []
    first = group[0]
    # "more common among patients who received the combination" (than "Y alone"): the side effects are not Y's
    differing = {d.id for d in arm_comparators.arms_reported(sentence.document.text, sentence.text, group,
                                                             sentence.arm_drugs)}
    return [dataclasses.replace(s, subject=drug.id, subject_text=drug.text)
            for s in read if s.subject == first.id and s.predicate != "combined_with" for drug in group[1:]
            if s.predicate != "has_adverse_effect" or drug.id in differing]


def _unread(found: Iterable[Statement], read: list[Statement]) -> list[Statement]:
    """The statements of ``found`` whose (subject, predicate, object) no statement of ``read`` has already."""
    seen = {(s.subject, s.predicate, s.object) for s in read}
    return [s for s in found if (s.subject, s.predicate, s.object) not in seen]


def _approvals_are_uses(statements: list[Statement]) -> list[Statement]:
    """Every approval is also use: an ``approved_for`` statement brings a ``treats`` one with its evidence (a denied
    approval, "the FDA has not approved X for Y", says nothing of use: X may still be used off-label)."""
    uses = [dataclasses.replace(s, predicate="treats") for s in statements
            if s.predicate == "approved_for" and not s.evidence.negated]
    return statements + uses


def _exclusive_mechanisms(statements: list[Statement]) -> list[Statement]:
    """``inhibits`` and ``targets`` are exclusive for a pair: when any sentence says the drug inhibits or
    blocks the target, the weaker ``targets`` readings of the same pair are dropped."""
    inhibiting = {(s.subject, s.object) for s in statements if s.predicate == "inhibits" and not s.evidence.negated}
    return [s for s in statements if not (s.predicate == "targets" and (s.subject, s.object) in inhibiting)]
