"""Counts for ``kg stats``: what is in the store."""

from __future__ import annotations

from kg.sparql import select, value
from kg.store import Store

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


def store_stats(store: Store, top: int = 10) -> str:
    lines = [f"store: {store.location}", f"quads: {len(store):,}"]
    for name, n in counts(store).items():
        lines.append(f"{name}: {n:,}")
    from kg.analysis import degree_table
    from kg.network import relation_graph

    graph = relation_graph(store)
    ranked = degree_table(graph)[:top]
    if ranked:
        lines.append("")
        lines.append(f"most connected actors (top {len(ranked)}):")
        for label, kind, degree in ranked:
            lines.append(f"  {degree:4d}  {label} ({kind})")
    return "\n".join(lines) + "\n"
