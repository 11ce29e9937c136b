"""Positions for the viewer."""

from __future__ import annotations

import networkx as nx

from kg.view.positions import GAP, layout


def test_every_node_gets_a_distinct_position() -> None:
    g = nx.powerlaw_cluster_graph(1500, 2, 0.1, seed=3)
    g.add_nodes_from(range(1500, 1600))  # isolated actors
    g.add_edges_from([(2000, 2001), (2001, 2002)])  # a second small component
    pos = layout(g)
    assert set(pos) == set(g)
    assert len(set(pos.values())) == len(pos)
    assert layout(g) == pos  # reproducible


def test_neighbours_are_closer_than_strangers() -> None:
    g = nx.connected_caveman_graph(40, 8)  # 40 tight groups in a ring
    pos = layout(g)

    def dist(a: int, b: int) -> float:
        return float(((pos[a][0] - pos[b][0]) ** 2 + (pos[a][1] - pos[b][1]) ** 2) ** 0.5)

    near = sum(dist(a, b) for a, b in g.edges()) / g.number_of_edges()
    far = sum(dist(a, a + 160) for a in range(0, 160)) / 160
    assert near < far / 3
    assert near > GAP / 4


def test_components_do_not_overlap() -> None:
    g = nx.disjoint_union(nx.complete_graph(30), nx.complete_graph(30))
    pos = layout(g)
    xs1 = [pos[n][0] for n in range(30)]
    xs2 = [pos[n][0] for n in range(30, 60)]
    ys1 = [pos[n][1] for n in range(30)]
    ys2 = [pos[n][1] for n in range(30, 60)]
    apart_x = max(xs1) < min(xs2) or max(xs2) < min(xs1)
    apart_y = max(ys1) < min(ys2) or max(ys2) < min(ys1)
    assert apart_x or apart_y
