"""Counts and the most central actors, for ``kg stats``."""

from __future__ import annotations

from typing import Any

import networkx as nx

from kg.graph.results import value
from kg.graph.sparql import select
from kg.graph.store import Store

_COUNTS = """PREFIX kg: <https://w3id.org/kg/ontology#>
SELECT ?what (COUNT(DISTINCT ?x) AS ?n) WHERE {
  GRAPH ?g {
    VALUES (?class ?what) {
      (kg:Article "articles") (kg:Person "persons") (kg:Country "countries")
      (kg:Organization "organizations") (kg:Group "groups") (kg:Agreement "agreements")
      (kg:Contact "contacts (meetings, calls, visits, negotiations)") (kg:Statement "statements")
      (kg:Conflict "conflict events") (kg:Cooperation "cooperation events")
      (kg:Affiliation "affiliations") (kg:Membership "memberships")
    }
    ?x a ?class .
  }
} GROUP BY ?what
"""
_ORDER = ["articles", "persons", "countries", "organizations", "groups", "agreements",
          "contacts (meetings, calls, visits, negotiations)", "statements", "conflict events",
          "cooperation events", "affiliations", "memberships"]  # fmt: skip


def counts(store: Store) -> dict[str, int]:
    found = {value(r["what"]): int(value(r["n"])) for r in select(store, _COUNTS).rows}
    return {k: found.get(k, 0) for k in _ORDER}


def summary(
    store: Store, graph: nx.MultiDiGraph, top: int = 10, by: str = "pagerank"
) -> dict[str, Any]:
    """What is in the store, the size of the actor network and its most central
    actors (only the ``by`` measure is computed)."""
    from kg.network.analysis import top_actors

    met = {frozenset((a, b)) for a, b, rel in graph.edges(keys=True) if rel == "met" and a != b}
    network = {
        "actors": graph.number_of_nodes(),
        "relations": graph.number_of_edges(),
        "actors who met someone": len(set().union(*met)),
        "pairs who met": len(met),
        "connected groups": nx.number_weakly_connected_components(graph) if len(graph) else 0,
    }
    return {"store": store.location, "quads": len(store), "counts": counts(store),
            "network": network, "top": top_actors(graph, top, by=by) if len(graph) else []}  # fmt: skip
