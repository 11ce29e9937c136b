"""The fewest hops from the materialised network's topology: a shortest path of
the relation graph, with the evidence of each hop, on articles really extracted."""

from __future__ import annotations

import itertools

import networkx as nx
import pytest

from kg.network.analysis import shortest_path
from kg.network.materialised import Summaries
from kg.network.names import find_actor
from kg.network.paths import path_between, shortest_hops
from kg.network.timeframe import restrict


@pytest.mark.parametrize("relations", [None, ["met"], ["opposed"]])
@pytest.mark.parametrize("since", [None, "2022"])
def test_path_from_the_topology_is_a_shortest_path_of_the_graph(  # type: ignore[no-untyped-def]
    news_store, news_graph, relations, since
) -> None:
    summaries = Summaries.read(news_store)
    assert summaries is not None
    graph = restrict(news_graph, since, None)
    if relations:
        graph.remove_edges_from([e for e in graph.edges(keys=True) if e[2] not in relations])
    for a_name, b_name in (("Lena Marsh", "Tomas Reyl"), ("Ivo Kral", "Kaja Lind"),
                           ("Lena Marsh", "Sweden"), ("Quist", "Germany")):  # fmt: skip
        a, b = find_actor(news_graph, a_name), find_actor(news_graph, b_name)
        expected = shortest_path(graph, a, b) if a in graph and b in graph else []
        hops = shortest_hops(summaries, a, b, relations, since)
        assert len(hops) == len(expected), (a_name, b_name)
        for hop in hops:
            assert hop["relations"] and all(r["evidence"] for r in hop["relations"])
            for rel in hop["relations"]:
                assert relations is None or rel["relation"] in relations
                assert since is None or all(e.day >= since for e in rel["evidence"])
        if hops:
            assert hops[0]["from_actor"] == a and hops[-1]["to_actor"] == b
            assert all(x["to_actor"] == y["from_actor"] for x, y in itertools.pairwise(hops))


def test_path_between_finds_a_shortest_path_from_both_ends() -> None:
    grid = nx.grid_2d_graph(6, 6)
    adjacency = {n: set(grid[n]) for n in grid}
    path = path_between(adjacency, (0, 0), (5, 5))
    assert len(path) == 11 and path[0] == (0, 0) and path[-1] == (5, 5)
    assert all(b in adjacency[a] for a, b in itertools.pairwise(path))
    assert path_between(adjacency, (0, 0), (0, 0)) == []
    adjacency[(9, 9)] = set()
    assert path_between(adjacency, (0, 0), (9, 9)) == []
