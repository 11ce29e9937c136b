"""The part of a large store that one actor's questions need.

``kg who-met NAME`` builds the relation network and asks it about one actor.
On a store of a million triples building the whole network takes seconds,
although only the events and ties the actor takes part in matter. :func:`around`
copies just those (every triple of each such event or tie, and of its sentence,
article and parties, in its article's named graph) into a small in-memory store,
so the unchanged network code answers in milliseconds with the same result.

>>> _token("Dr. Lena  Marsh")
'marsh'
"""

from __future__ import annotations

import logging

import pyoxigraph as ox

from kg.graph.actors import ACTOR_GRAPH
from kg.graph.store import OxigraphStore, Store
from kg.network.names import _key

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
    values = " ".join(f"<{a}>" for a in actors)
    small = OxigraphStore(None)
    for query in (_FACTS, _AROUND_FACTS, _AROUND_ACTORS.replace("<%s>", f"<{ACTOR_GRAPH}>")):
        rows = store.query(query % values)
        small._store.extend(ox.Quad(r["s"], r["p"], r["o"], r["g"]) for r in rows)
    log.info("%s: %d actor(s), %d quads around them", name, len(actors), len(small))
    return small
