"""The graph in a browser. One self-contained HTML page.

The page inlines the vis-network library that ships with pyvis (never a CDN),
so it works from ``file://`` with no network at all; its Content-Security-Policy
forbids every request. The graph travels as one JSON document in a
``<script type="application/json">`` element (``<``, ``>`` and ``&`` escaped)
that the page's own script (``kg/data/viewer.js``) reads with ``JSON.parse``
and shows only through ``textContent`` and vis-network's plain-text tooltips:
a name or sentence such as ``<img src=x onerror=...>`` is displayed, not run.

The page is written without pyvis's ``Network.add_node`` (quadratic: 15 s for
10,000 nodes); positions come from :func:`kg.view.positions.layout`, and above
:data:`BIG` actors physics is off so the browser only draws.
"""

from __future__ import annotations

import importlib.util
import json
import math
import os
import re
from collections import defaultdict
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import ConfigError
from kg.network.materialised import paused_gc

BIG = 300  # above this many actors: physics off, positions from NetworkX only
LABELS = 25  # the most central actors whose names are drawn at every zoom
LOUVAIN = 5000  # communities by Louvain up to this many actors with relations
PIECE = 3  # pieces of the network this small (pairs, triples) are not framed by the first screen
SEED = 42
TYPE_STYLE = {
    "Person": {"color": "#4e79a7", "shape": "dot"},
    "Country": {"color": "#e15759", "shape": "diamond"},
    "Organization": {"color": "#59a14f", "shape": "square"},
    "Group": {"color": "#f28e2b", "shape": "triangle"},
    "Agreement": {"color": "#9c755f", "shape": "star"},
    "Actor": {"color": "#bab0ac", "shape": "dot"},
}
RELATION_STYLE = {
    "met": {"color": "#2f5d8a", "dashes": False, "arrows": "", "label": "met (meeting, call, visit, talks)"},
    "opposed": {"color": "#d62728", "dashes": False, "arrows": "to", "label": "opposed (criticised, sanctioned ...)"},
    "cooperated": {"color": "#2ca02c", "dashes": [8, 4], "arrows": "to", "label": "cooperated (backed, praised ...)"},
    "affiliated": {"color": "#8c8c8c", "dashes": [2, 4], "arrows": "to", "label": "affiliated (holds a post in)"},
    "member": {"color": "#9467bd", "dashes": [10, 3, 2, 3], "arrows": "to", "label": "member of"},
}  # fmt: skip
PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1",
           "#ff9da7", "#9c755f", "#bab0ac", "#1f77b4", "#8c564b", "#17becf", "#bcbd22",
           "#7f7f7f", "#aec7e8", "#ffbb78", "#98df8a", "#c5b0d5", "#c49c94"]  # fmt: skip
SIZE_MEASURES = ("degree", "pagerank", "betweenness")
COLOR_MODES = ("type", "community")


@cache
def vis_network_js() -> str:
    """The vis-network bundle shipped inside the pyvis package."""
    spec = importlib.util.find_spec("pyvis")  # finds the package without importing it
    folders = list(spec.submodule_search_locations or []) if spec else []
    for folder in folders:
        lib = Path(folder, "lib", "vis-9.1.2", "vis-network.min.js")
        if lib.is_file():
            return lib.read_text(encoding="utf-8")
    raise ConfigError("pyvis 0.3.2 is not installed (the viewer inlines its vis-network)")


@cache
def _asset(name: str) -> str:
    return resources.files("kg.view").joinpath("assets", name).read_text(encoding="utf-8")


APP = ("search.js", "labels.js", "viewer.js")  # the page's own script, in this order


@cache
def app_js() -> str:
    """The page's script: its parts in one function scope, strict mode."""
    parts = "\n".join(_asset(name) for name in APP)
    return f"(function () {{\n'use strict';\n{parts}\n}})();"


def script_json(data: Any) -> str:
    """JSON that is safe inside a ``<script>`` element.

    >>> script_json({"name": "</script><img src=x onerror=alert(1)>"})
    '{"name":"\\\\u003c/script\\\\u003e\\\\u003cimg src=x onerror=alert(1)\\\\u003e"}'
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))  # fmt: skip


def node_sizes(graph: nx.Graph, measure: str = "degree") -> dict[Any, float]:
    """The centrality that sizes each actor (distinct neighbours for ``degree``).

    >>> node_sizes(nx.Graph([("a", "b"), ("a", "c")]))["a"]
    2.0
    """
    from kg.network.analysis import centrality, undirected

    simple = undirected(graph)
    if measure == "degree" or simple.number_of_edges() == 0:
        return {v: float(d) for v, d in simple.degree()}
    if measure == "pagerank":
        return dict(nx.pagerank(simple, weight="weight"))
    if measure == "betweenness":
        return {v: s["betweenness"] for v, s in centrality(simple).items()}
    raise ValueError(f"unknown size measure {measure!r}; choose one of {', '.join(SIZE_MEASURES)}")


def _roles(
    edge_list: list[tuple[Any, Any, str, dict[str, Any]]], graph: nx.Graph
) -> dict[Any, list[str]]:
    """Each actor's posts and memberships, from its affiliated and member edges."""
    roles: dict[Any, list[str]] = defaultdict(list)
    for a, b, rel, data in edge_list:
        if rel == "affiliated":
            former = "" if data.get("current", True) else " (former)"
            other = graph.nodes[b].get("label", b)
            roles[a].append(f"{data.get('role') or 'affiliated with'}, {other}{former}")
        elif rel == "member":
            roles[a].append(f"member of {graph.nodes[b].get('label', b)}")
    return roles


def _communities(
    graph: nx.Graph, tied: nx.Graph, score: dict[Any, float]
) -> tuple[dict[Any, int], list[dict[str, Any]]]:
    """Communities of the actors with relations: Louvain, as ``kg communities``
    computes them, up to :data:`LOUVAIN` actors; above that NetworkX's fast label
    propagation (a tenth of the time). Numbered from 0, the largest first."""
    from kg.network.analysis import communities

    if tied.number_of_nodes() <= LOUVAIN:
        membership, method = communities(tied), "Louvain"
    else:
        names = sorted(tied, key=str)  # numbers in name order: the same in every process
        number = {v: i for i, v in enumerate(names)}
        plain = nx.Graph()
        plain.add_nodes_from(range(len(names)))
        plain.add_edges_from(sorted((number[a], number[b]) for a, b in tied.edges()))
        found = nx.community.fast_label_propagation_communities(plain, seed=SEED)
        ranked = sorted(([names[i] for i in c] for c in found),
                        key=lambda c: (-len(c), min(map(str, c))))  # fmt: skip
        membership = {v: i for i, members in enumerate(ranked) for v in members}
        method = "label propagation"
    groups: dict[int, list[Any]] = defaultdict(list)
    for node, c in membership.items():
        groups[c].append(node)
    table = []
    for c in sorted(groups):
        top = sorted(groups[c], key=lambda v: (-score.get(v, 0), str(v)))[:3]
        table.append({"id": c, "size": len(groups[c]), "color": PALETTE[c % len(PALETTE)],
                      "label": graph.nodes[top[0]].get("label", str(top[0])),
                      "top": [graph.nodes[v].get("label", str(v)) for v in top],
                      "method": method})  # fmt: skip
    return membership, table


def _tied(simple: nx.Graph) -> nx.Graph:
    """The actors with a relation to another actor, and their relations (a new
    graph: NetworkX's subgraph views are slow to walk)."""
    adj = simple._adj
    keep = [v for v in simple if any(u != v for u in adj[v])]
    if len(keep) == len(simple) and nx.number_of_selfloops(simple) == 0:
        return simple
    tied = nx.Graph()
    tied.add_nodes_from(keep)
    tied.add_edges_from((u, v) for u in keep for v in adj[u] if u != v)
    return tied


def positions(simple: nx.Graph, tied: nx.Graph) -> dict[Any, tuple[int, int]]:
    """Where each actor is drawn: the actors with relations laid out by
    :func:`kg.view.positions.layout`, the actors without any in a block of rows
    below them (hidden until the page is asked to show them).

    >>> pos = positions(nx.Graph([("a", "b"), ("c", "c")]), nx.Graph([("a", "b")]))
    >>> max(pos["a"][1], pos["b"][1]) < pos["c"][1]
    True
    """
    from kg.view.positions import GAP, layout

    pos = layout(tied) if len(tied) else {}
    loose = sorted((v for v in simple if v not in tied), key=str)
    if not loose:
        return pos
    xs = [x for x, _ in pos.values()] or [0]
    top = max((y for _, y in pos.values()), default=0) + (3 * GAP if pos else 0)
    left = min(xs)  # once: the loop below adds to pos, not to xs
    width = max(max(xs) - left, math.sqrt(len(loose)) * GAP)
    per_row = max(1, int(width // GAP) + 1)
    for i, v in enumerate(loose):
        pos[v] = (round(left + (i % per_row) * GAP), round(top + (i // per_row) * GAP))
    return pos


def graph_data(
    graph: nx.Graph,
    *,
    color: str = "type",
    size: str = "degree",
    title: str = "",
    focus: Any = None,
    labels: int = LABELS,
) -> dict[str, Any]:
    """Everything the page draws, as one JSON-ready document.

    Sentences and sources are stored once and referred to by number, so a
    sentence that supports many edges (a six-party negotiation) costs little.
    Every actor with relations has a community (``c``); ``focus`` is the actor
    the page opens on (``kg view --focus``), ``labels`` how many of the most
    central actors' names are drawn at every zoom.
    """
    from kg.network.analysis import undirected

    if color not in COLOR_MODES:
        raise ValueError(f"unknown colour mode {color!r}; choose one of {', '.join(COLOR_MODES)}")
    simple = undirected(graph, data=False)
    tied = _tied(simple)
    pos = positions(simple, tied)
    score = node_sizes(simple, size)
    membership, comms = _communities(graph, tied, score) if len(tied) else ({}, [])
    edge_list = list(graph.edges(keys=True, data=True)) if graph.is_multigraph() else [
        (a, b, d.get("relation", "met"), d) for a, b, d in graph.edges(data=True)]  # fmt: skip
    roles = _roles(edge_list, graph)
    ids = {}
    nodes = []
    for i, (node, data) in enumerate(graph.nodes(data=True)):
        ids[node] = i
        x, y = pos[node]
        item: dict[str, Any] = {"id": i, "label": data.get("label", str(node)),
                                "type": data.get("type", "Actor"), "iri": str(node),
                                "x": x, "y": y, "value": round(score.get(node, 0.0), 6)}  # fmt: skip
        if data.get("aliases"):
            item["aliases"] = list(data["aliases"])
        if node in roles:
            item["roles"] = sorted(roles[node])
        if node in membership:
            item["c"] = membership[node]
        nodes.append(item)
    return {"title": title, "big": len(nodes) > BIG, "color": color, "size": size,
            "types": TYPE_STYLE, "relations": RELATION_STYLE, "communities": comms,
            "labels": labels, "focus": ids.get(focus), "nodes": nodes,
            "core": _core(tied, ids), **_edges(edge_list, ids)}  # fmt: skip


def _core(tied: nx.Graph, ids: dict[Any, int]) -> list[int]:
    """The actors of the pieces of the network larger than :data:`PIECE`, which
    the first screen frames (the pairs and triples a corpus has hundreds of lie
    below them); all the actors with relations when there is no such piece.

    >>> _core(nx.Graph([(1, 2), (3, 4), (4, 5), (5, 6)]), {v: v for v in range(1, 7)})
    [3, 4, 5, 6]
    """
    pieces = [c for c in nx.connected_components(tied) if len(c) > PIECE]
    found = [v for c in pieces for v in c] if pieces else list(tied)
    return sorted(ids[v] for v in found)


def _edges(
    edge_list: list[tuple[Any, Any, str, dict[str, Any]]], ids: dict[Any, int]
) -> dict[str, Any]:
    texts: dict[str, int] = {}
    sources: dict[str, int] = {}
    source_rows: list[list[str]] = []
    days: list[str] = []
    ends = [(ids[a], ids[b]) for a, b, _rel, _data in edge_list]
    pairs: dict[tuple[int, int], int] = defaultdict(int)
    for ia, ib in ends:
        pairs[(ia, ib) if ia < ib else (ib, ia)] += 1
    seen: dict[tuple[int, int], int] = defaultdict(int)
    edges = []
    for n, ((_a, _b, rel, data), (ia, ib)) in enumerate(zip(edge_list, ends, strict=True)):
        evidence = []
        for ev in data.get("evidence", ()):  # the page sorts them by day
            t = texts.setdefault(ev.sentence, len(texts))
            s = sources.get(ev.article)
            if s is None:
                s = sources[ev.article] = len(source_rows)
                source_rows.append([ev.title, ev.article.rsplit("/", 1)[-1]])
            evidence.append([t, s, ev.kind, ev.date, ev.day])
            if ev.day:
                days.append(ev.day)
        pair = (ia, ib) if ia < ib else (ib, ia)
        item = {"id": n, "from": ia, "to": ib, "rel": rel, "w": data.get("weight", 1),
                "n": data.get("articles", 1), "ev": evidence, "p": pairs[pair], "k": seen[pair]}  # fmt: skip
        seen[pair] += 1
        if data.get("role"):
            item["role"] = data["role"]
        edges.append(item)
    return {"edges": edges, "texts": list(texts), "sources": source_rows,
            "days": [min(days), max(days)] if days else None}  # fmt: skip


def render_html(
    graph: nx.Graph,
    *,
    title: str = "kg: who met whom",
    color: str = "type",
    size: str = "degree",
    focus: Any = None,
    labels: int = LABELS,
) -> str:
    """The whole page as a string (see :func:`graph_data` for the options)."""
    with paused_gc():
        data = graph_data(graph, color=color, size=size, title=title, focus=focus, labels=labels)
        text = script_json(data)
    page = _asset("viewer.html")
    parts = {
        "/*TITLE*/": _html_text(title),
        "/*STYLE*/": _asset("viewer.css"),
        "/*VIS*/": _inline_js(vis_network_js()),
        "/*DATA*/": text,
        "/*APP*/": app_js(),
    }
    # Split the template once, so that text inserted for one marker is never
    # searched for another (an article may well contain "/*APP*/").
    pieces = re.split(r"(/\*[A-Z]+\*/)", page)
    return "".join(parts.get(piece, piece) for piece in pieces)


def write_page(graph: nx.Graph, out: str | os.PathLike[str], **options: Any) -> int:
    """Write the page of ``graph`` (any graph of :mod:`kg.network.graphs`) to
    ``out``, with the options of :func:`graph_data`; returns its size in bytes."""
    text = render_html(graph, **options).encode("utf-8")
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(text)
    return len(text)


def _inline_js(code: str) -> str:
    """Library code that cannot end or open a ``<script>`` element early (its
    ``"<script>"`` strings become ``"<\\script>"``, the same string in JavaScript)."""
    return (
        code.replace("</script", "<\\/script")
        .replace("<script", "<\\script")
        .replace("<!--", "<\\!--")
    )


def _html_text(text: str) -> str:
    """Text for an HTML element or attribute.

    >>> _html_text('<b>"Talks" & more</b>')
    '&lt;b&gt;&quot;Talks&quot; &amp; more&lt;/b&gt;'
    """
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )
