"""Positions for the viewer, computed with NetworkX in about a second for
15,000 actors, so the browser can draw a large graph with physics off.

The work grows with the number of actors, not with the number of fragments
a news corpus breaks into (thousands of isolated actors, pairs and triples):

* Components of at most :data:`SPIRAL` actors are each a sunflower spiral
  (the best-connected actor in the middle), computed and packed together in
  one pass, with no graph built for any of them.
* A larger component is laid out once. Actors with a single tie (the many
  people named once beside a country) are set aside; the rest is split into
  communities (NetworkX's fast label propagation), the graph of communities is
  laid out the same way, recursively, and each community by ``spring_layout``
  around its place (a spiral for a handful of actors). Each actor set aside
  then goes on a sunflower spiral around the actor it is tied to.
  NetworkX's ``spring_layout`` alone is quadratic (minutes at 10,000 actors).
* Components are packed in rows, largest first. Coordinates are whole screen
  pixels, about :data:`GAP` apart.

>>> import networkx as nx
>>> pos = layout(nx.path_graph(4))
>>> sorted(pos), all(len(p) == 2 for p in pos.values())
([0, 1, 2, 3], True)
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Any

import networkx as nx
import numpy as np

GAP = 40.0  # pixels between neighbouring nodes
SPRING = 100  # largest graph laid out by spring_layout in one piece
SPIRAL = 16  # components and communities this small are placed on a sunflower spiral
SEED = 7

Piece = tuple[list[Any], np.ndarray]  # nodes and their coordinates (one row each)


def layout(graph: nx.Graph, *, seed: int = SEED) -> dict[Any, tuple[int, int]]:
    """``node -> (x, y)`` for every node of ``graph`` (any kind of NetworkX graph)."""
    if type(graph) is nx.Graph and nx.number_of_selfloops(graph) == 0:
        simple = graph
    else:
        simple = nx.Graph()
        simple.add_nodes_from(graph)
        simple.add_edges_from((a, b) for a, b in graph.edges() if a != b)
    parts = sorted(nx.connected_components(simple), key=len, reverse=True)
    big = [p for p in parts if len(p) > SPIRAL]
    pieces = [_piece(_place(_induced(simple, p), seed)) for p in big]
    small = [_by_degree(simple, p) for p in parts[len(big) :]]
    return _apart(_pack(pieces, small))


def _induced(graph: nx.Graph, nodes: Any) -> nx.Graph:
    """The subgraph on ``nodes`` as a new graph (much faster than copying a view),
    its nodes in ``graph``'s order, so the layout is the same in every process."""
    keep = set(nodes)
    order = [v for v in graph if v in keep]
    adj = graph._adj
    sub = nx.Graph()
    sub.add_nodes_from(order)
    sub.add_edges_from((u, v) for u in order for v in adj[u] if v in keep)
    return sub


def _by_degree(graph: nx.Graph, nodes: Any) -> list[Any]:
    return sorted(nodes, key=lambda v: (-graph.degree(v), str(v)))


def _radius(n: int) -> float:
    return GAP * (0.6 * math.sqrt(n) + 0.5)


def _spiral_offsets(n: int) -> np.ndarray:
    """``n`` points of a sunflower spiral, the first in the middle."""
    k = np.arange(n)
    angle = k * math.pi * (3 - math.sqrt(5))
    r = GAP * 0.6 * np.sqrt(k)
    return np.column_stack((r * np.cos(angle), r * np.sin(angle)))


def _spiral(nodes: list[Any]) -> dict[Any, np.ndarray]:
    """Nodes on a sunflower spiral, the first in the middle."""
    return dict(zip(nodes, _spiral_offsets(len(nodes)), strict=True))


def _place(graph: nx.Graph, seed: int) -> dict[Any, np.ndarray]:
    """Coordinates around (0, 0) for a connected graph, see the module docstring."""
    n = graph.number_of_nodes()
    by_degree = _by_degree(graph, graph)
    if n <= SPIRAL:
        return _spiral(by_degree)
    if n <= SPRING:
        pos = nx.spring_layout(graph, seed=seed, iterations=30)
        nodes = list(pos)
        arr = np.array([pos[v] for v in nodes], dtype=float)
        arr -= arr.mean(axis=0)
        arr *= _radius(n) / (float(np.abs(arr).max()) or 1.0)
        return dict(zip(nodes, arr, strict=True))
    groups = _groups(graph, seed)
    if len(groups) < 2 or len(groups) > 0.7 * n:
        return _spiral(by_degree)  # no structure to split on (a star, a clique)
    index = {v: i for i, c in enumerate(groups) for v in c}
    weights: dict[tuple[int, int], int] = defaultdict(int)
    for a, b in graph.edges():
        ia, ib = index[a], index[b]
        if ia != ib:
            weights[(ia, ib) if ia < ib else (ib, ia)] += 1
    quotient = nx.Graph()
    quotient.add_nodes_from(range(len(groups)))
    quotient.add_weighted_edges_from((a, b, w) for (a, b), w in weights.items())
    found = _place(quotient, seed)
    spread = max(1.0, 2.2 * sum(_radius(len(c)) for c in groups) / len(groups) / GAP)
    inners = []
    for members in groups:
        # A community that is most of the graph barely split (a hub and the many
        # actors tied to it and one more): a spiral, not level after level.
        flat = len(members) <= SPIRAL or len(members) > n // 2
        inners.append(_spiral(members) if flat else _place(_induced(graph, members), seed))
    radii = np.array([max(float(np.hypot(*p)) for p in inner.values()) + GAP / 2
                      for inner in inners])  # fmt: skip
    centres = _separate(np.array([found[i] for i in range(len(groups))]) * spread, radii)
    out: dict[Any, np.ndarray] = {}
    for centre, inner in zip(centres, inners, strict=True):
        for v, p in inner.items():
            out[v] = p + centre
    return out


def _separate(centres: np.ndarray, radii: np.ndarray, rounds: int = 50) -> np.ndarray:
    """Push apart the communities whose discs overlap (a big one moves less than
    a small one), keeping each near where the graph of communities put it.

    >>> big, small = _separate(np.array([[0.0, 0.0], [10.0, 0.0]]), np.array([100.0, 20.0]))
    >>> round(float(np.hypot(*(small - big)))), bool(abs(big[0]) < abs(small[0] - 10))
    (160, True)
    """
    if len(centres) < 2 or len(centres) > 600:  # beyond that, the spread alone
        return centres
    out = centres.astype(float).copy()
    mass = radii**2
    share = mass[None, :] / (mass[:, None] + mass[None, :])  # how much i gives way to j
    for _ in range(rounds):
        diff = out[:, None, :] - out[None, :, :]
        dist = np.hypot(diff[..., 0], diff[..., 1])
        need = radii[:, None] + radii[None, :] + GAP - dist
        np.fill_diagonal(need, 0.0)
        if not (need > 0).any():
            break
        scale = np.where(need > 0, need / np.maximum(dist, 1e-9), 0.0) * share
        out += (diff * scale[..., None]).sum(axis=1)
    return out


def _groups(graph: nx.Graph, seed: int) -> list[list[Any]]:
    """Communities of the actors with more than one tie; each actor with a single
    tie joins the community of the actor it is tied to. Best-connected first."""
    anchor_of = {}
    for v, d in graph.degree():
        if d == 1:
            (u,) = graph[v]
            if graph.degree(u) > 1:
                anchor_of[v] = u
    core = _induced(graph, [v for v in graph if v not in anchor_of]) if anchor_of else graph
    found = [set(c) for c in nx.community.fast_label_propagation_communities(core, seed=seed)]
    index = {v: i for i, c in enumerate(found) for v in c}
    for v, u in anchor_of.items():
        found[index[u]].add(v)
    return [_by_degree(graph, c) for c in found]


def _piece(pos: dict[Any, np.ndarray]) -> Piece:
    return list(pos), np.array(list(pos.values()), dtype=float).reshape(-1, 2)


def _pack(pieces: list[Piece], small: list[list[Any]]) -> dict[Any, tuple[int, int]]:
    """Put the pieces side by side in rows about as wide as the whole is tall,
    then the small components (each a spiral) in the same rows, in one pass."""
    total = sum(len(nodes) for nodes, _ in pieces) + sum(map(len, small))
    width = math.sqrt(total) * GAP * 1.6
    out: dict[Any, tuple[int, int]] = {}
    x = y = row = 0.0
    for nodes, arr in pieces:
        lo, hi = arr.min(axis=0), arr.max(axis=0)
        w, h = (hi - lo) + GAP
        if x > 0 and x + w > width:
            x, y, row = 0.0, y + row, 0.0
        xy = np.rint(arr - lo + (x, y)).astype(int).tolist()
        out.update(zip(nodes, map(tuple, xy), strict=True))
        x, row = x + w, max(row, h)
    offsets = _spiral_offsets(SPIRAL).tolist()
    extents = [_extent(offsets[:k]) for k in range(SPIRAL + 1)]
    for nodes in small:
        (lo_x, lo_y), (w, h) = extents[len(nodes)]
        if x > 0 and x + w > width:
            x, y, row = 0.0, y + row, 0.0
        for v, (dx, dy) in zip(nodes, offsets, strict=False):
            out[v] = (round(dx - lo_x + x), round(dy - lo_y + y))
        x, row = x + w, max(row, h)
    return out


def _extent(points: list[list[float]]) -> tuple[tuple[float, float], tuple[float, float]]:
    """The lowest corner of ``points`` and the size of the cell they need."""
    if not points:
        return (0.0, 0.0), (0.0, 0.0)
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return (min(xs), min(ys)), (max(xs) - min(xs) + GAP, max(ys) - min(ys) + GAP)


def _apart(pos: dict[Any, tuple[int, int]]) -> dict[Any, tuple[int, int]]:
    """No two actors on the same pixel: a later one moves a little aside.

    >>> _apart({"a": (0, 0), "b": (0, 0)})
    {'a': (0, 0), 'b': (10, 0)}
    """
    taken: set[tuple[int, int]] = set()
    step = round(GAP / 4)
    for v, (x, y) in pos.items():
        k = 0
        while (x, y) in taken:
            k += 1
            x, y = x + step * ((k % 2) or -1) * k, y
        taken.add((x, y))
        pos[v] = (x, y)
    return pos
