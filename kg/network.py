"""Stage 9: RDF to NetworkX. Plain graphs for analysis and drawing.

* :func:`relation_graph` - every actor-to-actor relation (met, opposed,
  cooperated, affiliated, member) as a ``MultiDiGraph``, one edge per relation
  type and pair, with all the evidence sentences on the edge;
* :func:`meeting_graph` - who met whom, undirected, ``weight`` = number of
  contact events and ``articles`` = number of distinct articles.

Nodes are actor IRIs with ``label`` and ``type`` attributes.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import networkx as nx

from kg.sparql import select, value
from kg.store import Store

PREFIX = """PREFIX kg: <https://w3id.org/kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""
RELATION_TYPES = ("met", "opposed", "cooperated", "affiliated", "member")

_ACTORS = (
    PREFIX
    + """
SELECT ?actor (SAMPLE(?l) AS ?label) (SAMPLE(?t) AS ?type) WHERE {
  GRAPH ?g { ?actor a kg:Actor ; rdfs:label ?l ; a ?t .
             FILTER (?t IN (kg:Person, kg:Organization, kg:Country, kg:Group)) }
} GROUP BY ?actor
"""
)
_AGREEMENTS = (
    PREFIX
    + """
SELECT ?actor (SAMPLE(?l) AS ?label) WHERE {
  GRAPH ?g { ?actor a kg:Agreement ; rdfs:label ?l }
} GROUP BY ?actor
"""
)
_EVENT_EDGES = (
    PREFIX
    + """
SELECT ?event ?class ?kind ?a ?b ?role ?text ?article ?title ?date ?confidence WHERE {
  GRAPH ?g {
    ?event a ?class ; kg:factual true ; kg:eventType ?type ;
           kg:evidence ?s ; prov:wasDerivedFrom ?article ; kg:confidence ?confidence .
    FILTER (?class IN (kg:Contact, kg:Conflict, kg:Cooperation))
    ?s kg:text ?text .
    OPTIONAL { ?article dcterms:title ?title }
    OPTIONAL { ?event kg:dateText ?date }
    { ?event kg:agent ?a ; kg:target ?b . BIND ("directed" AS ?role) }
    UNION
    { ?event kg:participant ?a, ?b . FILTER (STR(?a) < STR(?b))
      FILTER NOT EXISTS { ?event kg:agent ?x } BIND ("mutual" AS ?role) }
  }
  BIND (STRAFTER(STR(?type), "event-type/") AS ?kind)
}
"""
)
_TIE_EDGES = (
    PREFIX
    + """
SELECT ?tie ?class ?a ?b ?roleTitle ?current ?text ?article ?title ?confidence WHERE {
  GRAPH ?g {
    ?tie a ?class ; kg:member ?a ; kg:organization ?b ; kg:current ?current ;
         kg:evidence ?s ; prov:wasDerivedFrom ?article ; kg:confidence ?confidence .
    FILTER (?class IN (kg:Affiliation, kg:Membership))
    OPTIONAL { ?tie kg:roleTitle ?roleTitle }
    OPTIONAL { ?article dcterms:title ?title }
    ?s kg:text ?text .
  }
}
"""
)
_CLASS_TO_RELATION = {
    "https://w3id.org/kg/ontology#Contact": "met",
    "https://w3id.org/kg/ontology#Conflict": "opposed",
    "https://w3id.org/kg/ontology#Cooperation": "cooperated",
    "https://w3id.org/kg/ontology#Affiliation": "affiliated",
    "https://w3id.org/kg/ontology#Membership": "member",
}


@dataclass(frozen=True)
class Evidence:
    sentence: str
    article: str
    title: str
    date: str
    kind: str
    confidence: float


def _add_actor_nodes(graph: nx.Graph, store: Store) -> None:
    for row in select(store, _ACTORS).rows:
        graph.add_node(value(row["actor"]), label=value(row["label"]),
                       type=value(row["type"]).rsplit("#", 1)[-1])  # fmt: skip
    for row in select(store, _AGREEMENTS).rows:
        graph.add_node(value(row["actor"]), label=value(row["label"]), type="Agreement")


def relation_graph(store: Store) -> nx.MultiDiGraph:
    """All relations between actors; parallel edges keyed by relation type."""
    graph = nx.MultiDiGraph()
    _add_actor_nodes(graph, store)
    edges: dict[tuple[str, str, str], dict[str, Any]] = {}
    events: dict[tuple[str, str, str], set[str]] = defaultdict(set)

    def edge(a: str, b: str, rel: str, ident: str, ev: Evidence, extra: dict[str, Any]) -> None:
        key = (a, b, rel)
        data = edges.setdefault(key, {"relation": rel, "evidence": [], "articles": set(), **extra})
        if ident not in events[key]:
            events[key].add(ident)
            data["evidence"].append(ev)
            data["articles"].add(ev.article)

    for row in select(store, _EVENT_EDGES).rows:
        rel = _CLASS_TO_RELATION[value(row["class"])]
        ev = _evidence(row, value(row["kind"]))
        edge(
            value(row["a"]),
            value(row["b"]),
            rel,
            value(row["event"]),
            ev,
            {"mutual": value(row["role"]) == "mutual"},
        )
    for row in select(store, _TIE_EDGES).rows:
        rel = _CLASS_TO_RELATION[value(row["class"])]
        role = value(row["roleTitle"]) if "roleTitle" in row else ""
        ev = _evidence(row, role or rel)
        edge(value(row["a"]), value(row["b"]), rel, value(row["tie"]), ev,
             {"role": role, "current": value(row["current"]) == "true"})  # fmt: skip
    for (a, b, rel), data in edges.items():
        for node in (a, b):
            if node not in graph:
                graph.add_node(node, label=node.rsplit("/", 1)[-1], type="Actor")
        data["weight"] = len(data["evidence"])
        data["articles"] = len(data["articles"])
        graph.add_edge(a, b, key=rel, **data)
    return graph


def _evidence(row: dict[str, Any], kind: str) -> Evidence:
    return Evidence(
        sentence=value(row["text"]),
        article=value(row["article"]),
        title=value(row["title"]) if "title" in row else "",
        date=value(row["date"]) if "date" in row else "",
        kind=kind,
        confidence=float(value(row["confidence"])),
    )


def meeting_graph(store: Store | nx.MultiDiGraph) -> nx.Graph:
    """Who met whom: undirected, ``weight`` = contact events, ``articles`` = sources."""
    relations = store if isinstance(store, nx.MultiDiGraph) else relation_graph(store)
    graph = nx.Graph()
    for node, data in relations.nodes(data=True):
        graph.add_node(node, **data)
    for a, b, rel, data in relations.edges(keys=True, data=True):
        if rel != "met":
            continue
        if graph.has_edge(a, b):
            existing = graph[a][b]
            existing["evidence"] = existing["evidence"] + data["evidence"]
            existing["weight"] += data["weight"]
            existing["articles"] = len({e.article for e in existing["evidence"]})
        else:
            graph.add_edge(a, b, weight=data["weight"], articles=data["articles"],
                           evidence=list(data["evidence"]))  # fmt: skip
    graph.remove_nodes_from([n for n in list(graph) if graph.degree(n) == 0])
    return graph
