"""No request to kg serve makes anything reach the network, read-only or writable.

Disguised SERVICE queries and LOAD updates (:mod:`reach`) go in by every door
the protocol has; a listener on 127.0.0.1 must receive nothing, and a writable
store must not change.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import oxigraph_binary
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reach import DATA, Listener, load_update, service_query
from serving import ask, get, server

from kg.cli.main import main
from kg.graph import offline
from kg.serve.backend import Backend, EngineOptions

pytestmark = pytest.mark.server

LISTENER = Listener()
FORMS = 80
SETTINGS = settings(max_examples=FORMS, deadline=None, database=None,
                    suppress_health_check=list(HealthCheck))  # fmt: skip
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    oxigraph_binary()
    folder = tmp_path_factory.mktemp("serve-safety")
    (folder / "data.nt").write_text(DATA)
    path = folder / "store"
    assert main(["ingest", str(folder / "data.nt"), "--store", str(path), "-q"]) == 0
    return path


@pytest.fixture(scope="module", params=[False, True], ids=["read-only", "writable"])
def url(request: pytest.FixtureRequest, store: Path) -> Iterator[str]:
    with server(store, writable=request.param) as found:
        yield found


def _reaches(text: str, *, update: bool) -> bool:
    """Would bare Oxigraph, with nobody checking, connect to the listener?"""
    store = ox.Store()
    for graph in (ox.DefaultGraph(), ox.NamedNode("http://x.org/g")):
        store.load(DATA.encode(), format=ox.RdfFormat.N_TRIPLES, to_graph=graph)
    before = len(LISTENER.connections)
    try:
        if update:
            store.update(text)
        else:
            result = store.query(text)
            bool(result) if isinstance(result, ox.QueryBoolean) else list(result)
    except (SyntaxError, OSError, RuntimeError, ValueError):
        pass
    return len(LISTENER.connections) > before


def _doors(url: str, text: str, update: bool) -> list[tuple[int, bytes]]:
    quoted = urllib.parse.quote(text)
    if update:
        form = urllib.parse.urlencode({"update": text}).encode()
        return [get(f"{url}/update", data=text.encode(), ctype="application/sparql-update")[::2],
                get(f"{url}/sparql", data=form, ctype="application/x-www-form-urlencoded")[::2],
                get(f"{url}/update", data=form, ctype="application/x-www-form-urlencoded")[::2]]  # fmt: skip
    form = urllib.parse.urlencode({"query": text}).encode()
    return [get(f"{url}/sparql?query={quoted}")[::2],
            get(f"{url}/query", data=form, ctype="application/x-www-form-urlencoded")[::2],
            get(f"{url}/sparql", data=text.encode(), ctype="application/sparql-query")[::2]]  # fmt: skip


def test_no_disguised_service_or_load_gets_through_kg_serve(url: str) -> None:
    before_count = ask(url, COUNT)[2]
    reached = {"query": 0, "update": 0}

    @SETTINGS
    @given(st.one_of(service_query(LISTENER.port).map(lambda t: (t, False)),
                     load_update(LISTENER.port).map(lambda t: (t, True))))  # fmt: skip
    def check(item: tuple[str, bool]) -> None:
        text, update = item
        if _reaches(text, update=update):
            reached["update" if update else "query"] += 1
        before = len(LISTENER.connections)
        for status, body in _doors(url, text, update):
            assert status == 403, body  # refused, whether read-only or not
        assert len(LISTENER.connections) == before

    check()
    assert sum(reached.values()) >= 50  # forms that really reach out when unguarded
    assert ask(url, COUNT)[2] == before_count  # nothing loaded, nothing inserted


def test_the_reported_bypass_through_kg_serve(url: str) -> None:
    port = LISTENER.port
    query = (f"SELECT * WHERE {{ BIND(<http://x/\\u0041#> AS ?z) "
             f"SERVICE <http://127.0.0.1:{port}/sparql> {{ ?a ?b ?c }} }}")  # fmt: skip
    before = len(LISTENER.connections)
    status, _, body = ask(url, query)
    assert status == 403 and b"SERVICE" in body
    assert len(LISTENER.connections) == before


@pytest.mark.skipif(not offline.available(), reason="no seccomp network filter on this system")
def test_the_engine_itself_cannot_connect(tmp_path: Path) -> None:
    """The second wall alone: requests sent straight to the engine, past the front."""
    (tmp_path / "data.nt").write_text(DATA)
    store = tmp_path / "store"
    assert main(["ingest", str(tmp_path / "data.nt"), "--store", str(store), "-q"]) == 0
    backend = Backend(EngineOptions(store=store, writable=True, timeout=10))
    backend.start()
    try:
        engine, _ = backend.acquire(10)
        port = LISTENER.port
        before = len(LISTENER.connections)
        query = f"SELECT * WHERE {{ ?s ?p ?o SERVICE <http://127.0.0.1:{port}/s> {{ ?a ?b ?c }} }}"
        status, _, body = get(f"{engine}/query?query={urllib.parse.quote(query)}",
                              accept="application/sparql-results+json")  # fmt: skip
        assert b"unreachable" in body
        status, _, body = get(f"{engine}/update", data=f"LOAD <http://127.0.0.1:{port}/d>".encode(),
                              ctype="application/sparql-update")  # fmt: skip
        assert status >= 400 and b"unreachable" in body
        assert len(LISTENER.connections) == before
        assert json.loads(get(f"{engine}/query?query=ASK%7B%7D")[2])["boolean"] is True
    finally:
        backend.close()
