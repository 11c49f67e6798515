"""Biolink in the RDF exports: a category on every entity, a Biolink predicate on every relation triple."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.export.biolink import CATEGORY_OF_TYPE, PREDICATE_OF_RELATION, category, predicate
from kg.model import ENTITY_TYPES, PREDICATES
from tests.conftest import EXPORTS

BIOLINK = "https://w3id.org/biolink/vocab/"
KG = "https://w3id.org/kgnci/vocab#"
EVEROLIMUS = "<http://purl.obolibrary.org/obo/NCIT_C48387>"


@pytest.fixture(scope="module")
def store() -> ox.Store:
    store = ox.Store()
    store.bulk_load(path=str(EXPORTS / "kg.nq"), format=ox.RdfFormat.N_QUADS)
    return store


def ask(store: ox.Store, sparql: str) -> list[tuple[str, ...]]:
    rows = store.query(sparql, use_default_graph_as_union=True)
    return [tuple(str(term.value) if term is not None else "" for term in row) for row in rows]


def test_every_type_and_relation_has_a_biolink_mapping() -> None:
    assert set(ENTITY_TYPES) <= set(CATEGORY_OF_TYPE)
    assert set(PREDICATES) <= set(PREDICATE_OF_RELATION)
    assert category("procedure") == "biolink:Procedure"


def test_every_entity_of_the_seed_export_has_its_category(store: ox.Store) -> None:
    missing = ask(
        store,
        f"""SELECT ?e WHERE {{ ?e a ?c . FILTER(STRSTARTS(STR(?c), "{KG}"))
                FILTER(?c NOT IN (<{KG}Document>, <{KG}Statement>, <{KG}Evidence>, <{KG}MentionRecord>,
                                  <{KG}TrialResult>))
                FILTER NOT EXISTS {{ ?e <{BIOLINK}category> ?b }} }}""",
    )
    assert missing == []
    everolimus = ask(store, f"SELECT ?b WHERE {{ {EVEROLIMUS} <{BIOLINK}category> ?b }}")
    assert everolimus == [(BIOLINK + "Drug",)]
    typed = ask(store, f"SELECT ?c WHERE {{ {EVEROLIMUS} a ?c }}")
    assert (BIOLINK + "Drug",) in typed


def test_every_relation_triple_has_its_biolink_twin(store: ox.Store) -> None:
    for relation in PREDICATES:
        twin = BIOLINK + predicate(relation).removeprefix("biolink:")
        unmatched = ask(
            store,
            f"""SELECT ?s ?o WHERE {{ ?s <{KG}{relation}> ?o . FILTER NOT EXISTS {{ ?s <{twin}> ?o }} }}""",
        )
        assert unmatched == [], relation
    treats = ask(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s <{BIOLINK}treats> ?o }}")
    assert int(treats[0][0]) > 0
    mentions = ask(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ ?d <{BIOLINK}mentions> ?e }}")
    assert int(mentions[0][0]) > 0
