"""RDF to NetworkX. Plain graphs for analysis and drawing.

* :func:`relation_graph` - every actor-to-actor relation (met, opposed,
  cooperated, affiliated, member) as a ``MultiDiGraph``, one edge per relation
  type and pair, with all the evidence sentences on the edge;
* :func:`meeting_graph` - who met whom, undirected, ``weight`` = number of
  contact events and ``articles`` = number of distinct articles;
* :func:`party_graph` - the actor-party graph: person -> country or
  organisation, from affiliations, with the role;
* :func:`event_graph` - the actor-event bipartite graph of contact events
  (the shipped ``parties`` question): which parties take part in which talks.

Actor nodes are IRIs with ``label``, ``type`` and ``aliases`` (``skos:altLabel``).
Every edge keeps its :class:`Evidence`; each piece of evidence has a ``day``
(see :mod:`kg.network.timeframe`) so any of these graphs can be cut to a date range.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import networkx as nx

from kg.graph.results import value
from kg.graph.sparql import load_query, select
from kg.graph.store import Store
from kg.network.evidence import Evidence, latest
from kg.network.names import actor_table
from kg.network.timeframe import parse_day

PREFIX = """PREFIX kg: <https://w3id.org/kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""

_EVENT_EDGES = (
    PREFIX
    + """
SELECT ?event ?class ?kind ?a ?b ?role ?text ?article ?title ?date ?day ?adate ?confidence WHERE {
  GRAPH ?g {
    ?event a ?class ; kg:factual true ; kg:eventType ?type ;
           kg:evidence ?s ; prov:wasDerivedFrom ?article ; kg:confidence ?confidence .
    FILTER (?class IN (kg:Contact, kg:Conflict, kg:Cooperation))
    ?s kg:text ?text .
    OPTIONAL { ?article dcterms:title ?title }
    OPTIONAL { ?event kg:dateText ?date }
    OPTIONAL { ?event kg:date ?day }
    OPTIONAL { ?article dcterms:date ?adate }
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
SELECT ?tie ?class ?a ?b ?roleTitle ?current ?text ?article ?title ?adate ?confidence WHERE {
  GRAPH ?g {
    ?tie a ?class ; kg:member ?a ; kg:organization ?b ; kg:current ?current ;
         kg:evidence ?s ; prov:wasDerivedFrom ?article ; kg:confidence ?confidence .
    FILTER (?class IN (kg:Affiliation, kg:Membership))
    OPTIONAL { ?tie kg:roleTitle ?roleTitle }
    OPTIONAL { ?article dcterms:title ?title }
    OPTIONAL { ?article dcterms:date ?adate }
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


_EVENT_DAYS = (
    PREFIX
    + """
SELECT ?event ?day ?adate ?title WHERE {
  GRAPH ?g { ?event a kg:Contact ; prov:wasDerivedFrom ?article .
             OPTIONAL { ?event kg:date ?day } OPTIONAL { ?article dcterms:date ?adate }
             OPTIONAL { ?article dcterms:title ?title } }
}
"""
)


def _add_actor_nodes(graph: nx.Graph, store: Store) -> None:
    graph.add_nodes_from(actor_table(store).items())


def relation_graph(store: Store) -> nx.MultiDiGraph:
    """All relations between actors; parallel edges keyed by relation type.

    Read in one step from the network each article carries
    (:mod:`kg.network.materialised`); a store with articles that lack it is
    read by joining its event triples (:func:`relation_graph_from_events`).
    """
    from kg.network.materialised import read_network

    graph = read_network(store)
    return graph if graph is not None else relation_graph_from_events(store)


def relation_graph_from_events(store: Store) -> nx.MultiDiGraph:
    """:func:`relation_graph` by joining the events, ties, sentences and articles
    of the whole store (what every article's materialised network summarises)."""
    graph = nx.MultiDiGraph()
    _add_actor_nodes(graph, store)
    edges: dict[tuple[str, str, str], dict[str, Any]] = {}
    events: dict[tuple[str, str, str], set[str]] = defaultdict(set)

    def edge(a: str, b: str, rel: str, ident: str, ev: Evidence, extra: dict[str, Any]) -> None:
        key = (a, b, rel)
        data = edges.setdefault(key, {"relation": rel, "evidence": [], "articles": set()})
        if latest(data, ev):
            data.update(extra)
        if ident not in events[key]:
            events[key].add(ident)
            data["evidence"].append(ev)
            data["articles"].add(ev.article)

    for row in select(store, _EVENT_EDGES).rows:
        rel = _CLASS_TO_RELATION[value(row["class"])]
        ev = _evidence(row, value(row["kind"]), value(row["event"]))
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
        ev = _evidence(row, role or rel, value(row["tie"]))
        edge(value(row["a"]), value(row["b"]), rel, value(row["tie"]), ev,
             {"role": role, "current": value(row["current"]) == "true"})  # fmt: skip
    for (a, b, rel), data in edges.items():
        for node in (a, b):
            if node not in graph:
                graph.add_node(node, label=node.rsplit("/", 1)[-1], type="Actor", aliases=[])
        data["weight"] = len(data["evidence"])
        data["articles"] = len(data["articles"])
        del data["_latest"]
        graph.add_edge(a, b, key=rel, **data)
    return graph


def _evidence(row: dict[str, Any], kind: str, ident: str) -> Evidence:
    return Evidence(
        sentence=value(row["text"]),
        article=value(row["article"]),
        title=value(row["title"]) if "title" in row else "",
        date=value(row["date"]) if "date" in row else "",
        kind=kind,
        confidence=float(value(row["confidence"])),
        day=_day(row),
        event=ident,
    )


def _day(row: dict[str, Any]) -> str:
    """The event's own date, else its article's (see :mod:`kg.network.timeframe`)."""
    return parse_day(value(row["day"]) if "day" in row else "") or parse_day(
        value(row["adate"]) if "adate" in row else ""
    )


def meeting_graph(store: Store | nx.MultiDiGraph) -> nx.Graph:
    """Who met whom, undirected: ``weight`` = contact events, ``articles`` = distinct
    articles, ``evidence`` = one sentence per event.

    >>> rel = nx.MultiDiGraph()
    >>> ev = Evidence("A met B.", "art/1", "", "", "meet", 0.9, event="e1")
    >>> rel.add_edge("a", "b", key="met", evidence=[ev], weight=1, articles=1)
    'met'
    >>> rel.add_edge("b", "a", key="met", evidence=[ev], weight=1, articles=1)
    'met'
    >>> rel.add_edge("a", "c", key="opposed", evidence=[ev], weight=1, articles=1)
    'opposed'
    >>> g = meeting_graph(rel)
    >>> sorted(g.edges(data="weight")), sorted(g)
    ([('a', 'b', 1)], ['a', 'b'])
    """
    relations = store if isinstance(store, nx.MultiDiGraph) else relation_graph(store)
    graph = nx.Graph()
    graph.add_nodes_from(relations.nodes(data=True))
    for a, b, rel, data in relations.edges(keys=True, data=True):
        if rel != "met" or a == b:
            continue
        if graph.has_edge(a, b):
            seen = {e.event or e.sentence for e in graph[a][b]["evidence"]}
            more = [e for e in data["evidence"] if (e.event or e.sentence) not in seen]
            graph[a][b]["evidence"] = graph[a][b]["evidence"] + more
        else:
            graph.add_edge(a, b, evidence=list(data["evidence"]))
    for _a, _b, data in graph.edges(data=True):
        data["weight"] = len({e.event or e.sentence for e in data["evidence"]})
        data["articles"] = len({e.article for e in data["evidence"]})
    graph.remove_nodes_from([n for n in list(graph) if graph.degree(n) == 0])
    return graph


def party_graph(store: Store | nx.MultiDiGraph) -> nx.DiGraph:
    """The actor-party graph: person -> country or organisation, from affiliations.

    Edges keep ``role`` (the post), ``current`` and the evidence.

    >>> rel = nx.MultiDiGraph()
    >>> rel.add_node("p", label="Ann", type="Person")
    >>> rel.add_node("c", label="Norway", type="Country")
    >>> rel.add_edge("p", "c", key="affiliated", role="Foreign Minister", current=True,
    ...              evidence=[], weight=1, articles=1)
    'affiliated'
    >>> party_graph(rel)["p"]["c"]["role"]
    'Foreign Minister'
    """
    relations = store if isinstance(store, nx.MultiDiGraph) else relation_graph(store)
    graph = nx.DiGraph()
    for a, b, rel, data in relations.edges(keys=True, data=True):
        if rel != "affiliated":
            continue
        for node in (a, b):
            graph.add_node(node, **relations.nodes[node])
        graph.add_edge(a, b, **data)
    return graph


def event_graph(store: Store) -> nx.Graph:
    """The actor-event bipartite graph of factual contact events.

    Built from the shipped ``parties`` question (``ontology/queries/parties.rq``):
    event nodes have ``bipartite=1`` and ``name``, ``kind``, ``place``, ``date``
    (the text's phrase), ``day``, ``sentence``, ``article``, ``title``; actor
    nodes have ``bipartite=0``; an edge's ``role`` is the party's role
    (``participant``, ``host``, ``visitor``, ``agent``, ``target``).
    """
    actors = nx.Graph()
    _add_actor_nodes(actors, store)
    extra: dict[str, dict[str, str]] = {}
    for row in select(store, _EVENT_DAYS).rows:
        extra[value(row["event"])] = {
            "day": _day(row),
            "title": value(row["title"]) if "title" in row else "",
        }
    graph = nx.Graph()
    for row in select(store, load_query("parties")).rows:
        event, party = value(row["event"]), value(row["party"])
        if event not in graph:
            got = extra.get(event, {})
            graph.add_node(event, bipartite=1, type="Event", name=value(row["eventName"]),
                           kind=value(row["kind"]), place=_opt(row, "place"),
                           date=_opt(row, "date"), day=got.get("day", ""),
                           sentence=value(row["evidence"]), article=value(row["article"]),
                           title=got.get("title", ""))  # fmt: skip
        if party not in graph:
            data = actors.nodes[party] if party in actors else {"label": value(row["partyName"])}
            graph.add_node(party, bipartite=0, **{"type": "Actor", "aliases": [], **data})
        role = value(row["role"])
        if graph.has_edge(event, party) and graph[event][party]["role"] != "participant":
            continue
        graph.add_edge(event, party, role=role)
    return graph


def _opt(row: dict[str, Any], name: str) -> str:
    return value(row[name]) if name in row else ""
