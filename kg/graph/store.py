"""Where the graph lives. Oxigraph on disk (default), in memory, or a
remote SPARQL 1.1 server.

``open_store("DIR")`` opens (or creates) an on-disk Oxigraph store,
``open_store("memory")`` a throwaway one, ``open_store("http://host/query")`` a
remote endpoint (see :mod:`kg.graph.remote`). Every article lives in its own named
graph, replaced atomically: the old graph is dropped and the new one inserted
in one transaction, so a killed process leaves either the old or the new
article, never half of one.

An on-disk store is marked with a ``kg-store.json`` file, written before the
database and flagged once the database exists. kg never writes into a non-empty
directory without that mark (it may be someone else's data); a store whose
database files are corrupt or missing is reported as damaged, never silently
recreated; a store another process is writing to is reported as busy.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

import pyoxigraph as ox

from kg.errors import QueryError, StoreBusyError, StoreError
from kg.graph.formats import (
    QUAD_FORMATS,
    RDF_FORMATS,
    prefixes,
    replace_update,
    syntax_message,
)

log = logging.getLogger(__name__)

MARKER = "kg-store.json"
STORE_FORMAT = 1
BULK_BYTES = 100_000_000


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


def is_remote(location: str) -> bool:
    return location.startswith(("http://", "https://"))


def open_store(location: str, *, create: bool = True) -> Store:
    """Open the store at ``location`` (a directory, ``memory`` or an http(s) URL)."""
    if location == "memory":
        return OxigraphStore(None)
    if is_remote(location):
        from kg.graph.remote import RemoteStore

        return RemoteStore(location)
    return OxigraphStore(Path(location), create=create)


class OxigraphStore:
    """An embedded Oxigraph store, on disk or in memory."""

    def __init__(self, path: Path | None, *, create: bool = True) -> None:
        self.location = str(path) if path is not None else "memory"
        self.path = path
        if path is None:
            self._store = ox.Store()
            return
        initialised = self._check_directory(path, create)
        try:
            self._store = ox.Store(str(path))
        except OSError as exc:
            message = str(exc)
            if "lock" in message.lower() or "resource temporarily unavailable" in message.lower():
                raise StoreBusyError(
                    f"store {path} is busy: another kg process is writing to it; "
                    "try again when it has finished (or query a server started with kg serve)"
                ) from None
            raise StoreError(f"cannot open store {path}: {_first_line(message)}") from None
        except (RuntimeError, ValueError) as exc:  # RocksDB reports corruption this way
            raise StoreError(
                f"store {path} is damaged ({_first_line(str(exc))}); kg will not touch it: "
                "restore it from a backup or rebuild it with kg ingest into a new --store"
            ) from None
        if not initialised:
            _write_marker(path, initialised=True)

    @staticmethod
    def _check_directory(path: Path, create: bool) -> bool:
        """Refuse what is not a kg store; True when the database already exists."""
        if path.exists() and not path.is_dir():
            raise StoreError(f"store location {path} is a file, not a directory")
        marker = path / MARKER
        try:
            if not path.exists():
                if not create:
                    raise StoreError(f"no store at {path}: ingest something first "
                                     f"(kg ingest PATH --store {path})")  # fmt: skip
                path.mkdir(parents=True)
                _write_marker(path, initialised=False)
                return False
            if not marker.exists():
                if any(path.iterdir()):
                    raise StoreError(
                        f"{path} is not empty and is not a kg store (no {MARKER}); "
                        "refusing to write into it - choose another --store directory"
                    )
                if not create:
                    raise StoreError(f"no store at {path}: ingest something first "
                                     f"(kg ingest PATH --store {path})")  # fmt: skip
                _write_marker(path, initialised=False)
                return False
            info = json.loads(marker.read_text(encoding="utf-8"))
        except OSError as exc:
            raise StoreError(f"cannot use store {path}: {exc.strerror or exc}") from None
        except ValueError:
            raise StoreError(f"store {path} is damaged: unreadable {MARKER}") from None
        if not isinstance(info, dict) or info.get("kg_store_format") != STORE_FORMAT:
            found = info.get("kg_store_format") if isinstance(info, dict) else info
            raise StoreError(f"store {path} has format {found!r}, "
                             f"this kg reads format {STORE_FORMAT}")  # fmt: skip
        has_database = (path / "CURRENT").exists()
        if info.get("initialised") and not has_database:
            raise StoreError(
                f"store {path} is damaged: its database files are missing; kg will not "
                "silently start an empty store there - restore it or choose another --store"
            )
        return has_database

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
        except (OSError, SyntaxError, RuntimeError, ValueError) as exc:
            raise StoreError(f"cannot write graph {graph}: {_first_line(str(exc))}") from None

    def remove_graph(self, graph: str) -> None:
        self._store.update(f"DROP SILENT GRAPH <{graph}>")

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
            load(path=str(path), format=fmt, to_graph=target)
            if load == self._store.bulk_load:  # compact now, not in the next read-only command
                self._store.optimize()
        except (OSError, SyntaxError, ValueError, RuntimeError) as exc:
            raise StoreError(f"{path}: cannot load: {_first_line(str(exc))}") from None

    def update(self, sparql: str) -> None:
        try:
            self._store.update(sparql)
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL update: {syntax_message(exc)}") from None
        except (OSError, RuntimeError, ValueError) as exc:
            raise StoreError(f"update failed: {_first_line(str(exc))}") from None

    # -- reading -------------------------------------------------------------
    def query(self, sparql: str) -> Any:
        """Run a SPARQL query; the default graph is the union of all graphs."""
        try:
            return self._store.query(sparql, use_default_graph_as_union=True)
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL query: {syntax_message(exc)}") from None
        except (OSError, RuntimeError, ValueError) as exc:
            raise QueryError(f"query failed: {_first_line(str(exc))}") from None

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
        if self.path is not None:
            self._store.flush()

    def close(self) -> None:
        if self.path is not None:
            self._store.flush()
        del self._store

    def __enter__(self) -> OxigraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _write_marker(path: Path, *, initialised: bool) -> None:
    """Write the store mark atomically. ``initialised`` records that the database
    exists, so a store whose files went missing is reported, not recreated."""
    info = {"kg_store_format": STORE_FORMAT, "initialised": initialised}
    tmp = path / f".{MARKER}.tmp"
    tmp.write_text(json.dumps(info) + "\n", encoding="utf-8")
    os.replace(tmp, path / MARKER)


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else "unknown error"
