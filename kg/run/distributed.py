"""Extraction on a Dask distributed cluster: ``kg ingest PATH --dask ADDRESS``.

Optional (``pip install 'kg[dask]'``). The machine running ``kg ingest`` reads
the articles and hands batches to the cluster's workers; each worker loads the
spaCy pipeline once, extracts the facts and builds each article's named graph.
With a SPARQL server as the store (``--store http://...``) the workers write
their articles to it themselves, so results land in the shared store without
passing through the client; with a local store the client writes them.

Every write replaces an article's named graph as a whole, so a task that Dask
runs twice (a worker lost and its work redone) or an ingest run again leaves
the same graph: ingest is idempotent by named graph. At most ``2 x workers``
batches are in flight, so the client's memory stays flat.

``ADDRESS`` is a scheduler (``tcp://host:8786``) or ``local:N`` for a cluster
of N worker processes on this machine.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import islice
from typing import Any

from kg.config import Settings
from kg.errors import ConfigError
from kg.records import Article

log = logging.getLogger(__name__)


def _require_distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise ConfigError("--dask needs Dask: pip install 'kg[dask]'") from None
    return distributed


@contextmanager
def connect(address: str) -> Iterator[Any]:
    """A Dask client for a scheduler address, or for a new ``local:N`` cluster."""
    distributed = _require_distributed()
    if logging.getLogger("kg").getEffectiveLevel() > logging.INFO:
        logging.getLogger("distributed").setLevel(logging.ERROR)
    cluster = None
    if address.startswith("local:"):
        try:
            workers = int(address.split(":", 1)[1])
        except ValueError:
            raise ConfigError(
                f"--dask local:N needs a number of workers, not {address!r}"
            ) from None
        cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=1,
                                           processes=True, dashboard_address=":0")  # fmt: skip
        client = distributed.Client(cluster)
    else:
        try:
            client = distributed.Client(address, timeout="20s")
        except OSError as exc:
            raise ConfigError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def extract_batch(
    batch: list[Article], model: str, store_url: str | None, actors: tuple[Any, ...] = ()
) -> list[Any]:
    """Dask task: Prepared (or Failed) per article; written to ``store_url`` when given."""
    from kg.extract.pipeline import process_safely
    from kg.language.nlp import load_pipeline
    from kg.run.work import Failed, Prepared, prepare, store_prepared, use_listed

    use_listed(actors)
    nlp = load_pipeline(model)  # cached: once per worker process
    out: list[Any] = []
    store = None
    if store_url:
        from kg.graph.remote import RemoteStore

        store = RemoteStore(store_url)
    for item in process_safely(nlp, batch, batch_size=len(batch), failed=Failed):
        if isinstance(item, Failed):
            out.append(item)
            continue
        prepared = prepare(item)
        if store is not None:
            from kg.errors import KGError

            try:
                store_prepared(store, prepared)
            except KGError as exc:
                out.append(Failed(prepared.source, str(exc)))
                continue
            prepared = Prepared(prepared.source, prepared.graph, "", prepared.events,
                                prepared.relations, prepared.words, written=True)  # fmt: skip
        out.append(prepared)
    return out


def prepare_on_dask(
    articles: Iterable[Article],
    settings: Settings,
    client: Any,
    *,
    store_url: str | None = None,
    batch_size: int = 8,
) -> Iterator[Any]:
    """Prepared graphs (or Failed) for every article, in input order, extracted
    by the cluster behind ``client``."""
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    it = iter(articles)
    batches = iter(lambda: list(islice(it, batch_size)), [])
    in_flight: deque[Any] = deque()
    while True:
        while len(in_flight) < 2 * workers:
            batch = next(batches, None)
            if batch is None:
                break
            in_flight.append(client.submit(extract_batch, batch, settings.model, store_url,
                                           settings.actors, pure=False))  # fmt: skip
        if not in_flight:
            return
        future = in_flight.popleft()
        yield from future.result()
        future.release()
