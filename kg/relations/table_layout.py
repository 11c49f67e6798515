"""Markdown tables in a document's text: caption, header, rows and cells, and what each column holds.

The text model (:mod:`kg.markdown_text`) writes each table row as one block of kind ``table_row``, its cells
joined by ``" | "``; an empty cell leaves only its bar ("Docetaxel |", "| |"). The first row of a table is its
header (its bar line "| --- |" below it writes no block; two tables a blank line apart are told apart by their
lines); the short paragraph right above it, when there is one ("Bevacizumab and Its Indications", "Table 2.
Adjuvant Therapy Used to Treat ..."), is its caption.

PDQ summaries flatten cells that span several rows: the rows below a spanning cell keep only their own cells,
written first, and markdown pads them with empty cells at the end ("Doxorubicin plus cyclophosphamide |" under
"Chemotherapy | Docetaxel and cyclophosphamide"). Such a row is read as the row above with its last cells
replaced, so each row holds one cell per column. Rows of bars ("--- | ---") and of abbreviations ("HER2 = human
epidermal growth factor receptor 2; ...") are not data.

A column's role is read from the words of its header (:func:`column_role`): the drugs of the row, drugs given
together, the partners of the row's drug, its indications, its molecular targets, its class, its toxicities.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from kg.model import Block, Document

__all__ = ["Cell", "CellKind", "Row", "Table", "cell_spans", "column_role", "document_tables"]

CellKind = Callable[["Cell"], object]

_BAR = re.compile(r"\s*\|\s*")
_RULE = re.compile(r"^:?-{2,}:?$")
# "HER2 = human epidermal growth factor receptor 2; ...", "T = primary tumor"
_GLOSS = re.compile(r"^\S{1,20} = \S")
# a caption is short and is no sentence of the running text
_CAPTION_KINDS = ("paragraph", "heading")
_CAPTION_LONGEST = 200

# roles, tried in this order on the lower-cased header (the first that matches decides)
_ROLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # the rows' drugs are a sample of the treatment a population had, not the subject of the table
    ("none", re.compile(r"\b(?:predisposing|concurrent|prior|previous|type\s+of\s+chemotherapy)\b")),
    # the name of a regimen ("CAPOX"): its drugs are in another column
    ("regimen", re.compile(r"\b(?:regimen|combination)\s+names?\b")),
    ("combination", re.compile(r"\b(?:drug\s+combinations?|drugs\s+included|regimens?|components?)\b")),
    ("class", re.compile(r"\b(?:(?:drug\s+)?class(?:es)?|(?:drug\s+)?categor(?:y|ies)|"
                         r"(?:type|kind)s?\s+of\s+(?:[\w-]+\s+)?(?:therapy|therapies|treatment|agents?|drugs?))\b")),
    ("indication", re.compile(r"\b(?:indications?|approved\s+uses?(?:\s*\(s\))?)(?!\s+for\s+testing)\b")),
    ("target", re.compile(r"\b(?:molecular\s+)?targets?\b")),
    # the column names only side effects ("Comments/Primary Side Effects" mixes in what to avoid)
    ("toxicity", re.compile(r"^(?:(?:major|common|most\s+common|primary|main|key|serious|frequent)\s+)?"
                            r"(?:toxicit(?:y|ies)|side\s+effects?|adverse\s+(?:effects?|events?|reactions?))[a-f]?$")),
    # the treatments of the row's disease or stage ("Stage | Treatment Options", "Sarcoma Subtype | Specific Agent")
    ("options", re.compile(r"\b(?:treatment\s+options?|specific\s+agents?)[a-f]?$")),
    ("partner", re.compile(r"^treatments?[a-f]?$")),  # "Treatmentb": a footnote mark
    ("drug", re.compile(r"\b(?:drugs?|therap(?:y|ies)|agents?|medications?|medicines?)(?:\s+(?:name|used))?[a-f]?$")),
)


@dataclass(frozen=True)
class Cell:
    """One cell: its span in the document text and the row it was written in (the row above, for a spanning cell).

    >>> Cell(10, 20, 3).end
    20
    """

    start: int
    end: int
    row_start: int


@dataclass(frozen=True)
class Row:
    """A data row: its span, and one cell per column of the header.

    >>> Row(0, 5, (Cell(0, 5, 0),)).cells[0].start
    0
    """

    start: int
    end: int
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class Table:
    """A table: its caption (``""`` when none) and header with their starts in the text, the span of each header
    cell, the role of each column, and its data rows.

    >>> Table("", 0, "Drug | Target", 0, ((0, 4), (7, 13)), ("drug", "target"), ()).roles
    ('drug', 'target')
    """

    caption: str
    caption_start: int
    header: str
    header_start: int
    header_cells: tuple[tuple[int, int], ...]
    roles: tuple[str | None, ...]
    rows: tuple[Row, ...]


def cell_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each cell of the row ``text[start:end]`` (an empty cell has ``start == end``).

    >>> row = "Docetaxel |"
    >>> [row[s:e] for s, e in cell_spans(row, 0, len(row))]
    ['Docetaxel', '']
    >>> row = "A | B (x) | C"
    >>> [row[s:e] for s, e in cell_spans(row, 0, len(row))]
    ['A', 'B (x)', 'C']
    """
    spans = []
    at = start
    for bar in _BAR.finditer(text, start, end):
        spans.append((at, bar.start()))
        at = bar.end()
    spans.append((at, end))
    return spans


def column_role(header: str) -> str | None:
    """What a column holds, from the words of its header: ``drug``, ``regimen`` (a regimen's name),
    ``combination`` (drugs given together), ``options`` (the treatments of the row's disease),
    ``partner`` (a "Treatment" column: "In combination with X"), ``indication``, ``target``, ``class``,
    ``toxicity``; ``None`` for anything else (stage, dose, trial results).

    >>> [column_role(h) for h in ("Drug", "Drug Combination", "FDA-Approved Indications", "Molecular Target",
    ...                           "Drug Class", "Major Toxicities", "Treatment", "Standard Treatment Options", "Dose",
    ...                           "Predisposing Therapy")]
    ['drug', 'combination', 'indication', 'target', 'class', 'toxicity', 'partner', 'options', None, None]
    """
    words = header.strip().lower()
    for role, pattern in _ROLES:
        if pattern.search(words):
            return None if role == "none" else role
    return None


def document_tables(document: Document, kind: CellKind | None = None) -> list[Table]:
    """The tables of a document, with their data rows (bars, glosses and empty rows left out; spanning cells
    repeated in the rows they span). ``kind`` tells what a cell holds (the types of its mentions): a row with
    empty last cells is a row under spanning cells only when its first cell holds another kind than the first
    cell above; without it, every such row is.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("Agents by Type\\n\\n| Drug Class | Agents |\\n| --- | --- |\\n"
    ...                      "| Chemo | A and B |\\n| C |\\n", "x.md")
    >>> table = document_tables(doc)[0]
    >>> table.caption, table.roles
    ('Agents by Type', ('class', 'drug'))
    >>> [[doc.text[c.start:c.end] for c in row.cells] for row in table.rows]
    [['Chemo', 'A and B'], ['Chemo', 'C']]
    """
    text = document.text
    tables: list[Table] = []
    blocks = document.blocks
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if block.kind != "table_row":
            index += 1
            continue
        end = index + 1
        while end < len(blocks) and blocks[end].kind == "table_row" and (
                blocks[end].line - blocks[end - 1].line == (2 if end == index + 1 else 1)):
            end += 1  # the same table: a header's bar line, then one line per row (a blank line starts another)
        before = blocks[index - 1] if index else None
        caption, caption_start = "", block.start
        if before is not None and before.kind in _CAPTION_KINDS and before.end - before.start <= _CAPTION_LONGEST:
            caption, caption_start = text[before.start : before.end], before.start
        header_cells = tuple(cell_spans(text, block.start, block.end))
        rows = _data_rows(text, blocks[index + 1 : end], len(header_cells), kind)
        tables.append(Table(caption, caption_start, text[block.start : block.end], block.start, header_cells,
                            tuple(column_role(text[s:e]) for s, e in header_cells), tuple(rows)))
        index = end
    return tables


def _data_rows(text: str, blocks: Sequence[Block], width: int, kind: CellKind | None) -> list[Row]:
    """The data rows of a table's body blocks, each with ``width`` cells (see the module docstring)."""
    rows: list[Row] = []
    above: Row | None = None
    for block in blocks:
        spans = cell_spans(text, block.start, block.end)
        filled = [bool(text[s:e]) and not _RULE.match(text[s:e]) for s, e in spans]
        if not any(filled) or _GLOSS.match(text[spans[0][0] : spans[0][1]]):
            continue
        spans = (spans + [(block.end, block.end)] * width)[:width]
        own = width - len(list(itertools.takewhile(lambda span: span[0] == span[1], reversed(spans))))
        cells = tuple(Cell(s, e, block.start) for s, e in spans)
        if above is not None and own < width and (kind is None or kind(cells[0]) != kind(above.cells[0])):
            # under spanning cells: its own cells are the last ones (a row whose first cell holds what the first
            # cell above holds, "Veliparib" under "Niraparib", is a row of its own with empty last cells)
            cells = above.cells[: width - own] + cells[:own]
        row = Row(block.start, block.end, cells)
        above = row
        rows.append(row)
    return rows

