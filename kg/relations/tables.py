"""Relations a table states by its columns: "| Drug | Molecular Target | FDA-Approved Indications | Toxicities |".

A table row is no sentence: the drug of the row holds the relation each other column's header names for what its
cell holds. :mod:`kg.relations.table_layout` finds the tables and the role of each column; this module reads, for
each data row:

- the row's drugs: the mentions of its drug column ("Therapy", "Medication", "Chemotherapy Agent"), or, when a
  table of uses has no drug column, the single drug its caption names ("Bevacizumab and Its Indications");
- ``approved_for`` each disease of an indication column ("Indication", "Approved Use(s)") when the caption or a
  header says the approval ("FDA", "approved"), ``treats`` otherwise;
- ``targets`` each target of a target column ("BRAF and MEK, respectively" pairs the drugs and targets in order);
- ``member_of_class`` each class of a class column ("Drug Class", "Drug Category", "Type of Adjuvant Therapy"), and
  the class the drug column's header names ("CAR T-Cell Therapy");
- ``has_adverse_effect`` each adverse event of a toxicity column ("Major Toxicities", "Side Effects");
- ``treats`` for each drug or class of a "Treatment Options" cell and the disease of its row ("Stage II Colon
  Cancer") or, when the row names none, of the caption; an option "under clinical evaluation" is no standard use;
- ``combined_with`` for drugs given together: each pair of a combination column ("Drug Combination", "Drugs
  Included"), of a drug cell that says so ("Dabrafenib plus Trametinib combination"), and the row's drug with
  each partner of a "Treatment" cell "In combination with X" (the partners with each other, and each partner
  ``treats`` the row's indications). Alternatives ("A or B", "A/B") and formulas are not combined; a regimen
  written with its components in brackets ("IFL (irinotecan, fluorouracil, leucovorin)") is not paired with them.

A cell that hedges ("Unknown but probably alkylating prodrugs") states nothing. The evidence is the caption and
header joined to the row by " [...] ", as the rulebook quotes a list item with its lead-in.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence

from kg.model import Document, Evidence, Mention, Statement
from kg.relations.table_layout import Cell, Row, Table, document_tables

__all__ = ["table_statements"]

_APPROVAL = re.compile(r"\bFDA\b|\bFood\s+and\s+Drug\s+Administration\b|\bapprov", re.I)
_HEDGED = re.compile(r"\b(?:unknown|unclear|probably|possibly|may|might|investigational|under\s+study|"
                     r"clinical\s+(?:trials?|evaluation))\b", re.I)
# a drug cell that names drugs given together
_TOGETHER = re.compile(r"\bplus\b|\+|\bwith\b|\bcombination\b|\bcombined\b", re.I)
# a partner cell: "In combination with X", "With X", "Plus X"
_PARTNERS = re.compile(r"^(?:(?:in\s+)?combination\s+with|combined\s+with|with|plus|given\s+with)\b", re.I)
# alternatives or a formula, not a combination ("with or without" adds a drug, it offers no alternative;
# "= cyclophosphamide dose + ifosfamide dose" is arithmetic)
_ALTERNATIVE = re.compile(r"\bor\b(?<!with\sor)(?!\s+without\b)|/|=", re.I)
# what may stand before and after a whole item of a cell: the cell's edge, a list's glue, a footnote mark, a
# generic head noun ("Chemotherapy Agent")
_ITEM_BEFORE = re.compile(r"(?:^|[,;(]\s*|\b(?:and|or|Example:)\s+)\Z", re.I)
_ITEM_AFTER = re.compile(r"(?:[a-f]?\W*\Z|\s*[,;)\[]|\s+(?:and|or)\b|\s+(?:agents?|drugs?|therap(?:y|ies)|"
                         r"medications?)\W*\Z)", re.I)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
_METHOD = "table"
_CONFIDENCE = 0.7


def table_statements(document: Document, mentions: Sequence[Mention]) -> list[Statement]:
    """The relations the tables of a document state, row by row (see the module docstring).

    >>> from kg.documents import parse_document
    >>> doc = parse_document("| Drug | Drug Class |\\n| --- | --- |\\n| Etoposide | Topoisomerase inhibitor |\\n",
    ...                      "x.md")
    >>> t = doc.text
    >>> ms = [Mention(doc.id, t.index("Etoposide"), t.index("Etoposide") + 9, "Etoposide", "D1", "etoposide",
    ...               "drug", "dictionary", 0.9),
    ...       Mention(doc.id, t.index("Topo"), len(t), "Topoisomerase inhibitor", "K1", "topoisomerase inhibitor",
    ...               "drug_class", "dictionary", 0.9)]
    >>> [(s.subject_text, s.predicate, s.object_text) for s in table_statements(doc, ms)]
    [('Etoposide', 'member_of_class', 'Topoisomerase inhibitor')]
    """
    if not any(block.kind == "table_row" for block in document.blocks):
        return []
    by_start = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in by_start]
    statements: list[Statement] = []

    def kind(cell: Cell) -> frozenset[str]:  # what a cell holds: the types of its mentions
        return frozenset(m.type for m in by_start[bisect_left(starts, cell.start) : bisect_left(starts, cell.end)])

    for table in document_tables(document, kind):
        if not any(table.roles):
            continue
        reader = _TableReader(document, table, by_start, starts)
        for row in table.rows:
            statements.extend(reader.read(row))
    return statements


class _TableReader:
    """Reads the rows of one table: its column roles, the caption's drug, and the evidence head."""

    def __init__(self, document: Document, table: Table, by_start: list[Mention], starts: list[int]) -> None:
        self.document = document
        self.table = table
        self.by_start = by_start
        self.starts = starts
        self.approved = bool(_APPROVAL.search(table.caption) or _APPROVAL.search(table.header))
        self.head = f"{table.caption} | {table.header}" if table.caption else table.header
        self.columns = {role: index for index, role in reversed(list(enumerate(table.roles))) if role}
        self.caption_drugs: list[Mention] = []
        if not {"drug", "regimen", "combination"} & self.columns.keys() and {"indication", "partner"} & (
                self.columns.keys()) and table.caption:  # a drug's uses ("Bevacizumab and Its Indications")
            found = _distinct(self._within(table.caption_start, table.caption_start + len(table.caption), "drug"))
            if len(found) == 1:
                self.caption_drugs = found
        self.header_classes: list[Mention] = []
        if "drug" in self.columns:  # the class the drug column's header names ("CAR T-Cell Therapy")
            start, end = table.header_cells[self.columns["drug"]]
            self.header_classes = _whole_items(document.text, start, end, self._within(start, end, "drug_class"))

    def _within(self, start: int, end: int, *types: str) -> list[Mention]:
        """The mentions of these types in ``[start, end)``."""
        found = []
        for mention in self.by_start[bisect_left(self.starts, start) :]:
            if mention.start >= end:
                break
            if mention.end <= end and mention.type in types:
                found.append(mention)
        return found

    def _cell(self, row: Row, role: str, *types: str) -> tuple[Cell | None, list[Mention]]:
        """The cell of the column with this role, and its mentions of these types (none when the cell hedges)."""
        index = self.columns.get(role)
        if index is None:
            return None, []
        cell = row.cells[index]
        if _HEDGED.search(self.document.text[cell.start : cell.end]):
            return cell, []
        return cell, self._within(cell.start, cell.end, *types)

    def read(self, row: Row) -> Iterator[Statement]:
        """The statements of one data row."""
        text = self.document.text
        drug_cell, drugs = self._cell(row, "drug", "drug", "drug_class")
        drugs = _distinct(drugs) or list(self.caption_drugs)
        pairs: list[tuple[Mention, Mention]] = []
        if drug_cell is not None and len(drugs) > 1:
            cell_text = text[drug_cell.start : drug_cell.end]
            if _TOGETHER.search(cell_text) and not _ALTERNATIVE.search(cell_text):
                pairs.extend(_given_together(text, drugs))
        combination_cell, combined = self._cell(row, "combination", "drug")
        if combination_cell is not None and not _ALTERNATIVE.search(
                text[combination_cell.start : combination_cell.end]):
            pairs.extend(_given_together(text, _distinct(combined)))
        partner_cell, partners = self._cell(row, "partner", "drug")
        if partner_cell is None or not _PARTNERS.match(text[partner_cell.start : partner_cell.end]):
            partners = []
        partners = [p for p in _distinct(partners) if p.id not in {d.id for d in drugs}]
        if partners and drugs:
            pairs.extend((drug, partner) for drug in drugs for partner in partners)
            pairs.extend(_given_together(text, partners))
        evidence = self._evidence(row)
        seen: set[tuple[str, str, str]] = set()

        def state(subject: Mention, predicate: str, obj: Mention) -> Iterator[Statement]:
            key = (subject.id, predicate, obj.id)
            if subject.id != obj.id and key not in seen:
                seen.add(key)
                confidence = round(_CONFIDENCE * min(subject.confidence, obj.confidence) ** 0.5, 3)
                yield Statement(subject.id, predicate, obj.id, Evidence(
                    doc=self.document.id, sentence=evidence, start=row.start, end=row.end, method=_METHOD,
                    confidence=confidence), subject.text, obj.text)

        for first, second in pairs:
            yield from state(first, "combined_with", second)
        _, regimens = self._cell(row, "regimen", "drug")
        users = drugs or _distinct(regimens + combined)
        _, diseases = self._cell(row, "indication", "disease")
        for disease in _distinct(diseases):
            for drug in users:
                yield from state(drug, "approved_for" if self.approved else "treats", disease)
            for partner in partners:
                yield from state(partner, "treats", disease)
        target_cell, targets = self._cell(row, "target", "target")
        targets = _distinct(targets)
        if target_cell is not None and _RESPECTIVELY.search(text[target_cell.start : target_cell.end]):
            if len(targets) == len(drugs):
                for drug, target in zip(drugs, targets, strict=True):
                    yield from state(drug, "targets", target)
        else:
            for drug in drugs:
                for target in targets:
                    yield from state(drug, "targets", target)
        class_cell, classes = self._cell(row, "class", "drug_class")
        if class_cell is not None:
            classes = _whole_items(text, class_cell.start, class_cell.end, classes)
        classes = _distinct(classes + self.header_classes)
        for drug in drugs:
            for kind in classes:
                yield from state(drug, "member_of_class", kind)
        yield from self._options(row, state)
        _, events = self._cell(row, "toxicity", "adverse_event")
        for drug in drugs:
            for event in _distinct(events):
                yield from state(drug, "has_adverse_effect", event)

    def _options(self, row: Row, state: Callable[[Mention, str, Mention], Iterator[Statement]]) -> Iterator[Statement]:
        """The drugs and classes of a "Treatment Options" cell treat the disease the row names (its stage: "Stage
        II Colon Cancer"), or else the diseases of the caption ("Treatment Options for Low-Grade Serous
        Carcinoma"); options under clinical evaluation are not standard use."""
        options_cell, treatments = self._cell(row, "options", "drug", "drug_class")
        if options_cell is None or not treatments:
            return
        diseases = [m for cell in row.cells if cell != options_cell
                    for m in self._within(cell.start, cell.end, "disease")]
        if not diseases and self.table.caption:
            caption = self.table.caption_start
            diseases = self._within(caption, caption + len(self.table.caption), "disease")
        for treatment in _distinct(treatments):
            for disease in _distinct(diseases):
                yield from state(treatment, "treats", disease)

    def _evidence(self, row: Row) -> str:
        """The caption and header, then the rows the row's cells were written in (a spanning cell's row first)."""
        text = self.document.text
        written = sorted({cell.row_start for cell in row.cells} | {row.start})
        parts = [text[start : _line_end(text, start)] for start in written]
        return " [...] ".join([self.head, *parts])


def _line_end(text: str, start: int) -> int:
    """The end of the block (line of the text) that starts at ``start``."""
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _distinct(mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions, each entity once (its first mention: "Vemurafenib (Zelboraf)" is one drug)."""
    seen: set[str] = set()
    found = []
    for mention in mentions:
        if mention.id not in seen:
            seen.add(mention.id)
            found.append(mention)
    return found


def _whole_items(text: str, start: int, end: int, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions that are whole items of the cell ``text[start:end]``: the cell itself, or one of a list
    ("Alkylating agents", "Antiestrogen; aromatase inhibitor", "Chemotherapy Agent"), not a word inside a longer
    name ("benzodiazepine" in "Nonbenzodiazepine benzodiazepine receptor agonist").

    >>> text = "Nonbenzodiazepine benzodiazepine receptor agonist"
    >>> m = Mention("x", 18, 32, "benzodiazepine", "K1", "benzodiazepine", "drug_class", "dictionary", 0.9)
    >>> _whole_items(text, 0, len(text), [m])
    []
    """
    return [m for m in mentions if _ITEM_BEFORE.search(text[start : m.start]) and _ITEM_AFTER.match(text[m.end : end])]


def _given_together(text: str, drugs: Sequence[Mention]) -> Iterator[tuple[Mention, Mention]]:
    """Each pair of the drugs, except a regimen and the components its brackets list ("IFL (irinotecan, ...)")."""
    components: dict[str, set[str]] = {}
    for drug in drugs:
        if text.startswith(" (", drug.end) or text.startswith("(", drug.end):
            close = text.find(")", drug.end)
            components[drug.id] = {d.id for d in drugs if drug.end < d.start < close}
    for first, second in itertools.combinations(drugs, 2):
        if second.id in components.get(first.id, ()) or first.id in components.get(second.id, ()):
            continue
        yield first, second
