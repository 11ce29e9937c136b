"""The fewest hops between two actors, read from the materialised network.

A path can pass through any actor, but it needs only who is tied to whom:
:func:`shortest_hops` searches the topology of the articles' summaries
breadth first from both ends (:func:`path_between`), then reads the evidence
of the hops it found, and nothing else. NetworkX is not needed.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from itertools import pairwise
from typing import Any

from kg.network.materialised import Summaries, without_gc
from kg.network.timeframe import in_range


@without_gc
def shortest_hops(
    summaries: Summaries,
    source: str,
    target: str,
    relations: Collection[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    *,
    include_undated: bool = False,
) -> list[dict[str, Any]]:
    """The hops of a shortest path between two actors over ``relations`` (default
    all) and facts dated in ``[since, until]``, as
    :func:`kg.network.analysis.shortest_path` gives them: found on the
    topology, so only the evidence of those hops is read."""
    adjacency = summaries.topology(relations, since, until, include_undated=include_undated)
    nodes = path_between(adjacency, source, target)
    steps = list(pairwise(nodes))
    edges = summaries.edges({frozenset(step) for step in steps})
    dated = since is not None or until is not None
    hops = []
    for u, v in steps:
        found = []
        for (a, b, rel), data in edges.items():
            if (a, b) not in ((u, v), (v, u)) or (relations is not None and rel not in relations):
                continue
            evidence = sorted(data["evidence"], key=lambda e: (e.day, e.article, e.sentence))
            if dated:
                evidence = [e for e in evidence if in_range(e.day, since, until, include_undated)]
            if not evidence:
                continue
            mutual = data.get("mutual") or rel == "met"
            found.append((a != u, {"relation": rel, "direction": "-" if mutual else
                                   "->" if a == u else "<-", "evidence": evidence}))  # fmt: skip
        hops.append({"from": summaries.label(u), "to": summaries.label(v), "from_actor": u,
                     "to_actor": v, "relations": [r for _, r in sorted(found, key=lambda f: f[0])]})  # fmt: skip
    return hops


def path_between(adjacency: Mapping[Any, Iterable[Any]], source: Any, target: Any) -> list[Any]:
    """The nodes of a shortest path from ``source`` to ``target`` in a plain
    adjacency mapping (``node -> neighbours``), breadth first from both ends
    (neighbours in sorted order, so the answer is reproducible); ``[]`` when
    there is none.

    >>> path_between({"a": {"b"}, "b": {"a", "c"}, "c": {"b"}}, "a", "c")
    ['a', 'b', 'c']
    >>> path_between({"a": {"b"}, "b": {"a"}}, "a", "z")
    []
    """
    if source == target or source not in adjacency or target not in adjacency:
        return []
    parents: list[dict[Any, Any]] = [{source: None}, {target: None}]
    frontiers: list[list[Any]] = [[source], [target]]
    while frontiers[0] and frontiers[1]:
        side = 0 if len(frontiers[0]) <= len(frontiers[1]) else 1
        seen, other = parents[side], parents[1 - side]
        grown = []
        for node in frontiers[side]:
            for nxt in sorted(adjacency.get(node, ()), key=str):
                if nxt in seen:
                    continue
                seen[nxt] = node
                if nxt in other:
                    return _join(parents, nxt)
                grown.append(nxt)
        frontiers[side] = grown
    return []


def _join(parents: list[dict[Any, Any]], meet: Any) -> list[Any]:
    path = [meet]
    while (node := parents[0][path[-1]]) is not None:
        path.append(node)
    path.reverse()
    node = parents[1][meet]
    while node is not None:
        path.append(node)
        node = parents[1][node]
    return path
