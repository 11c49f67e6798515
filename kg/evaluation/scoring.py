"""Matching predictions to gold and counting: entities by surface form or id, relations by matched ids."""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.evaluation.gold import GoldDocument, GoldEntity, GoldRelation, load_gold
from kg.evaluation.report import Counts, DocumentScore, EvaluationReport, FalseHit, Miss
from kg.model import ENTITY_TYPES, PREDICATES, Mention, Statement

Analyse = Callable[[Path], tuple[Sequence[Mention], Sequence[Statement]]]

NOTES: tuple[str, ...] = (
    "Entities: every predicted mention counts, including text inside navigation sections the gold ignores.",
    "Entities: only predicted types the gold annotates are scored; others are neither hits nor errors.",
    "Relations: brand_name_of is keyed on the statement's subject_text; combined_with is unordered.",
    "Relations: studied_for (investigational use) is not annotated in the gold and not scored.",
)

# A relation key: (predicate, subject, object, negated); subject/object are ("id", curie) or ("text", brand).
_Key = tuple[str, tuple[str, str], tuple[str, str], bool]

# Predicates the gold annotates; others (``studied_for``, which the gold rulebook leaves out) are not scored.
SCORED_PREDICATES: tuple[str, ...] = tuple(p for p in PREDICATES if p != "studied_for")


def normalise(text: str) -> str:
    """A surface form for comparison: Unicode NFC, ® and ™ dropped, whitespace collapsed, case folded.

    >>> normalise("  Afinitor®\\n Disperz ")
    'afinitor disperz'
    """
    text = unicodedata.normalize("NFC", text).replace("®", "").replace("™", "")
    return " ".join(text.split()).casefold()


@dataclass(frozen=True)
class PredictedEntity:
    """The mentions of one predicted id, folded into an entity (type is the most frequent mention type).

    >>> PredictedEntity("NCIT:C48387", "drug", "everolimus", frozenset({"Afinitor"})).label
    'everolimus'
    """

    id: str
    type: str
    label: str
    texts: frozenset[str]
    xrefs: frozenset[str] = frozenset()


def predicted_entities(mentions: Iterable[Mention]) -> list[PredictedEntity]:
    """Group mentions by entity id, in order of first appearance.

    >>> m = [Mention("d", 0, 1, "mTOR", "HGNC:3942", "MTOR", "target", "dictionary", 1.0),
    ...      Mention("d", 5, 9, "MTOR", "HGNC:3942", "MTOR", "target", "dictionary", 1.0)]
    >>> [(e.id, sorted(e.texts)) for e in predicted_entities(m)]
    [('HGNC:3942', ['MTOR', 'mTOR'])]
    """
    grouped: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        grouped[mention.id].append(mention)
    entities = []
    for entity_id, group in grouped.items():
        kind = Counter(m.type for m in group).most_common(1)[0][0]
        entities.append(
            PredictedEntity(
                id=entity_id,
                type=kind,
                label=next((m.label for m in group if m.label), entity_id),
                texts=frozenset(m.text for m in group),
                xrefs=frozenset(x for m in group for x in m.xrefs),
            )
        )
    return entities


def _curie_key(curie: str) -> tuple[str, str]:
    prefix, _, local = curie.strip().partition(":")
    prefix, local = prefix.casefold(), local.strip().upper()
    if prefix == "ncidict":
        local = local.removeprefix("CDR").lstrip("0")
    return prefix, local


def _gold_id_keys(entity: GoldEntity) -> set[tuple[str, str]]:
    keys = set()
    for field_name, prefix in (("nct", "clinicaltrials"), ("ncit", "NCIT"), ("nci_dictionary", "NCIDICT")):
        if value := entity.ids.get(field_name):
            keys.add(_curie_key(f"{prefix}:{value}"))
    return keys


def _strength(gold: GoldEntity, predicted: PredictedEntity) -> tuple[int, int]:
    """(ids agree, number of shared surface forms); (0, 0) means no match."""
    if gold.type != predicted.type:
        return 0, 0
    curies = {_curie_key(c) for c in (predicted.id, *predicted.xrefs)}
    ids_agree = bool(_gold_id_keys(gold) & curies)
    symbol = gold.ids.get("hgnc_symbol")
    if symbol and gold.type == "target" and normalise(predicted.label) == normalise(symbol):
        ids_agree = True
    shared = {normalise(m) for m in gold.mentions} & {normalise(t) for t in predicted.texts}
    return int(ids_agree), len(shared)


def match_entities(
    gold: Sequence[GoldEntity], predicted: Sequence[PredictedEntity]
) -> dict[str, PredictedEntity]:
    """Greedy one-to-one matching, strongest pairs first (ids agree, then most shared forms).

    Returns gold name → matched predicted entity.

    >>> g = [GoldEntity("drug", "everolimus", ("Everolimus",))]
    >>> p = [PredictedEntity("NCIT:C48387", "drug", "everolimus", frozenset({"everolimus"}))]
    >>> match_entities(g, p)["everolimus"].id
    'NCIT:C48387'
    """
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            ids_agree, shared = _strength(g, p)
            if ids_agree or shared:
                candidates.append((-ids_agree, -shared, gi, pi))
    candidates.sort()
    matched: dict[str, PredictedEntity] = {}
    used: set[int] = set()
    for _, _, gi, pi in candidates:
        if gold[gi].name in matched or pi in used:
            continue
        matched[gold[gi].name] = predicted[pi]
        used.add(pi)
    return matched


def _key(predicate: str, subject: tuple[str, str], obj: tuple[str, str], negated: bool) -> _Key:
    if predicate == "combined_with" and obj < subject:
        subject, obj = obj, subject
    return predicate, subject, obj, negated


def _gold_key(relation: GoldRelation, ids: dict[str, str]) -> _Key | None:
    obj = ids.get(relation.object)
    if relation.predicate == "brand_name_of":
        subject: str | None = normalise(relation.subject)
        kind = "text"
    else:
        subject, kind = ids.get(relation.subject), "id"
    if subject is None or obj is None:
        return None
    return _key(relation.predicate, (kind, subject), ("id", obj), relation.negated)


def _statement_key(statement: Statement) -> _Key:
    if statement.predicate == "brand_name_of":
        subject = ("text", normalise(statement.subject_text))
    else:
        subject = ("id", statement.subject)
    negated = statement.evidence.negated
    return _key(statement.predicate, subject, ("id", statement.object), negated)


@dataclass
class _Tally:
    """Mutable accumulator for one evaluation run."""

    entity_types: defaultdict[str, Counts]
    predicates: defaultdict[str, Counts]
    entity_misses: list[Miss]
    entity_false_hits: list[FalseHit]
    relation_misses: list[Miss]
    relation_false_hits: list[FalseHit]

    def bump(self, table: defaultdict[str, Counts], name: str, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        table[name] = table[name] + Counts(tp, fp, fn)


def _score_entities(
    doc: str, gold: GoldDocument, predicted: list[PredictedEntity], tally: _Tally
) -> tuple[Counts, dict[str, str]]:
    """Count one document's entities; also return gold name → matched predicted id."""
    scored = [p for p in predicted if p.type in ENTITY_TYPES]
    matched = match_entities(gold.entities, scored)
    matched_ids = {p.id for p in matched.values()}
    counts = Counts()
    for entity in gold.entities:
        if entity.name in matched:
            tally.bump(tally.entity_types, entity.type, tp=1)
            counts += Counts(tp=1)
        else:
            tally.bump(tally.entity_types, entity.type, fn=1)
            counts += Counts(fn=1)
            tally.entity_misses.append(Miss(doc, entity.type, entity.name, ", ".join(entity.mentions)))
    for p in scored:
        if p.id not in matched_ids:
            tally.bump(tally.entity_types, p.type, fp=1)
            counts += Counts(fp=1)
            texts = ", ".join(sorted(p.texts, key=str.casefold))
            tally.entity_false_hits.append(FalseHit(doc, p.type, texts, p.id, p.label))
    return counts, {name: p.id for name, p in matched.items()}


def _score_relations(
    doc: str,
    gold: GoldDocument,
    ids: dict[str, str],
    statements: Sequence[Statement],
    labels: dict[str, str],
    tally: _Tally,
) -> Counts:
    """Count one document's relations: deduplicated statements against resolvable gold triples."""
    open_gold: dict[_Key, GoldRelation] = {}
    unresolved: list[GoldRelation] = []
    for relation in gold.relations:
        key = _gold_key(relation, ids)
        if key is None or key in open_gold:
            unresolved.append(relation)
        else:
            open_gold[key] = relation
    counts = Counts()
    seen: set[_Key] = set()
    for statement in statements:
        key = _statement_key(statement)
        if statement.predicate not in SCORED_PREDICATES or key in seen:
            continue
        seen.add(key)
        if open_gold.pop(key, None) is not None:
            tally.bump(tally.predicates, statement.predicate, tp=1)
            counts += Counts(tp=1)
            continue
        tally.bump(tally.predicates, statement.predicate, fp=1)
        counts += Counts(fp=1)
        text = " ".join(
            (
                statement.subject_text or statement.subject,
                statement.predicate,
                statement.object_text or statement.object,
            )
        )
        label = f"{labels.get(statement.subject, '?')} → {labels.get(statement.object, '?')}"
        negated = " (negated)" if statement.evidence.negated else ""
        ident = f"{statement.subject} → {statement.object}"
        tally.relation_false_hits.append(FalseHit(doc, statement.predicate, text + negated, ident, label))
    for relation in [*unresolved, *open_gold.values()]:
        tally.bump(tally.predicates, relation.predicate, fn=1)
        counts += Counts(fn=1)
        negated = " (negated)" if relation.negated else ""
        name = f"{relation.subject} {relation.predicate} {relation.object}{negated}"
        tally.relation_misses.append(Miss(doc, relation.predicate, name, relation.evidence))
    return counts


def evaluate(
    gold_dir: Path, corpus_dir: Path, analyse: Analyse, *, text_only: bool = True,
    files: Collection[str] | None = None,
) -> EvaluationReport:
    """Run ``analyse`` on every gold-annotated document and score its mentions and statements.

    ``text_only`` leaves out statements whose evidence comes from a curated source rather than the text
    (the gold only annotates what the text states). ``files``, when given, keeps only the gold files of
    those names (``name.yaml``), e.g. one half of :func:`kg.evaluation.split.split_names`.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     _ = (Path(tmp) / "a.yaml").write_text(
    ...         "doc: a.md\\nentities:\\n- {type: drug, name: x, mentions: [X]}\\n", encoding="utf-8")
    ...     evaluate(Path(tmp), Path(tmp), lambda path: ([], [])).entities
    Counts(tp=0, fp=0, fn=1)
    """
    tally = _Tally(defaultdict(Counts), defaultdict(Counts), [], [], [], [])
    documents = []
    for path, gold in load_gold(gold_dir):
        if files is not None and path.name not in files:
            continue
        mentions, statements = analyse(corpus_dir / gold.doc)
        predicted = predicted_entities(mentions)
        entity_counts, ids = _score_entities(gold.doc, gold, predicted, tally)
        labels = {p.id: p.label for p in predicted}
        kept = [s for s in statements if not text_only or s.evidence.source == "text"]
        relation_counts = _score_relations(gold.doc, gold, ids, kept, labels, tally)
        documents.append(DocumentScore(path.name, gold.doc, entity_counts, relation_counts))

    def ordered(table: defaultdict[str, Counts], names: Sequence[str]) -> dict[str, Counts]:
        extra = sorted(set(table) - set(names))
        return {name: table[name] for name in [*names, *extra] if name in table}

    entity_types = ordered(tally.entity_types, ENTITY_TYPES)
    predicates = ordered(tally.predicates, SCORED_PREDICATES)
    return EvaluationReport(
        documents=tuple(documents),
        entity_types=entity_types,
        predicates=predicates,
        entities=sum(entity_types.values(), Counts()),
        relations=sum(predicates.values(), Counts()),
        entity_misses=tuple(tally.entity_misses),
        entity_false_hits=tuple(tally.entity_false_hits),
        relation_misses=tuple(tally.relation_misses),
        relation_false_hits=tuple(tally.relation_false_hits),
        notes=NOTES,
    )
