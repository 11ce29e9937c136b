"""Every request gets a status and a body; no client can make kg serve read or hold too much."""

from __future__ import annotations

import json
import socket
import threading
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import oxigraph_binary
from serving import SIMPLE, ask, get, make_store, raw, server

from kg.serve.connections import Limits

pytestmark = pytest.mark.server

LIMITS = Limits(max_body=1_000_000, header_bytes=8_000, idle_timeout=2.0, max_connections=16)


@pytest.fixture(scope="module")
def url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    oxigraph_binary()
    store = make_store(tmp_path_factory.mktemp("connections"), triples=200)
    with server(store, limits=LIMITS, writable=True) as found:
        yield found


def _post(path: str, length: str, body: bytes = b"") -> bytes:
    return (f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
            f"Content-Length: {length}\r\n\r\n").encode() + body  # fmt: skip


@pytest.mark.parametrize(
    ("length", "status"),
    [("abc", 400), ("-1", 400), ("1e3", 400), ("\u0663", 400), (str(10**12), 413),
     (str(10**30), 400)],
)  # fmt: skip
def test_a_bad_content_length_is_answered_not_followed(url: str, length: str, status: int) -> None:
    started = time.monotonic()
    code, body = raw(url, _post("/sparql", length, b"ASK {}"))
    assert (code, body != b"") == (status, True)
    assert time.monotonic() - started < 10  # no thread left waiting for bytes that never come


def test_a_huge_body_is_refused_before_it_is_read(url: str) -> None:
    big = 200 * 10**6
    code, body = raw(url, _post("/sparql", str(big), b"x" * 65536))
    assert code == 413 and b"over the 1,000,000-byte limit" in body
    code, body = raw(url, _post("/update", str(big), b"x" * 65536))
    assert code == 413


def test_a_short_body_and_a_chunked_body_are_client_errors(url: str) -> None:
    code, _ = raw(url, _post("/sparql", "100", b"ASK {}"), timeout=30)
    assert code in {0, 400}  # the server may give up on the connection as idle first
    chunked = (b"POST /sparql HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
               b"Content-Type: application/sparql-query\r\n\r\n6\r\nASK {}\r\n0\r\n\r\n")  # fmt: skip
    assert raw(url, chunked)[0] == 411


def test_oversized_headers_and_garbage_get_an_answer(url: str) -> None:
    many = b"".join(b"X-Pad-%d: %s\r\n" % (i, b"y" * 200) for i in range(60))
    code, body = raw(url, b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: x\r\n" + many + b"\r\n")
    assert code == 431 and body
    assert raw(url, b"BREW /pot HTTP/1.1\r\nHost: x\r\n\r\n")[0] == 501
    assert raw(url, b"\x16\x03\x01 not http at all\r\n\r\n")[0] == 400


def test_head_answers_like_get_without_a_body(url: str) -> None:
    status, headers, body = get(f"{url}/sparql?query={urllib.parse.quote(SIMPLE)}", method="HEAD")
    assert status == 200 and body == b"" and int(headers["Content-Length"]) > 0
    assert get(f"{url}/", method="HEAD")[0] == 200


def test_stalled_connections_are_closed_and_cannot_crowd_out_clients(url: str) -> None:
    host, port = urllib.parse.urlsplit(url).hostname, urllib.parse.urlsplit(url).port
    stalled = []
    for n in range(3 * LIMITS.max_connections):
        sock = socket.create_connection((host, port), timeout=10)
        sock.sendall(b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: x\r\n" if n % 2 else b"G")
        stalled.append(sock)
    try:
        # while they stall, a client is told at once that the server is busy ...
        code, body = raw(url, b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: x\r\n\r\n")
        assert code in {200, 503} and body
        before = threading.active_count()
        time.sleep(LIMITS.idle_timeout + 2)  # ... and they are closed after the idle timeout
        for sock in stalled:
            sock.settimeout(5)
            data = sock.recv(65536)
            assert data == b"" or data.startswith(b"HTTP/1.1 503")
        assert threading.active_count() <= before
    finally:
        for sock in stalled:
            sock.close()
    status, _, body = ask(url, "ASK { ?s ?p ?o }")
    assert status == 200 and json.loads(body)["boolean"] is True


def test_a_slow_drip_of_header_bytes_is_cut_off(url: str) -> None:
    host, port = urllib.parse.urlsplit(url).hostname, urllib.parse.urlsplit(url).port
    with socket.create_connection((host, port), timeout=10) as sock:
        started = time.monotonic()
        try:
            for byte in b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: x\r\nX: " + b"y" * 100:
                sock.sendall(bytes([byte]))
                time.sleep(0.2)
        except OSError:
            pass
        assert time.monotonic() - started < LIMITS.idle_timeout + 5


def test_graph_store_uploads_stream_past_the_body_limit(url: str, tmp_path: Path) -> None:
    lines = b"".join(b'<http://x.org/u%d> <http://x.org/q> "%s" .\n' % (i, b"z" * 100)
                     for i in range(15_000))  # fmt: skip
    assert len(lines) > LIMITS.max_body
    status, _, _ = get(f"{url}/store?graph={urllib.parse.quote('http://x.org/up')}", data=lines,
                       ctype="application/n-triples", method="PUT")  # fmt: skip
    assert status in {201, 204}
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <http://x.org/up> { ?s ?p ?o } }"
    status, _, body = ask(url, count)
    assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) == 15_000


def test_an_answer_the_engine_broke_off_is_a_clear_error_not_a_crash() -> None:
    from kg.serve.endpoint import _broken
    from kg.serve.formats import convert

    half = b"?s\n<http://x.org/a>\nquery evaluation failed: out of time\n"
    with pytest.raises(SyntaxError):
        convert(half, "text/tab-separated-values", "", None)
    answer = _broken(half)
    assert answer.status == 500 and b"out of time" in answer.body
