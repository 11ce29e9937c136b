"""Article in, :class:`~kg.records.ArticleFacts` out: parse, find actors, extract.

>>> chunks("one\\n\\ntwo", limit=4)
[(0, 'one'), (5, 'two')]
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from kg.actors import resolve_actors
from kg.articles import Article
from kg.errors import ExtractionError
from kg.extract import EXTRACTORS, Context
from kg.extract.registry import Registry
from kg.mentions import find_mentions
from kg.nlp import prepare_text
from kg.records import Actor, ArticleFacts, Event, Fact, Relation, Sentence

log = logging.getLogger(__name__)

T = TypeVar("T")
CHUNK_CHARS = 20_000
PIPELINE_VERSION = "kg-2"  # kg-2: dyads of contact events


def chunks(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """Split ``text`` into ``(offset, piece)`` parts of at most ``limit`` characters,
    at paragraph breaks where possible, else at line breaks or spaces."""
    out: list[tuple[int, str]] = []
    pos = 0
    n = len(text)
    while pos < n:
        end = min(pos + limit, n)
        if end < n:
            window = text[pos:end]
            cut = max(window.rfind("\n\n"), window.rfind("\n"))
            if cut <= limit // 4:
                cut = max(window.rfind(". "), window.rfind(" "))
            if cut > limit // 4:
                end = pos + cut + 1
        piece = text[pos:end]
        stripped = piece.strip()
        if stripped:
            out.append((pos + piece.index(stripped[0]), stripped))
        pos = end
    return out


def sentences_of(doc: Doc, offset: int, text: str, first: int) -> list[Sentence]:
    out = []
    for n, sent in enumerate(doc.sents):
        start, end = offset + sent.start_char, offset + sent.end_char
        raw = text[start:end]
        lead = len(raw) - len(raw.lstrip())
        body = raw.strip()
        out.append(Sentence(first + n, start + lead, start + lead + len(body), body))
    return out


def extract_facts(
    article: Article,
    docs: Iterable[tuple[int, Doc]],
    registry: Registry = EXTRACTORS,
) -> ArticleFacts:
    """Run every registered extractor over the parsed chunks of one article."""
    sentences: list[Sentence] = []
    facts: list[Fact] = []
    actors: dict[str, Actor] = {}
    for offset, doc in docs:
        first = len(sentences)
        sentences.extend(sentences_of(doc, offset, article.text, first))
        mentions = find_mentions(doc)
        resolved = resolve_actors(doc, mentions, article.dateline)
        ctx = Context(article.id, doc, resolved, offset, first, article.date)
        for extractor in registry:
            try:
                facts.extend(extractor(ctx))
            except Exception as exc:  # an extractor bug must not lose the article
                raise ExtractionError(
                    f"extractor {extractor.id} failed on {article.source}: {exc}"
                ) from exc
        for key, actor in resolved.actors.items():
            actors.setdefault(key, actor)
    events = tuple(f for f in facts if isinstance(f, Event))
    relations = tuple(f for f in facts if isinstance(f, Relation))
    used = {p.actor for e in events for p in e.participants}
    used |= {e.claimed_by for e in events if e.claimed_by}
    used |= {k for r in relations for k in (r.subject, r.object)}
    return ArticleFacts(
        article=article,
        sentences=tuple(sentences),
        actors=tuple(actors[k] for k in sorted(used) if k in actors),
        events=events,
        relations=relations,
        pipeline=PIPELINE_VERSION,
    )


def process(
    nlp: Language, articles: Iterable[Article], *, batch_size: int = 16
) -> Iterator[ArticleFacts]:
    """Parse articles in batches with ``nlp.pipe`` and extract their facts,
    yielding one :class:`ArticleFacts` per article in input order. Errors
    propagate; see :func:`process_safely` for batch runs."""
    yield from process_safely(nlp, articles, batch_size=batch_size, failed=None)  # type: ignore[misc]


def process_safely(
    nlp: Language,
    articles: Iterable[Article],
    *,
    batch_size: int = 16,
    failed: Callable[[str, str], T] | None,
) -> Iterator[ArticleFacts | T]:
    """Like :func:`process`, but an article the pipeline cannot handle yields
    ``failed(source, reason)`` and the run goes on (when ``failed`` is given)."""
    buffer: list[Article] = []
    for article in articles:
        buffer.append(article)
        if len(buffer) >= batch_size:
            yield from _process_batch(nlp, buffer, batch_size, failed)
            buffer = []
    if buffer:
        yield from _process_batch(nlp, buffer, batch_size, failed)


def _parse(
    nlp: Language, batch: list[Article], batch_size: int
) -> dict[int, list[tuple[int, Doc]]]:
    items = []
    for n, article in enumerate(batch):
        for offset, piece in chunks(article.text):
            items.append((prepare_text(piece), (n, offset)))
    parsed: dict[int, list[tuple[int, Doc]]] = {n: [] for n in range(len(batch))}
    for doc, (n, offset) in nlp.pipe(items, as_tuples=True, batch_size=batch_size):
        parsed[n].append((offset, doc))
    return parsed


def _process_batch(
    nlp: Language, batch: list[Article], batch_size: int, failed: Callable[[str, str], T] | None
) -> Iterator[ArticleFacts | T]:
    try:
        parsed = _parse(nlp, batch, batch_size)
    except Exception:
        if failed is None or len(batch) == 1:
            if failed is None:
                raise
            yield failed(batch[0].source, "the NLP pipeline failed on this article")
            return
        # find the article that breaks the batch: parse one at a time
        for article in batch:
            yield from _process_batch(nlp, [article], 1, failed)
        return
    for n, article in enumerate(batch):
        try:
            yield extract_facts(article, parsed[n])
        except Exception as exc:
            if failed is None:
                raise
            log.exception("extraction failed on %s", article.source)
            yield failed(article.source, f"extraction failed: {exc}")
