"""Where the graph lives. Oxigraph on disk (default), in memory, or a
remote SPARQL 1.1 server.

``open_store("DIR")`` opens (or creates) an on-disk Oxigraph store,
``open_store("memory")`` a throwaway one, ``open_store("http://host/query")`` a
remote endpoint (see :mod:`kg.graph.remote`). Every article lives in its own named
graph, replaced atomically: the old graph is dropped and the new one inserted
in one transaction, so a killed process leaves either the old or the new
article, never half of one.

An on-disk store is marked, locked and kept tidy as :mod:`kg.graph.storedir`
describes: kg never writes into a directory that is not a kg store, reports a
damaged store instead of recreating it, and reports a store another process is
writing to as busy. Commands that only read open the store **read-only**
(``read_only=True``): they need no write permission, work on a full disk, and
never wait for or stand in the way of a writer.

Every query and update of an embedded store runs where it cannot open a network
connection (:mod:`kg.graph.offline`), and its answer is read in full there.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

import pyoxigraph as ox

from kg.errors import QueryError, StoreBusyError, StoreError, StoreWriteError
from kg.graph import storedir
from kg.graph.formats import (
    QUAD_FORMATS,
    RDF_FORMATS,
    prefixes,
    replace_update,
    syntax_message,
)
from kg.graph.offline import run_offline
from kg.graph.storedir import MARKER, STORE_FORMAT

__all__ = ["MARKER", "STORE_FORMAT", "OxigraphStore", "Solutions", "Store", "open_store"]

log = logging.getLogger(__name__)

BULK_BYTES = 100_000_000
OPEN_ATTEMPTS = 5  # read-only opening races a writer's compaction now and then


class Solutions:
    """SELECT results read in full: ``variables`` and the solutions, in order."""

    def __init__(self, variables: list[ox.Variable], rows: list[ox.QuerySolution]) -> None:
        self.variables = variables
        self.rows = rows

    def __iter__(self) -> Iterator[ox.QuerySolution]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)


class Store(Protocol):
    """What the rest of kg needs from a store."""

    location: str

    def replace_graph(self, graph: str, ntriples: str) -> None: ...
    def remove_graph(self, graph: str) -> None: ...
    def graphs(self) -> list[str]: ...
    def query(self, sparql: str) -> Any: ...
    def update(self, sparql: str) -> None: ...
    def load_file(self, path: Path, graph: str | None = None) -> None: ...
    def dump(self, fmt: ox.RdfFormat) -> bytes: ...
    def __len__(self) -> int: ...
    def close(self) -> None: ...
    def __enter__(self) -> Any: ...
    def __exit__(self, *exc: object) -> None: ...


def is_remote(location: str) -> bool:
    return location.startswith(("http://", "https://"))


def open_store(
    location: str | os.PathLike[str], *, create: bool = True, read_only: bool = False
) -> Store:
    """Open the store at ``location`` (a directory, ``memory`` or an http(s) URL);
    ``read_only`` for commands that only read (a directory is then never created).
    Close it when done (``store.close()``, or use it in a ``with`` block)."""
    location = os.fspath(location)
    if location == "memory":
        return OxigraphStore(None)
    if is_remote(location):
        from kg.graph.remote import RemoteStore

        return RemoteStore(location)
    return OxigraphStore(Path(location), create=create and not read_only, read_only=read_only)


class OxigraphStore:
    """An embedded Oxigraph store, on disk or in memory."""

    def __init__(self, path: Path | None, *, create: bool = True, read_only: bool = False) -> None:
        self.location = str(path) if path is not None else "memory"
        self.path = path
        self.read_only = read_only
        self._lock: Any = None
        if path is None:
            self._store = ox.Store()
            return
        initialised = storedir.check_directory(path, create=create and not read_only)
        if read_only:
            self._store = self._open_read_only(path, initialised)
            return
        self._lock = storedir.lock(path, shared=False)
        try:
            self._store = _open(lambda: ox.Store(str(path)), path)
        except BaseException:
            self._release()
            raise
        storedir.tidy_logs(path)
        if not initialised:
            storedir.write_marker(path, initialised=True)

    @staticmethod
    def _open_read_only(path: Path, initialised: bool) -> ox.Store:
        if not initialised:  # marked, but its database is not written yet: empty
            log.info("store %s has no data yet", path)
            return ox.Store()
        for attempt in range(OPEN_ATTEMPTS):
            try:
                return _open(lambda: ox.Store.read_only(str(path)), path)
            except StoreError as exc:
                # a writer compacting right now removes files this opening was about to read
                if "No such file" not in str(exc) or attempt == OPEN_ATTEMPTS - 1:
                    raise
                time.sleep(0.05 * (attempt + 1))
        raise AssertionError("unreachable")

    # -- writing -------------------------------------------------------------
    def replace_graph(self, graph: str, ntriples: str) -> None:
        """Atomically replace the named graph ``graph`` with the given triples.

        A new graph is written with one transactional ``load`` (the fast path:
        Oxigraph's N-Triples parser); an existing one is dropped and rewritten
        in one SPARQL update, which is one transaction too.
        """
        node = ox.NamedNode(graph)
        try:
            if self._store.contains_named_graph(node):
                self._store.update(replace_update(graph, ntriples))
            else:
                self._store.load(ntriples.encode(), format=ox.RdfFormat.N_TRIPLES, to_graph=node)
        except OSError as exc:  # the disk, not the data: nothing more can be written
            raise StoreWriteError(self._refused(exc)) from None
        except (SyntaxError, RuntimeError, ValueError) as exc:
            raise StoreError(f"cannot write graph {graph}: {_first_line(str(exc))}") from None

    def _refused(self, exc: OSError) -> str:
        return f"store {self.location} refused a write: {_first_line(str(exc))}"

    def remove_graph(self, graph: str) -> None:
        self.update(f"DROP SILENT GRAPH <{graph}>")

    def load_file(self, path: Path, graph: str | None = None) -> None:
        """Bulk-load an RDF file; triple formats go into ``graph`` (or the default graph)."""
        fmt = RDF_FORMATS.get(path.suffix.lower())
        if fmt is None:
            raise StoreError(f"{path}: not an RDF file kg can load")
        target = (
            None if fmt in QUAD_FORMATS else ox.NamedNode(graph) if graph else ox.DefaultGraph()
        )
        try:
            # Files up to BULK_BYTES load in one transaction (all or nothing);
            # bigger ones stream in without that guarantee.
            load = self._store.load if path.stat().st_size <= BULK_BYTES else self._store.bulk_load
            load(path=path, format=fmt, to_graph=target)
            if load == self._store.bulk_load:  # compact now, not in the next read-only command
                self._store.optimize()
        except OSError as exc:
            if str(exc).startswith("IO error"):  # the database's own files, not the input
                raise StoreWriteError(self._refused(exc)) from None
            raise StoreError(f"{path}: cannot load: {_first_line(str(exc))}") from None
        except (SyntaxError, ValueError, RuntimeError) as exc:
            raise StoreError(f"{path}: cannot load: {_first_line(str(exc))}") from None

    def update(self, sparql: str) -> None:
        """Run a SPARQL update (where it cannot reach the network)."""
        if self.read_only:
            raise StoreError(f"store {self.location} was opened read-only")
        try:
            run_offline(self._store.update, sparql)
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL update: {syntax_message(exc)}") from None
        except OSError as exc:
            if _offline_refusal(exc):
                raise QueryError("refused: the update tried to reach the network") from None
            raise StoreWriteError(self._refused(exc)) from None
        except (RuntimeError, ValueError) as exc:
            raise StoreError(f"update failed: {_first_line(str(exc))}") from None

    # -- reading -------------------------------------------------------------
    def query(self, sparql: str) -> Any:
        """Run a SPARQL query (where it cannot reach the network) and read its
        answer in full: :class:`Solutions`, a boolean or a list of triples. The
        default graph is the union of all graphs."""
        try:
            return run_offline(self._evaluate, sparql)
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL query: {syntax_message(exc)}") from None
        except (OSError, RuntimeError, ValueError) as exc:
            if isinstance(exc, OSError) and _offline_refusal(exc):
                raise QueryError("refused: the query tried to reach the network") from None
            raise QueryError(f"query failed: {_first_line(str(exc))}") from None

    def _evaluate(self, sparql: str) -> Any:
        # pyoxigraph's result iterators belong to the thread that made them: read
        # them here and drop them here, even when reading fails half way
        result = self._store.query(sparql, use_default_graph_as_union=True)
        try:
            if isinstance(result, ox.QuerySolutions):
                return Solutions(list(result.variables), list(result))
            if isinstance(result, ox.QueryTriples):
                return list(result)
            bool(result)  # an ASK is evaluated here, not later outside
            return result
        finally:
            del result

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def quads(self) -> Iterator[ox.Quad]:
        return iter(self._store)

    def dump(self, fmt: ox.RdfFormat) -> bytes:
        """Serialise the store: quad formats keep graphs, triple formats merge them."""
        if fmt in QUAD_FORMATS:
            return self._store.dump(format=fmt) or b""
        triples = self._store.query(
            "CONSTRUCT { ?s ?p ?o } WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
        )
        assert isinstance(triples, ox.QueryTriples)
        return ox.serialize(triples, format=fmt, prefixes=prefixes()) or b""

    def __len__(self) -> int:
        return len(self._store)

    def flush(self) -> None:
        """Write buffered data to disk; :class:`StoreWriteError` if the disk refuses."""
        if self.path is not None and not self.read_only:
            try:
                self._store.flush()
            except OSError as exc:
                raise StoreWriteError(self._refused(exc)) from None

    def close(self) -> None:
        try:
            self.flush()
        finally:
            if hasattr(self, "_store"):
                del self._store
            self._release()

    def _release(self) -> None:
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    def __enter__(self) -> OxigraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _open(make: Any, path: Path) -> ox.Store:
    """``make()``, with the engine's errors said in kg's words."""
    try:
        return make()
    except (OSError, RuntimeError, ValueError) as exc:
        error, message = exc, _first_line(str(exc))
    lowered = message.lower()
    if isinstance(error, OSError) and ("lock" in lowered or "temporarily unavailable" in lowered):
        raise StoreBusyError(
            f"store {path} is busy: another process is writing to it (kg ingest, "
            "kg query --update or kg serve --writable); try again when it has finished"
        )
    if "no such file" in lowered or ("corruption" not in lowered and isinstance(error, OSError)):
        # (a file a writer removed while this opening read it is retried by the caller)
        raise StoreError(f"cannot open store {path}: {message}")
    raise StoreError(
        f"store {path} is damaged ({message}); kg will not touch it: "
        "restore it from a backup or rebuild it with kg ingest into a new --store"
    )


def _offline_refusal(exc: OSError) -> bool:
    return "Network is unreachable" in str(exc)


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else "unknown error"
