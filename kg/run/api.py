"""Ingesting from Python: the ``kg.ingest`` and ``kg.ingest_texts`` of the
package's front door (see ``kg/__init__.py`` for the whole public surface).

Both do what ``kg ingest`` does (one named graph per article, replaced whole;
articles already stored are skipped unless ``force``; actors reconciled across
articles afterwards) and return its :class:`kg.run.ingest.IngestReport`. The
spaCy pipeline is loaded on the first call, once per process.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from kg.config import Settings
from kg.errors import InputError
from kg.graph.store import Store
from kg.read.article_text import article_from_record, article_from_text
from kg.records import Article
from kg.run.ingest import IngestReport
from kg.run.ingest import ingest as _ingest

Text = str | Mapping[str, Any] | Article
"""An article given in memory: its text (the first line is the headline), a
record with ``text`` (or ``body``) and optionally ``title``, ``date``, ``url``,
``source`` and ``id``, or an :class:`kg.records.Article`."""


def ingest(
    store: Store,
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    model: str | None = None,
    force: bool = False,
    jobs: int = 1,
) -> IngestReport:
    """Ingest files and folders (``.txt``, ``.html``, ``.json``, ``.jsonl``, RDF
    files; folders recursively) into ``store``, as ``kg ingest PATH...``."""
    items = [paths] if isinstance(paths, str | os.PathLike) else list(paths)
    return _ingest([os.fspath(p) for p in items], store, _settings(model), force=force, jobs=jobs)


def ingest_texts(
    store: Store,
    texts: Text | Iterable[Text],
    *,
    model: str | None = None,
    force: bool = False,
) -> IngestReport:
    """Ingest articles held in memory (see :data:`Text`) into ``store``. An
    article's id is its given ``id`` or a hash of its content, so ingesting the
    same text again changes nothing."""
    items = [texts] if isinstance(texts, str | Mapping | Article) else list(texts)
    articles = [_article(item, n) for n, item in enumerate(items, 1)]
    return _ingest([], store, _settings(model), force=force, articles=articles)


def _article(item: Text, n: int) -> Article:
    source = f"text:{n}"
    if isinstance(item, Article):
        return item
    if isinstance(item, str):
        return article_from_text(item, source=source)
    if isinstance(item, Mapping):
        return article_from_record(dict(item), source=source)
    raise InputError(f"text {n} is a {type(item).__name__}, not a string, a record or an Article")


def _settings(model: str | None) -> Settings:
    settings = Settings.from_env()
    return replace(settings, model=model) if model else settings
