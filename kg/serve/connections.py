"""The connections ``kg serve`` accepts: how many, for how long, how large.

Plain ``http.server`` trusts its clients: it reads whatever body a
``Content-Length`` announces, keeps a thread for every connection however long
it stays silent and drops a connection without a word when a handler fails.
:class:`BoundedServer` and :class:`GuardedHandler` put limits on all of it:

* at most ``max_connections`` are served at once; the next ones are answered
  ``503`` straight away and closed, so stalled clients cannot pile up threads;
* a connection has ``idle_timeout`` seconds to send each request's headers
  (the whole header block, not each byte: a client dripping one byte at a time
  is closed too) and at most ``header_bytes`` of them (``431`` beyond);
* a ``Content-Length`` that is not a number is ``400``, one over the route's
  limit ``413``, a chunked body ``411``, all without reading the body;
* every request gets a status and a body, even when the handler fails (``500``)
  or the request is malformed (the standard library's errors, as plain text).
"""

from __future__ import annotations

import contextlib
import http.client
import logging
import re
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

log = logging.getLogger(__name__)

CHUNK = 64 * 1024
_LENGTH = re.compile(r"[0-9]{1,18}")


@dataclass(frozen=True)
class Limits:
    max_body: int = 32 * 2**20
    header_bytes: int = 64 * 2**10
    idle_timeout: float = 15.0
    max_connections: int = 64


class Reaper:
    """Closes the connections that take too long to send their request headers."""

    def __init__(self) -> None:
        self._due: dict[socket.socket, float] = {}
        self._lock = threading.Lock()
        threading.Thread(target=self._run, name="kg-reaper", daemon=True).start()

    def watch(self, sock: socket.socket, seconds: float) -> None:
        with self._lock:
            self._due[sock] = time.monotonic() + seconds

    def unwatch(self, sock: socket.socket) -> None:
        with self._lock:
            self._due.pop(sock, None)

    def _run(self) -> None:
        while True:
            time.sleep(0.5)
            now = time.monotonic()
            with self._lock:
                late = [s for s, due in self._due.items() if due < now]
                for sock in late:
                    del self._due[sock]
            for sock in late:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)


class BoundedServer(ThreadingHTTPServer):
    """A threading HTTP server with a bound on connections served at once."""

    daemon_threads = True
    block_on_close = False

    def __init__(self, address: tuple[str, int], handler: Any, limits: Limits) -> None:
        super().__init__(address, handler)
        self.limits = limits
        self.reaper = Reaper()
        self._active = 0
        self._slots = threading.Lock()

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._slots:
            busy = self._active >= self.limits.max_connections
            if not busy:
                self._active += 1
        if not busy:
            super().process_request(request, client_address)
            return
        body = b"kg serve is busy: too many connections; try again in a moment\n"
        head = ("HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n"
                f"Content-Length: {len(body)}\r\nRetry-After: 1\r\nConnection: close\r\n\r\n")  # fmt: skip
        with contextlib.suppress(OSError):
            request.settimeout(1.0)
            request.sendall(head.encode() + body)
        self.shutdown_request(request)

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            with self._slots:
                self._active -= 1


class _Budget:
    """Header lines read from ``source``, at most ``limit`` bytes in all."""

    def __init__(self, source: Any, limit: int) -> None:
        self.source, self.left = source, limit

    def readline(self, size: int = -1) -> bytes:
        line = self.source.readline(min(size, self.left + 1) if size >= 0 else self.left + 1)
        self.left -= len(line)
        if self.left < 0:
            raise http.client.LineTooLong("the request headers are too large")
        return bytes(line)


class GuardedHandler(BaseHTTPRequestHandler):
    """A request handler that always answers and reads only what it allows."""

    server: BoundedServer
    protocol_version = "HTTP/1.1"
    _answered = False

    def setup(self) -> None:
        super().setup()
        self.connection.settimeout(self.server.limits.idle_timeout)

    def handle_one_request(self) -> None:
        self._answered = False
        self.server.reaper.watch(self.connection, self.server.limits.idle_timeout)
        try:
            super().handle_one_request()
        except OSError:  # the client went away or stalled mid-request
            self.close_connection = True
        finally:
            self.server.reaper.unwatch(self.connection)

    def parse_request(self) -> bool:
        source = self.rfile
        self.rfile = _Budget(source, self.server.limits.header_bytes)  # type: ignore[assignment]
        try:
            return super().parse_request()
        finally:
            self.rfile = source
            self.server.reaper.unwatch(self.connection)

    def body_limit(self) -> int | None:
        """The largest body this request may send (None: streamed, no limit)."""
        return self.server.limits.max_body

    def handle_expect_100(self) -> bool:
        if self.length(self.body_limit()) is None:
            return False
        return super().handle_expect_100()

    def guarded(self, work: Callable[[], None]) -> None:
        """Run a route; whatever goes wrong, the client gets an answer."""
        try:
            work()
        except OSError:  # the client went away or stalled
            self.close_connection = True
        except Exception as exc:  # a bug in kg
            log.exception("kg serve failed on %s %s", self.command, self.path)
            self.close_connection = True
            if not self._answered:
                self.send(500, f"kg serve failed on this request: {type(exc).__name__}\n".encode())

    # -- bodies ------------------------------------------------------------------
    def length(self, limit: int | None) -> int | None:
        """The request body's length, or None once an error was sent for it."""
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            self.close_connection = True
            self.send(411, b"send the body with a Content-Length (chunked bodies are not read)\n")
            return None
        raw = (self.headers.get("Content-Length") or "0").strip()
        if not _LENGTH.fullmatch(raw):
            self.close_connection = True
            self.send(400, b"Content-Length must be a number of bytes\n")
            return None
        length = int(raw)
        if limit is not None and length > limit:
            self.close_connection = True
            self.send(413, f"the request body ({length:,} bytes) is over the {limit:,}-byte "
                           "limit\n".encode())  # fmt: skip
            return None
        return length

    def body(self) -> bytes | None:
        """The request body (within :meth:`body_limit`), or None once an error was sent."""
        length = self.length(self.body_limit())
        if length is None:
            return None
        parts, left = [], length
        while left > 0:
            chunk = self.rfile.read(min(CHUNK, left))
            if not chunk:
                self.close_connection = True
                self.send(400, b"the request body is shorter than its Content-Length\n")
                return None
            parts.append(chunk)
            left -= len(chunk)
        return b"".join(parts)

    # -- answers -----------------------------------------------------------------
    def send(self, status: int, body: bytes, ctype: str | None = None,
             extra: dict[str, str] | None = None) -> None:  # fmt: skip
        if self._answered:
            log.debug("a second answer to one request was dropped (%s)", status)
            return
        self._answered = True
        if self.request_version == "HTTP/0.9":  # an unreadable request line: answer in full
            self.request_version = "HTTP/1.0"
        self.send_response(status)
        self.send_header("Content-Type", ctype or "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        for key, val in (extra or {}).items():
            self.send_header(key, val)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Errors found before a route runs (malformed request, unknown method)."""
        self.close_connection = True
        phrase = message or self.responses.get(code, ("error",))[0]
        self.send(code, f"{code} {phrase}\n".encode())

    def log_message(self, format: str, *args: Any) -> None:
        log.info("%s " + format, self.address_string(), *args)
