"""``kg serve`` fails correctly: timeouts are HTTP errors, SERVICE is refused, ``kg query``'s prefixes work."""

from __future__ import annotations

import argparse
import urllib.error
import urllib.parse

from kg.serve import DEFAULT_TIMEOUT_S, add_arguments
from tests.test_serve import endpoint, get, running

__all__ = ["endpoint"]

# Four copies of every triple of the seed graph joined with each other: ~10^12 rows, never done in a second.
RUNAWAY_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
RUNAWAY_ROWS = "SELECT ?a WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def post(base: str, query: str, accept: str = "text/csv") -> tuple[int, str]:
    data = urllib.parse.urlencode({"query": query}).encode()
    try:
        status, _, body = get(f"{base}/query", accept, data)
        return status, body
    except urllib.error.HTTPError as error:
        with error:
            return error.code, error.read().decode("utf-8")


def test_undeclared_prefixes_work_as_in_kg_query(endpoint: str) -> None:
    status, body = post(endpoint, "SELECT ?t WHERE { NCIT:C48387 kg:inhibits ?t }")
    assert status == 200
    assert body.splitlines() == ["t", "https://identifiers.org/hgnc:3942"]
    # A query that declares a prefix of its own keeps its own.
    own = "PREFIX kg: <https://example.org/none#> SELECT ?t WHERE { NCIT:C48387 kg:inhibits ?t }"
    assert post(endpoint, own)[1].splitlines() == ["t"]


def test_service_is_refused_by_default(endpoint: str) -> None:
    query = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    status, body = post(endpoint, query)
    assert status == 403
    assert "SERVICE" in body and "--allow-service" in body
    # The word inside a string is not a SERVICE clause.
    assert post(endpoint, 'SELECT * WHERE { ?s ?p "SERVICE" }')[0] == 200


def test_a_syntax_error_is_a_400(endpoint: str) -> None:
    status, _ = post(endpoint, "SELECT WHERE {")
    assert status == 400


def test_a_query_that_times_out_is_an_error_never_a_200() -> None:
    with running("--timeout", "1") as base:
        for query in (RUNAWAY_COUNT, RUNAWAY_ROWS):
            status, body = post(base, query)
            assert status == 503, body[:200]
            assert "query cancelled" in body and "1 s" in body
            assert "The SPARQL operation has been cancelled" not in body
        # The endpoint still answers afterwards.
        assert post(base, "ASK {}", "application/sparql-results+json")[0] == 200


def test_default_timeout_is_30_s_and_0_lifts_it() -> None:
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    assert parser.parse_args(["x.nq"]).timeout == DEFAULT_TIMEOUT_S == 30
    assert parser.parse_args(["x.nq", "--timeout", "0"]).timeout == 0
    assert parser.parse_args(["x.nq"]).allow_service is False
    assert parser.parse_args(["x.nq", "--allow-service"]).allow_service is True
