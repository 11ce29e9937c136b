"""One piece of evidence for a tie between two actors (a plain value, no NetworkX).

Every edge of the graphs in :mod:`kg.network.graphs` keeps a list of these.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Evidence:
    """One sentence supporting an edge: where it is from and when it happened.

    ``date`` is the date phrase of the text ("Saturday"); ``day`` the ISO day
    used for date ranges (the event's date, else the article's); ``event`` the
    IRI of the event or tie, so that several sentences of one event count once.
    """

    sentence: str
    article: str
    title: str
    date: str
    kind: str
    confidence: float
    day: str = ""
    event: str = ""
