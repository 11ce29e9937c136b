"""Exports: readable stable Turtle, round trips through TriG and JSON-LD, the
events table, and no path of the machine in any file."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph

from kg.cli.main import main
from kg.graph.export import RDF_EXPORTS, rdf_bytes
from kg.graph.store import open_store

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = tmp_path_factory.mktemp("seed") / "store"
    assert main(["ingest", str(ROOT / "seeds"), "--store", str(store), "-q"]) == 0
    return store


def _quads(data: bytes, fmt: ox.RdfFormat) -> set[str]:
    return {str(q) for q in ox.parse(data, format=fmt)}


def test_turtle_is_sorted_prefixed_stable_and_parses(seed_store: Path) -> None:
    with open_store(str(seed_store), create=False) as store:  # type: ignore[attr-defined]
        first, second = rdf_bytes(store, "turtle"), rdf_bytes(store, "turtle")
        derived = "<https://w3id.org/kg/ontology#network>"
        everything = {str(q.triple) for q in store.quads() if str(q.predicate) != derived}
        summaries = sum(str(q.predicate) == derived for q in store.quads())
        fast = rdf_bytes(store, "turtle-fast")
    assert first == second  # same store, same bytes
    text = first.decode()
    assert "\\/" not in text and "<http://www.w3.org/2000/01/rdf-schema#label>" not in text
    declared = set(re.findall(r"^@prefix ([a-z]+):", text, re.M))
    assert {"person", "country", "event", "sentence", "kg", "rdfs"} <= declared
    subjects = re.findall(r"(?m)^(\S+) ", text.split("\n\n", 1)[1])
    assert subjects == sorted(subjects) and len(subjects) == len(set(subjects))
    assert "org:member " not in text  # one predicate per meaning (kg:member only)
    parsed = {str(t) for t in ox.parse(first, format=ox.RdfFormat.TURTLE)}
    assert parsed == everything
    rdflib_graph = Graph().parse(data=text, format="turtle")
    assert len(rdflib_graph) == len(everything)
    # the article's network summary is derived data: left out of the readable
    # Turtle, kept by the streamed dump (a copy of the store as it is)
    assert summaries == 1 and "kg:network" not in text
    streamed = {str(t) for t in ox.parse(fast, format=ox.RdfFormat.TURTLE)}
    assert len(streamed - everything) == 1 and everything < streamed


@pytest.mark.parametrize(("fmt", "suffix", "ox_format"), [
    ("trig", ".trig", ox.RdfFormat.TRIG), ("jsonld", ".jsonld", ox.RdfFormat.JSON_LD),
])  # fmt: skip
def test_named_graphs_round_trip(seed_store: Path, tmp_path: Path, fmt: str, suffix: str,
                                 ox_format: ox.RdfFormat) -> None:  # fmt: skip
    with open_store(str(seed_store), create=False) as store:  # type: ignore[attr-defined]
        original = {str(q) for q in store.quads()}
        graphs = set(store.graphs())
        data = rdf_bytes(store, fmt)
    assert len(graphs) == 3  # the article, the actor graph and the identity graph
    assert _quads(data, ox_format) == original
    exported = tmp_path / f"kg{suffix}"
    exported.write_bytes(data)
    again = tmp_path / "again"
    assert main(["ingest", str(exported), "--store", str(again), "-q"]) == 0
    with open_store(str(again), create=False) as fresh:  # type: ignore[attr-defined]
        assert {str(q) for q in fresh.quads()} == original
        assert rdf_bytes(fresh, fmt) == data  # export, load, export: the same file
    rdflib_data = Dataset()
    rdflib_data.parse(data=data, format="json-ld" if fmt == "jsonld" else "trig")
    assert len(list(rdflib_data.quads())) == len(original)


def test_jsonld_is_compact_with_a_context(seed_store: Path) -> None:
    with open_store(str(seed_store), create=False) as store:  # type: ignore[attr-defined]
        doc = json.loads(rdf_bytes(store, "jsonld"))
    assert doc["@context"]["@vocab"] == "https://w3id.org/kg/ontology#"
    assert doc["@context"]["participant"]["@type"] == "@id"
    graphs = {g["@id"]: g["@graph"] for g in doc["@graph"]}
    assert "kgr:graph/actors" in graphs and len(graphs) == 3  # and the identity graph
    article = next(v for k, v in graphs.items() if k.startswith("kgr:article/"))
    meeting = next(n for n in article if "Meeting" in n.get("@type", []))
    assert all(p.startswith("kgr:") for p in meeting["participant"])


def test_events_table_has_a_known_row(facts_of, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from kg.run.ingest import write_facts

    facts = facts_of("Norway's Foreign Minister Lena Marsh criticised Sweden on Monday over "
                     "fishing quotas. Lena Marsh met Sweden's Prime Minister Otto Brandt in Oslo.",
                     date="2021-03-02")  # fmt: skip
    store = open_store("memory")
    write_facts(store, facts)
    rows = list(csv.DictReader(io.StringIO(rdf_bytes(store, "events").decode())))
    assert rows and all(r["cameo"] and r["quad_class"] and r["goldstein"] for r in rows)
    criticism = [r for r in rows if r["cameo"] == "111"]
    assert len(criticism) == 1
    row = criticism[0]
    assert (row["source"], row["source_code"], row["target"], row["target_code"]) == (
        "Lena Marsh", "NORGOV", "Sweden", "SWE")  # fmt: skip
    assert (row["root"], row["quad_class"], row["goldstein"]) == ("11", "3", "-2")
    assert row["date"] == "2021-03-01" and row["article"] == facts.article.id
    assert row["event_type"] == "criticise" and "criticised Sweden" in row["sentence"]
    meeting = next(r for r in rows if r["cameo"] == "040")
    assert {meeting["source"], meeting["target"]} == {"Lena Marsh", "Otto Brandt"}
    assert (meeting["root"], meeting["quad_class"], meeting["goldstein"]) == ("04", "1", "1")


def test_no_export_names_a_folder_of_the_machine(tmp_path: Path) -> None:
    news = tmp_path / "private-folder" / "news"
    news.mkdir(parents=True)
    shutil.copy(next((ROOT / "seeds").glob("*.txt")), news / "a.txt")
    (news / "feed.jsonl").write_text(json.dumps({"title": "Talks", "date": "March 20, 2005",
        "text": "Foreign Minister Lena Marsh met Chancellor Otto Brandt in Oslo."}) + "\n")  # fmt: skip
    store = tmp_path / "store"
    assert main(["ingest", str(news), "--store", str(store), "-q"]) == 0
    with open_store(str(store), create=False) as db:  # type: ignore[attr-defined]
        sources = {str(q.object.value) for q in db.quads()
                   if q.predicate.value.endswith("#source")}  # fmt: skip
        assert sources == {"news/a.txt", "news/feed.jsonl:1"}
        for fmt in RDF_EXPORTS:
            data = rdf_bytes(db, fmt).decode()
            assert str(tmp_path) not in data and "private-folder" not in data, fmt
        dated = rdf_bytes(db, "turtle").decode()
    assert 'dcterms:date "2005-03-20"^^xsd:date' in dated
    assert 'kg:dateText "March 20, 2005"' in dated
