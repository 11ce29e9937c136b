"""Stage 5, the network: the store as NetworkX graphs, and questions asked of them.

* :mod:`kg.network.graphs` - RDF to NetworkX (relations, meetings, parties, events)
* :mod:`kg.network.materialised` - the relation graph read in one step from each article's part
* :mod:`kg.network.neighbourhood` - the part of a large store one actor's questions need
* :mod:`kg.network.analysis` - centrality, communities, brokers, paths: plain functions
* :mod:`kg.network.timeframe` - dates of facts, and graphs restricted to a date range
* :mod:`kg.network.names` - find an actor by the name a user types
* :mod:`kg.network.summary` - counts and the most central actors
* :mod:`kg.network.export` - GraphML and GEXF for Gephi or Cytoscape

The package itself imports nothing heavy (the command line reads
:data:`RELATION_TYPES` while it builds its parser).
"""

RELATION_TYPES = ("met", "opposed", "cooperated", "affiliated", "member")
