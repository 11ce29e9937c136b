"""Extraction in worker processes: ``kg ingest --jobs N``.

Each of the N workers loads the spaCy pipeline once (the model named in
:class:`~kg.config.Settings`) and turns batches of articles into results:
:class:`~kg.run.ingest.Prepared` graphs for ingest (the worker also builds the
N-Triples, so the parent only writes) or :class:`~kg.records.ArticleFacts`.

Memory stays flat: the parent reads articles lazily and keeps at most
``2 * jobs`` batches in flight; results come back in input order (the parent
waits for the oldest batch while the others run). Workers are started with
``spawn``, so nothing from the parent (an open store, threads) leaks into them.
A worker that dies (out of memory, a crash in native code) fails its batch's
articles and a fresh pool takes over the rest. Each batch is parsed in a spaCy
memory zone, so the strings it adds to the vocabulary are dropped again; each
worker is also replaced after ``RECYCLE`` batches, whatever else may grow.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import Any

from kg.config import Settings
from kg.records import Article

log = logging.getLogger(__name__)

BATCH = 8  # articles per task: large enough for nlp.pipe, small enough to spread evenly
RECYCLE = 500  # batches per worker before a fresh one takes over (spaCy's vocabulary only grows)

_NLP: Any = None


def _init_worker(model: str, level: int, actors: tuple[Any, ...] = ()) -> None:
    global _NLP
    from kg.language.nlp import load_pipeline
    from kg.run.work import settle, use_listed

    use_listed(actors)

    logging.basicConfig(level=level, format="%(levelname)s %(name)s[worker]: %(message)s")
    _NLP = load_pipeline(model)
    settle()  # the pipeline lives as long as the worker: out of the collector's way


def facts_batch(batch: list[Article]) -> list[Any]:
    """Worker task: ArticleFacts (or Failed) for each article of the batch, parsed
    in a spaCy memory zone (see :func:`kg.run.work.extract_in_zones`)."""
    from kg.run.work import extract_in_zones

    return list(extract_in_zones(_NLP, batch, every=len(batch), batch_size=len(batch)))


def prepared_batch(batch: list[Article]) -> list[Any]:
    """Worker task: Prepared graphs (or Failed) for each article of the batch."""
    from kg.run.work import Failed, prepare

    return [x if isinstance(x, Failed) else prepare(x) for x in facts_batch(batch)]


Task = Callable[[list[Article]], list[Any]]


def run_batches(
    articles: Iterable[Article],
    settings: Settings,
    task: Task,
    *,
    jobs: int,
    batch_size: int = BATCH,
) -> Iterator[Any]:
    """Run ``task`` over batches of ``articles`` in ``jobs`` processes; yield
    its results in input order."""
    from kg.run.work import Failed

    it = iter(articles)
    batches = iter(lambda: list(islice(it, batch_size)), [])
    in_flight: deque[tuple[list[Article], Future[list[Any]]]] = deque()
    pool = _pool(settings, jobs)
    try:
        while True:
            while len(in_flight) < 2 * jobs:
                batch = next(batches, None)
                if batch is None:
                    break
                in_flight.append((batch, pool.submit(task, batch)))
            if not in_flight:
                return
            batch, future = in_flight.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                log.error("a worker process died; its %d article(s) failed", len(batch))
                yield from (Failed(a.source, "the worker process died on its batch")
                            for a in batch)  # fmt: skip
                pool.shutdown(wait=False, cancel_futures=True)
                pool = _pool(settings, jobs)
                in_flight = deque((b, pool.submit(task, b)) for b, _ in in_flight)
                continue
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _pool(settings: Settings, jobs: int) -> ProcessPoolExecutor:
    level = logging.getLogger("kg").getEffectiveLevel()
    return ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_init_worker,
        initargs=(settings.model, level, settings.actors),
        max_tasks_per_child=RECYCLE,
    )


def prepare_parallel(
    articles: Iterable[Article], settings: Settings, *, jobs: int, batch_size: int = BATCH
) -> Iterator[Any]:
    """Prepared graphs (or Failed) for every article, in input order."""
    return run_batches(articles, settings, prepared_batch, jobs=jobs, batch_size=batch_size)


def process_parallel(
    articles: Iterable[Article], settings: Settings, *, jobs: int, batch_size: int = BATCH
) -> Iterator[Any]:
    """ArticleFacts (or Failed) for every article, in input order."""
    return run_batches(articles, settings, facts_batch, jobs=jobs, batch_size=batch_size)
