"""Requests passed on to the query engine, with deadlines, limits and second tries.

Each function returns an :class:`Answer` (status, content type, body), never
raises for what the engine did: a request always gets a status and a body.

* A **query** gets ``timeout`` seconds to run, waits for an engine that is
  restarting, and runs again on the fresh engine if the old one went away under
  it (in quarantine when the loss had no known cause, see
  :mod:`kg.serve.backend`); only the query that was stopped (it overran its
  time or its memory) is answered 503 for it. Results are read as TSV or
  N-Triples lines, at most ``limit``.
* An **update** is not run twice (it may have been applied): when the engine
  goes away under it the answer says so.
* **Graph store** requests stream: a whole-store download or a large upload
  never sits in memory.
"""

from __future__ import annotations

import http.client
import logging
import time
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import IO

from kg.serve.backend import Backend, Unavailable

log = logging.getLogger(__name__)

BACKEND_ACCEPT = (
    "text/tab-separated-values, application/n-triples;q=0.9, application/sparql-results+json;q=0.5"
)
RESTART_WAIT = 15.0  # a request waits at least this long for an engine that is restarting
CHUNK = 64 * 1024
TRIES = 4


@dataclass
class Answer:
    status: int
    body: bytes
    ctype: str = "text/plain; charset=utf-8"
    truncated: bool = False
    headers: dict[str, str] = field(default_factory=dict)


class _Lost(Exception):
    """The connection to the engine failed (it died, restarted or hung up)."""


class _Overran(Exception):
    """The request's own deadline passed."""


def _text(status: int, message: str, **headers: str) -> Answer:
    return Answer(status, (message.rstrip("\n") + "\n").encode(), headers=headers)


def _unavailable(exc: Unavailable) -> Answer:
    return _text(503, str(exc), **{"Retry-After": "2"})


def _connect(url: str, timeout: float) -> http.client.HTTPConnection:
    parts = urllib.parse.urlsplit(url)
    return http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=timeout)


def query(backend: Backend, form: bytes, *, limit: int, timeout: float) -> Answer:
    """Run a query (a ``query=...`` form body) on the engine: ``timeout`` seconds
    for each run, and twice that plus a restart for the whole request, waits
    included."""
    budget = time.monotonic() + 2 * timeout + RESTART_WAIT
    lost, suspect = "no answer", False
    for _ in range(TRIES):
        held = suspect and backend.quarantine.acquire(timeout=max(budget - time.monotonic(), 0))
        if suspect and not held:
            break
        try:
            answer, lost, suspect = _attempt(backend, form, limit, budget, timeout, held)
            if answer is not None:
                return answer
        finally:
            if held:
                backend.quarantine.release()
        if time.monotonic() >= budget:
            break
    else:
        return _text(502, f"the query engine failed on this query: {lost}")
    return _text(503, "kg serve could not run this query in time (the query engine was "
                      "restarting or busy); try again", **{"Retry-After": "2"})  # fmt: skip


def _attempt(backend: Backend, form: bytes, limit: int, budget: float, timeout: float,
             isolated: bool) -> tuple[Answer | None, str, bool]:  # fmt: skip
    """One run: (the answer, or None to run again; why it failed; whether the
    query must run again in quarantine)."""
    try:
        url, generation = backend.acquire(max(budget - time.monotonic(), 0.1))
    except Unavailable as exc:
        return _unavailable(exc), "", False
    started = time.monotonic()
    deadline = min(started + timeout, budget)
    call = backend.begin(generation, isolated=isolated)
    try:
        return _query_once(url, form, limit, deadline), "", False
    except _Overran:
        if deadline < started + timeout:  # the request's budget ran out, not this run
            return None, "out of time", False
        backend.restart(generation, f"a query overran the {timeout:g} s timeout", known=True)
        return _text(503, f"the query took longer than the {timeout:g} s timeout"), "", False
    except _Lost as exc:
        backend.suspect(generation)
        if call.stopped:
            return _text(503, f"{call.stopped}; it was stopped"), "", False
        if backend.known_cause(generation):  # another query overran: just run again
            return None, str(exc), False
        if isolated:  # the engine went down again while this query ran alone
            message = "the query engine went down twice while this query ran; it was stopped"
            return _text(503, message), "", False
        log.info("the query engine went down during a query (%s): it runs again", exc)
        return None, str(exc), True
    finally:
        backend.end(call)


def _query_once(url: str, form: bytes, limit: int, deadline: float) -> Answer:
    conn = _connect(url, max(deadline - time.monotonic(), 0.01))
    try:
        conn.request("POST", "/query", body=form, headers={
            "Content-Type": "application/x-www-form-urlencoded", "Accept": BACKEND_ACCEPT})  # fmt: skip
        response = conn.getresponse()
        ctype = response.headers.get_content_type()
        if response.status != 200:
            return Answer(response.status, response.read(), response.headers["Content-Type"] or "")
        if ctype not in {"text/tab-separated-values", "application/n-triples"}:
            return Answer(200, response.read(), ctype)
        head = response.readline() if ctype == "text/tab-separated-values" else b""
        lines: list[bytes] = []
        while len(lines) < limit:
            left = deadline - time.monotonic()
            if left <= 0:
                raise _Overran
            if conn.sock is not None:
                conn.sock.settimeout(left)
            line = response.readline()
            if not line:
                return Answer(200, head + b"".join(lines), ctype)
            lines.append(line)
        more = bool(response.readline())
        return Answer(200, head + b"".join(lines), ctype, truncated=more)
    except TimeoutError:
        raise _Overran from None
    except (OSError, http.client.HTTPException) as exc:
        raise _Lost(_describe(exc)) from None
    finally:
        conn.close()


def update(backend: Backend, body: bytes, ctype: str, *, timeout: float) -> Answer:
    """Run an update; never twice."""
    deadline = time.monotonic() + timeout
    for _ in range(TRIES):
        try:
            url, generation = backend.acquire(max(deadline - time.monotonic(), RESTART_WAIT))
        except Unavailable as exc:
            return _unavailable(exc)
        conn = _connect(url, max(deadline - time.monotonic(), 0.01))
        try:
            try:
                conn.connect()
            except OSError:  # nothing was sent: safe to wait for the engine and try again
                backend.suspect(generation)
                continue
            conn.request("POST", "/update", body=body, headers={"Content-Type": ctype})
            response = conn.getresponse()
            return Answer(response.status, response.read(),
                          response.headers["Content-Type"] or "text/plain")  # fmt: skip
        except TimeoutError:
            backend.restart(generation, f"an update overran the {timeout:g} s timeout")
            return _text(503, f"the update took longer than the {timeout:g} s timeout and was "
                              "stopped; updates are transactions, so none of it was applied")  # fmt: skip
        except (OSError, http.client.HTTPException) as exc:
            backend.suspect(generation)
            return _text(503, "the query engine went away while the update ran "
                              f"({_describe(exc)}); updates are transactions: it was applied "
                              "entirely or not at all - check before sending it again")  # fmt: skip
        finally:
            conn.close()
    return _text(
        503, "the query engine is restarting; try again in a moment", **{"Retry-After": "2"}
    )


Respond = Callable[[int, dict[str, str], Iterator[bytes]], None]


def graph_store(backend: Backend, method: str, query: str, headers: dict[str, str],
                upload: tuple[IO[bytes], int] | None, respond: Respond, *, timeout: float) -> None:  # fmt: skip
    """Pass a Graph Store request on, streaming both ways; ``respond(status,
    headers, chunks)`` sends the answer."""
    try:
        url, generation = backend.acquire(RESTART_WAIT)
    except Unavailable as exc:
        answer = _unavailable(exc)
        return respond(answer.status, {"Content-Type": answer.ctype}, iter([answer.body]))
    conn = _connect(url, timeout)
    answered = False
    try:
        conn.putrequest(method, "/store" + (f"?{query}" if query else ""))
        for key, value in headers.items():
            conn.putheader(key, value)
        conn.putheader("Content-Length", str(upload[1] if upload else 0))
        conn.endheaders()
        if upload is not None:
            source, left = upload
            while left > 0:
                chunk = source.read(min(CHUNK, left))
                if not chunk:
                    raise _Lost("the client sent less than its Content-Length")
                conn.send(chunk)
                left -= len(chunk)
        response = conn.getresponse()
        out = {"Content-Type": response.headers["Content-Type"] or "application/octet-stream"}
        if response.headers["Content-Length"]:
            out["Content-Length"] = response.headers["Content-Length"]
        answered = True
        respond(response.status, out, _chunks(response))
    except (OSError, http.client.HTTPException, _Lost) as exc:
        backend.suspect(generation)
        if answered:  # the answer broke off half way: the client sees a short body
            raise
        message = f"the query engine went away during this request ({_describe(exc)})\n"
        respond(503, {"Content-Type": "text/plain; charset=utf-8"}, iter([message.encode()]))
    finally:
        conn.close()


def _chunks(response: http.client.HTTPResponse) -> Iterator[bytes]:
    while chunk := response.read(CHUNK):
        yield chunk


def _describe(exc: BaseException) -> str:
    if isinstance(exc, http.client.IncompleteRead):
        return "its answer broke off"
    text = str(exc) or type(exc).__name__
    return text if len(text) < 200 else text[:197] + "..."
