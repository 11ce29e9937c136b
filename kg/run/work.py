"""One article's unit of work, the same whichever way ingest runs (in process, ``--jobs``, Dask).

An article becomes :class:`Prepared` (its named graph as N-Triples, small and
picklable, so worker processes can send it back) or :class:`Failed` (with why).
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from functools import cache
from itertools import islice
from typing import TYPE_CHECKING, Any

from kg.records import Article, ArticleFacts, ListedActor

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


def give_back_memory() -> None:
    """Return the C allocator's free memory to the system (glibc's ``malloc_trim``;
    nothing elsewhere). Oxigraph frees its write buffers at a flush, spaCy its
    pipeline when one is replaced, but glibc keeps the pages, each thread's in
    its own arena where the other thread cannot reuse them: without this, a
    ``--jobs 1`` run of 2,000 real stories held about 170 MiB of free heap by the end."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@cache
def _malloc_trim() -> Any:
    try:
        return ctypes.CDLL(None).malloc_trim
    except (AttributeError, OSError):  # not glibc
        return None


RECYCLE_ARTICLES = 400  # articles one spaCy pipeline parses in a long run (--jobs 1)


def extract_recycled(
    model: str, articles: Iterable[Article], *, every: int = RECYCLE_ARTICLES
) -> Iterator[ArticleFacts | Failed]:
    """Facts of each article, parsed by a fresh spaCy pipeline every ``every``
    articles. A pipeline keeps what it has seen (vocabulary, morphology, caches)
    in memory that only letting it go returns, so one process parsing a whole
    corpus (``--jobs 1``) would grow with it; the workers of ``--jobs N`` are
    replaced instead (:mod:`kg.run.workers`). Loading the model again costs about
    a second per ``every`` articles. The facts are plain values."""
    import gc

    from kg.extract.pipeline import process_safely
    from kg.language.nlp import load_pipeline
    from kg.run.collector import paused, rarer

    todo = iter(articles)
    chunk = list(islice(todo, every))
    while chunk:
        try:
            with paused():  # long-lived objects only (kg.run.collector)
                nlp = load_pipeline(model)
                settle()
            with rarer():  # (kg.run.collector)
                yield from process_safely(nlp, chunk, failed=Failed)
            chunk = list(islice(todo, every))
        finally:
            gc.unfreeze()
            load_pipeline.cache_clear()  # the next chunk (or run) loads it anew
            if chunk:  # only before a next pipeline (a full collection costs ~0.3 s)
                gc.collect()
                give_back_memory()


def settle() -> None:
    """Build the gazetteers, then set everything alive so far (the pipeline, the
    gazetteers: millions of objects that live as long as the chunk) aside from
    the garbage collector, which would otherwise walk them all at every full
    collection while the articles are parsed (about a tenth of extraction's
    time). ``gc.unfreeze()`` hands them back before the pipeline is let go."""
    import gc

    from kg.language.gazetteer import gazetteer
    from kg.language.places import places

    gazetteer()
    places()
    # (no full collection first: it walks every object to find the score or so
    # already garbage here, 0.1-0.15 s, more than they weigh)
    gc.freeze()


def extract_in_zones(
    nlp: Any, articles: Iterable[Article], *, every: int = 400, batch_size: int = 16
) -> Iterator[ArticleFacts | Failed]:
    """Facts of each article, parsed ``every`` articles at a time inside a spaCy
    memory zone, so the strings and vocabulary entries they add are dropped
    again (what a worker does with each batch between its replacements)."""
    from kg.extract.pipeline import process_safely

    todo = iter(articles)
    while chunk := list(islice(todo, every)):
        with memory_zone(nlp):
            yield from process_safely(nlp, chunk, batch_size=batch_size, failed=Failed)


def memory_zone(nlp: Any) -> AbstractContextManager[Any]:
    """``nlp.memory_zone()`` (spaCy 3.8 and later), or nothing for older pipelines."""
    zone = getattr(nlp, "memory_zone", None)
    return zone() if zone is not None else nullcontext()
