"""Stage 9b: questions of the network, as plain functions of a NetworkX graph."""

from __future__ import annotations

import networkx as nx


def degree_table(graph: nx.Graph) -> list[tuple[str, str, int]]:
    """Actors by number of distinct neighbours, most connected first.

    >>> g = nx.Graph([("a", "b"), ("a", "c")])
    >>> degree_table(g)[0]
    ('a', 'Actor', 2)
    """
    simple = (
        nx.Graph(graph.to_undirected()) if graph.is_directed() or graph.is_multigraph() else graph
    )
    rows = []
    for node in simple:
        data = graph.nodes[node]
        rows.append((data.get("label", node), data.get("type", "Actor"), simple.degree(node)))
    return sorted(rows, key=lambda r: (-r[2], r[0]))
