"""Who-met on a large store: the actor's article graphs give the same answer."""

from __future__ import annotations

import pytest

from kg.graph.store import open_store
from kg.network.analysis import who_met
from kg.network.graphs import meeting_graph, relation_graph
from kg.network.names import find_actor
from kg.network.neighbourhood import actors_named, around


def _met(store, name: str) -> list[tuple[str, int, list[str]]]:  # type: ignore[no-untyped-def]
    graph = relation_graph(store)
    rows = who_met(meeting_graph(graph), find_actor(graph, name))
    return sorted((r["name"], r["events"], sorted(e.sentence for e in r["evidence"])) for r in rows)


@pytest.mark.parametrize("name", ["Tomas Reyl", "ivo kral", "Lena Marsh"])
def test_the_neighbourhood_answers_like_the_whole_store(news_store, name: str) -> None:  # type: ignore[no-untyped-def]
    small = around(news_store, name)
    assert small is not None
    assert len(small) < len(news_store)
    assert _met(small, name) == _met(news_store, name)
    assert _met(small, name)  # the actor did meet someone


def test_names_match_as_the_lookup_does(news_store) -> None:  # type: ignore[no-untyped-def]
    assert len(actors_named(news_store, "TOMAS  REYL")) == 1
    assert actors_named(news_store, "Tomas Kral") == []  # words of two names are neither
    assert actors_named(news_store, 'Reyl" } DROP ALL') == []  # quotes cannot break out


def test_no_shortcut_without_a_match_or_a_local_store(news_store) -> None:  # type: ignore[no-untyped-def]
    assert around(news_store, "Nobody Atall") is None
    assert around(open_store("memory"), "Tomas Reyl") is None


@pytest.mark.parametrize("name", ["Tomas Reyl", "Ivo Kral", "Lena Marsh"])
@pytest.mark.parametrize("depth", [1, 2])
def test_an_ego_network_from_the_neighbourhood_is_the_whole_graph_s(  # type: ignore[no-untyped-def]
    news_store, name: str, depth: int
) -> None:
    from kg.network.analysis import ego_network
    from kg.network.neighbourhood import neighbourhood

    whole = relation_graph(news_store)
    node = find_actor(whole, name)
    near = neighbourhood(news_store, name, depth)
    assert near is not None and len(near) <= len(whole)
    expected, got = ego_network(whole, node, depth), ego_network(near, node, depth)
    assert dict(got.nodes(data=True)) == dict(expected.nodes(data=True))
    assert sorted(got.edges(keys=True)) == sorted(expected.edges(keys=True))


def test_who_met_near_answers_like_the_graph(news_store) -> None:  # type: ignore[no-untyped-def]
    from kg.network.neighbourhood import who_met_near

    near = who_met_near(news_store, "ivo kral", since="2022")
    assert near is not None
    node, label, rows = near
    assert node.endswith("/ivo-kral")
    assert label == "Ivo Kral" and [r["name"] for r in rows] == ["Mara Quist"]
    assert who_met_near(news_store, "Nobody Atall") is None
