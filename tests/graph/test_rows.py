"""Query answers as Python rows and DataFrames (kg.query, kg.query_frame)."""

from __future__ import annotations

import sys

import pytest

from kg.errors import ConfigError, QueryError
from kg.graph.rows import query, query_frame
from kg.graph.store import open_store

DATA = """PREFIX x: <http://example.org/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
INSERT DATA {
  x:ann x:name "Ann Vale" ; x:age 41 ; x:score 0.5 ; x:active true ; x:born "1983-02-01"^^xsd:date .
  x:bo x:name "Bo Lind" ; x:age 38 .
}"""
ASK_PEOPLE = """PREFIX x: <http://example.org/>
SELECT ?name ?age ?score ?active ?born WHERE {
  ?p x:name ?name ; x:age ?age .
  OPTIONAL { ?p x:score ?score } OPTIONAL { ?p x:active ?active } OPTIONAL { ?p x:born ?born }
} ORDER BY ?name"""


@pytest.fixture
def store():  # type: ignore[no-untyped-def]
    s = open_store("memory")
    s.update(DATA)
    yield s
    s.close()


def test_rows_are_plain_python_values(store) -> None:  # type: ignore[no-untyped-def]
    rows = query(store, ASK_PEOPLE)
    assert rows == [
        {"name": "Ann Vale", "age": 41, "score": 0.5, "active": True, "born": "1983-02-01"},
        {"name": "Bo Lind", "age": 38, "score": None, "active": None, "born": None},
    ]
    assert query(store, "ASK { ?p <http://example.org/age> 38 }") is True


def test_shipped_questions_by_name(store) -> None:  # type: ignore[no-untyped-def]
    assert query(store, "who-met-whom") == []  # no contacts in this store
    with pytest.raises(QueryError, match="no query file or shipped query named"):
        query(store, "who-met-who")


def test_updates_and_remote_requests_are_refused(store) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(QueryError, match="only reads"):
        query(store, "DELETE WHERE { ?s ?p ?o }")
    assert len(query(store, ASK_PEOPLE)) == 2
    with pytest.raises(QueryError):
        query(store, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")


def test_frame_has_the_query_columns(store) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("pandas")
    frame = query_frame(store, ASK_PEOPLE)
    assert list(frame.columns) == ["name", "age", "score", "active", "born"]
    assert frame["name"].tolist() == ["Ann Vale", "Bo Lind"]
    assert frame["age"].sum() == 79


def test_frame_without_pandas_says_how_to_get_it(store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setitem(sys.modules, "pandas", None)  # as if it were not installed
    with pytest.raises(ConfigError, match=r"pip install pandas"):
        query_frame(store, ASK_PEOPLE)
