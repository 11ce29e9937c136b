"""The main job: read articles, extract facts, write one named graph per article.

Articles stream through: they are read lazily, parsed in batches with
``nlp.pipe`` and written one by one, so memory does not grow with the corpus.
Each article's graph is replaced in a single transaction. An article already
in the store with the same pipeline version is not parsed again. RDF files
(``.ttl``, ``.nt``, ``.trig``, ``.nq``) are bulk-loaded as they are.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

from kg.articles import Article, Skipped, iter_files, read_file
from kg.config import Settings
from kg.errors import KGError
from kg.iri import article_iri
from kg.records import ArticleFacts
from kg.store import RDF_FORMATS, Store, terms_to_ntriples

log = logging.getLogger(__name__)


@dataclass
class Failed:
    source: str
    reason: str


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

    @property
    def ok(self) -> bool:
        return not self.failed and not self.skipped

    def exit_status(self) -> int:
        """0 everything read was stored (or was already there); 1 some article
        failed (the others are stored); 3 nothing was stored: no article found,
        or every input skipped; 4 some inputs were skipped, the rest stored.

        >>> IngestReport(ingested=2).exit_status(), IngestReport().exit_status()
        (0, 3)
        >>> IngestReport(ingested=2, skipped=[Skipped("x.png", "binary")]).exit_status()
        4
        """
        if self.failed:
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
        return (f"{', '.join(parts)}; {self.events} events, {self.relations} relations "
                f"in {self.seconds:.1f} s ({rate:.1f} articles/s)")  # fmt: skip


def write_facts(store: Store, facts: ArticleFacts) -> None:
    """Replace the article's named graph with its facts, atomically."""
    from kg.rdf import article_graph

    graph = article_graph(facts)
    store.replace_graph(str(graph.identifier), terms_to_ntriples(graph))


def already_ingested(store: Store, article: Article, pipeline: str) -> bool:
    iri = article_iri(article.id)
    result = store.query(
        f'ASK {{ GRAPH <{iri}> {{ <{iri}> <https://w3id.org/kg/ontology#pipeline> "{pipeline}" }} }}'
    )
    return bool(result)


def _articles(
    paths: Iterable[str], settings: Settings, report: IngestReport, store: Store
) -> Iterator[Article]:
    for item in iter_files(paths):
        if isinstance(item, Skipped):
            report.skipped.append(item)
            log.warning("skipped %s: %s", item.source, item.reason)
            continue
        if item.suffix.lower() in RDF_FORMATS:
            try:
                store.load_file(item)
                report.rdf_files += 1
            except KGError as exc:
                report.failed.append(Failed(str(item), str(exc)))
                log.error("%s", exc)
            continue
        try:
            for result in read_file(item, max_bytes=settings.max_article_bytes):
                if isinstance(result, Skipped):
                    report.skipped.append(result)
                    log.warning("skipped %s: %s", result.source, result.reason)
                else:
                    yield result
        except Exception as exc:  # a reader bug must not stop the batch
            log.error("reading %s failed", item, exc_info=True)
            report.failed.append(Failed(str(item), f"could not read: {type(exc).__name__}: {exc}"))


def ingest(
    paths: Iterable[str],
    store: Store,
    settings: Settings,
    *,
    force: bool = False,
    jobs: int = 1,
    progress: Callable[[ArticleFacts | Failed], None] | None = None,
) -> IngestReport:
    """Ingest every article under ``paths`` into ``store``."""
    from kg.pipeline import PIPELINE_VERSION

    report = IngestReport()
    start = time.perf_counter()

    def todo() -> Iterator[Article]:
        for article in _articles(paths, settings, report, store):
            if not force and already_ingested(store, article, PIPELINE_VERSION):
                report.unchanged += 1
                continue
            yield article

    for item in extract_all(todo(), settings, jobs=jobs):
        if isinstance(item, Failed):
            report.failed.append(item)
            log.error("failed %s: %s", item.source, item.reason)
        else:
            try:
                write_facts(store, item)
            except KGError as exc:
                report.failed.append(Failed(item.article.source, str(exc)))
                log.error("failed %s: %s", item.article.source, exc)
                continue
            log.info("stored %s: %d events, %d relations", item.article.source,
                     len(item.events), len(item.relations))  # fmt: skip
            report.ingested += 1
            report.events += len(item.events)
            report.relations += len(item.relations)
            report.words += len(item.article.text.split())
        if progress is not None:
            progress(item)
    if hasattr(store, "flush"):
        store.flush()
    report.seconds = time.perf_counter() - start
    return report


def extract_all(
    articles: Iterable[Article], settings: Settings, *, jobs: int = 1
) -> Iterator[ArticleFacts | Failed]:
    """Facts for each article, in order; an article that breaks the pipeline
    becomes a :class:`Failed` instead of stopping the run."""
    from kg.nlp import load_pipeline
    from kg.pipeline import process_safely

    todo = iter(articles)
    first = next(todo, None)
    if first is None:  # nothing to parse: do not load the model
        return
    articles = chain([first], todo)
    if jobs <= 1:
        yield from process_safely(load_pipeline(settings.model), articles, failed=Failed)
        return
    from kg.parallel import process_parallel

    yield from process_parallel(articles, settings, jobs=jobs)


def rdf_inputs(paths: Iterable[str]) -> list[Path]:
    return [p for p in map(Path, paths) if p.suffix.lower() in RDF_FORMATS]
