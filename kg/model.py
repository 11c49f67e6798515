"""The records that flow through the pipeline: document → mentions → statements → graph.

Every record is a frozen dataclass so a stage can never change what an earlier stage produced.
Identifiers are CURIEs (``NCIT:C48387``, ``HGNC:3942``, ``clinicaltrials:NCT00863655``); the prefix map
in ``ontology/prefixes.json`` turns them into IRIs for RDF.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

EntityType = Literal[
    "drug",
    "target",
    "drug_class",
    "trial",
    "disease",
    "adverse_event",
    "organization",
    "endpoint",
    "biomarker",
]

ENTITY_TYPES: tuple[str, ...] = get_args(EntityType)

PREDICATES: tuple[str, ...] = (
    "inhibits",
    "targets",
    "member_of_class",
    "tested_in_trial",
    "trial_studies_disease",
    "treats",
    "approved_for",
    "studied_for",
    "has_adverse_effect",
    "brand_name_of",
    "sponsored_by",
    "combined_with",
)


@dataclass(frozen=True)
class Link:
    """A markdown link as it appears in a document's plain text.

    ``start``/``end`` are offsets into :attr:`Document.text`; ``line`` is the 1-based line in the file.

    >>> Link(text="mTOR", target="/publications/dictionaries/cancer-terms/def/653126", start=0, end=4, line=9).text
    'mTOR'
    """

    text: str
    target: str
    start: int
    end: int
    line: int


@dataclass(frozen=True)
class Heading:
    """A heading of the body, with its level (1–6) and span in the plain text.

    >>> Heading(level=2, text="Use in Cancer", start=10, end=23).level
    2
    """

    level: int
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Block:
    """One block of the plain text (paragraph, heading, list item, table row, or "card": a teaser of another
    page, which is navigation) and its kind.

    >>> Block(kind="list_item", start=0, end=5, line=3).kind
    'list_item'
    """

    kind: str
    start: int
    end: int
    line: int


@dataclass(frozen=True)
class Document:
    """A parsed article: front-matter metadata and the body as plain text with offsets.

    ``text`` holds one block per line (paragraphs, headings, list items, table rows joined by ``\\n``);
    whitespace inside a block is collapsed to single spaces, link markup is reduced to the anchor text and
    emphasis markers are dropped, so replacing ``\\n`` by a space gives the text annotators see.

    >>> doc = Document(id="https://www.cancer.gov/x", path="x.md", metadata={}, text="Hello.")
    >>> doc.title
    ''
    """

    id: str
    path: str
    metadata: Mapping[str, Any]
    text: str
    headings: tuple[Heading, ...] = ()
    links: tuple[Link, ...] = ()
    blocks: tuple[Block, ...] = ()
    body_line: int = 1
    warnings: tuple[str, ...] = ()  # "path:line: message" for what was read but not as written

    @property
    def title(self) -> str:
        """The front matter's ``title``, or an empty string."""
        value = self.metadata.get("title", "")
        return str(value) if value is not None else ""

    @property
    def cancer_types(self) -> tuple[str, ...]:
        """The front matter's ``cancerTypes`` list (e.g. ``('breast',)``)."""
        value = self.metadata.get("cancerTypes") or ()
        if isinstance(value, str):
            return (value,)
        return tuple(str(v) for v in value)


@dataclass(frozen=True)
class Term:
    """One concept of the compiled vocabulary.

    ``synonyms`` are the other names it is known by; ``brands`` and ``codes`` are kept apart because they
    are exact-case product and code names (``Afinitor``, ``RAD001``). ``xrefs`` are CURIEs of the same concept
    in other vocabularies.

    >>> Term(id="NCIT:C48387", type="drug", label="everolimus", brands=("Afinitor",)).brands
    ('Afinitor',)
    """

    id: str
    type: str
    label: str
    synonyms: tuple[str, ...] = ()
    brands: tuple[str, ...] = ()
    codes: tuple[str, ...] = ()
    xrefs: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class CuratedRelation:
    """A fact from a curated source (not read in text), e.g. a drug page's approved use.

    >>> CuratedRelation("NCIT:C48387", "targets", "HGNC:3942", "drugcentral").predicate
    'targets'
    """

    subject: str
    predicate: str
    object: str
    source: str


@dataclass(frozen=True)
class Mention:
    """A span of a document linked to an entity.

    ``method`` says how it was linked (``link``, ``identifier``, ``dictionary``, ``abbreviation``,
    ``anchor``, ``pattern``); ``confidence`` is the linker's estimate in [0, 1]; ``name_kind`` says which
    kind of vocabulary name the text is (``label``, ``synonym``, ``brand``, ``code``) when known.

    >>> m = Mention("doc", 0, 10, "everolimus", "NCIT:C48387", "everolimus", "drug", "dictionary", 0.95)
    >>> m.id
    'NCIT:C48387'
    """

    doc: str
    start: int
    end: int
    text: str
    id: str
    label: str
    type: str
    method: str
    confidence: float
    synonyms: tuple[str, ...] = ()
    xrefs: tuple[str, ...] = ()
    name_kind: str = ""


@dataclass(frozen=True)
class Evidence:
    """Where a statement was read: document, sentence, offsets, and how sure the reading is.

    ``source`` is ``"text"`` for facts read in an article, or a curated source's name.

    >>> Evidence(doc="doc", sentence="Everolimus inhibits mTOR.", start=0, end=25, method="verb").negated
    False
    """

    doc: str
    sentence: str
    start: int
    end: int
    method: str
    confidence: float = 0.8
    negated: bool = False
    hedged: bool = False
    source: str = "text"


@dataclass(frozen=True)
class Statement:
    """A typed relation between two entities with one piece of evidence.

    >>> ev = Evidence(doc="d", sentence="s", start=0, end=1, method="verb")
    >>> Statement("NCIT:C48387", "inhibits", "HGNC:3942", ev).predicate
    'inhibits'
    """

    subject: str
    predicate: str
    object: str
    evidence: Evidence
    subject_text: str = ""
    object_text: str = ""
    data: Mapping[str, Any] = field(default_factory=dict)
