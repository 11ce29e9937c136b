"""No SPARQL text reaches the network through kg query, however it is disguised.

Two walls, each tested alone and together: kg reads the text
(:mod:`kg.graph.safety`) and refuses SERVICE and LOAD; and the embedded engine
runs where it cannot connect (:mod:`kg.graph.offline`). A real listener on
127.0.0.1 is the judge: it must receive nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reach import DATA, Listener, load_update, service_query

from kg.cli.main import main
from kg.errors import QueryError
from kg.graph import offline
from kg.graph.safety import is_update, reaches_out, refuse_remote
from kg.graph.store import open_store

LISTENER = Listener()  # one for the module: hypothesis runs many examples
FORMS = 80
SETTINGS = settings(max_examples=FORMS, deadline=None, database=None,
                    suppress_health_check=list(HealthCheck))  # fmt: skip


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("safety") / "store"
    store = open_store(str(path))
    store.replace_graph("http://x.org/g", DATA)
    store.close()
    yield path


def _unguarded(text: str, *, update: bool) -> bool:
    """Run ``text`` on a bare pyoxigraph store (no kg at all): did it connect?"""
    store = ox.Store()
    store.load(DATA.encode(), format=ox.RdfFormat.N_TRIPLES)
    store.load(
        DATA.encode(), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode("http://x.org/g")
    )
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


def test_the_reported_bypass_is_refused_and_reaches_nobody(store_dir: Path) -> None:
    port = LISTENER.port
    query = (f"SELECT * WHERE {{ ?a ?b ?c . BIND(<http://x/\\u0041#> AS ?z) "
             f"SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}")  # fmt: skip
    assert _unguarded(query, update=False)  # what Oxigraph does when nobody checks
    before = len(LISTENER.connections)
    assert reaches_out(query) == "SERVICE"
    assert main(["query", query, "--store", str(store_dir)]) == 1
    load = f"LOAD <http://x/\\u0041#> ; # \nLOAD <http://127.0.0.1:{port}/x.nt>"
    assert main(["query", load, "--store", str(store_dir), "--update"]) == 1
    assert len(LISTENER.connections) == before


def test_kg_query_refuses_every_disguised_service(store_dir: Path) -> None:
    reached: list[str] = []

    @SETTINGS
    @given(service_query(LISTENER.port))
    def check(query: str) -> None:
        if _unguarded(query, update=False):
            reached.append(query)
        before = len(LISTENER.connections)
        with pytest.raises(QueryError, match="refused"):
            refuse_remote(query)
        assert main(["query", query, "--store", str(store_dir), "--format", "json"]) == 1
        assert len(LISTENER.connections) == before

    check()
    # the forms were real: most of them reach the listener when nothing guards them
    assert len(reached) >= 50


def test_kg_query_update_refuses_every_disguised_load(store_dir: Path) -> None:
    reached: list[str] = []

    @SETTINGS
    @given(load_update(LISTENER.port))
    def check(update: str) -> None:
        if _unguarded(update, update=True):
            reached.append(update)
        before = len(LISTENER.connections)
        assert is_update(update)
        assert main(["query", update, "--store", str(store_dir), "--update"]) == 1
        assert len(LISTENER.connections) == before

    check()
    assert len(reached) >= 50
    store = open_store(str(store_dir), read_only=True)
    assert len(store) == 2  # nothing loaded, nothing inserted
    store.close()


@pytest.mark.skipif(not offline.available(), reason="no seccomp network filter on this system")
def test_the_engine_alone_cannot_connect_either() -> None:
    """The second wall without the first: the store's own query and update."""
    store = open_store("memory")
    store.replace_graph("http://x.org/g", DATA)

    @SETTINGS
    @given(st.one_of(service_query(LISTENER.port), load_update(LISTENER.port)))
    def check(text: str) -> None:
        before = len(LISTENER.connections)
        try:
            if is_update(text):
                store.update(text)
            else:
                store.query(text)
        except QueryError as exc:
            assert "refused" in str(exc) or "malformed" in str(exc)
        assert len(LISTENER.connections) == before

    check()


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * WHERE { ?s ?p true SERVICESILENT<http://h/>{} }",
        "PREFIX : <http://h/> SELECT * WHERE { ?s ?p ?o . service:a { ?s ?p ?o } }",
        "PREFIX x: <http://h:> PREFIX z: <http://h/> SELECT * { ?s ?p x:SERVICEz:y{} }",
        "SELECT * WHERE { ?s ?p ?o } # '\rSERVICE <http://h/> {}",
        "SELECT * WHERE { ?s ?p x:a\\#  } SERVICE <http://h/> {} }",
        "SELECT * WHERE { ?s ?p x:a\\' } SERVICE <http://h/> {} # ' }",
        "LOADSILENT<http://h/>",
        "INSERT DATA { <http://x/a> <http://x/b> '#' } ;lOaD <http://h/>",
        "\\u0053ERVICE",  # the specification's reading: escapes first
    ],
)
def test_keywords_are_found_where_the_engine_would_find_them(text: str) -> None:
    assert reaches_out(text) in {"SERVICE", "LOAD"}


@pytest.mark.parametrize(
    "text",
    [
        "SELECT ?service ?load WHERE { ?service <https://x.org/SERVICE> 'LOAD' }",
        "SELECT * WHERE { ?s ?p ?o } # SERVICE <http://h/> {}",
        "SELECT * WHERE { ?s ?p '''SERVICE\n<http://h/> {}''' }",
        'SELECT * WHERE { ?s ?p "\\"SERVICE" }',
        "SELECT * WHERE { ?s ?p <http://x/#SERVICE> }",
    ],
)
def test_keywords_in_strings_iris_variables_and_comments_do_not_count(text: str) -> None:
    assert reaches_out(text) is None


def test_a_name_that_only_contains_the_word_gets_a_hint() -> None:
    with pytest.raises(QueryError, match=r"'ex:serviceArea' reads as SERVICE.*IRI in full"):
        refuse_remote("PREFIX ex: <https://x.org/> SELECT * WHERE { ?s ex:serviceArea ?o }")
    refuse_remote("SELECT * WHERE { ?s <https://x.org/serviceArea> ?o }")


def test_an_unclosed_string_is_refused_not_guessed() -> None:
    with pytest.raises(QueryError, match="error at 1:24: this string is not closed"):
        refuse_remote("SELECT * WHERE { ?s ?p 'open\n SERVICE <http://h/> {} }")
    with pytest.raises(QueryError, match="once its \\\\u escapes are applied"):
        refuse_remote("SELECT * WHERE { ?s ?p '\\u0027' }")


@pytest.mark.parametrize(
    ("text", "update"),
    [
        ("PREFIX x:<https://x.org/>INSERTDATA{x:a x:b x:c}", True),
        ("BASE <https://x.org/> # c\n PREFIX : <> delete where { ?s ?p ?o }", True),
        ("with <https://x.org/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", True),
        ("SELECT ?insert WHERE { ?insert ?p 'DROP' }", False),
        ("# INSERT\nASK {}", False),
    ],
)
def test_updates_are_told_from_queries(text: str, update: bool) -> None:
    assert is_update(text) is update
