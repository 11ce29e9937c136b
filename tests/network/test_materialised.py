"""The relation graph read from each article's materialised network equals the
one joined from the event triples, on articles really extracted and stored."""

from __future__ import annotations

from typing import Any

import networkx as nx
import pytest

from kg.graph.store import OxigraphStore, open_store
from kg.network.analysis import who_met
from kg.network.graphs import meeting_graph, relation_graph, relation_graph_from_events
from kg.network.materialised import (
    VERSION,
    Summaries,
    articles_naming,
    complete,
    read_network,
)
from kg.network.names import find_actor
from kg.network.timeframe import restrict


def _edges(graph: nx.MultiDiGraph) -> dict[tuple[str, str, str], dict[str, Any]]:
    return {(a, b, k): {**d, "evidence": sorted(d["evidence"], key=repr)}
            for a, b, k, d in graph.edges(keys=True, data=True)}  # fmt: skip


def _copy(store: OxigraphStore) -> OxigraphStore:
    other = OxigraphStore(None)
    other._store.extend(store.quads())
    return other


def test_the_summaries_give_the_graph_the_events_give(news_store) -> None:  # type: ignore[no-untyped-def]
    joined, read = relation_graph_from_events(news_store), read_network(news_store)
    assert read is not None and complete(news_store)
    assert dict(read.nodes(data=True)) == dict(joined.nodes(data=True))
    assert _edges(read) == _edges(joined)
    assert read.number_of_edges() > 10


def test_a_store_without_summaries_is_read_from_its_events(news_store) -> None:  # type: ignore[no-untyped-def]
    store = _copy(news_store)
    store.update("DELETE WHERE { GRAPH ?g { ?a <https://w3id.org/kg/ontology#network> ?n } }")
    assert not complete(store) and Summaries.read(store) is None
    assert _edges(relation_graph(store)) == _edges(relation_graph_from_events(news_store))


def test_a_summary_of_another_version_is_not_read(news_store) -> None:  # type: ignore[no-untyped-def]
    store = _copy(news_store)
    store.update(f"""PREFIX kg: <https://w3id.org/kg/ontology#>
        DELETE {{ GRAPH ?g {{ ?a kg:network ?n }} }} INSERT {{ GRAPH ?g {{ ?a kg:network ?m }} }}
        WHERE {{ GRAPH ?g {{ ?a kg:network ?n }}
                BIND (STRDT(REPLACE(STR(?n), '"v":{VERSION}', '"v":99'), DATATYPE(?n)) AS ?m) }}""")
    assert complete(store) and Summaries.read(store) is None
    assert relation_graph(store).number_of_edges() == read_network(news_store).number_of_edges()  # type: ignore[union-attr]


def test_an_actor_s_articles_are_only_those_that_name_it(news_store, news_graph) -> None:  # type: ignore[no-untyped-def]
    kral = find_actor(news_graph, "Ivo Kral")
    assert len(articles_naming(news_store, [kral])) == 2  # Oslo and Vienna, not Tallinn
    near = Summaries.around(news_store, [kral])
    assert near is not None and len(near.items) == 2
    wider = Summaries.around(news_store, [kral], depth=2)
    assert wider is not None and len(wider.items) == 3  # Quist met Reyl, who met Lind in Tallinn


def test_an_actor_s_articles_need_their_summaries_and_no_others(news_store, news_graph) -> None:  # type: ignore[no-untyped-def]
    kral = find_actor(news_graph, "Ivo Kral")
    whole = Summaries.read(news_store)
    assert whole is not None
    article = {key: next(a for a, s in whole.items.items() if key in s["title"])
               for key in ("Tallinn", "Oslo")}  # fmt: skip
    expected = whole.met(kral)
    for key, answers in (("Tallinn", True), ("Oslo", False)):
        store = _copy(news_store)
        store.update(f"DELETE WHERE {{ GRAPH ?g {{ <{article[key]}> "
                     "<https://w3id.org/kg/ontology#network> ?n } }")  # fmt: skip
        assert not complete(store)
        near = Summaries.around(store, [kral])  # Kral is named in Oslo and Vienna only
        assert (near is not None) is answers
        if near is not None:
            assert [(r["name"], r["events"]) for r in near.met(kral)] == [
                (r["name"], r["events"]) for r in expected
            ]


@pytest.mark.parametrize("name", ["Tomas Reyl", "Ivo Kral", "Otto Brandt", "Sweden"])
@pytest.mark.parametrize("since,until,undated", [(None, None, False), ("2022", None, False),
                                                 (None, "2021-12", True)])  # fmt: skip
def test_who_met_from_summaries_is_who_met_from_the_graph(  # type: ignore[no-untyped-def]
    news_store, news_graph, name, since, until, undated
) -> None:
    node = find_actor(news_graph, name)
    cut = restrict(news_graph, since, until, include_undated=undated)
    expected = who_met(meeting_graph(cut), node) if node in cut else []
    summaries = Summaries.around(news_store, [node])
    assert summaries is not None
    got = summaries.met(node, since, until, include_undated=undated)
    assert [(r["name"], r["type"], r["events"], r["articles"], sorted(map(repr, r["evidence"])))
            for r in got] == [(r["name"], r["type"], r["events"], r["articles"],
                               sorted(map(repr, r["evidence"]))) for r in expected]  # fmt: skip


def test_an_article_replaced_replaces_its_part_of_the_network(news_store) -> None:  # type: ignore[no-untyped-def]
    store = _copy(news_store)
    before = read_network(store)
    assert before is not None
    summaries = Summaries.read(store)
    assert summaries is not None
    oslo = next(a for a, s in summaries.items.items() if s["title"] == "Oslo talks")
    store.remove_graph(oslo)
    after = read_network(store)
    assert after is not None
    assert after.number_of_edges() < before.number_of_edges()
    assert all(e.article != oslo for *_x, d in after.edges(data=True) for e in d["evidence"])
    assert read_network(open_store("memory")) is not None  # an empty store: an empty network


def test_identity_reconciliation_rewrites_each_article_s_network() -> None:
    from identity_samples import A1, A2

    from kg.graph.reconcile import reconcile
    from kg.run.ingest import write_facts

    store = open_store("memory")
    for facts in (A1, A2):
        write_facts(store, facts)
    assert reconcile(store).rewritten >= 1  # a surname became the full name's actor
    read = read_network(store)
    assert read is not None
    joined = relation_graph_from_events(store)
    assert _edges(read) == _edges(joined) and read.number_of_edges() > 0
    assert dict(read.nodes(data=True)) == dict(joined.nodes(data=True))
