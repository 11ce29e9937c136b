"""The one exception root of kg.

Every error kg raises on purpose derives from :class:`KGError`, so callers can
catch one type, and the command line turns any of them into one clear line and
a non-zero exit status::

    KGError
     ├── ConfigError       bad setting: unknown model, store location, option
     ├── InputError        an article (or RDF file) that cannot be read
     ├── ExtractionError   the NLP pipeline failed on a document
     ├── StoreError        the store cannot be opened, is busy, or refused a write
     │    ├── StoreBusyError   another process holds the store's write lock
     │    └── StoreWriteError  the disk refused a write (full, read-only, permission
     │                         lost): nothing more can be stored this run
     └── QueryError        a SPARQL query is malformed or was refused
"""

from __future__ import annotations


class KGError(Exception):
    """Root of every error kg raises on purpose."""


class ConfigError(KGError):
    """A setting (model name, store location, option value) is invalid."""


class InputError(KGError):
    """An input file or record cannot be read as an article."""


class ExtractionError(KGError):
    """The NLP pipeline failed on a document."""


class StoreError(KGError):
    """The RDF store cannot be opened, read or written."""


class StoreBusyError(StoreError):
    """Another process is writing to the store."""


class StoreWriteError(StoreError):
    """The store's disk refused a write (no space left, read-only, permission lost).

    Unlike a bad article this stops an ingest: every later write would fail too."""


class QueryError(KGError):
    """A SPARQL query is malformed, refused, or failed while running."""
