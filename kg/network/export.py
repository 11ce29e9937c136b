"""The actor relation network as GraphML or GEXF, for Gephi, Cytoscape and yEd.

Nodes: the actor's IRI as id, ``label``, ``type``, ``iso3`` and ``wikidata`` ids,
its Louvain ``community`` and ``degree``, ``pagerank`` and ``betweenness``
centrality. Edges: one per relation and pair, with ``relation``, ``weight``
(events), ``articles``, ``first_date`` and ``last_date`` (the days of its
evidence), the most frequent ``cameo_root`` and ``quad_class`` of its events and
the evidence sentences. ``met`` and mutual ``cooperated`` ties (agreeing,
working together) are undirected; the rest point from actor to target. GEXF
edges and nodes carry time intervals (``start``/``end``) so Gephi's timeline
can play the network.
"""

from __future__ import annotations

import calendar
from collections import Counter
from typing import Any
from xml.etree import ElementTree as ET

import networkx as nx

from kg.errors import ConfigError
from kg.graph.results import value
from kg.graph.sparql import select
from kg.graph.store import Store
from kg.network.analysis import centrality, communities
from kg.network.graphs import relation_graph

GRAPH_EXPORTS = ("graphml", "gexf")
SUFFIX = {"graphml": ".graphml", "gexf": ".gexf"}
UNDIRECTED = {"met"}
_CODES = """PREFIX kg: <https://w3id.org/kg/ontology#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
SELECT ?s ?p ?o WHERE {
  GRAPH ?g { ?s ?p ?o FILTER (?p IN (kg:cameoRoot, kg:quadClass, kg:iso3166Alpha3, owl:sameAs)) }
}"""
NODE_KEYS = [("label", "string"), ("type", "string"), ("iso3", "string"), ("wikidata", "string"),
             ("community", "int"), ("degree", "double"), ("pagerank", "double"),
             ("betweenness", "double")]  # fmt: skip
EDGE_KEYS = [("relation", "string"), ("weight", "int"), ("articles", "int"),
             ("first_date", "string"), ("last_date", "string"), ("cameo_root", "string"),
             ("quad_class", "int"), ("evidence", "string")]  # fmt: skip


def _span(day: str, end: bool) -> str:
    """A (partial) ISO day as a full date: the first or the last day it covers.

    >>> _span("2021-02", end=True), _span("2021", end=False), _span("2021-02-03", end=True)
    ('2021-02-28', '2021-01-01', '2021-02-03')
    """
    parts = day.split("-")
    if len(parts) == 3:
        return day
    year = int(parts[0])
    month = int(parts[1]) if len(parts) == 2 else (12 if end else 1)
    last = calendar.monthrange(year, month)[1]
    return f"{year:04d}-{month:02d}-{last if end else 1:02d}"


def network(store: Store) -> tuple[nx.Graph, list[dict[str, Any]]]:
    """Actor nodes with their attributes, and the edges as dicts (source, target, directed, ...)."""
    relations = relation_graph(store)
    codes: dict[str, dict[str, str]] = {}
    for row in select(store, _CODES).rows:
        prop = value(row["p"]).rsplit("#", 1)[-1]
        codes.setdefault(value(row["s"]), {})[prop] = value(row["o"])
    scores = centrality(relations)
    groups = communities(relations) if relations.number_of_edges() else {}
    nodes = nx.Graph()
    for node, data in relations.nodes(data=True):
        known = codes.get(node, {})
        same = known.get("sameAs", "")
        nodes.add_node(node, label=data.get("label", ""), type=data.get("type", ""),
                       iso3=known.get("iso3166Alpha3", ""),
                       wikidata=same.rsplit("/", 1)[-1] if "wikidata.org" in same else "",
                       community=groups.get(node, -1), **scores.get(node, {}))  # fmt: skip
    merged: dict[tuple[str, str, str], dict[str, Any]] = {}
    for a, b, rel, data in relations.edges(keys=True, data=True):
        directed = not (rel in UNDIRECTED or (rel == "cooperated" and data.get("mutual")))
        key = (a, b, rel) if directed or a < b else (b, a, rel)
        edge = merged.setdefault(key, {"source": key[0], "target": key[1], "relation": rel,
                                       "directed": directed, "evidence": {}})  # fmt: skip
        for ev in data.get("evidence", []):
            edge["evidence"].setdefault(ev.event or ev.sentence, ev)
    edges = []
    for key in sorted(merged):
        edge = merged[key]
        evidence = list(edge.pop("evidence").values())
        days = sorted(ev.day for ev in evidence if ev.day)
        roots = Counter(codes.get(ev.event, {}).get("cameoRoot") for ev in evidence)
        quads = Counter(codes.get(ev.event, {}).get("quadClass") for ev in evidence)
        roots.pop(None, None)
        quads.pop(None, None)
        edge.update(
            weight=len(evidence), articles=len({ev.article for ev in evidence}),
            first_date=days[0] if days else "", last_date=days[-1] if days else "",
            cameo_root=min(roots, key=lambda r: (-roots[r], r)) if roots else "",
            quad_class=min(quads, key=lambda q: (-quads[q], q)) if quads else "",
            evidence=" | ".join(sorted({ev.sentence for ev in evidence}))[:4000],
        )  # fmt: skip
        edges.append(edge)
    return nodes, edges


def _text(number: object) -> str:
    return f"{number:.6g}" if isinstance(number, float) else str(number)


def graphml(nodes: nx.Graph, edges: list[dict[str, Any]]) -> bytes:
    root = ET.Element("graphml", xmlns="http://graphml.graphdrawing.org/xmlns")
    for where, keys in (("node", NODE_KEYS), ("edge", EDGE_KEYS)):
        for name, kind in keys:
            ET.SubElement(root, "key", {"id": f"{where[0]}_{name}", "for": where,
                                        "attr.name": name, "attr.type": kind})  # fmt: skip
    graph = ET.SubElement(root, "graph", id="kg", edgedefault="directed")
    for node in sorted(nodes):
        el = ET.SubElement(graph, "node", id=node)
        for name, _kind in NODE_KEYS:
            if nodes.nodes[node].get(name, "") != "":
                ET.SubElement(el, "data", key=f"n_{name}").text = _text(nodes.nodes[node][name])
    for i, edge in enumerate(edges):
        el = ET.SubElement(graph, "edge", id=f"e{i}", source=edge["source"], target=edge["target"],
                           directed="true" if edge["directed"] else "false")  # fmt: skip
        for name, _kind in EDGE_KEYS:
            if edge.get(name, "") != "":
                ET.SubElement(el, "data", key=f"e_{name}").text = _text(edge[name])
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def gexf(nodes: nx.Graph, edges: list[dict[str, Any]]) -> bytes:
    root = ET.Element("gexf", {"xmlns": "http://gexf.net/1.3", "version": "1.3"})
    graph = ET.SubElement(root, "graph", mode="dynamic", defaultedgetype="directed",
                          timeformat="date")  # fmt: skip
    for where, keys in (("node", NODE_KEYS[1:]), ("edge", EDGE_KEYS)):
        attrs = ET.SubElement(graph, "attributes", {"class": where, "mode": "static"})
        for name, kind in keys:
            kind = {"int": "integer"}.get(kind, kind)
            ET.SubElement(attrs, "attribute", id=name, title=name, type=kind)
    first: dict[str, str] = {}
    for edge in edges:
        if edge["first_date"]:
            for end in (edge["source"], edge["target"]):
                first[end] = min(first.get(end, "9999"), _span(edge["first_date"], end=False))
    node_list = ET.SubElement(graph, "nodes")
    for node in sorted(nodes):
        data = nodes.nodes[node]
        el = ET.SubElement(node_list, "node", id=node, label=data.get("label", ""))
        if node in first:
            el.set("start", first[node])
        values = ET.SubElement(el, "attvalues")
        for name, _kind in NODE_KEYS[1:]:
            if data.get(name, "") != "":
                ET.SubElement(values, "attvalue", {"for": name, "value": _text(data[name])})
    edge_list = ET.SubElement(graph, "edges")
    for i, edge in enumerate(edges):
        el = ET.SubElement(edge_list, "edge", id=f"e{i}", source=edge["source"],
                           target=edge["target"], label=edge["relation"],
                           type="directed" if edge["directed"] else "undirected",
                           weight=str(edge["weight"]))  # fmt: skip
        if edge["first_date"]:
            el.set("start", _span(edge["first_date"], end=False))
            el.set("end", _span(edge["last_date"], end=True))
        values = ET.SubElement(el, "attvalues")
        for name, _kind in EDGE_KEYS:
            if edge.get(name, "") != "":
                ET.SubElement(values, "attvalue", {"for": name, "value": _text(edge[name])})
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def network_bytes(store: Store, fmt: str) -> bytes:
    """The relation network of ``store`` as GraphML or GEXF."""
    if fmt not in GRAPH_EXPORTS:
        raise ConfigError(f"unknown graph format {fmt!r}; choose one of {', '.join(GRAPH_EXPORTS)}")
    nodes, edges = network(store)
    return graphml(nodes, edges) if fmt == "graphml" else gexf(nodes, edges)
