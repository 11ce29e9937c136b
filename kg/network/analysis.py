"""Questions of the network, as plain functions of a NetworkX graph.

Every function takes one of the graphs of :mod:`kg.network.graphs` (or any graph
whose nodes carry ``label`` and ``type``) and returns plain dicts and lists:
centrality, Louvain communities, brokers between communities, ego networks,
the shortest path between two actors with the evidence of each hop, who met
whom and which parties took part in which talks. To ask about a period, cut
the graph first with :func:`kg.network.timeframe.restrict`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from itertools import pairwise
from typing import Any

import networkx as nx

SEED = 42  # fixed, so communities and sampled betweenness are reproducible
MEASURES = ("degree", "pagerank", "betweenness")
EXACT_BETWEENNESS = 1500  # above this many actors, betweenness is estimated from a sample
SAMPLE = 256  # sources of the estimate (its error shrinks as 1/sqrt(SAMPLE))


def undirected(graph: nx.Graph, *, data: bool = True) -> nx.Graph:
    """A simple undirected graph: parallel and reverse edges merged, ``weight``
    summed; node attributes are copied unless ``data=False``. A graph that is
    already simple and undirected is returned as it is.

    >>> g = nx.MultiDiGraph()
    >>> _ = g.add_edge("a", "b", key="met", weight=2); _ = g.add_edge("b", "a", key="opposed")
    >>> undirected(g)["a"]["b"]["weight"]
    3
    """
    if not graph.is_directed() and not graph.is_multigraph():
        return graph
    weights: dict[tuple[Any, Any], float] = {}
    for a, b, w in graph.edges(data="weight", default=1):
        if a != b:
            key = (b, a) if (b, a) in weights else (a, b)
            weights[key] = weights.get(key, 0) + w
    simple = nx.Graph()
    simple.add_nodes_from(graph.nodes(data=True) if data else graph)
    simple.add_edges_from((a, b, {"weight": w}) for (a, b), w in weights.items())
    return simple


def degree(graph: nx.Graph) -> dict[Any, float]:
    """Degree centrality: distinct neighbours over the most possible.

    >>> degree(nx.Graph([("hub", "a"), ("hub", "b")]))["hub"]
    1.0
    """
    return dict(nx.degree_centrality(undirected(graph)))


def pagerank(graph: nx.Graph) -> dict[Any, float]:
    """PageRank following ``weight`` (the number of events between two actors).

    >>> scores = pagerank(nx.Graph([("hub", "a"), ("hub", "b")]))
    >>> max(scores, key=scores.__getitem__)
    'hub'
    """
    simple = undirected(graph)
    if simple.number_of_edges() == 0:
        return degree(simple)
    return dict(nx.pagerank(simple, weight="weight"))


def betweenness(graph: nx.Graph, *, seed: int = SEED, sample: int = SAMPLE) -> dict[Any, float]:
    """Unweighted betweenness centrality: exact up to ``EXACT_BETWEENNESS`` actors,
    above that estimated from shortest paths out of ``sample`` actors picked with
    ``seed`` (its cost grows with ``sample`` times the number of ties: about 10 s
    for 14,500 actors and 256 sources on one core).

    >>> betweenness(nx.Graph([("hub", "a"), ("hub", "b"), ("a", "b"), ("hub", "c")]))["hub"]
    0.6666666666666666
    """
    simple = undirected(graph)
    n = simple.number_of_nodes()
    k = None if n <= EXACT_BETWEENNESS else min(sample, n)
    return dict(nx.betweenness_centrality(simple, k=k, seed=seed))


def centrality(
    graph: nx.Graph, measures: Sequence[str] = MEASURES, *, seed: int = SEED
) -> dict[Any, dict[str, float]]:
    """The requested centrality measures of every node (only those are computed):
    ``degree``, ``pagerank`` and ``betweenness``, see the functions of those names.

    >>> g = nx.Graph([("hub", "a"), ("hub", "b"), ("hub", "c"), ("a", "b")])
    >>> scores = centrality(g)
    >>> max(scores, key=lambda n: scores[n]["pagerank"]), scores["hub"]["betweenness"]
    ('hub', 0.6666666666666666)
    >>> centrality(g, ["degree"])["hub"]
    {'degree': 1.0}
    """
    unknown = [m for m in measures if m not in MEASURES]
    if unknown:
        raise ValueError(f"unknown centrality {unknown[0]!r}; choose one of {', '.join(MEASURES)}")
    simple = undirected(graph)
    if simple.number_of_nodes() == 0:
        return {}
    found = {m: betweenness(simple, seed=seed) if m == "betweenness" else
             pagerank(simple) if m == "pagerank" else degree(simple) for m in measures}  # fmt: skip
    return {node: {m: found[m][node] for m in measures} for node in simple}


def _row(graph: nx.Graph, node: Any) -> dict[str, Any]:
    data = graph.nodes[node]
    return {"name": data.get("label", str(node)), "type": data.get("type", "Actor"), "actor": node}


def top_actors(
    graph: nx.Graph,
    n: int = 10,
    by: str = "pagerank",
    scores: dict[Any, dict[str, float]] | None = None,
) -> list[dict[str, Any]]:
    """The ``n`` most central actors by ``by`` (degree, betweenness or pagerank),
    with their number of distinct neighbours; only ``by`` is computed.

    >>> g = nx.Graph([("hub", "a"), ("hub", "b"), ("a", "b"), ("b", "c")])
    >>> [(r["name"], r["neighbours"]) for r in top_actors(g, 2, by="degree")]
    [('b', 3), ('a', 2)]
    """
    simple = undirected(graph, data=False)
    scores = centrality(simple, [by]) if scores is None else scores
    order = sorted(scores, key=lambda v: (-scores[v][by], str(graph.nodes[v].get("label", v))))
    return [{**_row(graph, v), "neighbours": simple.degree(v), **scores[v]} for v in order[:n]]


def communities(graph: nx.Graph, *, seed: int = SEED, resolution: float = 1.0) -> dict[Any, int]:
    """Louvain communities: node -> community number, 0 for the largest.

    >>> g = nx.Graph([(1, 2), (2, 3), (1, 3), (4, 5), (5, 6), (4, 6), (3, 4)])
    >>> parts = communities(g)
    >>> parts[1] == parts[2] == parts[3] != parts[4] == parts[5] == parts[6]
    True
    """
    simple = undirected(graph)
    # Louvain's result depends on the order it meets nodes in, and it keeps them
    # in sets: run it on numbers given in name order, so that every process
    # (whatever its string hash seed) and every order of the store's rows agree.
    names = sorted(simple, key=str)
    number = {v: i for i, v in enumerate(names)}
    plain = nx.Graph()
    plain.add_nodes_from(range(len(names)))
    plain.add_weighted_edges_from(sorted(
        (min(number[a], number[b]), max(number[a], number[b]), w)
        for a, b, w in simple.edges(data="weight", default=1)))  # fmt: skip
    found = nx.community.louvain_communities(plain, weight="weight", resolution=resolution,
                                             seed=seed)  # fmt: skip
    ranked = sorted(
        ([names[i] for i in c] for c in found), key=lambda c: (-len(c), min(map(str, c)))
    )
    return {node: i for i, members in enumerate(ranked) for node in members}


def community_table(
    graph: nx.Graph, membership: dict[Any, int], top: int | None = 5
) -> list[dict[str, Any]]:
    """One row per community: its size and its ``top`` best-connected members
    (all of them, best-connected first, when ``top`` is None).

    >>> g = nx.Graph([("a", "b"), ("a", "c")])
    >>> community_table(g, {"a": 0, "b": 0, "c": 0}, top=2)
    [{'community': 0, 'size': 3, 'members': ['a', 'b']}]
    """
    simple = undirected(graph)
    groups: dict[int, list[Any]] = defaultdict(list)
    for node, c in membership.items():
        groups[c].append(node)
    rows = []
    for c in sorted(groups):
        members = sorted(groups[c], key=lambda v: (-simple.degree(v), _label(graph, v)))
        rows.append({"community": c, "size": len(members),
                     "members": [_label(graph, v) for v in members[:top]]})  # fmt: skip
    return rows


def brokers(graph: nx.Graph, membership: dict[Any, int], top: int = 10) -> list[dict[str, Any]]:
    """Actors that link communities: how many other communities they reach
    (``bridges``), through how many ties (``links``), and their number of
    distinct neighbours; ranked in that order. Cheap: one pass over the ties.

    >>> g = nx.Graph([(1, 2), (2, 3), (1, 3), (4, 5), (5, 6), (4, 6), (3, 4)])
    >>> [(r["name"], r["bridges"]) for r in brokers(g, communities(g))]
    [('3', 1), ('4', 1)]
    """
    simple = undirected(graph)
    rows = []
    for node in simple:
        own = membership.get(node, -1)
        reached = Counter(
            membership.get(m, -1) for m in simple[node] if membership.get(m, -1) != own
        )
        if not reached:
            continue
        rows.append({**_row(graph, node), "community": own, "bridges": len(reached),
                     "links": sum(reached.values()), "reaches": sorted(reached),
                     "neighbours": simple.degree(node)})  # fmt: skip
    rows.sort(key=lambda r: (-r["bridges"], -r["links"], -r["neighbours"], str(r["name"])))
    return rows[:top]


def ego_network(graph: nx.Graph, node: Any, depth: int = 1) -> nx.Graph:
    """The actors within ``depth`` steps of ``node`` (edges in either direction),
    with every edge among them.

    >>> g = nx.path_graph(5)
    >>> sorted(ego_network(g, 0, depth=2))
    [0, 1, 2]
    """
    return nx.ego_graph(graph, node, radius=depth, undirected=True)


def edges_between(graph: nx.Graph, a: Any, b: Any) -> list[dict[str, Any]]:
    """Every edge between two nodes, either direction: relation, ends and data."""
    found = []
    pairs = [(a, b), (b, a)] if graph.is_directed() else [(a, b)]
    for u, v in pairs:
        data = graph.get_edge_data(u, v)
        if data is None:
            continue
        items = data.items() if graph.is_multigraph() else [(data.get("relation", "met"), data)]
        for rel, attrs in items:
            found.append({"relation": rel, "from": u, "to": v, **attrs})
    return found


def shortest_path(graph: nx.Graph, source: Any, target: Any) -> list[dict[str, Any]]:
    """The fewest hops from ``source`` to ``target`` (any relation, either
    direction), each hop with its relations and their evidence; ``[]`` when
    they are not connected.

    >>> from kg.network.graphs import Evidence
    >>> g = nx.MultiDiGraph()
    >>> ev = Evidence("A met B.", "art/1", "Talks", "", "meet", 0.9)
    >>> g.add_edge("a", "b", key="met", evidence=[ev]); _ = g.add_edge("c", "b", key="opposed")
    'met'
    >>> [(h["from"], h["to"], [r["relation"] for r in h["relations"]]) for h in shortest_path(g, "a", "c")]
    [('a', 'b', ['met']), ('b', 'c', ['opposed'])]
    >>> shortest_path(g, "a", "a"), shortest_path(nx.Graph([(1, 2), (3, 4)]), 1, 4)
    ([], [])
    """
    try:
        nodes = nx.shortest_path(undirected(graph), source, target)
    except (nx.NetworkXNoPath, nx.NodeNotFound):
        return []
    hops = []
    for u, v in pairwise(nodes):
        relations = [{"relation": e["relation"], "direction": _direction(e, u),
                      "evidence": list(e.get("evidence", []))}
                     for e in edges_between(graph, u, v)]  # fmt: skip
        hops.append({"from": _label(graph, u), "to": _label(graph, v), "from_actor": u,
                     "to_actor": v, "relations": relations})  # fmt: skip
    return hops


def _direction(edge: dict[str, Any], start: Any) -> str:
    if edge.get("mutual") or edge["relation"] == "met":
        return "-"
    return "->" if edge["from"] == start else "<-"


def who_met(meetings: nx.Graph, node: Any) -> list[dict[str, Any]]:
    """Everyone ``node`` met, most contacts first, with the evidence of each.

    >>> from kg.network.graphs import Evidence
    >>> g = nx.Graph()
    >>> ev = Evidence("Ann met Bo.", "art/1", "Talks", "", "meet", 0.9, event="e1")
    >>> g.add_edge("ann", "bo", evidence=[ev], weight=1, articles=1)
    >>> [(r["name"], r["events"], r["evidence"][0].sentence) for r in who_met(g, "ann")]
    [('bo', 1, 'Ann met Bo.')]
    """
    if node not in meetings:
        return []
    rows = []
    for other in meetings[node]:
        data = meetings[node][other]
        rows.append({**_row(meetings, other), "events": data.get("weight", 1),
                     "articles": data.get("articles", 1),
                     "evidence": list(data.get("evidence", []))})  # fmt: skip
    rows.sort(key=lambda r: (-r["events"], str(r["name"])))
    return rows


def parties(events: nx.Graph, match: str | None = None) -> list[dict[str, Any]]:
    """Which parties took part in which contact event (meeting, call, visit, talks).

    ``match`` keeps the events whose IRI equals it, or whose description,
    place, kind, sentence or article title contains it (case-insensitive).

    >>> g = nx.Graph()
    >>> g.add_node("e", bipartite=1, name="negotiate in Geneva", kind="negotiate",
    ...            place="Geneva", date="", day="", sentence="Talks.", article="a", title="")
    >>> g.add_node("x", bipartite=0, label="Norway", type="Country")
    >>> g.add_edge("e", "x", role="participant")
    >>> [(r["place"], r["parties"]) for r in parties(g, "geneva")]
    [('Geneva', [{'name': 'Norway', 'type': 'Country', 'role': 'participant', 'actor': 'x'}])]
    >>> parties(g, "Oslo")
    []
    """
    needle = (match or "").casefold()
    rows = []
    for event, data in events.nodes(data=True):
        if data.get("bipartite") != 1:
            continue
        text = " ".join(
            str(data.get(k, "")) for k in ("name", "place", "kind", "sentence", "title")
        )
        if match and event != match and needle not in text.casefold():
            continue
        members = [{"name": _label(events, p), "type": events.nodes[p].get("type", "Actor"),
                    "role": events[event][p].get("role", "participant"), "actor": p}
                   for p in events[event]]  # fmt: skip
        members.sort(key=lambda m: (m["role"] == "participant", m["name"]))
        rows.append({"event": event, **{k: data.get(k, "") for k in
                     ("name", "kind", "place", "date", "day", "title", "sentence", "article")},
                     "parties": members})  # fmt: skip
    rows.sort(key=lambda r: (r["day"] or "~", r["article"], r["name"]))
    return rows


def _label(graph: nx.Graph, node: Any) -> str:
    return str(graph.nodes[node].get("label", node))
