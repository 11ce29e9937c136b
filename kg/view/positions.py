"""Positions for the viewer, computed with NetworkX in well under a second for
10,000 actors, so the browser can draw a large graph with physics off.

NetworkX's ``spring_layout`` is quadratic in the number of nodes (minutes at
10,000), so large graphs are laid out by levels: each connected component is
split into communities (NetworkX's fast label propagation), the graph of
communities is laid out the same way, recursively, and each community is laid
out by ``spring_layout`` around its place (a sunflower spiral for a handful of
nodes). Components are then packed in rows, largest first. Coordinates are in
whole screen pixels, about :data:`GAP` apart.

>>> import networkx as nx
>>> pos = layout(nx.path_graph(4))
>>> sorted(pos), all(len(p) == 2 for p in pos.values())
([0, 1, 2, 3], True)
"""

from __future__ import annotations

import math
from typing import Any

import networkx as nx
import numpy as np

GAP = 40.0  # pixels between neighbouring nodes
SPRING = 100  # largest graph laid out by spring_layout in one piece
SPIRAL = 16  # communities this small are placed on a sunflower spiral
SEED = 7


def layout(graph: nx.Graph, *, seed: int = SEED) -> dict[Any, tuple[int, int]]:
    """``node -> (x, y)`` for every node of ``graph`` (any kind of NetworkX graph)."""
    if type(graph) is nx.Graph and nx.number_of_selfloops(graph) == 0:
        simple = graph
    else:
        simple = nx.Graph()
        simple.add_nodes_from(graph)
        simple.add_edges_from((a, b) for a, b in graph.edges() if a != b)
    parts = sorted(nx.connected_components(simple), key=len, reverse=True)
    if len(parts) == 1:
        return _pack([_place(simple, seed)])
    return _pack([_place(_induced(simple, c), seed) for c in parts])


def _induced(graph: nx.Graph, nodes: Any) -> nx.Graph:
    """The subgraph on ``nodes`` as a new graph (much faster than copying a view)."""
    keep = set(nodes)
    adj = graph._adj
    sub = nx.Graph()
    sub.add_nodes_from(keep)
    sub.add_edges_from((u, v) for u in keep for v in adj[u] if v in keep)
    return sub


def _radius(n: int) -> float:
    return GAP * (0.6 * math.sqrt(n) + 0.5)


def _spiral(nodes: list[Any]) -> dict[Any, np.ndarray]:
    """Nodes on a sunflower spiral, the first in the middle."""
    k = np.arange(len(nodes))
    angle = k * math.pi * (3 - math.sqrt(5))
    r = GAP * 0.6 * np.sqrt(k)
    return dict(zip(nodes, np.column_stack((r * np.cos(angle), r * np.sin(angle))), strict=True))


def _place(graph: nx.Graph, seed: int) -> dict[Any, np.ndarray]:
    n = graph.number_of_nodes()
    by_degree = sorted(graph, key=lambda v: (-graph.degree(v), str(v)))
    if n <= SPIRAL:
        return _spiral(by_degree)
    if n <= SPRING:
        pos = nx.spring_layout(graph, seed=seed, iterations=30)
        nodes = list(pos)
        arr = np.array([pos[v] for v in nodes], dtype=float)
        arr -= arr.mean(axis=0)
        arr *= _radius(n) / (float(np.abs(arr).max()) or 1.0)
        return dict(zip(nodes, arr, strict=True))
    found = nx.community.fast_label_propagation_communities(graph, seed=seed)
    groups = [sorted(c, key=lambda v: (-graph.degree(v), str(v))) for c in found]
    if len(groups) < 2 or len(groups) > 0.7 * n:
        return _spiral(by_degree)  # no structure to split on (a star, a clique)
    index = {v: i for i, c in enumerate(groups) for v in c}
    quotient = nx.Graph()
    quotient.add_nodes_from(range(len(groups)))
    for a, b in graph.edges():
        ia, ib = index[a], index[b]
        if ia != ib:
            if quotient.has_edge(ia, ib):
                quotient[ia][ib]["weight"] += 1
            else:
                quotient.add_edge(ia, ib, weight=1)
    centres = _place(quotient, seed)
    spread = max(1.0, 2.2 * sum(_radius(len(c)) for c in groups) / len(groups) / GAP)
    out: dict[Any, np.ndarray] = {}
    for i, members in enumerate(groups):
        inner = (
            _spiral(members)
            if len(members) <= SPIRAL
            else _place(graph.subgraph(members).copy(), seed)
        )
        for v, p in inner.items():
            out[v] = p + centres[i] * spread
    return out


def _pack(pieces: list[dict[Any, np.ndarray]]) -> dict[Any, tuple[int, int]]:
    """Put the pieces side by side in rows about as wide as the whole is tall."""
    width = math.sqrt(sum(len(p) for p in pieces)) * GAP * 1.6
    out: dict[Any, tuple[int, int]] = {}
    x = y = row = 0.0
    for piece in pieces:
        arr = np.array(list(piece.values()), dtype=float)
        lo, hi = arr.min(axis=0), arr.max(axis=0)
        w, h = (hi - lo) + GAP
        if x > 0 and x + w > width:
            x, y, row = 0.0, y + row, 0.0
        for v, p in piece.items():
            out[v] = (round(float(p[0] - lo[0] + x)), round(float(p[1] - lo[1] + y)))
        x, row = x + w, max(row, h)
    return out
