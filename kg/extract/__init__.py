"""Stage 3, extraction: registered extractors turn parsed sentences into events and relations.

See :mod:`kg.extract.registrations` for the list, :mod:`kg.extract.grammar` for
the shared grammar and :mod:`kg.extract.base` for the :class:`Context` each
extractor receives.
"""

from kg.extract.base import Context, Extractor
from kg.extract.registrations import EXTRACTORS

__all__ = ["EXTRACTORS", "Context", "Extractor"]
