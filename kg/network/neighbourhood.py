"""The part of a large store that one actor's questions need.

``kg who-met NAME`` and ``kg view --focus NAME`` ask about one actor, and only
the articles that name it (or its neighbours, for an ego network) matter.
:func:`neighbourhood` finds the actor by its label or alias in the store's
index, then reads the materialised network of just those articles
(:mod:`kg.network.materialised`): milliseconds on a store of a million triples,
where the whole network takes the better part of a second. For a store whose
articles carry no materialised network, :func:`around` copies the actor's
events and ties (every triple of each, and of its sentence, article and
parties) into a small in-memory store instead, so the network code answers
from that with the same result.

>>> _token("Dr. Lena  Marsh")
'marsh'
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from kg.graph.store import OxigraphStore, Store
from kg.network.names import _key, find_actor

if TYPE_CHECKING:
    import networkx as nx

log = logging.getLogger(__name__)

_LABELS = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?actor ?name WHERE {
  GRAPH ?g { ?actor rdfs:label|skos:altLabel ?name }
  FILTER (CONTAINS(LCASE(STR(?name)), "%s"))
}"""


def _token(name: str) -> str:
    """The longest word of a name, as :func:`kg.network.names._key` spells it."""
    return max(_key(name).split() or [""], key=len)


_EXACT = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?actor WHERE { GRAPH ?g { ?actor rdfs:label|skos:altLabel ?name } }"""


def actors_named(store: Store, name: str) -> list[str]:
    """IRIs of the actors whose label or alias matches ``name`` as ``kg.network.names``
    does: the name as written (an index lookup), else any spelling with the same
    letters whatever the case, dots and spaces (a scan of the labels)."""
    if name.startswith(("http://", "https://")):
        return [name]
    exact = store.query(_EXACT.replace("?name }", ox.Literal(name.strip()).__str__() + " }"))
    found = sorted({r["actor"].value for r in exact})
    if found:
        return found
    token = _token(name).replace("\\", "\\\\").replace('"', '\\"')
    if not token:
        return []
    key = _key(name)
    rows = store.query(_LABELS % token)
    return sorted({r["actor"].value for r in rows if _key(r["name"].value) == key})


_FACTS = """PREFIX kg: <https://w3id.org/kg/ontology#>
SELECT DISTINCT ?s ?p ?o ?g WHERE {
  VALUES ?a { %s }
  GRAPH ?g { ?s kg:participant|kg:member|kg:organization ?a . ?s ?p ?o }
}"""
_AROUND_FACTS = """PREFIX kg: <https://w3id.org/kg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT DISTINCT ?s ?p ?o ?g WHERE {
  VALUES ?a { %s }
  GRAPH ?g {
    ?fact kg:participant|kg:member|kg:organization ?a .
    ?fact kg:evidence|prov:wasDerivedFrom|kg:participant|kg:member|kg:organization ?s .
    ?s ?p ?o
  }
}"""

# Labels and types of the parties (and places) live once, in the actor graph.
_AROUND_ACTORS = """PREFIX kg: <https://w3id.org/kg/ontology#>
SELECT DISTINCT ?s ?p ?o ?g WHERE {
  VALUES ?a { %s }
  GRAPH ?h {
    ?fact kg:participant|kg:member|kg:organization ?a .
    ?fact kg:participant|kg:member|kg:organization|kg:topic|kg:place ?s
  }
  GRAPH ?g { ?s ?p ?o } FILTER (?g = <%s>)
}"""


def around(store: Store, name: str) -> OxigraphStore | None:
    """An in-memory store with the events and ties of the actors called ``name``
    (and their sentences, articles and parties); None when no actor has that
    name or the store is not local, so the caller falls back to the whole store
    and its suggestions."""
    if not isinstance(getattr(store, "_store", None), ox.Store):
        return None
    actors = actors_named(store, name)
    if not actors:
        return None
    from kg.graph.actors import ACTOR_GRAPH  # loads rdflib: only on this slower path

    values = " ".join(f"<{a}>" for a in actors)
    small = OxigraphStore(None)
    for query in (_FACTS, _AROUND_FACTS, _AROUND_ACTORS.replace("<%s>", f"<{ACTOR_GRAPH}>")):
        rows = store.query(query % values)
        small._store.extend(ox.Quad(r["s"], r["p"], r["o"], r["g"]) for r in rows)
    log.info("%s: %d actor(s), %d quads around them", name, len(actors), len(small))
    return small


def neighbourhood(store: Store, name: str, depth: int = 0) -> nx.MultiDiGraph | None:
    """The relation graph of the articles that name the actors called ``name``
    (and, with ``depth``, anyone within that many steps of them): the same
    answer as the whole graph for who-met (``depth=0``) and for ego networks of
    that depth. None when no actor has that name, when one of them takes part
    in no fact, or when the store cannot answer this way: the caller then uses
    the whole graph (and its suggestions for a name that matches nothing)."""
    from kg.network.graphs import relation_graph_from_events
    from kg.network.materialised import Summaries

    actors = actors_named(store, name)
    if not actors:
        return None
    summaries = Summaries.around(store, actors, depth)
    if summaries is not None:
        graph = summaries.graph()
    elif depth == 0 and (small := around(store, name)) is not None:
        graph = relation_graph_from_events(small)
    else:
        return None
    return graph if all(a in graph for a in actors) else None


def who_met_near(
    store: Store,
    name: str,
    since: str | None = None,
    until: str | None = None,
    *,
    include_undated: bool = False,
) -> tuple[str, str, list[dict[str, Any]]] | None:
    """``(actor, label, rows)``: whom the actor called ``name`` met, the rows of
    :func:`kg.network.analysis.who_met`, read from the materialised network of
    the articles that name it, without building a graph. None when the store
    cannot answer this way (see :func:`neighbourhood`)."""
    from kg.network.materialised import Summaries

    actors = actors_named(store, name)
    summaries = Summaries.around(store, actors) if actors else None
    if summaries is None:
        return None
    table = summaries.actor_table()
    if not all(a in table for a in actors):
        return None
    node = find_actor(table, name)
    rows = summaries.met(node, since, until, include_undated=include_undated)
    return node, table[node]["label"], rows
