"""One article's unit of work, the same whichever way ingest runs (in process, ``--jobs``, Dask).

An article becomes :class:`Prepared` (its named graph as N-Triples, small and
picklable, so worker processes can send it back) or :class:`Failed` (with why).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kg.records import ArticleFacts, ListedActor


@dataclass
class Failed:
    source: str
    reason: str


@dataclass(frozen=True)
class Prepared:
    """One article's facts as its named graph, ready to write (picklable and
    small: what worker processes send back)."""

    source: str
    graph: str
    ntriples: str
    events: int
    relations: int
    words: int
    written: bool = False  # True when a worker already wrote it to a shared store


def use_listed(actors: Iterable[ListedActor]) -> None:
    """Recognise the actors a user lists in this process (before parsing)."""
    from kg.language.gazetteer import gazetteer

    gazetteer().use_listed(actors)


def prepare(facts: ArticleFacts) -> Prepared:
    from kg.graph.rdf import article_ntriples

    graph, text = article_ntriples(facts)
    art = facts.article
    return Prepared(art.source, graph, text, len(facts.events), len(facts.relations),
                    len(art.text.split()))  # fmt: skip
