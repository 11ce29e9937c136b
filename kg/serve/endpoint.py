"""``kg serve``: a SPARQL 1.1 Protocol endpoint over the local store, and the viewer.

The SPARQL work is done by Oxigraph's own server (the ``oxigraph`` binary from
the PyPI package of that name), run on the store directory as a private
backend on a loopback port: ``serve-read-only`` by default, ``serve`` with
``--writable``. It implements the protocol (GET and POST, content negotiation
for JSON, XML, CSV and TSV results and for RDF graphs) and reads the store
with the same engine kg writes it with.

This module is the thin front that kg needs on top of it, on ``http.server``
from the standard library (no web framework for five routes):

* ``GET /`` (and ``/graph.html``): the viewer page, the file given with
  ``--viewer`` (as ``kg view`` writes it) or one generated from the store on
  first request;
* ``/sparql`` and ``/query``: queries, forwarded to the backend;
* a **result limit**: the front asks the backend for TSV (one solution per
  line) or N-Triples (one triple per line), keeps at most ``limit`` lines and
  converts them to the format the client asked for, with
  ``X-KG-Truncated: true`` when rows were cut;
* a **timeout** that holds: the backend gets ``--timeout-s``, but Oxigraph
  checks it only between results, so an aggregate over a huge join would run
  on. When the front's own deadline passes, it answers 503 and restarts the
  backend, which ends the query (and any other in flight);
* **read-only** by default: ``/update`` and writes to ``/store`` are refused
  with 403 here, and the read-only backend refuses them too.

It binds to 127.0.0.1 unless ``--host`` says otherwise. Do not ingest into the
store directory while a read-only server runs on it; with ``--writable``,
ingest through the server instead (``kg ingest ... --store http://127.0.0.1:PORT``).
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import ConfigError, QueryError, StoreBusyError, StoreError
from kg.graph.sparql import refuse_remote

log = logging.getLogger(__name__)

BACKEND_ACCEPT = (
    "text/tab-separated-values, application/n-triples;q=0.9, application/sparql-results+json;q=0.5"
)
RESULT_FORMATS = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
                  "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}  # fmt: skip
GRAPH_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
                 "rdfxml": ox.RdfFormat.RDF_XML, "jsonld": ox.RdfFormat.JSON_LD}  # fmt: skip


@dataclass(frozen=True)
class ServeOptions:
    store: Path
    host: str = "127.0.0.1"
    port: int = 7878
    timeout: float = 30.0
    limit: int = 10_000
    writable: bool = False
    viewer: Path | None = None


def oxigraph_binary() -> str:
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if not found:
        raise ConfigError("kg serve needs Oxigraph's server: pip install 'kg[serve]' (or oxigraph)")
    return found


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Backend:
    """The Oxigraph server process behind the front; restarted to end a runaway query."""

    def __init__(self, options: ServeOptions) -> None:
        self.options = options
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.generation = 0
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        mode = "serve" if self.options.writable else "serve-read-only"
        command = [oxigraph_binary(), mode, "--location", str(self.options.store),
                   "--bind", f"127.0.0.1:{self.port}", "--union-default-graph",
                   "--timeout-s", str(max(1, int(self.options.timeout)))]  # fmt: skip
        self._process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                err = (self._process.stderr.read() if self._process.stderr else b"").decode()
                message = " ".join(err.split())[:300]
                if "lock" in message.lower():
                    raise StoreBusyError(f"store {self.options.store} is busy: {message}")
                raise StoreError(
                    f"the Oxigraph server could not open {self.options.store}: {message}"
                )
            try:
                urllib.request.urlopen(self.url + "/query?query=ASK%7B%7D", timeout=2).close()
                return
            except OSError:
                time.sleep(0.05)
        raise StoreError("the Oxigraph server did not start within 30 s")

    def restart(self, generation: int) -> None:
        """Restart unless someone already did since ``generation``."""
        with self._lock:
            if generation != self.generation:
                return
            log.warning("a query overran the %s s timeout: restarting the query engine",
                        self.options.timeout)  # fmt: skip
            self.stop()
            self.start()
            self.generation += 1

    def stop(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()


def negotiate(accept: str, wanted: str | None, table: dict[str, Any], default: Any) -> Any:
    """The format the client asked for: ``?format=`` or the best Accept entry.

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", None, RESULT_FORMATS,
    ...           ox.QueryResultsFormat.JSON).name
    'SPARQL Results in XML'
    >>> negotiate("text/html,*/*", None, RESULT_FORMATS, ox.QueryResultsFormat.JSON).name
    'SPARQL Results in JSON'
    """
    if wanted:
        if wanted.lower() in table:
            return table[wanted.lower()]
        raise ValueError(f"unknown format {wanted!r}: one of {', '.join(table)}")
    ranked = []
    for n, part in enumerate(accept.split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        q = 1.0
        for param in params:
            if param.startswith("q="):
                try:
                    q = float(param[2:])
                except ValueError:
                    q = 0.0
        ranked.append((-q, n, media))
    kind = type(default)
    for _, _, media in sorted(ranked):
        found = kind.from_media_type(media) if media and "*" not in media else None
        if found is not None and found in table.values():
            return found
    return default


class Front(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, options: ServeOptions, backend: Backend) -> None:
        super().__init__((options.host, options.port), Handler)
        self.options = options
        self.backend = backend
        self._page: bytes | None = None
        self._page_lock = threading.Lock()

    def viewer_page(self) -> bytes:
        with self._page_lock:
            if self._page is None:
                if self.options.viewer is not None:
                    self._page = self.options.viewer.read_bytes()
                else:
                    from kg.graph.remote import RemoteStore
                    from kg.network.graphs import relation_graph
                    from kg.view.page import render_html

                    graph = relation_graph(RemoteStore(self.backend.url))
                    self._page = render_html(graph).encode("utf-8")
            return self._page


class Handler(BaseHTTPRequestHandler):
    server: Front
    protocol_version = "HTTP/1.1"

    # -- routing ---------------------------------------------------------------
    def do_GET(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        params = urllib.parse.parse_qsl(url.query, keep_blank_values=True)
        if url.path in {"/", "/graph.html", "/index.html"}:
            self._send(200, self.server.viewer_page(), "text/html; charset=utf-8")
        elif url.path in {"/sparql", "/query"}:
            self._query(params)
        elif url.path == "/store":
            self._forward("GET", url.query, b"")
        elif url.path == "/update":
            self._refuse_update()
        else:
            self._send(404, b"not found: try /sparql?query=... or / for the viewer\n")

    def do_POST(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = urllib.parse.parse_qsl(url.query, keep_blank_values=True)
        if url.path in {"/sparql", "/query"}:
            if ctype == "application/x-www-form-urlencoded":
                form = urllib.parse.parse_qsl(
                    body.decode("utf-8", "replace"), keep_blank_values=True
                )
                if any(k == "update" for k, _ in form):
                    return self._update(body, ctype)
                return self._query(params + form)
            if ctype == "application/sparql-update":
                return self._update(body, ctype)
            if ctype != "application/sparql-query":
                return self._send(415, b"send application/sparql-query or a form with query=\n")
            return self._query([*params, ("query", body.decode("utf-8", "replace"))])
        if url.path == "/update":
            return self._update(body, ctype)
        if url.path == "/store":
            return self._write_store("POST", url.query, body)
        self._send(404, b"not found\n")

    def do_PUT(self) -> None:
        self._write_store("PUT", urllib.parse.urlsplit(self.path).query, self._body())

    def do_DELETE(self) -> None:
        self._write_store("DELETE", urllib.parse.urlsplit(self.path).query, self._body())

    # -- writes (only with --writable) -----------------------------------------
    def _body(self) -> bytes:
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def _refuse_update(self) -> None:
        self._send(
            403, b"this endpoint is read-only (start kg serve --writable to allow updates)\n"
        )

    def _update(self, body: bytes, ctype: str) -> None:
        if not self.server.options.writable:
            return self._refuse_update()
        text = body.decode("utf-8", "replace")
        if ctype == "application/x-www-form-urlencoded":
            text = " ".join(v for k, v in urllib.parse.parse_qsl(text) if k == "update")
        if self._reaches_out(text):
            return None
        self._forward("POST", "", body, path="/update", ctype=ctype)

    def _reaches_out(self, sparql: str) -> bool:
        """SERVICE and LOAD would make the server fetch from the network: refused."""
        try:
            refuse_remote(sparql)
        except QueryError as exc:
            self._send(403, f"{exc}\n".encode())
            return True
        return False

    def _write_store(self, method: str, query: str, body: bytes) -> None:
        if not self.server.options.writable:
            return self._refuse_update()
        self._forward(method, query, body)

    def _forward(self, method: str, query: str, body: bytes, *, path: str = "/store",
                 ctype: str | None = None) -> None:  # fmt: skip
        url = self.server.backend.url + path + (f"?{query}" if query else "")
        headers = {"Content-Type": ctype or self.headers.get("Content-Type") or "text/plain",
                   "Accept": self.headers.get("Accept") or "*/*"}  # fmt: skip
        request = urllib.request.Request(url, data=body or None, headers=headers, method=method)
        try:
            with urllib.request.urlopen(request, timeout=self.server.options.timeout + 5) as answer:
                self._send(answer.status, answer.read(), answer.headers.get("Content-Type"))
        except urllib.error.HTTPError as exc:
            self._send(exc.code, exc.read(), exc.headers.get("Content-Type"))

    # -- queries ---------------------------------------------------------------
    def _query(self, params: list[tuple[str, str]]) -> None:
        query = next((v for k, v in params if k == "query"), None)
        if not query:
            return self._send(400, b"missing query parameter\n")
        if self._reaches_out(query):
            return None
        wanted = next((v for k, v in params if k in {"format", "output"}), None)
        passed = [(k, v) for k, v in params if k in {"default-graph-uri", "named-graph-uri"}]
        options, backend = self.server.options, self.server.backend
        generation = backend.generation
        data = urllib.parse.urlencode([("query", query), *passed]).encode()
        request = urllib.request.Request(
            backend.url + "/query", data=data, method="POST",
            headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": BACKEND_ACCEPT},
        )  # fmt: skip
        deadline = time.monotonic() + options.timeout
        try:
            with urllib.request.urlopen(request, timeout=options.timeout + 1) as answer:
                ctype = answer.headers.get_content_type()
                if ctype in {"text/tab-separated-values", "application/n-triples"}:
                    head = answer.readline() if ctype == "text/tab-separated-values" else b""
                    lines, truncated = _take_lines(answer, options.limit, deadline)
                    payload = head + b"".join(lines)
                else:
                    payload, truncated = answer.read(), False
        except urllib.error.HTTPError as exc:
            return self._send(exc.code, exc.read(), exc.headers.get("Content-Type"))
        except (TimeoutError, OSError) as exc:
            if isinstance(exc, TimeoutError) or "timed out" in str(exc):
                backend.restart(generation)
                message = f"the query took longer than the {options.timeout:g} s timeout\n"
                return self._send(503, message.encode())
            return self._send(502, f"the query engine failed: {exc}\n".encode())
        try:
            body, out_type = _convert(payload, ctype, self.headers.get("Accept") or "", wanted)
        except ValueError as exc:
            return self._send(406, f"{exc}\n".encode())
        extra = {"X-KG-Result-Limit": str(options.limit)}
        if truncated:
            extra["X-KG-Truncated"] = "true"
        self._send(200, body, out_type, extra)

    # -- plumbing --------------------------------------------------------------
    def _send(self, status: int, body: bytes, ctype: str | None = None,
              extra: dict[str, str] | None = None) -> None:  # fmt: skip
        self.send_response(status)
        self.send_header("Content-Type", ctype or "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        for key, val in (extra or {}).items():
            self.send_header(key, val)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        log.info("%s " + format, self.address_string(), *args)


def _take_lines(answer: Any, limit: int, deadline: float) -> tuple[list[bytes], bool]:
    lines: list[bytes] = []
    while len(lines) < limit:
        if time.monotonic() > deadline:
            raise TimeoutError("result streaming overran the timeout")
        line = answer.readline()
        if not line:
            return lines, False
        lines.append(line)
    return lines, bool(answer.readline())


def _convert(payload: bytes, ctype: str, accept: str, wanted: str | None) -> tuple[bytes, str]:
    """Backend answer (TSV, N-Triples or JSON) -> the client's format."""
    if ctype == "application/n-triples":
        fmt = negotiate(accept, wanted, GRAPH_FORMATS, ox.RdfFormat.TURTLE)
        triples = ox.parse(payload, format=ox.RdfFormat.N_TRIPLES)
        return ox.serialize(triples, format=fmt) or b"", fmt.media_type
    source = ox.QueryResultsFormat.from_media_type(ctype) or ox.QueryResultsFormat.JSON
    results = ox.parse_query_results(payload, format=source)
    fmt = negotiate(accept, wanted, RESULT_FORMATS, ox.QueryResultsFormat.JSON)
    return results.serialize(format=fmt) or b"", fmt.media_type


def serve(options: ServeOptions, *, ready: Any = None) -> None:
    """Run until interrupted; ``ready(url)`` is called once the endpoint answers."""
    import signal

    def stop(_signum: int, _frame: object) -> None:
        raise KeyboardInterrupt

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, stop)  # so the backend is stopped too
    backend = Backend(options)
    backend.start()
    try:
        front = Front(options, backend)
    except OSError as exc:
        backend.stop()
        raise ConfigError(
            f"cannot listen on {options.host}:{options.port}: {exc.strerror or exc}"
        ) from None
    host, port = str(front.server_address[0]), int(front.server_address[1])
    if options.host not in {"127.0.0.1", "localhost", "::1"}:
        log.warning("kg serve listens on %s: reachable from other machines", options.host)
    if ready is not None:
        ready(f"http://{host}:{port}")
    try:
        front.serve_forever()
    finally:
        front.server_close()
        backend.stop()
