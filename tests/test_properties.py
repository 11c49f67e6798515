"""Property-based tests (hypothesis): arbitrary text, front matter, link targets and unicode never make reading,
linking or any exporter raise, and every export parses in pyoxigraph, rdflib and networkx.

The linker is built once (``default_linker`` caches it); examples are few and have no deadline, so the whole
module runs in about a minute.
"""

from __future__ import annotations

import csv
import io
import json
import os
from typing import Any

import networkx as nx
import pyoxigraph as ox
import rdflib
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.documents import DocumentError, parse_document
from kg.export import FORMATS
from kg.model import Document
from kg.pipeline import analyse_document, default_linker, merge

EXAMPLES = int(os.environ.get("KG_HYPOTHESIS_EXAMPLES", "150"))  # raise it to hunt for bugs
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
FEW = settings(max_examples=EXAMPLES // 3, deadline=None, suppress_health_check=list(HealthCheck))

# Words the linker knows, so that examples link, relate and export something, mixed with any unicode.
WORDS = st.sampled_from([
    "Everolimus", "inhibits", "mTOR", "breast cancer", "Afinitor", "imatinib", "BCR-ABL", "trastuzumab", "HER2",
    "NCT01234567", "treats", "patients", "with", "and", ".", ",", "(", ")", "\n", "\n\n", "- ", "# ", "> ", "|",
    "**", "_", "`", "<b>", "&amp;", "\\", "[", "]", "\u200b", "\u00e9", "\U0001f9ec", "\x00", "\x0b", "\ufffe",
])
TEXT = st.one_of(st.text(max_size=300), st.lists(st.one_of(WORDS, st.text(max_size=8)), max_size=60).map(" ".join))
TARGETS = st.one_of(
    st.text(max_size=80),
    st.sampled_from([
        "/about-cancer/treatment/drugs/everolimus", "/publications/dictionaries/cancer-terms/def/653126",
        "https://clinicaltrials.gov/study/NCT01234567", "javascript:alert(1)", "<>", "a b", "http://x/\u00e9?q=<\">",
        "https://www.cancer.gov/types/breast", "#frag", "mailto:a@b", "../../etc/passwd", "\x00",
    ]),
)
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=30))
YAML_VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=10), inner, max_size=4)),
    max_leaves=12,
)
FRONT_MATTER = st.one_of(
    st.dictionaries(st.sampled_from(["title", "url", "description", "date", "tags", "x"]) | st.text(max_size=8),
                    YAML_VALUES, max_size=6).map(lambda d: yaml.safe_dump(d, allow_unicode=True)),
    st.text(max_size=200),
)


@st.composite
def pages(draw: st.DrawFn) -> str:
    """A markdown page: maybe front matter, text, and links with any anchor and target."""
    parts = []
    if draw(st.booleans()):
        parts.append(f"---\n{draw(FRONT_MATTER)}\n---\n")
    for _ in range(draw(st.integers(0, 6))):
        if draw(st.booleans()):
            parts.append(f"[{draw(TEXT)}]({draw(TARGETS)})")
        else:
            parts.append(draw(TEXT))
    return " ".join(parts)


def _read(raw: str | bytes) -> Document | None:
    try:
        return parse_document(raw, "page.md")
    except DocumentError as error:
        assert str(error).startswith("page.md")
        assert "\n" not in str(error)
        return None


@SETTINGS
@given(st.one_of(pages(), st.text(), st.binary(max_size=300)))
def test_reading_any_page_gives_a_document_or_one_error(raw: str | bytes) -> None:
    doc = _read(raw)
    if doc is not None:
        for link in doc.links:
            assert doc.text[link.start : link.end] == link.text
        for block in doc.blocks:
            assert 0 <= block.start <= block.end <= len(doc.text)


@SETTINGS
@given(pages())
def test_linking_and_extraction_never_raise(page: str) -> None:
    doc = _read(page)
    if doc is None:
        return
    analysis = analyse_document(doc, default_linker())
    for mention in analysis.mentions:
        assert doc.text[mention.start : mention.end] == mention.text


def _export(name: str, data: bytes) -> None:
    rdf = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "nq": ox.RdfFormat.N_QUADS,
           "jsonld": ox.RdfFormat.JSON_LD}
    if name in rdf:
        list(ox.parse(data, format=rdf[name]))
        rdflib_format = {"ttl": "turtle", "nt": "nt", "nq": "nquads", "jsonld": "json-ld"}[name]
        if name == "nq":
            rdflib.Dataset().parse(data=data, format=rdflib_format)
        else:
            rdflib.Graph().parse(data=data, format=rdflib_format)
    elif name in ("graphml", "yed"):
        nx.read_graphml(io.BytesIO(data))
    elif name == "cyjs":
        payload: Any = json.loads(data)
        graph = nx.MultiDiGraph()
        graph.add_nodes_from((n["data"]["id"], n["data"]) for n in payload["elements"]["nodes"])
        for edge in payload["elements"]["edges"]:
            assert edge["data"]["source"] in graph and edge["data"]["target"] in graph
            graph.add_edge(edge["data"]["source"], edge["data"]["target"], **edge["data"])
    elif name.startswith("kgx"):
        rows = list(csv.reader(io.StringIO(data.decode("utf-8")), delimiter="\t"))
        assert rows and all(len(row) == len(rows[0]) for row in rows)
    else:
        assert data.startswith(b"<!DOCTYPE html>") or data.lower().startswith(b"<!doctype html>")


@FEW
@given(st.lists(pages(), min_size=1, max_size=3))
def test_every_export_of_any_pages_parses(raw_pages: list[str]) -> None:
    docs = [doc for doc in (_read(page) for page in raw_pages) if doc is not None]
    docs = [Document(id=f"kgdoc:p{n}.md", path=f"p{n}.md", metadata=d.metadata, text=d.text, headings=d.headings,
                     links=d.links, blocks=d.blocks, body_line=d.body_line) for n, d in enumerate(docs)]
    graph = merge(analyse_document(doc, default_linker()) for doc in docs)
    for name, (_, writer) in FORMATS.items():
        handle = io.BytesIO()
        writer(graph, handle)
        _export(name, handle.getvalue())
