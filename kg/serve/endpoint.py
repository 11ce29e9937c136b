"""``kg serve``: a SPARQL 1.1 Protocol endpoint over the local store, and the viewer.

The SPARQL work is done by Oxigraph's own server (the ``oxigraph`` program from
the PyPI package of that name), supervised by :mod:`kg.serve.backend`: run on
the store directory on a private loopback port, ``serve-read-only`` by default
and ``serve`` with ``--writable``, restarted when it dies, hangs or outgrows
its memory, never able to connect out, and killed with ``kg serve``.

This module is the front that faces clients, on ``http.server`` from the
standard library (no web framework for five routes):

* ``GET /`` (and ``/graph.html``): the viewer page, the file given with
  ``--viewer`` (as ``kg view`` writes it) or one generated from the store on
  first request;
* ``/sparql`` and ``/query``: queries, read first (``SERVICE`` and ``LOAD`` are
  refused, :mod:`kg.graph.safety`) and then run by the engine
  (:mod:`kg.serve.forward`): at most ``limit`` results (``X-KG-Truncated: true``
  says rows were cut) in the format the client asked for, within ``timeout``;
* **read-only** by default: ``/update`` and writes to ``/store`` are refused
  with 403, and the read-only engine refuses them too. A read-only server holds
  the store's lock shared (:mod:`kg.graph.storedir`), so no local ingest can
  change the files it serves; ingest through ``--writable`` instead.

Every request gets a status and a body, whatever happens behind, within the
limits of :mod:`kg.serve.connections` (bodies, headers, idle and slow
connections, connections at once); Graph Store uploads and downloads stream.
It binds to 127.0.0.1 unless ``--host`` says otherwise.
"""

from __future__ import annotations

import logging
import threading
import urllib.parse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import ConfigError, KGError, QueryError
from kg.graph import offline, storedir
from kg.graph.safety import refuse_remote
from kg.serve import forward
from kg.serve.backend import Backend, EngineOptions, Unavailable
from kg.serve.connections import BoundedServer, GuardedHandler, Limits
from kg.serve.formats import GRAPH_FORMATS, RESULT_FORMATS, convert

log = logging.getLogger(__name__)

READ_ONLY = b"this endpoint is read-only (start kg serve --writable to allow updates)\n"


@dataclass(frozen=True)
class ServeOptions:
    store: Path
    host: str = "127.0.0.1"
    port: int = 7878
    timeout: float = 30.0
    limit: int = 10_000
    writable: bool = False
    viewer: Path | None = None
    memory_mb: int = 2048
    limits: Limits = field(default_factory=Limits)


class Front(BoundedServer):
    def __init__(self, options: ServeOptions, backend: Backend) -> None:
        super().__init__((options.host, options.port), Handler, options.limits)
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

                    url, _ = self.backend.acquire(forward.RESTART_WAIT)
                    graph = relation_graph(RemoteStore(url, timeout=self.options.timeout))
                    self._page = render_html(graph).encode("utf-8")
            return self._page


class Handler(GuardedHandler):
    server: Front

    def body_limit(self) -> int | None:
        small = urllib.parse.urlsplit(self.path).path != "/store"  # uploads stream
        return self.server.limits.max_body if small else None

    # -- routing ---------------------------------------------------------------
    def do_GET(self) -> None:
        self.guarded(self._get)

    def do_HEAD(self) -> None:
        self.guarded(self._get)

    def do_POST(self) -> None:
        self.guarded(self._post)

    def do_PUT(self) -> None:
        self.guarded(self._write_store)

    def do_DELETE(self) -> None:
        self.guarded(self._write_store)

    def _get(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        params = urllib.parse.parse_qsl(url.query, keep_blank_values=True)
        if url.path in {"/", "/graph.html", "/index.html"}:
            try:
                page = self.server.viewer_page()
            except (KGError, Unavailable, OSError) as exc:
                return self.send(503, f"the viewer page could not be built: {exc}\n".encode())
            self.send(200, page, "text/html; charset=utf-8")
        elif url.path in {"/sparql", "/query"}:
            self._query(params)
        elif url.path == "/store":
            self._store("GET", url.query, None)
        elif url.path == "/update":
            self.send(405 if self.server.options.writable else 403,
                       b"send updates with POST\n" if self.server.options.writable else READ_ONLY)  # fmt: skip
        else:
            self.send(404, b"not found: try /sparql?query=... or / for the viewer\n")

    def _post(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        params = urllib.parse.parse_qsl(url.query, keep_blank_values=True)
        if url.path == "/store":
            return self._write_store()
        if url.path not in {"/sparql", "/query", "/update"}:
            self.close_connection = True
            return self.send(404, b"not found\n")
        if url.path == "/update" and not self.server.options.writable:
            self.close_connection = True  # its body is left unread
            return self.send(403, READ_ONLY)
        body = self.body()
        if body is None:
            return None
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype == "application/x-www-form-urlencoded":
            form = urllib.parse.parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
            if url.path == "/update" or any(k == "update" for k, _ in form):
                return self._update(" ".join(v for k, v in form if k == "update"), body, ctype)
            return self._query(params + form)
        if ctype == "application/sparql-update" or url.path == "/update":
            return self._update(body.decode("utf-8", "replace"), body, ctype)
        if ctype != "application/sparql-query":
            return self.send(415, b"send application/sparql-query or a form with query=\n")
        return self._query([*params, ("query", body.decode("utf-8", "replace"))])

    # -- writes (only with --writable) -----------------------------------------
    def _update(self, text: str, body: bytes, ctype: str) -> None:
        if not self.server.options.writable:
            return self.send(403, READ_ONLY)
        if not self._safe(text):
            return None
        answer = forward.update(self.server.backend, body, ctype or "application/sparql-update",
                                timeout=self.server.options.timeout)  # fmt: skip
        self._answer(answer)

    def _write_store(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/store":
            self.close_connection = True
            return self.send(404, b"not found\n")
        if not self.server.options.writable:
            self.close_connection = True  # its body is left unread
            return self.send(403, READ_ONLY)
        length = self.length(None)
        if length is None:
            return None
        self._store(self.command, url.query, (self.rfile, length))

    def _store(self, method: str, query: str, upload: tuple[Any, int] | None) -> None:
        headers = {"Accept": self.headers.get("Accept") or "*/*"}
        if self.headers.get("Content-Type"):
            headers["Content-Type"] = self.headers["Content-Type"]
        forward.graph_store(self.server.backend, method, query, headers, upload, self._stream,
                            timeout=self.server.options.timeout)  # fmt: skip

    def _stream(self, status: int, headers: dict[str, str], chunks: Iterator[bytes]) -> None:
        self._answered = True
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        if "Content-Length" not in headers:
            self.close_connection = True  # the end of the body is the end of the connection
            self.send_header("Connection", "close")
        self.end_headers()
        for chunk in chunks:
            if self.command != "HEAD":
                self.wfile.write(chunk)

    # -- queries ---------------------------------------------------------------
    def _safe(self, sparql: str) -> bool:
        """SERVICE and LOAD would make the engine fetch from the network: refused."""
        try:
            refuse_remote(sparql)
        except QueryError as exc:
            self.send(403 if str(exc).startswith("refused") else 400, f"{exc}\n".encode())
            return False
        return True

    def _query(self, params: list[tuple[str, str]]) -> None:
        query = next((v for k, v in params if k == "query"), None)
        if not query:
            return self.send(400, b"missing query parameter\n")
        wanted = next((v for k, v in params if k in {"format", "output"}), None)
        if wanted and wanted.lower() not in RESULT_FORMATS | GRAPH_FORMATS:
            known = ", ".join([*RESULT_FORMATS, *GRAPH_FORMATS])
            return self.send(406, f"unknown format {wanted!r}: one of {known}\n".encode())
        if not self._safe(query):
            return None
        passed = [(k, v) for k, v in params if k in {"default-graph-uri", "named-graph-uri"}]
        form = urllib.parse.urlencode([("query", query), *passed]).encode()
        options = self.server.options
        answer = forward.query(self.server.backend, form, limit=options.limit,
                               timeout=options.timeout)  # fmt: skip
        if answer.status != 200:
            return self._answer(answer)
        try:
            body, out_type = convert(answer.body, answer.ctype, self.headers.get("Accept") or "",
                                     wanted)  # fmt: skip
        except ValueError as exc:
            return self.send(406, f"{exc}\n".encode())
        except SyntaxError:  # the engine wrote an error into a streamed answer
            return self._answer(_broken(answer.body))
        extra = {"X-KG-Result-Limit": str(options.limit)}
        if answer.truncated:
            extra["X-KG-Truncated"] = "true"
        self.send(200, body, out_type, extra)

    # -- plumbing --------------------------------------------------------------
    def _answer(self, answer: forward.Answer) -> None:
        if answer.status == 500 and b"Network is unreachable" in answer.body:
            answer = forward.Answer(403, b"refused: the query tried to reach the network\n")
        self.send(answer.status, answer.body, answer.ctype, answer.headers)


def _broken(payload: bytes) -> forward.Answer:
    """An answer the engine broke off with an error message of its own.

    >>> _broken(b"?s\\n<http://x/a>\\nTimeout").status
    500
    >>> _broken(b'{"results":{"bindings":[Network is unreachable (os error 101)').status
    403
    """
    tail = payload[-300:].decode("utf-8", "replace").strip().splitlines()[-1:] or ["no detail"]
    if "Network is unreachable" in tail[0]:
        return forward.Answer(403, b"refused: the query tried to reach the network\n")
    return forward.Answer(
        500, f"the query failed while its results were read: {tail[0]}\n".encode()
    )


@contextmanager
def running(options: ServeOptions) -> Iterator[str]:
    """The endpoint, served from a thread of its own while the block runs; its URL."""
    if not offline.available():
        log.warning("no network filter on this system: the engine is kept from SERVICE and "
                    "LOAD by kg's reading of each query only")  # fmt: skip
    lock = storedir.lock(options.store, shared=not options.writable)
    backend = Backend(EngineOptions(store=options.store, writable=options.writable,
                                    timeout=options.timeout, memory_mb=options.memory_mb))  # fmt: skip
    try:
        backend.start()
        try:
            front = Front(options, backend)
        except OSError as exc:
            raise ConfigError(
                f"cannot listen on {options.host}:{options.port}: {exc.strerror or exc}"
            ) from None
        thread = threading.Thread(target=front.serve_forever, kwargs={"poll_interval": 0.2},
                                  name="kg-front", daemon=True)  # fmt: skip
        thread.start()
        try:
            host, port = str(front.server_address[0]), int(front.server_address[1])
            if options.host not in {"127.0.0.1", "localhost", "::1"}:
                log.warning("kg serve listens on %s: reachable from other machines", options.host)
            yield f"http://{host}:{port}"
        finally:
            front.shutdown()
            front.server_close()
    finally:
        backend.close()
        if lock is not None:
            lock.close()


def serve(options: ServeOptions, *, ready: Callable[[str], None] | None = None) -> None:
    """Run until interrupted (Ctrl-C or SIGTERM); ``ready(url)`` is called once
    the endpoint answers. The engine stops with it, whichever way it ends."""
    import signal

    def stop(_signum: int, _frame: object) -> None:
        raise KeyboardInterrupt

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, stop)
    with running(options) as url:
        if ready is not None:
            ready(url)
        forever = threading.Event()
        while not forever.wait(1.0):
            pass
