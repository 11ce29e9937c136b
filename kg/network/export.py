"""The actor relation network as GraphML or GEXF, for Gephi or Cytoscape."""

from __future__ import annotations

import io

import networkx as nx

from kg.errors import ConfigError
from kg.graph.store import Store
from kg.network.graphs import relation_graph

GRAPH_EXPORTS = ("graphml", "gexf")
SUFFIX = {"graphml": ".graphml", "gexf": ".gexf"}


def network_bytes(store: Store, fmt: str) -> bytes:
    """The relation graph of ``store`` as GraphML or GEXF."""
    if fmt not in GRAPH_EXPORTS:
        raise ConfigError(f"unknown graph format {fmt!r}; choose one of {', '.join(GRAPH_EXPORTS)}")
    graph = relation_graph(store)
    flat = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        flat.add_node(node, label=data.get("label", ""), type=data.get("type", ""))
    for a, b, rel, data in graph.edges(keys=True, data=True):
        flat.add_edge(a, b, key=rel, relation=rel, weight=data.get("weight", 1),
                      articles=data.get("articles", 1),
                      evidence=" | ".join(e.sentence for e in data.get("evidence", []))[:4000])  # fmt: skip
    buf = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(flat, buf)
    else:
        nx.write_gexf(flat, buf)
    return buf.getvalue()
