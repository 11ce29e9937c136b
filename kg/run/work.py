"""One article's unit of work, the same whichever way ingest runs (in process, ``--jobs``, Dask).

An article becomes :class:`Prepared` (its named graph as N-Triples, small and
picklable, so worker processes can send it back) or :class:`Failed` (with why).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.records import ArticleFacts, ListedActor

if TYPE_CHECKING:
    from kg.graph.store import Store


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
    descriptions: str = ""  # the update adding its actors to the actor graph


def use_listed(actors: Iterable[ListedActor]) -> None:
    """Recognise the actors a user lists in this process (before parsing)."""
    from kg.language.gazetteer import gazetteer

    gazetteer().use_listed(actors)


def prepare(facts: ArticleFacts) -> Prepared:
    from kg.graph.actors import description_triples, descriptions_update
    from kg.graph.rdf import article_ntriples

    graph, text = article_ntriples(facts)
    art = facts.article
    return Prepared(art.source, graph, text, len(facts.events), len(facts.relations),
                    len(art.text.split()),
                    descriptions=descriptions_update(description_triples(facts)))  # fmt: skip


def store_prepared(store: Store, item: Prepared) -> None:
    """Write one prepared article: its actors into the actor graph, then its own
    graph (replaced in one transaction). A run killed between the two leaves the
    article unwritten, so the next run writes both again."""
    if item.descriptions:
        store.update(item.descriptions)
    store.replace_graph(item.graph, item.ntriples)
