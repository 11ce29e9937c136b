"""One piece of evidence for a tie between two actors (a plain value, no NetworkX).

Every edge of the graphs in :mod:`kg.network.graphs` keeps a list of these.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


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


def latest(edge: dict[str, Any], ev: Evidence) -> bool:
    """Whether ``ev`` is the edge's latest fact so far (by day, then article, then
    fact IRI), noted in ``edge["_latest"]``: an edge made of several facts takes
    the attributes of its latest one (the post title of an affiliation, whether
    it is current), whatever order the facts are read in.

    >>> edge = {}
    >>> old = Evidence("", "art/1", "", "", "Minister", 0.9, day="2020", event="t1")
    >>> new = Evidence("", "art/2", "", "", "President", 0.9, day="2021", event="t2")
    >>> latest(edge, new), latest(edge, old), edge["_latest"][2]
    (True, False, 't2')
    """
    stamp = (ev.day, ev.article, ev.event)
    if "_latest" in edge and edge["_latest"] >= stamp:
        return False
    edge["_latest"] = stamp
    return True
