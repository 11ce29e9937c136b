from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kg.errors import QueryError
from kg.sparql import (
    filter_confidence,
    format_result,
    is_update,
    load_query,
    run_query,
    select,
    shipped_queries,
)
from kg.store import open_store

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
    from kg.ingest import write_facts

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
        "import sys, kg.cli\n"
        "kg.cli.main(['query', 'who-met-whom', '--store', 'memory', '--format', 'json'])\n"
        "assert 'spacy' not in sys.modules, 'spaCy was imported'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["results"]["bindings"] == []
