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
