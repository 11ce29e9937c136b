"""The main job: read articles, extract facts, write one named graph per article.

Articles stream through: they are read lazily, parsed in batches with
``nlp.pipe`` and written one by one, so memory does not grow with the corpus.
Extraction and RDF building run in this process (``jobs=1``) or in worker
processes (:mod:`kg.run.workers`, :mod:`kg.dask`); either way they hand the writer
a :class:`Prepared` article (its named graph as N-Triples), and the writer
applies them in input order from a thread of its own, so the store update of
one article overlaps the parsing of the next. Each article's graph is replaced
in a single transaction. An article already in the store with the same
pipeline version is not parsed again. RDF files (``.ttl``, ``.nt``, ``.trig``,
``.nq``) are bulk-loaded as they are.

A bad article fails alone; a store whose disk refuses a write (no space left,
write permission lost) stops the run at once: nothing more is parsed, the
article in hand is not stored (its transaction is dropped whole), and the
report says what was stored, what was not and why. Everything stored stays;
running the same command again once the disk is fixed carries on where it
stopped, since stored articles are skipped.
"""

from __future__ import annotations

import logging
import queue
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import chain
from typing import Any

from kg.config import Settings
from kg.errors import KGError, StoreWriteError
from kg.graph.formats import RDF_FORMATS
from kg.graph.iri import article_iri
from kg.graph.reconcile import ReconcileReport
from kg.graph.store import Store
from kg.read.articles import ARTICLE_SUFFIXES, Skipped, display_name, iter_sources, read_file
from kg.records import Article, ArticleFacts, ListedActor
from kg.run.work import (
    Failed,
    Prepared,
    extract_recycled,
    give_back_memory,
    prepare,
    store_prepared,
)

log = logging.getLogger(__name__)


@dataclass
class IngestReport:
    ingested: int = 0
    unchanged: int = 0
    rdf_files: int = 0
    events: int = 0
    relations: int = 0
    words: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    failed: list[Failed] = field(default_factory=list)
    seconds: float = 0.0
    stopped: str | None = None  # why the store refused a write, when it did
    unstored: list[str] = field(default_factory=list)  # prepared, then not written
    read_all: bool = False  # every input was read (a stop came at the last flush)
    identity: ReconcileReport | None = None

    @property
    def ok(self) -> bool:
        return not self.failed and not self.skipped and self.stopped is None

    def stop(self, reason: str) -> None:
        if self.stopped is None:
            self.stopped = reason
            log.warning("stopping: %s", reason)

    def exit_status(self) -> int:
        """0 everything read was stored (or was already there); 1 some article
        failed (the others are stored), or the store refused a write and the run
        stopped (what was stored stays); 3 nothing was stored: no article found,
        or every input skipped; 4 some inputs were skipped, the rest stored.

        >>> IngestReport(ingested=2).exit_status(), IngestReport().exit_status()
        (0, 3)
        >>> IngestReport(ingested=2, skipped=[Skipped("x.png", "binary")]).exit_status()
        4
        >>> IngestReport(ingested=2, stopped="disk full").exit_status()
        1
        """
        if self.failed or self.stopped:
            return 1
        if not (self.ingested or self.unchanged or self.rdf_files):
            return 3
        return 4 if self.skipped else 0

    def summary(self) -> str:
        rate = self.ingested / self.seconds if self.seconds > 0 else 0.0
        parts = [f"{self.ingested} article(s) ingested"]
        if self.unchanged:
            parts.append(f"{self.unchanged} unchanged")
        if self.rdf_files:
            parts.append(f"{self.rdf_files} RDF file(s) loaded")
        parts.append(f"{len(self.skipped)} skipped")
        parts.append(f"{len(self.failed)} failed")
        line = (f"{', '.join(parts)}; {self.events} events, {self.relations} relations "
                f"in {self.seconds:.1f} s ({rate:.1f} articles/s)")  # fmt: skip
        if self.stopped is None:
            return line
        rest = "every input was read" if self.read_all else "the remaining inputs were not read"
        return (f"{line}\nstopped early: {self.stopped}\n"
                f"{self.ingested} article(s) were stored before that and stay stored; "
                f"{len(self.unstored)} prepared article(s) were not stored; {rest}. "
                "Free space (or restore write permission) and run the same command again: "
                "stored articles are skipped, the rest is ingested.")  # fmt: skip


def write_facts(store: Store, facts: ArticleFacts) -> None:
    """Replace the article's named graph with its facts, atomically."""
    store_prepared(store, prepare(facts))


def already_ingested(store: Store, article: Article, pipeline: str) -> bool:
    iri = article_iri(article.id)
    result = store.query(
        f'ASK {{ GRAPH <{iri}> {{ <{iri}> <https://w3id.org/kg/ontology#pipeline> "{pipeline}" }} }}'
    )
    return bool(result)


def _articles(
    paths: Iterable[str], settings: Settings, report: IngestReport, store: Store
) -> Iterator[Article]:
    for found in iter_sources(paths, suffixes=ARTICLE_SUFFIXES | set(RDF_FORMATS)):
        if isinstance(found, Skipped):
            report.skipped.append(found)
            log.warning("skipped %s: %s", found.source, found.reason)
            continue
        if report.stopped:
            return  # the store refuses writes: reading on would be wasted
        item, name = found
        if item.suffix.lower() in RDF_FORMATS:
            try:
                store.load_file(item)
                report.rdf_files += 1
            except StoreWriteError as exc:
                report.unstored.append(display_name(item))
                report.stop(str(exc))
                return
            except KGError as exc:
                reason = str(exc).removeprefix(f"{item}: ")  # the source is said once
                report.failed.append(Failed(display_name(item), reason))
                log.warning("%s", exc)
            continue
        try:
            for result in read_file(item, max_bytes=settings.max_article_bytes, name=name):
                if isinstance(result, Skipped):
                    report.skipped.append(result)
                    log.warning("skipped %s: %s", result.source, result.reason)
                else:
                    yield result
        except Exception as exc:  # a reader bug must not stop the batch
            log.warning(
                "reading %s failed", display_name(item), exc_info=log.isEnabledFor(logging.DEBUG)
            )
            report.failed.append(Failed(display_name(item),
                                        f"could not read: {type(exc).__name__}: {exc}"))  # fmt: skip


Progress = Callable[[Any], None]


def ingest(
    paths: Iterable[str],
    store: Store,
    settings: Settings,
    *,
    force: bool = False,
    jobs: int = 1,
    progress: Progress | None = None,
    prepared: Callable[[Iterable[Article]], Iterator[Prepared | Failed]] | None = None,
    report: IngestReport | None = None,
    actors: list[ListedActor] | None = None,
    articles: Iterable[Article] = (),
) -> IngestReport:
    """Ingest every article under ``paths`` (and the ``articles`` given as
    records) into ``store``, then decide which actors of different articles are
    the same (:func:`kg.graph.reconcile.reconcile`).

    An article already in the store (same id and pipeline version), or met
    earlier in this run (same id: its given id, else a hash of its content), is
    counted as unchanged and not parsed again, the same whatever ``jobs`` is.
    ``prepared`` turns articles into :class:`Prepared` graphs (default: this
    process for ``jobs=1``, else :func:`kg.run.workers.prepare_parallel`); the
    progress callback gets each Prepared, Failed, or None for an unchanged article.
    Pass a ``report`` to keep what it says when the run is interrupted.
    ``actors`` (from ``--actors FILE``) replaces the store's list of listed actors;
    without it the list kept in the store applies. ``settings.actors`` is set
    from it, so a ``prepared`` callable made before the call must be given it too.
    """
    from kg.run.collector import paused

    first = "kg.extract.pipeline" not in sys.modules  # the first run imports the rules
    with paused(keep=first):  # modules live as long as the process (kg.run.collector)
        from kg.extract.pipeline import PIPELINE_VERSION
        from kg.graph.curation import read_listed, write_listed
        from kg.graph.reconcile import reconcile

    report = report if report is not None else IngestReport()
    start = time.perf_counter()
    if actors is not None:
        write_listed(store, actors)
    settings = replace(settings, actors=tuple(actors if actors is not None else read_listed(store)))

    seen: set[str] = set()  # ids of this run's articles: the same content is parsed once

    def todo() -> Iterator[Article]:
        for article in chain(articles, _articles(paths, settings, report, store)):
            repeated = article.id in seen
            if repeated or (not force and already_ingested(store, article, PIPELINE_VERSION)):
                report.unchanged += 1
                if progress is not None:
                    progress(None)
                continue
            seen.add(article.id)
            yield article

    make = prepared or (lambda articles: prepare_all(articles, settings, jobs=jobs))
    try:
        with Writer(store, report, progress) as writer:
            items = make(todo())
            try:
                for item in items:
                    if not writer.put(item):
                        break  # the store refuses writes: stop parsing
                else:
                    report.read_all = report.stopped is None
            finally:
                close = getattr(items, "close", None)
                if close is not None:
                    close()  # workers and pools stop here
        if report.stopped is None and (report.ingested or actors is not None):
            report.identity = reconcile(store)
    finally:
        report.seconds = time.perf_counter() - start
    return report


class Writer:
    """Applies prepared articles to the store in order, from its own thread.

    The queue is bounded, so a slow store slows extraction down instead of
    letting results pile up in memory. pyoxigraph releases the GIL while it
    writes, so the write of one article overlaps the parsing of the next.
    Every ``flush_every`` articles the store is flushed: Oxigraph's write
    buffers otherwise grow with everything written (~400 MiB per 1,000 articles);
    the memory they held is then given back to the system. A flush while
    articles are still parsed overlaps the parsing; the one at the end does not
    (about 1.4 ms per article written since the last), so flushes come often
    enough to keep that last one short.
    """

    def __init__(self, store: Store, report: IngestReport, progress: Progress | None,
                 *, depth: int = 64, flush_every: int = 50) -> None:  # fmt: skip
        self.store, self.report, self.progress = store, report, progress
        self.flush_every = flush_every
        self._written = 0
        self._queue: queue.Queue[Prepared | Failed | None] = queue.Queue(maxsize=depth)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="kg-writer", daemon=True)

    def __enter__(self) -> Writer:
        self._thread.start()
        return self

    def put(self, item: Prepared | Failed) -> bool:
        """Queue an item; False once the store refused a write (stop sending)."""
        if self._error is not None:
            raise self._error
        if self.report.stopped:
            self._not_stored(item)
            return False
        self._queue.put(item)
        return True

    def __exit__(self, exc_type: object, *rest: object) -> None:
        self._queue.put(None)
        self._thread.join()
        if hasattr(self.store, "flush") and not self.report.stopped:
            try:
                self.store.flush()
            except StoreWriteError as exc:
                self.report.stop(str(exc))
        if self._error is not None and exc_type is None:
            raise self._error

    def _not_stored(self, item: Prepared | Failed) -> None:
        if isinstance(item, Prepared):
            self.report.unstored.append(item.source)
        else:
            self.report.failed.append(item)

    def _run(self) -> None:
        while (item := self._queue.get()) is not None:
            if self._error is not None:
                continue  # drain, so the producer never blocks
            if self.report.stopped:
                self._not_stored(item)
                continue
            try:
                self._write(item)
            except BaseException as exc:  # surfaced to the producer on its next put
                self._error = exc

    def _write(self, item: Prepared | Failed) -> None:
        report = self.report
        if isinstance(item, Failed):
            report.failed.append(item)
            log.warning("failed %s: %s", item.source, item.reason)
        else:
            try:
                if not item.written:
                    store_prepared(self.store, item)
            except StoreWriteError as exc:  # the disk, not the article: stop everything
                report.unstored.append(item.source)
                report.stop(str(exc))
                return
            except KGError as exc:
                failure = Failed(item.source, str(exc))
                report.failed.append(failure)
                log.warning("failed %s: %s", item.source, exc)
                if self.progress is not None:
                    self.progress(failure)
                return
            log.info("stored %s: %d events, %d relations", item.source, item.events,
                     item.relations)  # fmt: skip
            report.ingested += 1
            report.events += item.events
            report.relations += item.relations
            report.words += item.words
            if not item.written:
                self._written += 1
                if self._written % self.flush_every == 0 and hasattr(self.store, "flush"):
                    try:
                        self.store.flush()
                    except StoreWriteError as exc:  # what was written is in the engine's log
                        report.stop(str(exc))
                    give_back_memory()  # what the flush freed
        if self.progress is not None:
            self.progress(item)


def prepare_all(
    articles: Iterable[Article], settings: Settings, *, jobs: int = 1
) -> Iterator[Prepared | Failed]:
    """Prepared graphs for each article, in input order."""
    todo = iter(articles)
    first = next(todo, None)
    if first is None:  # nothing to parse: no model, no worker processes
        return
    articles = chain([first], todo)
    if jobs > 1:
        from kg.run.workers import prepare_parallel

        yield from prepare_parallel(articles, settings, jobs=jobs)
        return
    for item in extract_all(articles, settings):
        yield item if isinstance(item, Failed) else prepare(item)


def extract_all(
    articles: Iterable[Article], settings: Settings, *, jobs: int = 1
) -> Iterator[ArticleFacts | Failed]:
    """Facts for each article, in order; an article that breaks the pipeline
    becomes a :class:`Failed` instead of stopping the run. The model is loaded
    (or the workers started) only when there is something to parse."""
    todo = iter(articles)
    first = next(todo, None)
    if first is None:
        return
    articles = chain([first], todo)
    if jobs > 1:
        from kg.run.workers import process_parallel

        yield from process_parallel(articles, settings, jobs=jobs)
        return
    from kg.run.work import use_listed

    use_listed(settings.actors)
    yield from extract_recycled(settings.model, articles)
