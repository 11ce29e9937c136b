"""kg: news articles in, an actor-relationship knowledge graph out.

The package is the pipeline, one subpackage per stage (each hands the next a
plain, frozen value from :mod:`kg.records`)::

    read -> language -> extract -> graph -> network -> view | serve
                                    (run drives the first four; cli is the front)

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
