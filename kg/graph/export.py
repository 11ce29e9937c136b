"""The graph as files others can read.

* ``turtle``: the union of all graphs as sorted, prefixed Turtle
  (:mod:`kg.graph.turtle`); ``turtle-fast`` is Oxigraph's streaming writer
  for very large stores (same triples, not sorted);
* ``trig`` (sorted) and ``nquads``: one named graph per article, and the actor graph;
* ``jsonld``: compact JSON-LD with a ``@context``, named graphs kept (:mod:`kg.graph.jsonld`);
* ``nt``: the union of all graphs as N-Triples;
* ``events``: one row per dyadic event, GDELT style (:mod:`kg.graph.events`).

``turtle`` is for reading and diffing, so it leaves out each article's
``kg:network`` literal (its part of the network as JSON, derived from the
article's other triples and kept for fast network questions); the other
formats keep the store whole, so loading them back gives the same store.

The network formats (GraphML, GEXF) are :mod:`kg.network.export`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import pyoxigraph as ox

from kg.errors import ConfigError
from kg.graph.formats import RDF_EXPORTS
from kg.graph.jsonld import jsonld_bytes
from kg.graph.store import Store
from kg.graph.turtle import Triple, trig, turtle

_STREAMED = {"turtle-fast": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
             "ntriples": ox.RdfFormat.N_TRIPLES, "nq": ox.RdfFormat.N_QUADS,
             "nquads": ox.RdfFormat.N_QUADS}  # fmt: skip


def quads(store: Store) -> Iterator[ox.Quad]:
    """Every quad of the store (an embedded store directly, a server through an N-Quads dump)."""
    own = getattr(store, "quads", None)
    if callable(own):
        yield from own()
        return
    yield from ox.parse(store.dump(ox.RdfFormat.N_QUADS), format=ox.RdfFormat.N_QUADS)


_DERIVED = ox.NamedNode("https://w3id.org/kg/ontology#network")  # kg:network (no rdflib here)


def by_graph(store: Store, derived: bool = True) -> dict[ox.NamedNode | None, list[Triple]]:
    """The store's triples, by graph (None: the default graph); without the
    derived ``kg:network`` summaries unless ``derived``."""
    graphs: dict[ox.NamedNode | None, list[Triple]] = defaultdict(list)
    for q in quads(store):
        if not derived and q.predicate == _DERIVED:
            continue
        name = q.graph_name if isinstance(q.graph_name, ox.NamedNode) else None
        graphs[name].append((q.subject, q.predicate, q.object))  # type: ignore[arg-type]
    return graphs


def rdf_bytes(store: Store, fmt: str) -> bytes:
    """Serialise the whole store in the format ``fmt``."""
    if fmt not in RDF_EXPORTS:
        raise ConfigError(f"unknown RDF format {fmt!r}; choose one of {', '.join(RDF_EXPORTS)}")
    if fmt in _STREAMED:
        return store.dump(_STREAMED[fmt])
    if fmt == "events":
        from kg.graph.events import events_csv

        return events_csv(store).encode()
    graphs = by_graph(store, derived=fmt not in ("turtle", "ttl"))
    if fmt in ("turtle", "ttl"):
        return turtle(t for triples in graphs.values() for t in triples).encode()
    if fmt == "trig":
        return trig(graphs).encode()
    return jsonld_bytes(graphs)
