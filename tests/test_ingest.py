"""Ingest: RDF files in bulk, atomic article graphs, the writer thread."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.config import Settings
from kg.errors import StoreError
from kg.ingest import Failed, IngestReport, Prepared, Writer, ingest
from kg.store import open_store

EX = "https://example.org/"
TTL = f"@prefix ex: <{EX}> .\nex:a ex:knows ex:b .\nex:b ex:knows ex:c .\n"
NT = f"<{EX}c> <{EX}knows> <{EX}d> .\n"
TRIG = f"@prefix ex: <{EX}> .\nex:g1 {{ ex:d ex:knows ex:e . }}\n"
NQ = f"<{EX}e> <{EX}knows> <{EX}f> <{EX}g2> .\n"


def _settings() -> Settings:
    return Settings(store="memory")


def test_rdf_files_in_a_folder_are_bulk_loaded(tmp_path: Path) -> None:
    sub = tmp_path / "graphs"
    sub.mkdir()
    for name, text in (("a.ttl", TTL), ("b.nt", NT), ("c.trig", TRIG), ("d.nq", NQ)):
        (sub / name).write_text(text)
    store = open_store("memory")
    report = ingest([str(tmp_path)], store, _settings())
    assert report.rdf_files == 4 and not report.failed and not report.skipped
    assert len(store) == 5
    assert store.graphs() == [f"{EX}g1", f"{EX}g2"]  # quad formats keep their graphs
    knows = store.query(f"SELECT ?o WHERE {{ <{EX}a> <{EX}knows>/<{EX}knows> ?o }}")
    assert [s["o"].value for s in knows] == [f"{EX}c"]


def test_loading_the_same_file_twice_changes_nothing(tmp_path: Path) -> None:
    (tmp_path / "a.ttl").write_text(TTL)
    store = open_store(str(tmp_path / "store"))
    for _ in range(2):
        ingest([str(tmp_path / "a.ttl")], store, _settings())
    assert len(store) == 2
    store.close()


def test_a_broken_rdf_file_fails_alone(tmp_path: Path) -> None:
    (tmp_path / "bad.ttl").write_text("@prefix ex: <https://example.org/> .\nex:a ex:knows .\n")
    (tmp_path / "good.nt").write_text(NT)
    store = open_store("memory")
    report = ingest([str(tmp_path)], store, _settings())
    assert report.rdf_files == 1
    assert [Path(f.source).name for f in report.failed] == ["bad.ttl"]
    assert "cannot load" in report.failed[0].reason
    assert len(store) == 1


def test_a_graph_that_cannot_be_written_leaves_nothing_behind() -> None:
    store = open_store("memory")
    good = f"<{EX}a> <{EX}p> <{EX}b> ."
    with pytest.raises(StoreError):
        store.replace_graph(f"{EX}new", good + "\n<{EX}a> <{EX}p> .")
    assert len(store) == 0  # a new graph appears whole or not at all
    store.replace_graph(f"{EX}old", good)
    with pytest.raises(StoreError):
        store.replace_graph(f"{EX}old", f"<{EX}x> <{EX}p> <{EX}y> .\n<{EX}broken")
    assert [q.object.value for q in store.quads()] == [f"{EX}b"]  # the old graph stays


def test_writer_applies_items_in_order_and_reports() -> None:
    store = open_store("memory")
    report = IngestReport()
    seen: list[object] = []
    items = [
        Prepared("a", f"{EX}g", f"<{EX}a> <{EX}p> <{EX}v1> .", 1, 0, 10),
        Failed("b", "no text"),
        Prepared("c", f"{EX}g", f"<{EX}a> <{EX}p> <{EX}v2> .", 2, 1, 20),
        Prepared("d", f"{EX}h", "not n-triples", 0, 0, 5),
    ]
    with Writer(store, report, seen.append, depth=1) as writer:
        for item in items:
            writer.put(item)
    assert [getattr(x, "source", None) for x in seen] == ["a", "b", "c", "d"]
    assert (report.ingested, report.events, report.relations, report.words) == (2, 3, 1, 30)
    assert [f.source for f in report.failed] == ["b", "d"]
    assert [q.object.value for q in store.quads()] == [f"{EX}v2"]  # last write wins, in order


def test_writer_flushes_the_store_as_it_goes(tmp_path: Path) -> None:
    from kg.store import OxigraphStore

    class Counting(OxigraphStore):
        flushes = 0

        def flush(self) -> None:
            Counting.flushes += 1
            super().flush()

    store = Counting(tmp_path / "store")
    with Writer(store, IngestReport(), None, flush_every=2) as writer:
        for i in range(5):
            writer.put(Prepared(f"s{i}", f"{EX}g{i}", f"<{EX}a> <{EX}p> {i} .", 0, 0, 1))
    assert Counting.flushes == 2 + 1  # after articles 2 and 4, and at the end
    assert len(store.graphs()) == 5
    store.close()
