"""--store URL: kg against a real Oxigraph SPARQL server started by the test."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.errors import QueryError, StoreError
from kg.graph.remote import RemoteStore
from kg.graph.results import format_result
from kg.graph.sparql import run_query
from kg.graph.store import open_store

pytestmark = pytest.mark.server

ROOT = Path(__file__).resolve().parents[2]
SEED_DIR = ROOT / "seeds"
EX = "https://example.org/"


def kg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True)


def _rows(stdout: str) -> list[dict[str, object]]:
    bindings = json.loads(stdout)["results"]["bindings"]
    return sorted(bindings, key=lambda b: json.dumps(b, sort_keys=True))


def test_ingest_and_query_over_http_match_a_local_store(
    oxigraph_server: str, tmp_path: Path
) -> None:
    local = str(tmp_path / "local")
    for store in (oxigraph_server, local):
        done = kg("ingest", str(SEED_DIR), "--store", store, "-q")
        assert done.returncode == 0, done.stderr
    for name in ("who-met-whom", "affiliations", "parties"):
        remote = kg("query", name, "--store", oxigraph_server, "--format", "json")
        here = kg("query", name, "--store", local, "--format", "json")
        assert remote.returncode == 0, remote.stderr
        assert _rows(remote.stdout) == _rows(here.stdout)
        assert _rows(remote.stdout)
    again = kg("ingest", str(SEED_DIR), "--store", oxigraph_server, "-q")
    assert "1 unchanged" in again.stdout


def test_exports_from_the_server_match_a_local_store(oxigraph_server: str, tmp_path: Path) -> None:
    local = str(tmp_path / "local")
    for store in (oxigraph_server, local):
        assert kg("ingest", str(SEED_DIR), "--store", store, "-q").returncode == 0
        out = tmp_path / f"{'remote' if store.startswith('http') else 'local'}.nq"
        assert kg("export", "-f", "nq", "-o", str(out), "--store", store).returncode == 0
    remote = (tmp_path / "remote.nq").read_text().splitlines()
    assert sorted(remote) == sorted((tmp_path / "local.nq").read_text().splitlines())
    assert len(remote) > 100


def test_rdf_files_go_through_the_graph_store_protocol(
    oxigraph_server: str, tmp_path: Path
) -> None:
    (tmp_path / "a.ttl").write_text(f"<{EX}a> <{EX}knows> <{EX}b> .\n")
    (tmp_path / "b.trig").write_text(f"<{EX}g> {{ <{EX}b> <{EX}knows> <{EX}c> . }}\n")
    done = kg("ingest", str(tmp_path), "--store", oxigraph_server, "-q")
    assert done.returncode == 0, done.stderr
    store = open_store(oxigraph_server)
    assert isinstance(store, RemoteStore)
    assert len(store) == 2
    assert store.graphs() == [f"{EX}g"]
    rows = store.query(f"SELECT ?x WHERE {{ GRAPH <{EX}g> {{ <{EX}b> <{EX}knows> ?x }} }}")
    assert [r["x"].value for r in rows] == [f"{EX}c"]


def test_replace_graph_is_one_transaction(oxigraph_server: str) -> None:
    store = RemoteStore(oxigraph_server)
    store.replace_graph(f"{EX}g", f"<{EX}a> <{EX}p> <{EX}old> .")
    with pytest.raises(QueryError):
        store.replace_graph(f"{EX}g", f"<{EX}a> <{EX}p> <{EX}new> .\n<{EX}broken")
    assert [q.object.value for q in store.quads()] == [f"{EX}old"]
    store.replace_graph(f"{EX}g", f"<{EX}a> <{EX}p> <{EX}new> .")
    assert [q.object.value for q in store.quads()] == [f"{EX}new"]
    store.remove_graph(f"{EX}g")
    assert len(store) == 0


def test_query_results_and_construct_render(oxigraph_server: str) -> None:
    store = RemoteStore(oxigraph_server)
    store.replace_graph(f"{EX}g", f'<{EX}a> <{EX}p> "x" .')
    assert format_result(run_query(store, "ASK { GRAPH ?g { ?s ?p ?o } }"), "json").strip() == (
        '{"head": {}, "boolean": true}'
    )
    turtle = format_result(
        store.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"), "table"
    )
    assert f"<{EX}a>" in turtle and '"x"' in turtle


def test_errors_are_one_clear_line(oxigraph_server: str) -> None:
    bad = kg("query", "SELECT ?x WHERE {", "--store", oxigraph_server)
    assert bad.returncode == 1 and bad.stderr.startswith("kg: error:")
    assert bad.stderr.count("\n") == 1 and "Traceback" not in bad.stderr
    with pytest.raises(StoreError, match="cannot reach"):
        len(RemoteStore("http://127.0.0.1:9"))
    down = kg("query", "who-met-whom", "--store", "http://127.0.0.1:9")
    assert down.returncode == 1 and "cannot reach" in down.stderr and "Traceback" not in down.stderr


def test_basic_auth_comes_from_the_url() -> None:
    store = RemoteStore("http://ana:s%3Acret@127.0.0.1:7878/")
    assert store.location == "http://127.0.0.1:7878/"
    assert store.endpoints.query == "http://127.0.0.1:7878/query"
    assert store._auth == "Basic YW5hOnM6Y3JldA=="
