"""The KGX node and edge TSV files after a change, made from the previous build's files: one row per entity
or relation edge, in a fixed order; a touched row is made again, every other one copied (see
:mod:`kg.export.incremental_elements`, whose :func:`~kg.export.incremental_elements.walk` this uses). The
edge rows are sorted by their id, so, as in Cytoscape JSON, the kept rows and the touched rows made again are
merged by id, and no other edge's id (a hash) is computed.
"""

from __future__ import annotations

import mmap
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from pathlib import Path

from kg.export import biolink, kgx
from kg.export.atomic import write_atomic
from kg.export.changes import Touched
from kg.export.element_index import Block
from kg.export.element_merge import sorted_merge, walk
from kg.export.incremental_elements import _open, _write
from kg.export.incremental_rdf import PatchError
from kg.graph import Edge, KnowledgeGraph

__all__ = ["patch_kgx"]


def patch_kgx(graph: KnowledgeGraph, touched: Touched, old: Path, new: Path, *, edges: bool) -> Path:
    """Write the KGX node (or, with ``edges``, edge) TSV of ``graph`` to ``new`` from ``old``.

    >>> import tempfile
    >>> from kg.export.incremental_elements import _whole
    >>> from kg.graph import Node
    >>> folder = Path(tempfile.mkdtemp())
    >>> g = KnowledgeGraph()
    >>> g.add_node(Node(id="HGNC:3942", type="target", label="MTOR"))
    >>> _ = (folder / "old.tsv").write_bytes(_whole(kgx.write_kgx_nodes, g))
    >>> g.add_node(Node(id="HGNC:1", type="target", label="A1BG"))
    >>> new = patch_kgx(g, Touched(nodes={"HGNC:1"}), folder / "old.tsv", folder / "new.tsv", edges=False)
    >>> new.read_bytes() == _whole(kgx.write_kgx_nodes, g)
    True
    >>> from kg.model import Evidence, Statement
    >>> g.add_statement(Statement("NCIT:C48387", "inhibits", "HGNC:3942", Evidence("d", "s", 0, 1, "verb")))
    >>> g.add_statement(Statement("NCIT:C1", "inhibits", "HGNC:1", Evidence("d", "s", 0, 1, "verb")))
    >>> _ = (folder / "old.tsv").write_bytes(_whole(kgx.write_kgx_edges, g))
    >>> g.add_statement(Statement("NCIT:C2", "inhibits", "HGNC:1", Evidence("d", "s", 0, 1, "verb")))
    >>> touched = Touched(edges={("NCIT:C2", "inhibits", "HGNC:1")})
    >>> new = patch_kgx(g, touched, folder / "old.tsv", folder / "new.tsv", edges=True)
    >>> new.read_bytes() == _whole(kgx.write_kgx_edges, g)
    True
    """
    made: list[tuple[bytes, Callable[[], bytes] | None]] = []
    skip: set[bytes] = set()
    fresh: list[tuple[bytes, bytes]] = []
    if edges:  # rows sorted by id: the kept rows of the old file and the touched ones made again are merged
        skip = {f"kgstmt:{Edge(*key, ()).id}".encode() for key in touched.edges}
        fresh = sorted((f"kgstmt:{graph.edges[key].id}".encode(), _row(kgx.EDGE_COLUMNS,
                                                                       partial(kgx.edge_row, graph.edges[key])))
                       for key in touched.edges if key in graph.edges)
    else:
        skip = {biolink.biolink_curie(i).encode() for i in touched.nodes}
        for node in graph.sorted_nodes():
            node_key = biolink.biolink_curie(node.id).encode()
            made.append((node_key, partial(_row, kgx.NODE_COLUMNS, partial(kgx.node_row, node))
                         if node.id in touched.nodes else None))
    source, data = _open(old)
    with source, data:
        first = data.find(b"\n") + 1
        if first <= 0 or not (graph.edges if edges else made):
            raise PatchError(f"{old}: no rows")
        if data[-1:] != b"\n":
            raise PatchError(f"{old}: the last row does not end")
        blocks = _tsv_blocks(data, first, len(data) - 1)
        if edges:
            kept = sum(1 for key, _, _ in blocks if key not in skip)
            if kept + len(fresh) != len(graph.edges):
                raise PatchError(f"{old}: {kept} rows kept and {len(fresh)} made for {len(graph.edges)} edges")
            segments = sorted_merge(blocks, skip, fresh, separator=1)
        else:
            segments = walk(blocks, skip, _rows_checked(made, skip), separator=1)
        columns = kgx.EDGE_COLUMNS if edges else kgx.NODE_COLUMNS
        header = ("\t".join(columns) + "\n").encode("utf-8")
        return write_atomic(new, partial(_write, source, segments, header, b"\n", b"\n"))


def _tsv_blocks(data: mmap.mmap, start: int, end: int) -> list[Block]:
    """The rows of a TSV text in ``data[start:end]`` (without their newline), keyed by their first column."""
    blocks: list[Block] = []
    position = start
    for line in data[start:end].split(b"\n"):
        blocks.append((line.split(b"\t", 1)[0], position, position + len(line)))
        position += len(line) + 1
    return blocks


def _rows_checked(made: list[tuple[bytes, Callable[[], bytes] | None]],
                  skip: set[bytes]) -> Iterator[tuple[bytes, Callable[[], bytes] | None]]:
    for key, maker in made:
        if maker is None and key in skip:
            raise PatchError(f"two entities share the KGX id {key[:80]!r}")
        yield key, maker


def _row(columns: Sequence[str], make: Callable[[], dict[str, str]]) -> bytes:
    row = make()
    return "\t".join(row.get(column, "") for column in columns).encode("utf-8")
