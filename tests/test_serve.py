"""``kg serve``: the export answers SPARQL over HTTP on 127.0.0.1, read-only, and the server always stops."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.serve import ServeError, find_oxigraph, load_into

ROOT = Path(__file__).resolve().parents[1]
SEED_EXPORT = ROOT / "exports" / "kg.nq"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def get(url: str, accept: str, data: bytes | None = None) -> tuple[int, str, str]:
    request = urllib.request.Request(url, data=data, headers={"Accept": accept})
    if data is not None:
        request.add_header("Content-Type", "application/x-www-form-urlencoded")
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status, response.headers.get("Content-Type", ""), response.read().decode("utf-8")


@contextlib.contextmanager
def running(*options: str) -> Iterator[str]:
    """``kg serve`` of the seed export with these options, on a free port of 127.0.0.1; its base URL."""
    try:
        find_oxigraph()
    except ServeError as error:
        pytest.skip(str(error))
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "kg.serve", str(SEED_EXPORT), "--port", str(port), *options],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                pytest.fail(f"kg serve exited: {process.stderr.read().decode() if process.stderr else ''}")
            try:
                get(f"{base}/query?query=ASK%7B%7D", "application/sparql-results+json")
                break
            except (urllib.error.URLError, ConnectionError):
                if time.monotonic() > deadline:
                    pytest.fail("kg serve did not answer within 60 s")
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()  # kg serve stops its oxigraph child and removes its temporary store
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        for stream in (process.stdout, process.stderr):
            if stream:
                stream.close()


@pytest.fixture(scope="module")
def endpoint() -> Iterator[str]:
    with running() as base:
        yield base


QUERY = """PREFIX kg: <https://w3id.org/kgnci/vocab#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?label WHERE { ?drug kg:inhibits ?target . ?target rdfs:label ?label }"""


def test_get_query_answers_in_json(endpoint: str) -> None:
    url = f"{endpoint}/query?" + urllib.parse.urlencode({"query": QUERY})
    status, content_type, body = get(url, "application/sparql-results+json")
    assert status == 200 and content_type.startswith("application/sparql-results+json")
    data = json.loads(body)
    assert data["head"]["vars"] == ["label"]
    assert [b["label"]["value"] for b in data["results"]["bindings"]] == ["MTOR"]


def test_post_query_answers_in_csv(endpoint: str) -> None:
    query = (ROOT / "queries" / "trial_sponsors.rq").read_text(encoding="utf-8")
    data = urllib.parse.urlencode({"query": query}).encode()
    status, content_type, body = get(f"{endpoint}/query", "text/csv", data)
    assert status == 200 and content_type.startswith("text/csv")
    lines = body.splitlines()
    assert lines[0] == "sponsor,sponsorLabel,trial,trialLabel,sponsorTrials"
    assert lines[1].startswith("https://w3id.org/kgnci/entity/organization/novartis,Novartis,")


def test_updates_are_refused(endpoint: str) -> None:
    update = "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }"
    data = urllib.parse.urlencode({"update": update}).encode()
    with pytest.raises(urllib.error.HTTPError) as refused:
        get(f"{endpoint}/update", "*/*", data)
    assert refused.value.code >= 400
    refused.value.close()


def test_query_page_is_served(endpoint: str) -> None:
    status, content_type, body = get(f"{endpoint}/", "text/html")
    assert status == 200 and content_type.startswith("text/html")
    assert "<html" in body.lower()


def test_store_is_reused_and_foreign_directories_are_left_alone(tmp_path: Path) -> None:
    try:
        find_oxigraph()
    except ServeError as error:
        pytest.skip(str(error))
    store = tmp_path / "store"
    assert load_into(SEED_EXPORT, store) is True
    assert load_into(SEED_EXPORT, store) is False
    foreign = tmp_path / "mine"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(ServeError, match="not empty and not a store made by kg serve"):
        load_into(SEED_EXPORT, foreign)
    assert (foreign / "notes.txt").read_text(encoding="utf-8") == "keep me"
    with pytest.raises(ServeError, match="no such export file"):
        load_into(tmp_path / "missing.nt", store)
