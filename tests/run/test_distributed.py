"""Extraction on a local Dask cluster (processes) into a real Oxigraph server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

pytest.importorskip("distributed")

from conftest import MODEL

from kg.config import Settings
from kg.graph.iri import article_id_of
from kg.graph.remote import RemoteStore
from kg.graph.store import open_store
from kg.read.articles import read_articles
from kg.records import Article
from kg.run.distributed import connect, prepare_on_dask
from kg.run.ingest import ingest
from kg.run.work import Prepared

pytestmark = pytest.mark.server

TEXTS = [
    "Foreign Minister Lena Marsh met Chancellor Otto Brandt in Oslo on Monday.",
    "Trade Minister Ivo Quist spoke by phone with President Nadia Okafor about grain exports.",
    "Norway criticised Chile over its handling of fishing rights.",
    "Ambassador Runa Haugen held talks with Defence Minister Pavel Lorne in Geneva.",
    "Kenya and Canada signed an agreement on debt relief in Nairobi.",
]


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    with connect("local:2") as dask_client:
        yield dask_client


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i, text in enumerate(TEXTS):
        (folder / f"a{i}.txt").write_text(f"Story {i}\n{text}\n")
    return folder


def _sorted_quads(store: object) -> list[bytes]:
    return sorted(store.dump(ox.RdfFormat.N_QUADS).splitlines())  # type: ignore[attr-defined]


def test_workers_write_to_the_shared_server_idempotently(client, corpus, oxigraph_server) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(model=MODEL, store=oxigraph_server)
    shared = RemoteStore(oxigraph_server)
    seen: list[object] = []

    def on_dask(articles):  # type: ignore[no-untyped-def]
        for item in prepare_on_dask(articles, settings, client, store_url=oxigraph_server,
                                    batch_size=2):  # fmt: skip
            seen.append(item)
            yield item

    report = ingest([str(corpus)], shared, settings, prepared=on_dask)
    assert report.ingested == len(TEXTS) and not report.failed
    assert all(isinstance(x, Prepared) and x.written and not x.ntriples for x in seen)
    assert [Path(x.source).name for x in seen] == [f"a{i}.txt" for i in range(len(TEXTS))]

    local = open_store("memory")
    ingest([str(corpus)], local, Settings(model=MODEL, store="memory"))
    assert _sorted_quads(shared) == _sorted_quads(local)

    again = ingest([str(corpus)], shared, settings, force=True, prepared=on_dask)
    assert again.ingested == len(TEXTS)
    assert _sorted_quads(shared) == _sorted_quads(local)  # same graphs, nothing doubled


def test_with_a_local_store_the_client_writes(client, corpus) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(model=MODEL, store="memory")
    store = open_store("memory")
    articles = [a for a in read_articles([str(corpus)]) if isinstance(a, Article)]
    items = list(prepare_on_dask(articles, settings, client, batch_size=3))
    assert all(isinstance(x, Prepared) and not x.written and x.ntriples for x in items)
    report = ingest([str(corpus)], store, settings,
                    prepared=lambda arts: prepare_on_dask(arts, settings, client))  # fmt: skip
    assert report.ingested == len(TEXTS)
    assert len([g for g in store.graphs() if article_id_of(g)]) == len(TEXTS)


def test_cli_runs_on_a_local_cluster(corpus: Path, tmp_path: Path) -> None:
    from kg.cli.main import main

    store = tmp_path / "store"
    assert main(["ingest", str(corpus), "--store", str(store), "--dask", "local:1", "-q"]) == 0
    with open_store(str(store)) as written:  # type: ignore[attr-defined]
        assert len([g for g in written.graphs() if article_id_of(g)]) == len(TEXTS)


def test_bad_addresses_are_config_errors() -> None:
    from kg.errors import ConfigError

    with pytest.raises(ConfigError, match="number of workers"), connect("local:many"):
        pass
