"""JSON-LD sink: one node object per subject, IRIs compacted with a context built from the prefix map.

Written by hand rather than with rdflib's serialiser (slow on large graphs, and its output order is not
guaranteed). Namespaces such as ``http://purl.obolibrary.org/obo/NCIT_`` do not end in a URI delimiter, so
JSON-LD 1.1 only uses them as prefixes when their term definition says ``"@prefix": true``; every prefix is
declared that way. Values keep their lexical form (``{"@value": "0.9", "@type": "xsd:double"}``), so
parsing the file gives back exactly the triples of the Turtle and N-Triples exports.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from functools import cache, lru_cache
from typing import Any, BinaryIO

import pyoxigraph as ox

from kg.export.rdf_text import sorted_triples
from kg.graph import KnowledgeGraph
from kg.identifiers import compress, expand, prefix_map

_RDF_TYPE = expand("rdf:type")
_XSD_STRING = expand("xsd:string")
_RDF_LANG_STRING = expand("rdf:langString")


def context() -> dict[str, Any]:
    """The ``@context``: JSON-LD 1.1, every entry of the prefix map declared as a prefix.

    >>> context()["NCIT"]
    {'@id': 'http://purl.obolibrary.org/obo/NCIT_', '@prefix': True}
    """
    entries: dict[str, Any] = {"@version": 1.1}
    for prefix, namespace in prefix_map().items():
        entries[prefix] = {"@id": namespace, "@prefix": True}
    return entries


def write_jsonld(graph: KnowledgeGraph, handle: BinaryIO, /) -> None:
    """Write the graph's triples (named graphs merged) as JSON-LD with a prefix context.

    >>> import io
    >>> from kg.graph import Node
    >>> g = KnowledgeGraph()
    >>> g.add_node(Node(id="HGNC:3942", type="target", label="MTOR"))
    >>> out = io.BytesIO()
    >>> write_jsonld(g, out)
    >>> json.loads(out.getvalue())["@graph"][0]["@type"]
    ['biolink:Gene', 'kg:Target']
    """
    jsonld_from_triples(sorted_triples(graph), handle)


def jsonld_from_triples(triples: Iterable[ox.Triple | ox.Quad], handle: BinaryIO, /) -> None:
    """Write triples sorted by subject (as in sorted N-Triples) as JSON-LD, one node object per subject.

    >>> import io
    >>> out = io.BytesIO()
    >>> jsonld_from_triples(ox.parse(b'<http://a> <http://b> "c" .', format=ox.RdfFormat.N_TRIPLES), out)
    >>> json.loads(out.getvalue())["@graph"]
    [{'@id': 'http://a', 'http://b': ['c']}]
    """
    _write(jsonld_nodes(triples), handle)


def jsonld_from_ntriples(lines: Iterable[bytes], handle: BinaryIO, /) -> None:
    """Write sorted N-Triples lines (such as a sorted ``kg.nt`` file's) as JSON-LD: the same bytes as
    :func:`jsonld_from_triples` of the parsed triples. The lines are read here, without making a pyoxigraph
    term of each; a line this does not read simply (an escape, a blank node) is parsed by pyoxigraph.

    >>> import io
    >>> out = io.BytesIO()
    >>> jsonld_from_ntriples([b'<http://a> <http://b> "c\\"d" .\\n', b'<http://a> <http://e> "f"@en .\\n'], out)
    >>> json.loads(out.getvalue())["@graph"]
    [{'@id': 'http://a', 'http://b': ['c"d'], 'http://e': [{'@value': 'f', '@language': 'en'}]}]
    """
    _write(_nodes(_line_rows(lines)), handle)


def jsonld_nodes_from_ntriples(lines: Iterable[bytes], handle: BinaryIO, /) -> None:
    """Write the node objects of sorted N-Triples lines, separated by commas, without the header, footer or
    the first separator (nothing for no lines): what :func:`jsonld_from_ntriples` writes between those, so the
    node objects of consecutive ranges of the sorted lines can be written apart and joined
    (:mod:`kg.export.rdf_parts`).

    >>> import io
    >>> out = io.BytesIO()
    >>> jsonld_nodes_from_ntriples([b'<http://a> <http://b> "c" .\\n', b'<http://d> <http://b> "e" .\\n'], out)
    >>> out.getvalue().count(b",\\n  {")
    1
    """
    separator = b""
    for text in _nodes(_line_rows(lines)):
        handle.write(separator + text.encode("utf-8"))
        separator = JSONLD_SEPARATOR


JSONLD_SEPARATOR = b",\n  "
"""What comes between two node objects (the first one follows ``\\n  `` instead)."""


def _write(nodes: Iterable[str], handle: BinaryIO) -> None:
    handle.write(jsonld_header())
    separator = b"\n  "
    for text in nodes:
        handle.write(separator + text.encode("utf-8"))
        separator = b",\n  "
    handle.write(b"]\n}\n" if separator == b"\n  " else JSONLD_FOOTER)


JSONLD_FOOTER = b"\n ]\n}\n"
"""What follows the last node object of a JSON-LD export (an empty graph ends ``]\\n}\\n`` instead)."""


def jsonld_header() -> bytes:
    """What comes before the first node object: the context and the opening of ``@graph``.

    >>> jsonld_header().endswith(b'"@graph": [')
    True
    """
    return b'{\n "@context": ' + _dump(context(), 1).encode("utf-8") + b',\n "@graph": ['


def jsonld_nodes(triples: Iterable[ox.Triple | ox.Quad]) -> Iterator[str]:
    """The JSON text of each node object, one per subject, from triples sorted by subject.

    >>> list(jsonld_nodes(ox.parse(b'<http://a> <http://b> "c" .', format=ox.RdfFormat.N_TRIPLES)))[0][:12]
    '{\\n   "@id": '
    """
    return _nodes(_triple_rows(triples))


# A triple as the writer reads it: (subject, predicate, object, datatype, language). The subject and an object
# that is a node are objects of pyoxigraph (a blank node) or strings (an IRI); a literal object is its lexical
# form, with its datatype's IRI and its language tag ("" when it has none).
_Row = tuple[str | ox.BlankNode | ox.Triple, str, str | ox.BlankNode | ox.Triple, str, str]
_IRI = ""  # the datatype of a row whose object is an IRI (a string), not a literal


def _triple_rows(triples: Iterable[ox.Triple | ox.Quad]) -> Iterator[_Row]:
    for triple in triples:
        node = triple.subject
        subject = node.value if isinstance(node, ox.NamedNode) else node
        obj = triple.object
        if isinstance(obj, ox.Literal):
            yield subject, triple.predicate.value, obj.value, obj.datatype.value, obj.language or ""
        elif isinstance(obj, ox.NamedNode):
            yield subject, triple.predicate.value, obj.value, _IRI, ""
        else:
            yield subject, triple.predicate.value, obj, _IRI, ""


def _line_rows(lines: Iterable[bytes]) -> Iterator[_Row]:
    for line in lines:
        # <subject> <predicate> object . -- IRIs hold no space or ">"; without a backslash nothing is escaped
        if line[:1] != b"<" or b"\\" in line or not line.endswith(b" .\n"):
            yield from _triple_rows(ox.parse(line, format=ox.RdfFormat.N_TRIPLES))
            continue
        first = line.index(b"> ")
        second = line.index(b"> ", first + 2)
        subject, predicate = line[1:first].decode(), line[first + 3:second].decode()
        obj = line[second + 2:-3]
        if obj[:1] == b"<" and obj[-1:] == b">":
            yield subject, predicate, obj[1:-1].decode(), _IRI, ""
            continue
        end = obj.rfind(b'"')
        rest = obj[end + 1:]
        if obj[:1] != b'"' or end < 1:
            yield from _triple_rows(ox.parse(line, format=ox.RdfFormat.N_TRIPLES))
        elif not rest:
            yield subject, predicate, obj[1:end].decode(), _XSD_STRING, ""
        elif rest[:3] == b"^^<" and rest[-1:] == b">":
            yield subject, predicate, obj[1:end].decode(), rest[3:-1].decode(), ""
        elif rest[:1] == b"@":
            yield subject, predicate, obj[1:end].decode(), _RDF_LANG_STRING, rest[1:].decode()
        else:
            yield from _triple_rows(ox.parse(line, format=ox.RdfFormat.N_TRIPLES))


def _nodes(rows: Iterable[_Row]) -> Iterator[str]:
    compact = lru_cache(maxsize=1 << 16)(_compact)  # bounded: most subjects and objects are seen once
    iri_text = lru_cache(maxsize=1 << 16)(lambda iri: _value_text(ox.NamedNode(iri), compact))
    type_text = cache(lambda iri: _encode_string(compact(iri)))
    typed_text = cache(lambda datatype: "," + _INNER + '"@type": ' + _encode_string(compact(datatype)) + _ITEM + "}")
    subject: str | None = None
    subject_key: str | ox.BlankNode | ox.Triple | None = None
    types: list[str] = []
    properties: dict[str, list[str]] = {}
    for node, predicate, obj, datatype, language in rows:  # sorted, so each subject's rows are consecutive
        if node != subject_key or not isinstance(node, str):  # a new subject (most rows continue the one before)
            subject_key = node
            this = compact(node) if isinstance(node, str) else _subject_id(node, compact)
            if this != subject:
                if subject is not None:
                    yield _node_text(subject, types, properties)
                subject, types, properties = this, [], {}
        if not datatype or not isinstance(obj, str):
            if not isinstance(obj, str):
                text = _value_text(obj, compact)
            elif predicate == _RDF_TYPE:
                types.append(type_text(obj))
                continue
            else:
                text = iri_text(obj)
        elif language:
            text = _value_text(ox.Literal(obj, language=language), compact)
        elif datatype == _XSD_STRING:
            text = _encode_string(obj)
        else:
            text = "{" + _INNER + '"@value": ' + _encode_string(obj) + typed_text(datatype)
        properties.setdefault(compact(predicate), []).append(text)
    if subject is not None:
        yield _node_text(subject, types, properties)


# One node object as json.dumps(..., indent=1) writes it inside "@graph" (nesting level 2): "@id", "@type",
# then the properties sorted by name, each a list of values (level 4; a value object's keys at level 5).
_KEY, _ITEM, _INNER = "\n   ", "\n    ", "\n     "


def _node_text(subject: str, types: list[str], properties: dict[str, list[str]]) -> str:
    """The JSON text of one node object, from values already encoded by :func:`_value_text`.

    >>> node = {"@id": "x", "@type": ["kg:Drug"], "b": [{"@id": "http://y/"}], "a": ["s"]}
    >>> text = _node_text("x", ['"kg:Drug"'], {"b": [_value_text(ox.NamedNode("http://y/"), str)], "a": ['"s"']})
    >>> text == _dump(_ordered(node), 2)
    True
    """
    parts = ["{" + _KEY + '"@id": ' + _encode_string(subject)]
    if types:
        parts.append(_KEY + '"@type": [' + _ITEM + ("," + _ITEM).join(types) + _KEY + "]")
    for name in sorted(properties):
        values = properties[name]
        parts.append(_KEY + _encode_string(name) + ": [" + _ITEM + ("," + _ITEM).join(values) + _KEY + "]")
    return ",".join(parts) + "\n  }"


def _value_text(obj: object, compact: Callable[[str], str]) -> str:
    """A value as JSON text at nesting level 4 (see :func:`_value`).

    >>> _value_text(ox.Literal("0.5", datatype=ox.NamedNode(expand("xsd:double"))), _compact) == _dump(
    ...     {"@value": "0.5", "@type": "xsd:double"}, 4)
    True
    """
    value = _value(obj, compact)
    if isinstance(value, str):
        return _encode_string(value)
    fields = ("," + _INNER).join(f"{_encode_string(k)}: {_encode_string(v)}" for k, v in value.items())
    return "{" + _INNER + fields + _ITEM + "}"


def _dump(value: Any, level: int) -> str:
    """``value`` as ``json.dumps(value, ensure_ascii=False, indent=1)`` writes it at nesting ``level``, so the
    file can be written node by node, with the same bytes as one ``json.dumps`` of the whole document.

    >>> sample = {"a": [1, 2.5, True, None, "é"], "b": {}, "c": [], "d": {"@id": "x"}}
    >>> _dump(sample, 0) == json.dumps(sample, ensure_ascii=False, indent=1)
    True
    """
    if isinstance(value, str):
        return _encode_string(value)
    inner = "\n" + " " * (level + 1)
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = (f"{_encode_string(key)}: {_dump(item, level + 1)}" for key, item in value.items())
        return "{" + inner + ("," + inner).join(items) + "\n" + " " * level + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        return "[" + inner + ("," + inner).join(_dump(item, level + 1) for item in value) + "\n" + " " * level + "]"
    return json.dumps(value)


_encode_string: Callable[[str], str] = json.encoder.encode_basestring


def _compact(iri: str) -> str:
    curie = compress(iri)
    if curie is None or curie.partition(":")[2].startswith("//"):
        return iri
    return curie


def _subject_id(subject: object, compact: Callable[[str], str]) -> str:
    if isinstance(subject, ox.NamedNode):
        return compact(subject.value)
    if isinstance(subject, ox.BlankNode):
        return f"_:{subject.value}"
    raise TypeError(f"cannot write {subject!r} as a JSON-LD subject")


def _value(obj: object, compact: Callable[[str], str]) -> Any:
    if isinstance(obj, ox.NamedNode):
        return {"@id": compact(obj.value)}
    if isinstance(obj, ox.BlankNode):
        return {"@id": f"_:{obj.value}"}
    if isinstance(obj, ox.Literal):
        if obj.language:
            return {"@value": obj.value, "@language": obj.language}
        if obj.datatype.value == _XSD_STRING:
            return obj.value
        return {"@value": obj.value, "@type": compact(obj.datatype.value)}
    raise TypeError(f"cannot write {obj!r} as a JSON-LD value")


def _ordered(node: dict[str, Any]) -> dict[str, Any]:
    head = {key: node[key] for key in ("@id", "@type") if key in node}
    return head | {key: node[key] for key in sorted(node) if not key.startswith("@")}
