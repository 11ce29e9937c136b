"""kg: news articles in, an actor-relationship knowledge graph out.

The pipeline, stage by stage (each module hands the next a plain value)::

    articles  -> nlp -> mentions -> actors -> extract -> rdf -> store
              -> sparql | network -> analysis | viewer | export

Importing ``kg`` is cheap: spaCy, pyvis and the store load only when used.
"""

from __future__ import annotations

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

__all__ = [
    "ConfigError",
    "ExtractionError",
    "InputError",
    "KGError",
    "QueryError",
    "StoreBusyError",
    "StoreError",
    "__version__",
]
