"""Extraction in worker processes (kg ingest --jobs N): same graph, input order,
lazy reading."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import MODEL

from kg.config import Settings
from kg.graph.store import open_store
from kg.read.article_text import article_from_text
from kg.records import Article, ArticleFacts
from kg.run.ingest import ingest
from kg.run.work import Failed, Prepared
from kg.run.workers import prepare_parallel, process_parallel

TEXTS = [
    "Foreign Minister Lena Marsh met Chancellor Otto Brandt in Oslo on Monday.",
    "Trade Minister Ivo Quist spoke by phone with President Nadia Okafor about grain exports.",
    "Norway criticised Chile over its handling of fishing rights.",
    '"We have made progress," Prime Minister Karel Duarte told reporters in Lisbon.',
    "Kenya and Canada signed an agreement on debt relief in Nairobi.",
    "Ambassador Runa Haugen held talks with Defence Minister Pavel Lorne in Geneva.",
    "Sweden praised the World Bank for its work on vaccine supplies.",
]


def _articles() -> list[Article]:
    return [article_from_text(t, source=f"a{i}.txt", title=f"Story {i}")
            for i, t in enumerate(TEXTS)]  # fmt: skip


@pytest.fixture(scope="module")
def settings() -> Settings:
    return Settings(model=MODEL, store="memory")


def test_facts_come_back_in_input_order_and_match_one_process(settings, nlp) -> None:  # type: ignore[no-untyped-def]
    from kg.extract.pipeline import process

    parallel = list(process_parallel(_articles(), settings, jobs=2, batch_size=2))
    assert [f.article.source for f in parallel] == [f"a{i}.txt" for i in range(len(TEXTS))]
    assert all(isinstance(f, ArticleFacts) for f in parallel)
    assert parallel == list(process(nlp, _articles()))


def test_ingest_with_two_jobs_writes_the_same_quads(settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for i, text in enumerate(TEXTS):
        (tmp_path / f"a{i}.txt").write_text(f"Story {i}\n{text}\n")
    dumps = []
    for jobs in (1, 2):
        store = open_store("memory")
        report = ingest([str(tmp_path)], store, settings, jobs=jobs)
        assert report.ingested == len(TEXTS) and not report.failed
        dumps.append(sorted(store.dump(__import__("pyoxigraph").RdfFormat.N_QUADS).splitlines()))
    assert dumps[0] == dumps[1]
    assert len(dumps[0]) > 100


def test_articles_are_read_lazily(settings) -> None:  # type: ignore[no-untyped-def]
    pulled = 0

    def endless() -> Iterator[Article]:
        nonlocal pulled
        n = 0
        while True:
            pulled += 1
            yield article_from_text(TEXTS[n % len(TEXTS)], source=f"s{n}", title=f"T{n}")
            n += 1

    results = prepare_parallel(endless(), settings, jobs=2, batch_size=2)
    first = [next(results) for _ in range(3)]
    results.close()  # type: ignore[attr-defined]
    assert all(isinstance(x, Prepared) for x in first)
    assert [x.source for x in first] == ["s0", "s1", "s2"]
    # at most 2 * jobs batches in flight (plus the one being refilled)
    assert pulled <= 2 * 2 * 2 + 2 + 2


def test_an_article_that_fails_does_not_stop_the_others(settings) -> None:  # type: ignore[no-untyped-def]
    arts = _articles()[:2]
    broken = Article(id="x", title="", text=None, source="broken.txt")  # type: ignore[arg-type]
    out = list(prepare_parallel([arts[0], broken, arts[1]], settings, jobs=2, batch_size=1))
    assert [type(x) for x in out] == [Prepared, Failed, Prepared]
    assert out[1].source == "broken.txt"


def test_a_repeated_article_is_parsed_once_whatever_the_jobs(settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for i, text in enumerate(TEXTS[:4]):
        (tmp_path / f"a{i}.txt").write_text(f"Story {i}\n{text}\n")
        (tmp_path / f"copy{i}.txt").write_text(f"Story {i}\n{text}\n")  # the same content
    (tmp_path / "a0-again.txt").write_text(f"Story 0\n{TEXTS[0]}\n")
    for jobs in (1, 2):
        parsed: list[object] = []
        report = ingest([str(tmp_path)], open_store("memory"), settings, jobs=jobs,
                        progress=parsed.append)  # fmt: skip
        assert (report.ingested, report.unchanged) == (4, 5), jobs
        assert sum(1 for p in parsed if isinstance(p, Prepared)) == 4
