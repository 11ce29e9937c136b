"""A small store, a server on it in this process, and clients that say exactly what came back."""

from __future__ import annotations

import socket
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from kg.cli.main import main
from kg.serve.connections import Limits
from kg.serve.endpoint import ServeOptions, running

EX = "http://x.org/"
SIMPLE = "SELECT ?s WHERE { ?s ?p ?o } LIMIT 5"
# a cartesian product sorted: Oxigraph holds all of it in memory before the first row
HUNGRY = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f"
# a cartesian product counted: little memory, endless time
ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def make_store(folder: Path, triples: int = 3000) -> Path:
    """A store of ``triples`` invented triples, loaded from an N-Triples file."""
    folder.mkdir(parents=True, exist_ok=True)
    data = folder / "data.nt"
    data.write_text("".join(f'<{EX}n{i}> <{EX}p{i % 7}> "value {i}" .\n' for i in range(triples)))
    store = folder / "store"
    assert main(["ingest", str(data), "--store", str(store), "-q"]) == 0
    return store


@contextmanager
def server(store: Path, **options: object) -> Iterator[str]:
    limits = options.pop("limits", Limits())
    opts = ServeOptions(store=store, port=0, limits=limits, **options)  # type: ignore[arg-type]
    with running(opts) as url:
        yield url


def get(url: str, *, data: bytes | None = None, ctype: str = "", accept: str = "",
        method: str | None = None, timeout: float = 60) -> tuple[int, dict[str, str], bytes]:  # fmt: skip
    headers = {k: v for k, v in (("Accept", accept), ("Content-Type", ctype)) if v}
    request = urllib.request.Request(url, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            return answer.status, dict(answer.headers), answer.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def ask(url: str, query: str, **kwargs: object) -> tuple[int, dict[str, str], bytes]:
    return get(f"{url}/sparql?query={urllib.parse.quote(query)}", **kwargs)  # type: ignore[arg-type]


def raw(url: str, request: bytes, *, timeout: float = 30) -> tuple[int, bytes]:
    """Send bytes as they are; the status and body of the answer (0 when none came)."""
    parts = urllib.parse.urlsplit(url)
    with socket.create_connection((parts.hostname, parts.port), timeout=timeout) as sock:
        with suppress(OSError):  # the server may answer and close before taking all of it
            sock.sendall(request)
        data = b""
        with suppress(OSError):
            while chunk := sock.recv(65536):
                data += chunk
                if _complete(data):
                    break
    if not data.startswith(b"HTTP/1."):
        return 0, data
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split()[1]), body


def _complete(data: bytes) -> bool:
    head, sep, body = data.partition(b"\r\n\r\n")
    if not sep:
        return False
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return len(body) >= int(value.strip())
    return False
