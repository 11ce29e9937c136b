"""Stage 4, the graph: records to RDF, the store, SPARQL and RDF exports.

* :mod:`kg.graph.vocab` and :mod:`kg.graph.iri` - the closed vocabulary and IRI minting
* :mod:`kg.graph.rdf` - the one module that turns records into article triples, and
  :mod:`kg.graph.actors` - the actor graph, where each actor is described once
* :mod:`kg.graph.cameo` and :mod:`kg.graph.codes` - CAMEO event and actor codes (data in ``data/``)
* :mod:`kg.graph.store` (embedded Oxigraph, its directory in :mod:`kg.graph.storedir`) and
  :mod:`kg.graph.remote` (a SPARQL 1.1 server), with :mod:`kg.graph.formats` for what both share
* :mod:`kg.graph.sparql` - shipped questions, running queries; :mod:`kg.graph.safety` - what
  a query may do, read from its tokens; :mod:`kg.graph.offline` - an engine that cannot connect
* :mod:`kg.graph.results` - query results as tables, CSV, TSV and JSON
* :mod:`kg.graph.export` - the store as files: :mod:`kg.graph.turtle` (sorted Turtle and TriG),
  :mod:`kg.graph.jsonld` (compact JSON-LD), :mod:`kg.graph.events` (the events table)
* :mod:`kg.graph.shipped` - where the ontology, shapes and queries are

Nothing here imports spaCy or the extractors: it only reads records.
"""
