"""IRIs and ids for exported things: entities, documents, statements, evidence, mentions.

Entities keep their public identifier (a CURIE expanded with the one prefix map); documents are named
by their URL; everything else gets an id derived from content, so two builds of the same graph give
the same names.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import quote

from kg.identifiers import expand, prefix_map

_IRI_UNSAFE = re.compile('[\x00-\x20\x7f-\x9f<>"{}|\\\\^`]')


def safe_iri(iri: str) -> str:
    """The IRI with the characters RDF forbids in IRIs (space, ``<>"{}|\\^```, controls) percent-encoded.

    >>> safe_iri("https://example.org/a b")
    'https://example.org/a%20b'
    """
    return _IRI_UNSAFE.sub(lambda match: f"%{ord(match.group()):02X}", iri)


def is_web_url(text: str) -> bool:
    """True for an absolute http(s) URL.

    >>> is_web_url("https://www.cancer.gov/x"), is_web_url("x.md")
    (True, False)
    """
    return text.startswith(("http://", "https://"))


def entity_iri(curie: str) -> str:
    """The IRI of an entity node: its CURIE expanded (an id that already is a URL is kept).

    Raises :class:`kg.identifiers.UnknownPrefixError` naming the CURIE when its prefix is unknown.

    >>> entity_iri("HGNC:3942")
    'https://identifiers.org/hgnc:3942'
    """
    if is_web_url(curie):
        return safe_iri(curie)
    return safe_iri(expand(curie))


def document_iri(doc_id: str) -> str:
    """The IRI of a document: its URL, a known CURIE expanded, or else a ``kgdoc:`` IRI made from the id.

    >>> document_iri("https://www.cancer.gov/x")
    'https://www.cancer.gov/x'
    >>> document_iri("seeds/bolero 2.md")
    'https://w3id.org/kgnci/document/seeds/bolero%202.md'
    """
    if is_web_url(doc_id):
        return safe_iri(doc_id)
    prefix, sep, _ = doc_id.partition(":")
    if sep and prefix in prefix_map():
        return safe_iri(expand(doc_id))
    return expand("kgdoc:" + quote(doc_id, safe="/-._~"))


def reference_iri(reference: str) -> str | None:
    """The IRI of a cross-reference or source, or None when it is neither a URL nor a known CURIE.

    >>> reference_iri("MESH:D000068338"), reference_iri("drugcentral")
    ('http://id.nlm.nih.gov/mesh/D000068338', None)
    """
    if is_web_url(reference):
        return safe_iri(reference)
    prefix, sep, local = reference.partition(":")
    if sep and local and prefix in prefix_map():
        return safe_iri(expand(reference))
    return None


def statement_curie(edge_id: str, evidence_number: int | None = None) -> str:
    """The ``kgstmt:`` CURIE of a statement node, or of its n-th evidence node (numbered from 1).

    >>> statement_curie("e0123456789abcdef", 2)
    'kgstmt:e0123456789abcdef-2'
    """
    if evidence_number is None:
        return f"kgstmt:{edge_id}"
    return f"kgstmt:{edge_id}-{evidence_number}"


def mention_id(doc_id: str, entity_id: str) -> str:
    """A content-derived id for the ``mentions`` edge from a document to an entity.

    >>> mention_id("https://www.cancer.gov/x", "NCIT:C48387")[:1]
    'm'
    """
    digest = hashlib.sha1(f"{doc_id}|mentions|{entity_id}".encode()).hexdigest()
    return f"m{digest[:16]}"
