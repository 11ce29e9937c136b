"""Stage 11: the graph as files. RDF serialisations and graph formats.

``turtle`` and ``nt`` merge all article graphs into one graph; ``trig`` and
``nquads`` keep one named graph per article; ``jsonld`` keeps them too.
``graphml`` and ``gexf`` write the actor relation network for Gephi or Cytoscape.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.errors import ConfigError
from kg.store import Store

RDF_EXPORTS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "trig": ox.RdfFormat.TRIG,
    "nq": ox.RdfFormat.N_QUADS,
    "nquads": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
}
GRAPH_EXPORTS = ("graphml", "gexf")
FORMATS = (*RDF_EXPORTS, *GRAPH_EXPORTS)
SUFFIX = {"turtle": ".ttl", "ttl": ".ttl", "nt": ".nt", "ntriples": ".nt", "trig": ".trig",
          "nq": ".nq", "nquads": ".nq", "jsonld": ".jsonld", "graphml": ".graphml", "gexf": ".gexf"}  # fmt: skip


def export_bytes(store: Store, fmt: str) -> bytes:
    """Serialise the whole store in ``fmt``."""
    if fmt in RDF_EXPORTS:
        return store.dump(RDF_EXPORTS[fmt])
    if fmt in GRAPH_EXPORTS:
        return _network_bytes(store, fmt)
    raise ConfigError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")


def export(store: Store, fmt: str, out: Path) -> int:
    data = export_bytes(store, fmt)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    return len(data)


def _network_bytes(store: Store, fmt: str) -> bytes:
    import io

    import networkx as nx

    from kg.network import relation_graph

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
