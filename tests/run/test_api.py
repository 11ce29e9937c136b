"""Ingesting from Python: kg.ingest (files and folders) and kg.ingest_texts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import kg
from kg.records import Article

OSLO = ("Oslo talks\nNorwegian Foreign Minister Lena Marsh met German Chancellor "
        "Otto Brandt in Oslo on Tuesday.")  # fmt: skip
VIENNA = {"id": "vienna", "title": "Vienna meeting", "date": "2022-01-05",
          "text": "Austrian Chancellor Mara Quist met Finnish President Tomas Reyl in Vienna."}  # fmt: skip


def pairs(store: kg.graph.store.Store) -> set[frozenset[str]]:  # type: ignore[name-defined]
    rows = kg.query(store, "who-met-whom")
    assert isinstance(rows, list)
    return {frozenset((r["subjectName"], r["objectName"])) for r in rows}


def test_texts_records_and_articles() -> None:
    store = kg.open_store("memory")
    report = kg.ingest_texts(store, [OSLO, VIENNA])
    assert isinstance(report, kg.IngestReport) and report.ingested == 2
    assert pairs(store) == {frozenset({"Lena Marsh", "Otto Brandt"}),
                            frozenset({"Mara Quist", "Tomas Reyl"})}  # fmt: skip
    again = kg.ingest_texts(store, OSLO)  # one text alone; the same text changes nothing
    assert again.ingested == 0 and again.unchanged == 1
    article = Article(id="tallinn", title="Tallinn", source="mine",
                      text="Estonian Prime Minister Kaja Lind met Finnish President Tomas Reyl in Tallinn.")  # fmt: skip
    assert kg.ingest_texts(store, [article]).ingested == 1
    assert frozenset({"Kaja Lind", "Tomas Reyl"}) in pairs(store)
    dated = kg.query(store, "PREFIX dcterms: <http://purl.org/dc/terms/> "
                     "SELECT ?d WHERE { <https://w3id.org/kg/id/article/vienna> dcterms:date ?d }")  # fmt: skip
    assert dated == [{"d": "2022-01-05"}]


def test_a_text_that_is_not_one_is_an_input_error() -> None:
    with pytest.raises(kg.InputError, match="text 1 is a int"):
        kg.ingest_texts(kg.open_store("memory"), [42])  # type: ignore[list-item]


def test_files_and_folders_into_a_directory_store(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "oslo.txt").write_text(OSLO + "\n", encoding="utf-8")
    (folder / "more.jsonl").write_text(json.dumps(VIENNA) + "\n", encoding="utf-8")
    with kg.open_store(tmp_path / "store") as store:
        assert kg.ingest(store, folder).ingested == 2
        assert kg.ingest(store, [str(folder / "oslo.txt")]).unchanged == 1
        graph = kg.relation_graph(store)
    assert {graph.nodes[n]["label"] for n in graph} >= {"Lena Marsh", "Mara Quist"}
    out = tmp_path / "page" / "graph.html"
    assert kg.write_page(graph, out) == out.stat().st_size
