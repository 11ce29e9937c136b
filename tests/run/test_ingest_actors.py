"""`kg ingest --actors FILE`: listed actors are recognised even when the model
misses them, win over the gazetteer, and stay in the store for later ingests."""

from __future__ import annotations

from pathlib import Path

from kg.cli.main import main
from kg.graph.results import value
from kg.graph.sparql import select
from kg.graph.store import open_store

ACTORS = """name,aliases,type,cameo,wikidata
Zeta Brigade,the zetas,group,ZETREB,
Quenvia,Quenvian,country,QNV,
Weavers Guild,WG,organization,WVGBUS,
"""
PARTIES = """PREFIX kg: <https://w3id.org/kg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?name ?code WHERE { GRAPH ?g { ?e kg:participant ?a } ?a rdfs:label ?name .
  OPTIONAL { GRAPH ?d { ?a kg:actorCode ?code } } }"""


def test_listed_actors_are_found_and_kept(tmp_path: Path) -> None:
    actors = tmp_path / "actors.csv"
    actors.write_text(ACTORS, encoding="utf-8")
    (tmp_path / "one").mkdir()
    (tmp_path / "one" / "a.txt").write_text(
        "Clashes\nthe zetas attacked Quenvia on Monday, officials said.\n", encoding="utf-8"
    )
    (tmp_path / "two").mkdir()
    (tmp_path / "two" / "b.txt").write_text(
        "Trade\nThe Weavers Guild criticised Quenvia on Tuesday.\n", encoding="utf-8"
    )
    store_dir = str(tmp_path / "store")
    assert main(["ingest", str(tmp_path / "one"), "--actors", str(actors), "--store", store_dir,
                 "-q"]) == 0  # fmt: skip
    assert main(["ingest", str(tmp_path / "two"), "--store", store_dir, "-q"]) == 0  # no --actors
    store = open_store(store_dir, create=False)
    try:
        found = {value(r["name"]): value(r["code"]) if "code" in r else None
                 for r in select(store, PARTIES).rows}  # fmt: skip
    finally:
        store.close()
    assert found.get("Zeta Brigade") == "ZETREB"
    assert found.get("Quenvia") == "QNV"
    assert found.get("Weavers Guild") == "WVGBUS"


def test_a_bad_actors_file_is_one_clear_error(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "actors.csv"
    bad.write_text("name,type\nZeta Brigade,wizard\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("T\nA text.\n", encoding="utf-8")
    assert main(["ingest", str(tmp_path / "a.txt"), "--actors", str(bad),
                 "--store", str(tmp_path / "s"), "-q"]) == 1  # fmt: skip
    assert "unknown type 'wizard'" in capsys.readouterr().err
