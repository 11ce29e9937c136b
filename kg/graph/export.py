"""The graph as RDF files.

``turtle`` and ``nt`` merge all article graphs into one graph; ``trig`` and
``nquads`` keep one named graph per article; ``jsonld`` keeps them too. The
network formats (GraphML, GEXF) are :mod:`kg.network.export`.
"""

from __future__ import annotations

import pyoxigraph as ox

from kg.errors import ConfigError
from kg.graph.store import Store

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
SUFFIX = {"turtle": ".ttl", "ttl": ".ttl", "nt": ".nt", "ntriples": ".nt", "trig": ".trig",
          "nq": ".nq", "nquads": ".nq", "jsonld": ".jsonld"}  # fmt: skip


def rdf_bytes(store: Store, fmt: str) -> bytes:
    """Serialise the whole store in the RDF format ``fmt``."""
    if fmt not in RDF_EXPORTS:
        raise ConfigError(f"unknown RDF format {fmt!r}; choose one of {', '.join(RDF_EXPORTS)}")
    return store.dump(RDF_EXPORTS[fmt])
