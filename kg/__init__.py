"""kg: news articles in, an actor-relationship knowledge graph out.

The package is the pipeline, one subpackage per stage (each hands the next a
plain, frozen value from :mod:`kg.records`)::

    read -> language -> extract -> graph -> network -> view | serve
                                    (run drives the first four; cli is the front)

The public API is what this module offers (``kg.__all__``, pinned by a test);
everything else may move. From a script or a notebook::

    import kg

    store = kg.open_store("memory")                  # or a directory, or a SPARQL URL
    kg.ingest(store, "seeds/")                       # files and folders, as kg ingest
    kg.ingest_texts(store, ["Headline\\nAnn Vale met Bo Lind in Oslo."])
    rows = kg.query(store, "who-met-whom")           # a shipped question, SPARQL or a .rq file
    table = kg.query_frame(store, "affiliations")    # a pandas DataFrame (needs pandas)
    graph = kg.relation_graph(store)                 # NetworkX; also meeting_graph, party_graph,
    kg.communities(graph)                            #   event_graph; centrality, restrict ...
    kg.write_page(graph, "graph.html")               # the offline viewer

=====================  ========================================================
``open_store``         :func:`kg.graph.store.open_store`: a directory (created),
                       ``"memory"`` or an http(s) SPARQL endpoint
``ingest``             :func:`kg.run.api.ingest`: files and folders into a store
``ingest_texts``       :func:`kg.run.api.ingest_texts`: texts or records
``query``              :func:`kg.graph.rows.query`: rows as dicts (ASK: a bool)
``query_frame``        :func:`kg.graph.rows.query_frame`: a pandas DataFrame
``shipped_queries``    :func:`kg.graph.sparql.shipped_queries`: name -> file
``relation_graph``     :func:`kg.network.graphs.relation_graph`: every relation
``meeting_graph``      :func:`kg.network.graphs.meeting_graph`: who met whom
``party_graph``        :func:`kg.network.graphs.party_graph`: person -> country
``event_graph``        :func:`kg.network.graphs.event_graph`: actors and events
``restrict``           :func:`kg.network.timeframe.restrict`: a date range
``centrality``         :func:`kg.network.analysis.centrality`
``communities``        :func:`kg.network.analysis.communities` (Louvain)
``write_page``         :func:`kg.view.page.write_page`: the graph page
``IngestReport``       what an ingest did (:class:`kg.run.ingest.IngestReport`)
``Article``            an article record (:class:`kg.records.Article`)
=====================  ========================================================

and the exceptions, all subclasses of :class:`KGError`. Importing ``kg`` is
cheap: each of these is imported on first use (spaCy only when ingesting).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

from kg.errors import (
    ConfigError,
    ExtractionError,
    InputError,
    KGError,
    QueryError,
    StoreBusyError,
    StoreError,
)

_LAZY = {
    "open_store": "kg.graph.store",
    "ingest": "kg.run.api",
    "ingest_texts": "kg.run.api",
    "query": "kg.graph.rows",
    "query_frame": "kg.graph.rows",
    "shipped_queries": "kg.graph.sparql",
    "relation_graph": "kg.network.graphs",
    "meeting_graph": "kg.network.graphs",
    "party_graph": "kg.network.graphs",
    "event_graph": "kg.network.graphs",
    "restrict": "kg.network.timeframe",
    "centrality": "kg.network.analysis",
    "communities": "kg.network.analysis",
    "write_page": "kg.view.page",
    "IngestReport": "kg.run.ingest",
    "Article": "kg.records",
}

if TYPE_CHECKING:  # what the names are, for type checkers and editors
    from kg.graph.rows import query, query_frame
    from kg.graph.sparql import shipped_queries
    from kg.graph.store import open_store
    from kg.network.analysis import centrality, communities
    from kg.network.graphs import event_graph, meeting_graph, party_graph, relation_graph
    from kg.network.timeframe import restrict
    from kg.records import Article
    from kg.run.api import ingest, ingest_texts
    from kg.run.ingest import IngestReport
    from kg.view.page import write_page

__all__ = [
    "Article",
    "ConfigError",
    "ExtractionError",
    "IngestReport",
    "InputError",
    "KGError",
    "QueryError",
    "StoreBusyError",
    "StoreError",
    "__version__",
    "centrality",
    "communities",
    "event_graph",
    "ingest",
    "ingest_texts",
    "meeting_graph",
    "open_store",
    "party_graph",
    "query",
    "query_frame",
    "relation_graph",
    "restrict",
    "shipped_queries",
    "write_page",
]


def __getattr__(name: str) -> Any:
    """The public functions, imported from their stage on first use."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    found = getattr(importlib.import_module(module), name)
    globals()[name] = found  # the next access is a plain lookup
    return found


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
