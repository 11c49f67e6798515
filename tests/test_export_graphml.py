"""GraphML export: typed keys declared once, readable by networkx and igraph, clean values."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import igraph
import networkx as nx
import pytest
from test_export import DRUG_PAGE, sample_graph

from kg.export.graphml import write_graphml
from kg.graph import KnowledgeGraph, Node

NS = "{http://graphml.graphdrawing.org/xmlns}"


@pytest.fixture(scope="module")
def graphml(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("graphml") / "kg.graphml"
    with path.open("wb") as handle:
        write_graphml(sample_graph(), handle)
    return path


def test_networkx_reads_typed_attributes(graphml: Path) -> None:
    graph = nx.read_graphml(graphml)
    assert isinstance(graph, nx.DiGraph) and graph.is_directed()
    drug = graph.nodes["NCIT:C48387"]
    assert (drug["label"], drug["name"], drug["type"]) == ("everolimus", "everolimus", "drug")
    assert drug["synonyms"] == "Afinitor" and drug["synonyms_count"] == 1
    assert graph.nodes[DRUG_PAGE]["type"] == "document"
    assert graph.nodes[DRUG_PAGE]["cancerTypes_count"] == 2
    inhibits = graph.edges["NCIT:C48387", "HGNC:3942"]
    assert inhibits["label"] == inhibits["interaction"] == "inhibits"
    assert isinstance(inhibits["confidence"], float) and inhibits["confidence"] == 1.0
    assert inhibits["negated"] is False and inhibits["hedged"] is False
    assert inhibits["n_documents"] == 2
    assert inhibits["evidence"] == "Everolimus inhibits mTOR."
    assert inhibits["median_pfs"] == "7.8 months"
    negated = graph.edges["NCIT:C48387", "HGNC:3430"]
    assert negated["negated"] is True
    mentions = graph.edges[DRUG_PAGE, "NCIT:C48387"]
    assert (mentions["label"], mentions["count"]) == ("mentions", 2)
    for node, data in graph.nodes(data=True):
        assert data.get("label"), node


def test_igraph_reads_it(graphml: Path) -> None:
    graph = igraph.Graph.Read_GraphML(str(graphml))
    assert graph.is_directed()
    assert graph.vcount() == 5 and graph.ecount() == 5
    assert set(graph.vs["label"]) >= {"everolimus", "MTOR", "Everolimus"}
    assert set(graph.es["interaction"]) == {"mentions", "inhibits", "targets"}


def test_keys_are_declared_once_with_types_and_readable_ids(graphml: Path) -> None:
    root = ET.parse(graphml).getroot()
    keys = root.findall(f"{NS}key")
    ids = [key.get("id") for key in keys]
    assert len(ids) == len(set(ids))
    assert not any(re.fullmatch(r"d\d+", str(key_id)) for key_id in ids)
    assert all(key.get("attr.type") in {"string", "int", "long", "double", "boolean"} for key in keys)
    declared = {(key.get("for"), key.get("attr.name")) for key in keys}
    assert len(declared) == len(keys)
    assert {("node", "label"), ("edge", "label"), ("edge", "confidence")} <= declared
    edge_ids = [edge.get("id") for edge in root.iter(f"{NS}edge")]
    assert len(edge_ids) == len(set(edge_ids))
    assert {data.text for data in root.iter(f"{NS}data") if data.text in ("true", "false", "True")} == {
        "true",
        "false",
    }


def test_xml_illegal_characters_are_stripped() -> None:
    graph = KnowledgeGraph()
    graph.add_node(Node(id="NCIT:C1", type="drug", label="bad\x00\x1b name", synonyms=("a\x0cb", "c|d")))
    out = io.BytesIO()
    write_graphml(graph, out)
    parsed = nx.read_graphml(io.BytesIO(out.getvalue()))
    assert parsed.nodes["NCIT:C1"]["label"] == "bad name"
    assert parsed.nodes["NCIT:C1"]["synonyms_count"] == 2


def test_same_graph_gives_same_bytes() -> None:
    first, second = io.BytesIO(), io.BytesIO()
    write_graphml(sample_graph(), first)
    write_graphml(sample_graph(reverse=True), second)
    assert first.getvalue() == second.getvalue()
