from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kg.errors import QueryError
from kg.graph.results import filter_confidence, format_result
from kg.graph.sparql import (
    is_update,
    load_query,
    run_query,
    select,
    shipped_queries,
)
from kg.graph.store import open_store

COMPETENCY = [
    "who-met-whom",
    "affiliations",
    "memberships",
    "statements",
    "conflicts",
    "cooperation",
]


@pytest.fixture(scope="module")
def store(seed_facts):  # type: ignore[no-untyped-def]
    from kg.run.ingest import write_facts

    s = open_store("memory")
    write_facts(s, seed_facts)
    return s


def test_shipped_questions_exist() -> None:
    assert set(COMPETENCY) | {"parties"} <= set(shipped_queries())


@pytest.mark.parametrize("name", COMPETENCY)
def test_competency_questions_return_contract_columns(store, name: str) -> None:  # type: ignore[no-untyped-def]
    table = select(store, load_query(name))
    assert {"subjectName", "objectName", "evidence", "article"} <= set(table.variables)
    if name != "cooperation":  # the seed article reports no cooperation
        assert table.rows, f"{name} finds something in the seed article"


def test_parties_lists_parties_per_event(store) -> None:  # type: ignore[no-untyped-def]
    table = select(store, load_query("parties"))
    assert {"eventName", "partyName"} <= set(table.variables)
    parties = {r["partyName"].value for r in table.rows}
    assert {"Iran", "Russia", "China"} <= parties


def test_json_is_w3c_sparql_results(store) -> None:  # type: ignore[no-untyped-def]
    out = json.loads(format_result(run_query(store, load_query("who-met-whom")), "json"))
    assert "subjectName" in out["head"]["vars"]
    first = out["results"]["bindings"][0]
    assert first["subjectName"]["type"] == "literal"
    assert first["subject"]["type"] == "uri"


def test_csv_and_tsv(store) -> None:  # type: ignore[no-untyped-def]
    table = select(
        store,
        "SELECT ?n WHERE { GRAPH ?g { ?a <http://www.w3.org/2000/01/rdf-schema#label> ?n } } LIMIT 2",
    )
    assert format_result(table, "csv").splitlines()[0] == "n"
    assert format_result(table, "tsv").splitlines()[0] == "?n"


def test_malformed_query_is_one_clear_error(store) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(QueryError, match=r"error at 1:\d+"):
        run_query(store, "SELECT ?x WHERE { ?x ?p }")


def test_update_is_refused_unless_asked(store) -> None:  # type: ignore[no-untyped-def]
    update = "PREFIX x: <https://x.org/>\nINSERT DATA { x:a x:b x:c }"
    assert is_update(update)
    with pytest.raises(QueryError, match="--update"):
        run_query(store, update)


def test_min_confidence_filters_rows(store) -> None:  # type: ignore[no-untyped-def]
    table = select(store, load_query("who-met-whom"))
    values = sorted({float(r["confidence"].value) for r in table.rows})
    high = filter_confidence(table, values[-1])
    assert 0 < len(high.rows) <= len(table.rows)
    assert all(float(r["confidence"].value) >= values[-1] for r in high.rows)
    with pytest.raises(QueryError):
        filter_confidence(select(store, "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1"), 0.5)


def test_query_does_not_import_spacy(tmp_path) -> None:  # type: ignore[no-untyped-def]
    code = (
        "import sys, kg.cli.main\n"
        "kg.cli.main.main(['query', 'who-met-whom', '--store', 'memory', '--format', 'json'])\n"
        "assert 'spacy' not in sys.modules, 'spaCy was imported'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["results"]["bindings"] == []


# -- nothing executed unless asked, nothing fetched, a clear word for a bad query ----------

UPDATES = [
    "INSERT DATA { <https://x.org/a> <https://x.org/b> <https://x.org/c> }",
    "insert data { <https://x.org/a> <https://x.org/b> 'lower case' }",
    "PREFIX x: <https://x.org/> PREFIX y: <https://y.org/> INSERT DATA { x:a y:b x:c }",
    "# a comment first\n  prefix x: <https://x.org/>\n\n BASE <https://x.org/>\nDELETE WHERE { ?s ?p ?o }",
    "WITH <https://x.org/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "DROP ALL",
    "CLEAR DEFAULT",
    "PREFIX x:<https://x.org/>INSERT DATA{x:a x:b x:c}",
]


@pytest.mark.parametrize("update", UPDATES)
def test_every_shape_of_update_is_refused(store, update: str) -> None:  # type: ignore[no-untyped-def]
    before = len(store)
    with pytest.raises(QueryError, match="pass --update"):
        run_query(store, update)
    assert len(store) == before


def test_keywords_inside_strings_iris_and_comments_do_not_count() -> None:
    assert not is_update("SELECT ?s WHERE { ?s ?p 'INSERT DATA' } # DROP ALL")
    assert not is_update("# DROP ALL\nSELECT ?insert WHERE { ?insert <https://x.org/DELETE> ?o }")


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "select * { service silent <http://127.0.0.1:9/> { ?s ?p ?o } }",
        "LOAD <http://127.0.0.1:9/data.ttl>",
    ],
)
def test_nothing_reaches_the_network(query: str) -> None:
    store = open_store("memory")
    with pytest.raises(QueryError, match=r"refused: .* kg only queries its own store"):
        run_query(store, query, allow_update=True)


def test_update_runs_when_asked(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from kg.cli.main import main

    location = str(tmp_path / "store")
    open_store(location).close()
    assert main(["query", UPDATES[0], "--store", location]) == 1
    assert main(["query", UPDATES[0], "--store", location, "--update"]) == 0
    assert len(open_store(location, create=False)) == 1


@pytest.mark.parametrize(
    ("query", "where"),
    [
        ("SELECT ?x WHERE {", "1:18"),
        ("SELEC * WHERE { ?s ?p ?o }", "1:1"),
        ("SELECT * WHERE { ?s ?p ?o } LIMIT ten", "1:35"),
        ('PREFIX x: <https://x.org/>\nSELECT * WHERE {\n  ?s x:p "unterminated }', "3:10"),
        ("SELECT * WHERE { ?s ?p ?o . FILTER(?o = ) }", "1:44"),
        ("SELECT * WHERE { ?s nope:p ?o }", "1:27: undeclared prefix"),
        ("SELECT * WHERE { ?s ?p ?o } GARBAGE", "1:35"),
    ],
)
def test_malformed_queries_say_where(query: str, where: str) -> None:
    done = subprocess.run([sys.executable, "-m", "kg", "query", query, "--store", "memory"],
                          capture_output=True, text=True)  # fmt: skip
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.startswith(f"kg: error: malformed SPARQL query: error at {where}")
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr


def test_a_long_one_line_query_is_not_taken_for_a_file_name() -> None:
    query = "SELECT ?s WHERE { ?s ?p ?o . FILTER(?o != '" + "x" * 300 + "') } LIMIT 1"
    assert load_query(query) == query
    assert select(open_store("memory"), query).rows == []


def test_control_characters_in_labels_are_shown_not_obeyed() -> None:
    store = open_store("memory")
    store.update(
        'INSERT DATA { <https://x.org/a> <https://x.org/label> "Evil\\u001b[2J\\nname\\u202e" }'
    )
    out = format_result(select(store, "SELECT ?l WHERE { ?s ?p ?l }"), "table")
    assert "\x1b" not in out and "\u202e" not in out
    assert "Evil\\x1b[2J name\\u202e" in out
    data = json.loads(format_result(select(store, "SELECT ?l WHERE { ?s ?p ?l }"), "json"))
    assert data["results"]["bindings"][0]["l"]["value"] == "Evil\x1b[2J\nname\u202e"


def test_memberships_list_members_now_and_former_ones_apart(facts_of) -> None:  # type: ignore[no-untyped-def]
    from kg.run.ingest import write_facts

    s = open_store("memory")
    write_facts(
        s,
        facts_of(
            "Norway left the Nordic Council in 2020. Chile is a member of the OAS. "
            "Togo was expelled from the Sahel League."
        ),
    )
    now = {(r["subjectName"].value, r["current"].value)
           for r in select(s, load_query("memberships")).rows}  # fmt: skip
    assert now == {("Chile", "true")}
    former = {r["subjectName"].value for r in select(s, load_query("former-memberships")).rows}
    assert former == {"Norway", "Togo"}
