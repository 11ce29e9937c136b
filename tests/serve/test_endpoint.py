"""kg serve, for real: start it, query it over HTTP, check refusals and limits."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import oxigraph_binary

from kg.cli.main import main

pytestmark = pytest.mark.server

ROOT = Path(__file__).resolve().parents[2]
SEED_DIR = ROOT / "seeds"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    oxigraph_binary()  # skips when the server binary is missing
    path = tmp_path_factory.mktemp("serve") / "store"
    assert main(["ingest", str(SEED_DIR), "--store", str(path), "-q"]) == 0
    return path


def _start(*args: str) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--port", "0", *args],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    assert process.stdout is not None
    line = process.stdout.readline()
    if not line:
        process.wait(10)
        pytest.fail(f"kg serve did not start: {process.stderr.read() if process.stderr else ''}")
    url = line.split("SPARQL endpoint ", 1)[1].split("/sparql", 1)[0]
    return process, url


@pytest.fixture(scope="module")
def server(store: Path) -> Iterator[str]:
    process, url = _start("--store", str(store), "--limit", "3", "--timeout", "2")
    try:
        yield url
    finally:
        process.terminate()
        process.wait(timeout=15)


def _get(url: str, *, accept: str = "", data: bytes | None = None,
         ctype: str = "") -> tuple[int, dict[str, str], bytes]:  # fmt: skip
    headers = {k: v for k, v in (("Accept", accept), ("Content-Type", ctype)) if v}
    request = urllib.request.Request(url, data=data, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return answer.status, dict(answer.headers), answer.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


WHO = "SELECT ?s ?o WHERE { GRAPH ?g { ?s <https://w3id.org/kg/ontology#met> ?o } }"


def test_get_and_post_answer_in_each_results_format(server: str) -> None:
    q = urllib.parse.quote(WHO)
    status, headers, body = _get(f"{server}/sparql?query={q}")
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+json")
    assert len(json.loads(body)["results"]["bindings"]) == 3  # the limit
    assert headers["X-KG-Truncated"] == "true"
    status, headers, body = _get(f"{server}/sparql", data=WHO.encode(),
                                 ctype="application/sparql-query", accept="text/csv")  # fmt: skip
    rows = list(csv.reader(io.StringIO(body.decode())))
    assert status == 200 and rows[0] == ["s", "o"] and len(rows) == 4
    form = urllib.parse.urlencode({"query": WHO, "format": "tsv"}).encode()
    status, _, body = _get(f"{server}/query", data=form, ctype="application/x-www-form-urlencoded")
    assert status == 200 and body.decode().splitlines()[0] == "?s\t?o"
    status, headers, body = _get(f"{server}/sparql?query={q}",
                                 accept="application/sparql-results+xml")  # fmt: skip
    assert status == 200 and b"<sparql" in body and body.count(b"<result>") == 3


def test_small_results_are_not_marked_truncated(server: str) -> None:
    ask = urllib.parse.quote("ASK { GRAPH ?g { ?s ?p ?o } }")
    status, headers, body = _get(f"{server}/sparql?query={ask}")
    assert status == 200 and json.loads(body)["boolean"] is True
    assert "X-KG-Truncated" not in headers
    one = urllib.parse.quote("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    status, headers, body = _get(f"{server}/sparql?query={one}")
    assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) > 100
    assert "X-KG-Truncated" not in headers


def test_construct_comes_back_as_turtle(server: str) -> None:
    q = urllib.parse.quote("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    status, headers, body = _get(f"{server}/sparql?query={q}", accept="text/turtle")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    assert body.count(b" .\n") <= 3 and headers["X-KG-Truncated"] == "true"


def test_updates_are_refused_when_read_only(server: str) -> None:
    drop = b"DROP ALL"
    assert _get(f"{server}/update", data=drop, ctype="application/sparql-update")[0] == 403
    assert _get(f"{server}/sparql", data=drop, ctype="application/sparql-update")[0] == 403
    form = urllib.parse.urlencode({"update": "DROP ALL"}).encode()
    assert _get(f"{server}/sparql", data=form, ctype="application/x-www-form-urlencoded")[0] == 403
    nt = b"<https://x.org/a> <https://x.org/p> <https://x.org/b> ."
    assert _get(f"{server}/store?default", data=nt, ctype="application/n-triples")[0] == 403
    count = urllib.parse.quote("ASK { GRAPH ?g { ?s ?p ?o } }")
    assert json.loads(_get(f"{server}/sparql?query={count}")[2])["boolean"] is True


def test_queries_that_reach_the_network_are_refused(server: str) -> None:
    remote = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    status, _, body = _get(f"{server}/sparql?query={urllib.parse.quote(remote)}")
    assert status == 403 and b"SERVICE" in body


def test_a_runaway_query_is_stopped_and_the_server_recovers(server: str) -> None:
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    started = time.monotonic()
    status, _, body = _get(f"{server}/sparql?query={urllib.parse.quote(slow)}")
    assert status == 503 and b"timeout" in body
    assert time.monotonic() - started < 20
    ask = urllib.parse.quote("ASK { GRAPH ?g { ?s ?p ?o } }")
    assert _get(f"{server}/sparql?query={ask}")[0] == 200


def test_syntax_errors_and_unknown_formats_are_client_errors(server: str) -> None:
    assert _get(f"{server}/sparql?query={urllib.parse.quote('SELECT ?x WHERE {')}")[0] == 400
    q = urllib.parse.quote(WHO)
    assert _get(f"{server}/sparql?query={q}&format=yaml")[0] == 406
    assert _get(f"{server}/sparql")[0] == 400


def test_viewer_page_is_served(server: str) -> None:
    status, headers, body = _get(f"{server}/")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert b"vis.Network" in body
    # the page carries the store's actors: every label the store knows is in it
    labels = "SELECT DISTINCT ?l WHERE { GRAPH ?g { ?a a <https://w3id.org/kg/ontology#Person> ; <http://www.w3.org/2000/01/rdf-schema#label> ?l } }"
    rows = json.loads(_get(f"{server}/sparql?query={urllib.parse.quote(labels)}")[2])["results"][
        "bindings"
    ]
    assert rows and all(r["l"]["value"].encode() in body for r in rows)


def test_writable_server_takes_ingest_over_http(store: Path, tmp_path: Path) -> None:
    empty = tmp_path / "fresh"
    assert main(["ingest", str(tmp_path / "nothing"), "--store", str(empty), "-q"]) == 3
    process, url = _start("--store", str(empty), "--writable")
    try:
        done = subprocess.run([sys.executable, "-m", "kg", "ingest", str(SEED_DIR), "--store", url,
                               "-q"], capture_output=True, text=True)  # fmt: skip
        assert done.returncode == 0, done.stderr
        q = urllib.parse.quote(WHO)
        assert _get(f"{url}/sparql?query={q}")[0] == 200
        assert len(json.loads(_get(f"{url}/sparql?query={q}")[2])["results"]["bindings"]) > 3
    finally:
        process.terminate()
        process.wait(timeout=15)


def test_serve_refuses_what_is_not_a_store(tmp_path: Path) -> None:
    (tmp_path / "mine.txt").write_text("x")
    done = subprocess.run([sys.executable, "-m", "kg", "serve", "--store", str(tmp_path)],
                          capture_output=True, text=True, timeout=30)  # fmt: skip
    assert done.returncode == 1 and "not a kg store" in done.stderr
    done = subprocess.run([sys.executable, "-m", "kg", "serve", "--store", "memory"],
                          capture_output=True, text=True, timeout=30)  # fmt: skip
    assert done.returncode == 1 and "store directory" in done.stderr
