"""``kg serve EXPORT [--port N]``: a read-only SPARQL 1.1 endpoint on 127.0.0.1, with a web query page.

We do not write a SPARQL server: the Oxigraph server (PyPI package ``oxigraph``, the same engine as pyoxigraph)
already speaks the SPARQL 1.1 protocol (GET and POST, content negotiation for JSON, XML, CSV and TSV results),
serves a query page at ``/``, and has a read-only mode that refuses updates. This module loads the export into a
store directory with ``oxigraph load`` (its bulk loader), then runs ``oxigraph serve-read-only`` on it with the
union of the named graphs as the default graph, so queries see ``kg.nq``'s per-document graphs as one graph,
exactly as ``kg query`` does.

Oxigraph listens on a private port; the port users call is a small guard in front of it
(:mod:`kg.endpoint_guard`) that adds the prefixes ``kg query`` predeclares, refuses ``SERVICE`` (federated
queries would make this machine call other servers) unless ``--allow-service`` is given, and answers a
query that times out with HTTP 503 and a clear message instead of a truncated 200. Queries stop after
:data:`DEFAULT_TIMEOUT_S` seconds unless ``--timeout`` says otherwise (``--timeout 0``: no limit).

Without ``--store`` the store lives in a temporary directory removed on exit. With ``--store DIR`` it is kept,
and a later ``kg serve`` of the same unchanged export reuses it without loading again (the export's path, size and
modification time are recorded in ``DIR/kg-export.json``).
"""

from __future__ import annotations

import argparse
import json
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from types import FrameType

from kg.endpoint_guard import GuardServer

__all__ = ["DEFAULT_PORT", "DEFAULT_TIMEOUT_S", "ServeError",
           "add_arguments", "command", "find_oxigraph", "load_into", "main", "serve"]

DEFAULT_PORT = 7878
DEFAULT_TIMEOUT_S = 30
HOST = "127.0.0.1"
STAMP = "kg-export.json"
SUFFIXES = (".ttl", ".nt", ".nq", ".trig", ".jsonld")


class ServeError(Exception):
    """The endpoint cannot start: the message says which file or program is at fault."""


def find_oxigraph() -> Path:
    """The ``oxigraph`` server program: next to this Python (a venv's ``bin/``), else on ``PATH``.

    >>> find_oxigraph().name
    'oxigraph'
    """
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file():
        return beside
    found = shutil.which("oxigraph")
    if found is None:
        raise ServeError("the Oxigraph server is not installed: pip install oxigraph")
    return Path(found)


def _stamp_of(export: Path) -> dict[str, object]:
    status = export.stat()
    return {"export": str(export.resolve()), "size": status.st_size, "mtime_ns": status.st_mtime_ns}


def load_into(export: Path, store: Path, /) -> bool:
    """Bulk-load ``export`` into the Oxigraph store directory ``store``; False when it already holds it.

    A directory that ``kg serve`` did not make (no stamp file) and is not empty is never overwritten.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     export = Path(tmp, "g.nt"); _ = export.write_text("<http://a> <http://b> <http://c> .\\n")
    ...     load_into(export, Path(tmp, "store")), load_into(export, Path(tmp, "store"))
    (True, False)
    """
    export, store = Path(export), Path(store)
    if not export.is_file():
        raise ServeError(f"{export}: no such export file")
    if export.suffix.lower() not in SUFFIXES:
        raise ServeError(f"{export}: unknown RDF format {export.suffix!r} (use {', '.join(SUFFIXES)})")
    stamp_file = store / STAMP
    stamp = _stamp_of(export)
    if stamp_file.is_file():
        if json.loads(stamp_file.read_text(encoding="utf-8")) == stamp:
            return False
        shutil.rmtree(store)
    elif store.exists() and any(store.iterdir()):
        raise ServeError(f"{store}: not empty and not a store made by kg serve; give an empty or new directory")
    store.mkdir(parents=True, exist_ok=True)
    command = [str(find_oxigraph()), "load", "--location", str(store), "--file", str(export)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        message = " ".join(done.stderr.split()) or f"exit code {done.returncode}"
        raise ServeError(f"{export}: oxigraph load failed: {message}")
    stamp_file.write_text(json.dumps(stamp), encoding="utf-8")
    return True


def _stop(_signum: int, _frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def oxigraph_command(location: Path, port: int, timeout_s: int | None) -> list[str]:
    """The ``oxigraph serve-read-only`` command line; a timeout of None or 0 sets no limit.

    >>> oxigraph_command(Path("s"), 7000, 30)[-2:], "--timeout-s" in oxigraph_command(Path("s"), 7000, 0)
    (['--timeout-s', '30'], False)
    """
    command = [str(find_oxigraph()), "serve-read-only", "--location", str(location),
               "--bind", f"{HOST}:{port}", "--union-default-graph"]
    if timeout_s:
        command += ["--timeout-s", str(timeout_s)]
    return command


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


def _wait_until_up(server: subprocess.Popen[bytes], port: int) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise ServeError(f"oxigraph serve-read-only exited with code {server.returncode}")
        try:
            with socket.create_connection((HOST, port), timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise ServeError("oxigraph serve-read-only did not start within 60 s")


def serve(export: Path, /, *, port: int = DEFAULT_PORT, store: Path | None = None,
          timeout_s: int | None = DEFAULT_TIMEOUT_S, allow_service: bool = False) -> int:
    """Load ``export`` and serve it read-only at ``http://127.0.0.1:PORT/query`` until stopped; the exit code.

    SIGINT and SIGTERM stop the server and remove a temporary store. Try it with
    ``curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * {?s ?p ?o} LIMIT 3' http://127.0.0.1:7878/query``.
    """
    temporary = None if store is not None else tempfile.TemporaryDirectory(prefix="kg-serve-")
    location = Path(temporary.name) / "store" if temporary is not None else Path(store or ".")
    previous = signal.signal(signal.SIGTERM, _stop)
    server: subprocess.Popen[bytes] | None = None
    guard: GuardServer | None = None
    try:
        loaded = load_into(export, location)
        print(f"{'loaded' if loaded else 'reusing the store of'} {export} in {location}", file=sys.stderr, flush=True)
        inner = _free_port()
        server = subprocess.Popen(oxigraph_command(location, inner, timeout_s), stdout=subprocess.DEVNULL)
        _wait_until_up(server, inner)
        guard = GuardServer((HOST, port), f"http://{HOST}:{inner}", timeout_s=timeout_s, allow_service=allow_service)
        limit = f"queries stop after {timeout_s} s" if timeout_s else "no query time limit"
        print(f"SPARQL endpoint: http://{HOST}:{port}/query  (query page: http://{HOST}:{port}/; {limit})",
              file=sys.stderr, flush=True)
        watcher = threading.Thread(target=_shutdown_when_exits, args=(server, guard), daemon=True)
        watcher.start()
        guard.serve_forever()
        return server.poll() or 0
    except KeyboardInterrupt:
        return 0
    except OSError as error:
        raise ServeError(f"cannot listen on {HOST}:{port}: {error.strerror or error}") from error
    finally:
        if guard is not None:
            guard.server_close()
        if server is not None and server.poll() is None:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
        signal.signal(signal.SIGTERM, previous)
        if temporary is not None:
            temporary.cleanup()


def _shutdown_when_exits(server: subprocess.Popen[bytes], guard: GuardServer) -> None:
    server.wait()
    guard.shutdown()


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the ``kg serve`` arguments on ``parser`` (a sub-parser of ``kg``).

    >>> p = argparse.ArgumentParser(); add_arguments(p)
    >>> p.parse_args(["exports/kg.nt", "--port", "8000"]).port
    8000
    """
    parser.add_argument("export", type=Path, help="an export: .ttl, .nt, .nq, .trig or .jsonld")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port on {HOST} (default: {DEFAULT_PORT})")
    parser.add_argument("--store", type=Path, help="keep the store in this directory and reuse it (default: temporary)")
    parser.add_argument("--timeout", type=int, default=DEFAULT_TIMEOUT_S, metavar="S",
                        help=f"stop a query after S seconds with HTTP 503 (default: {DEFAULT_TIMEOUT_S}; 0: no limit)")
    parser.add_argument("--allow-service", action="store_true",
                        help="let queries use SERVICE (federation: the server then calls other addresses)")


def command(args: argparse.Namespace) -> int:
    """Run ``kg serve`` from parsed arguments; 2 when the export, the store or the server program is at fault."""
    try:
        return serve(args.export, port=args.port, store=args.store, timeout_s=args.timeout,
                     allow_service=args.allow_service)
    except ServeError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2


def main(argv: Sequence[str] | None = None) -> int:
    """``kg serve`` on its own: ``python -m kg.serve EXPORT [--port N]``; returns the exit code."""
    parser = argparse.ArgumentParser(prog="kg serve", description="Serve an export as a read-only SPARQL endpoint.")
    add_arguments(parser)
    return command(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
