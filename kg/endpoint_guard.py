"""The guard in front of the Oxigraph server that ``kg serve`` runs: prefixes, no ``SERVICE``, honest failures.

Every SPARQL query (``GET /query?query=…``, ``POST /query`` as a form or as ``application/sparql-query``) is
read, checked and forwarded to Oxigraph as a form POST with the client's ``Accept`` header:

- a query with ``SERVICE`` gets ``403`` unless the guard was made with ``allow_service`` (federation would
  make this machine call any address a query names);
- the prefixes ``kg query`` predeclares are added (:func:`kg.sparql_text.with_prefixes`);
- the answer is read in full before anything is sent, so a query that times out gets ``503`` with a message
  naming the limit, never a ``200`` with "The SPARQL operation has been cancelled" at the end of its rows
  (what Oxigraph writes when its ``--timeout-s`` fires while it streams). The guard also stops waiting
  itself a little after the limit. Oxigraph's own errors (a syntax error: ``400``) pass through as they are.

Anything else (the query page at ``/``, its assets, ``/update`` which the read-only server refuses) is
passed through unchanged.
"""

from __future__ import annotations

import http.client
import time
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from kg.sparql_text import uses_service, with_prefixes

CANCELLED = b"The SPARQL operation has been cancelled"
GRACE_S = 2.0
"""How long past the timeout the guard still waits for Oxigraph's own (earlier) cancellation."""

SERVICE_REFUSED = (
    "SERVICE (federated query) is disabled on this endpoint: it would make the server call other addresses. "
    "Start kg serve with --allow-service to allow it.\n"
)


class GuardServer(ThreadingHTTPServer):
    """An HTTP server on 127.0.0.1 that checks queries and forwards them to ``upstream`` (an Oxigraph URL).

    >>> guard = GuardServer(("127.0.0.1", 0), "http://127.0.0.1:9/", timeout_s=0)
    >>> guard.upstream, guard.timeout_s, guard.allow_service
    ('http://127.0.0.1:9', None, False)
    >>> guard.server_close()
    """

    daemon_threads = True

    def __init__(self, address: tuple[str, int], upstream: str, *, timeout_s: int | None,
                 allow_service: bool = False) -> None:
        super().__init__(address, GuardHandler)
        self.upstream = upstream.rstrip("/")
        self.timeout_s = timeout_s or None
        self.allow_service = allow_service


def timeout_message(timeout_s: int | None) -> str:
    """The body of a ``503`` for a query stopped by the time limit.

    >>> timeout_message(30).split(":")[0]
    'query cancelled'
    """
    return (f"query cancelled: it ran longer than the endpoint's limit of {timeout_s} s "
            "(kg serve --timeout S sets the limit, --timeout 0 lifts it)\n")


class GuardHandler(BaseHTTPRequestHandler):
    """One request: a SPARQL query is checked and forwarded, anything else is passed through."""

    server: GuardServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: one line per request would drown the terminal the endpoint was started from."""

    def do_GET(self) -> None:
        """``GET /query?query=…`` is a query; any other GET is passed through (the query page)."""
        url = urllib.parse.urlsplit(self.path)
        fields = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        if url.path == "/query" and "query" in fields:
            self._query(fields)
        else:
            self._pass_through(None)

    def do_POST(self) -> None:
        """``POST /query`` with a form or a ``application/sparql-query`` body is a query; else passed through."""
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if urllib.parse.urlsplit(self.path).path != "/query":
            self._pass_through(body)
        elif kind == "application/sparql-query":
            self._query({"query": [body.decode("utf-8", errors="replace")]})
        elif kind == "application/x-www-form-urlencoded":
            self._query(urllib.parse.parse_qs(body.decode("utf-8", errors="replace"), keep_blank_values=True))
        else:
            self._pass_through(body)

    def _query(self, fields: dict[str, list[str]]) -> None:
        query = fields.get("query", [""])[0]
        if uses_service(query) and not self.server.allow_service:
            self._reply(403, SERVICE_REFUSED.encode(), "text/plain; charset=utf-8")
            return
        fields = {**fields, "query": [with_prefixes(query)]}
        form = urllib.parse.urlencode(fields, doseq=True).encode()
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        accept = self.headers.get("Accept")
        if accept:
            headers["Accept"] = accept
        request = urllib.request.Request(self.server.upstream + "/query", data=form, headers=headers, method="POST")
        status, content_type, body = self._forward(request)
        if status == 200 and body.rstrip().endswith(CANCELLED):
            body = timeout_message(self.server.timeout_s).encode()
            status, content_type = 503, "text/plain; charset=utf-8"
        self._reply(status, body, content_type)

    def _forward(self, request: urllib.request.Request) -> tuple[int, str, bytes]:
        """Oxigraph's status, content type and whole body; a ``503`` when the time limit passes first."""
        limit = self.server.timeout_s
        deadline = None if limit is None else time.monotonic() + limit + GRACE_S
        try:
            with urllib.request.urlopen(request, timeout=None if limit is None else limit + GRACE_S) as response:
                status, content_type = response.status, response.headers.get("Content-Type", "")
                chunks: list[bytes] = []
                while chunk := response.read(1 << 16):
                    chunks.append(chunk)
                    if deadline is not None and time.monotonic() > deadline:
                        raise TimeoutError
                return status, content_type, b"".join(chunks)
        except urllib.error.HTTPError as error:
            return error.code, error.headers.get("Content-Type", "text/plain"), error.read()
        except TimeoutError:
            return 503, "text/plain; charset=utf-8", timeout_message(limit).encode()
        except (urllib.error.URLError, http.client.HTTPException, ConnectionError) as error:
            message = f"query failed: the SPARQL engine did not answer properly ({error})\n"
            return 500, "text/plain; charset=utf-8", message.encode()

    def _pass_through(self, body: bytes | None) -> None:
        headers = {k: v for k, v in self.headers.items() if k.lower() in ("accept", "content-type")}
        request = urllib.request.Request(self.server.upstream + self.path, data=body, headers=headers,
                                         method=self.command)
        status, content_type, answer = self._forward(request)
        self._reply(status, answer, content_type)

    def _reply(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type or "application/octet-stream")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
