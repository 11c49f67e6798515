"""Exports written by worker processes, or with the sorted lines spilled to disk, are the same files; the files
made from other files (N-Triples from N-Quads, JSON-LD from N-Triples) say what those say."""

from __future__ import annotations

import io
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
import pytest

import kg.export
import kg.export.rdf_parts
import kg.export.sorting
from kg.export import DEFAULT_FORMATS, FORMATS, write_exports
from kg.export.jsonld import jsonld_from_triples
from kg.export.parallel import can_fork
from kg.graph import KnowledgeGraph, Node
from tests.test_export import sample_graph


def _files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def test_each_format_alone_matches_the_shared_export(tmp_path: Path) -> None:
    graph = sample_graph()
    write_exports(graph, tmp_path, workers=1)
    together = _files(tmp_path)
    for name in DEFAULT_FORMATS:
        file_name, writer = FORMATS[name]
        alone = io.BytesIO()
        writer(graph, alone)
        assert alone.getvalue() == together[file_name], name


@pytest.mark.skipif(not can_fork(), reason="worker processes are forked")
def test_worker_processes_write_the_same_files(tmp_path: Path) -> None:
    write_exports(sample_graph(), tmp_path / "one", workers=1)
    write_exports(sample_graph(reverse=True), tmp_path / "two", workers=2)
    assert _files(tmp_path / "two") == _files(tmp_path / "one")
    assert len(_files(tmp_path / "one")) == len(DEFAULT_FORMATS)


def test_spilled_sorts_write_the_same_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_exports(sample_graph(), tmp_path / "memory", workers=1)
    monkeypatch.setattr(kg.export.sorting, "RUN_BYTES", 200)  # a run every few lines
    write_exports(sample_graph(), tmp_path / "spilled", workers=2)
    assert _files(tmp_path / "spilled") == _files(tmp_path / "memory")


def test_turtle_and_jsonld_without_ntriples_leave_no_helper_file(tmp_path: Path) -> None:
    write_exports(sample_graph(), tmp_path / "all", workers=1)
    written = write_exports(sample_graph(), tmp_path / "some", ["jsonld", "ttl"], workers=2)
    assert [path.name for path in written] == ["kg.jsonld", "kg.ttl"]
    assert sorted(path.name for path in (tmp_path / "some").iterdir()) == ["kg.jsonld", "kg.ttl"]
    assert (tmp_path / "some" / "kg.ttl").read_bytes() == (tmp_path / "all" / "kg.ttl").read_bytes()


@pytest.mark.skipif(not can_fork(), reason="worker processes are forked")
def test_a_failing_writer_in_a_worker_fails_the_export(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(graph: KnowledgeGraph, handle: BinaryIO) -> None:
        handle.write(b"half")
        raise RuntimeError("disk on fire")

    formats = dict(FORMATS) | {"broken": ("kg.broken", broken)}
    monkeypatch.setattr(kg.export, "FORMATS", formats)
    with pytest.raises(RuntimeError, match="disk on fire"):
        write_exports(sample_graph(), tmp_path, ["nt", "broken"], workers=2)
    assert not (tmp_path / "kg.broken").exists()
    assert not [path.name for path in tmp_path.iterdir() if path.name.startswith(".")]


def test_ntriples_and_jsonld_are_those_of_the_quads(tmp_path: Path) -> None:
    # kg.nt is made from the sorted kg.nq lines and kg.jsonld from the kg.nt lines, without parsing them:
    # names with quotes, backslashes and IRIs inside must come out as pyoxigraph writes and reads them
    graph = sample_graph()
    tricky = ('a "quoted" name', "back\\slash <http://example.org/x> .", "see <http://example.org/y> <z>", "tab\there")
    graph.add_node(Node(id="HGNC:1", type="target", label=tricky[0], synonyms=tricky[1:]))
    write_exports(graph, tmp_path, ["nq", "nt", "jsonld"], workers=1)
    quads = list(ox.parse((tmp_path / "kg.nq").read_bytes(), format=ox.RdfFormat.N_QUADS))
    lines = {ox.serialize([quad.triple], format=ox.RdfFormat.N_TRIPLES) for quad in quads}
    ntriples = (tmp_path / "kg.nt").read_bytes()
    assert ntriples == b"".join(sorted(lines))
    parsed = io.BytesIO()
    jsonld_from_triples(ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES), parsed)
    assert (tmp_path / "kg.jsonld").read_bytes() == parsed.getvalue()
    assert all(name.encode() in ntriples.replace(b'\\"', b'"').replace(b"\\\\", b"\\").replace(b"\\t", b"\t")
               for name in tricky)


@pytest.mark.skipif(not can_fork(), reason="worker processes are forked")
@pytest.mark.parametrize("boundaries", [
    (),  # one part
    ("https://w3id.org/kgnci/statement/",),  # the entities, then every statement, evidence node and document
    ("https://w3id.org/kgnci/statement/e8", "https://w3id.org/kgnci/statement/m", "https://www.cancer.gov/"),
    ("a", "https://identifiers.org/hgnc:3942", "zzz"),  # empty first and last parts; a cut inside the entities
])
def test_the_rdf_files_written_in_parts_are_those_of_one_task(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boundaries: tuple[str, ...]
) -> None:
    graph = sample_graph()
    write_exports(graph, tmp_path / "one", workers=1)
    monkeypatch.setattr(kg.export.rdf_parts, "BOUNDARIES", boundaries)
    write_exports(graph, tmp_path / "parts", workers=2)
    assert _files(tmp_path / "parts") == _files(tmp_path / "one")
    some = write_exports(graph, tmp_path / "some", ["jsonld", "nq", "ttl"], workers=2)
    assert [path.name for path in some] == ["kg.jsonld", "kg.nq", "kg.ttl"]
    assert sorted(path.name for path in (tmp_path / "some").iterdir()) == ["kg.jsonld", "kg.nq", "kg.ttl"]
    assert all(path.read_bytes() == (tmp_path / "one" / path.name).read_bytes() for path in some)


def test_an_empty_graph_in_parts_is_the_empty_export(tmp_path: Path) -> None:
    from kg.export.parallel import run_tasks
    from kg.export.rdf_parts import RdfParts

    write_exports(KnowledgeGraph(), tmp_path / "one", ["nq", "nt", "ttl", "jsonld"], workers=1)
    (tmp_path / "parts").mkdir()
    targets = {name: tmp_path / "parts" / f"kg.{name}" for name in ("nq", "nt", "ttl", "jsonld")}
    parts = RdfParts(KnowledgeGraph(), targets)
    for name in run_tasks(parts.tasks, parts.after):
        parts.finished(name)
    parts.remove()
    assert _files(tmp_path / "parts") == _files(tmp_path / "one")
