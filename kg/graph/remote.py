"""A SPARQL 1.1 server as kg's store: ``--store http://host:port/...``.

Reads go through the SPARQL 1.1 Query protocol, article graphs are written
with the Update protocol (``DROP SILENT GRAPH`` + ``INSERT DATA`` in one request,
which Oxigraph, Fuseki, GraphDB and Virtuoso each run as one transaction) and
RDF files are sent with the Graph Store protocol. Plain ``urllib``: no
dependency, and every server speaks these three protocols over plain HTTP.

Give the server's URL; the three endpoints follow its usual layout:

=========================================  ===============  ==================  =============================
URL given                                  query            update              graph store
=========================================  ===============  ==================  =============================
``http://host:7878`` (Oxigraph)            ``/query``       ``/update``         ``/store``
``http://host:3030/kg`` (Fuseki dataset)   ``/kg/query``    ``/kg/update``      ``/kg/data``
``http://host:7200/repositories/kg``       the URL          ``/statements``     ``/rdf-graphs/service``
``http://host:8890/sparql`` (Virtuoso)     the URL          the URL             ``/sparql-graph-crud``
=========================================  ===============  ==================  =============================

``KG_SPARQL_UPDATE`` and ``KG_SPARQL_GRAPH_STORE`` override the derived update
and graph store URLs; ``http://user:password@host/...`` sends basic auth.
kg's own queries use ``GRAPH ?g { ... }``, so no union-default-graph setting is
needed on the server.

>>> endpoints_for("http://127.0.0.1:7878").update
'http://127.0.0.1:7878/update'
>>> endpoints_for("http://localhost:3030/kg/sparql").graph_store
'http://localhost:3030/kg/data'
>>> endpoints_for("http://localhost:7200/repositories/kg").update
'http://localhost:7200/repositories/kg/statements'
>>> endpoints_for("http://localhost:8890/sparql").graph_store
'http://localhost:8890/sparql-graph-crud'
"""

from __future__ import annotations

import base64
import json
import logging
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import QueryError, StoreError, StoreWriteError
from kg.graph.formats import QUAD_FORMATS, RDF_FORMATS, prefixes, replace_update, syntax_message

log = logging.getLogger(__name__)

CONTENT_TYPES = {
    ox.RdfFormat.TURTLE: "text/turtle",
    ox.RdfFormat.N_TRIPLES: "application/n-triples",
    ox.RdfFormat.TRIG: "application/trig",
    ox.RdfFormat.N_QUADS: "application/n-quads",
    ox.RdfFormat.RDF_XML: "application/rdf+xml",
    ox.RdfFormat.N3: "text/n3",
}
ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8"
_ALL_TRIPLES = "{ ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } }"


@dataclass(frozen=True)
class Endpoints:
    query: str
    update: str
    graph_store: str


def endpoints_for(url: str, env: Mapping[str, str] | None = None) -> Endpoints:
    """The query, update and graph store URLs of a server (see the module doc)."""
    env = os.environ if env is None else env
    parts = urllib.parse.urlsplit(url)
    root = f"{parts.scheme}://{parts.netloc}"
    path = parts.path.rstrip("/")
    if re.search(r"/repositories/[^/]+$", path):  # GraphDB, RDF4J
        found = Endpoints(root + path, root + path + "/statements",
                          root + path + "/rdf-graphs/service")  # fmt: skip
    elif path == "/sparql":  # Virtuoso
        found = Endpoints(root + path, root + path, root + "/sparql-graph-crud")
    else:
        base = re.sub(r"/(query|sparql)$", "", path)
        store = "/store" if not base else "/data"  # Oxigraph at the root, else a Fuseki dataset
        found = Endpoints(root + base + "/query", root + base + "/update", root + base + store)
    return Endpoints(
        found.query,
        env.get("KG_SPARQL_UPDATE") or found.update,
        env.get("KG_SPARQL_GRAPH_STORE") or found.graph_store,
    )


class RemoteStore:
    """kg's store interface over a SPARQL 1.1 server."""

    def __init__(self, url: str, *, timeout: float = 300.0) -> None:
        parts = urllib.parse.urlsplit(url)
        self._auth: str | None = None
        if parts.username is not None:
            user = urllib.parse.unquote(parts.username)
            password = urllib.parse.unquote(parts.password or "")
            token = base64.b64encode(f"{user}:{password}".encode()).decode()
            self._auth = f"Basic {token}"
            netloc = parts.hostname or ""
            if parts.port:
                netloc += f":{parts.port}"
            url = urllib.parse.urlunsplit(parts._replace(netloc=netloc))
        self.location = url
        self.endpoints = endpoints_for(url)
        self.timeout = timeout

    # -- HTTP ------------------------------------------------------------------
    def _request(
        self, url: str, data: Any, content_type: str, *, accept: str = "*/*", method: str = "POST",
        length: int | None = None, write: bool = False,
    ) -> tuple[str, bytes]:  # fmt: skip
        """One request; a write the server cannot take (it is gone, or answers
        5xx) is a :class:`StoreWriteError`, which stops an ingest."""
        failed = StoreWriteError if write else StoreError
        headers = {"Content-Type": content_type, "Accept": accept}
        if length is not None:
            headers["Content-Length"] = str(length)
        if self._auth:
            headers["Authorization"] = self._auth
        request = urllib.request.Request(url, data=data, headers=headers, method=method)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.headers.get_content_type(), response.read()
        except urllib.error.HTTPError as exc:
            body = exc.read().decode("utf-8", "replace").strip()
            message = " ".join(body.split())[:300] or exc.reason
            if exc.code == 400:
                raise QueryError(f"the SPARQL server refused the request: {message}") from None
            kind = failed if exc.code >= 500 else StoreError
            raise kind(f"SPARQL server {url} answered {exc.code}: {message}") from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise failed(f"cannot reach the SPARQL server at {url}: {reason}") from None

    # -- reading ---------------------------------------------------------------
    def query(self, sparql: str) -> Any:
        """Run a query on the server: solutions or a boolean like pyoxigraph's,
        or a list of triples for CONSTRUCT and DESCRIBE."""
        ctype, body = self._request(self.endpoints.query, sparql.encode(),
                                    "application/sparql-query", accept=ACCEPT)  # fmt: skip
        try:
            if ctype == "application/sparql-results+json":
                return ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
            if ctype == "application/sparql-results+xml":
                return ox.parse_query_results(body, format=ox.QueryResultsFormat.XML)
            fmt = ox.RdfFormat.from_media_type(ctype)
        except (SyntaxError, ValueError) as exc:
            raise QueryError(
                f"unreadable answer from the SPARQL server: {syntax_message(exc)}"
            ) from None
        if fmt is None:
            raise QueryError(f"the SPARQL server answered with {ctype}, which kg cannot read")
        return list(ox.parse(body, format=fmt))

    def graphs(self) -> list[str]:
        rows = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(row["g"].value for row in rows)

    def quads(self) -> Iterator[ox.Quad]:
        rows = self.query(f"SELECT ?s ?p ?o ?g WHERE {{ {_ALL_TRIPLES} }}")
        for row in rows:
            graph = row["g"] if row["g"] is not None else ox.DefaultGraph()
            yield ox.Quad(row["s"], row["p"], row["o"], graph)

    def dump(self, fmt: ox.RdfFormat) -> bytes:
        """Serialise the server's data: quad formats keep graphs, triple formats merge them."""
        if fmt in QUAD_FORMATS:
            return ox.serialize(self.quads(), format=fmt) or b""
        triples = self.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {_ALL_TRIPLES} }}")
        return ox.serialize(triples, format=fmt, prefixes=prefixes()) or b""

    def __len__(self) -> int:
        rows = list(self.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {_ALL_TRIPLES} }}"))
        return int(rows[0]["n"].value)

    # -- writing ---------------------------------------------------------------
    def update(self, sparql: str) -> None:
        self._request(self.endpoints.update, sparql.encode(), "application/sparql-update",
                      write=True)  # fmt: skip

    def replace_graph(self, graph: str, ntriples: str) -> None:
        """Replace a named graph in one update request (one transaction)."""
        self.update(replace_update(graph, ntriples))

    def remove_graph(self, graph: str) -> None:
        self.update(f"DROP SILENT GRAPH <{graph}>")

    def load_file(self, path: Path, graph: str | None = None) -> None:
        """Send an RDF file with the Graph Store protocol (streamed, not parsed here)."""
        fmt = RDF_FORMATS.get(path.suffix.lower())
        if fmt is None:
            raise StoreError(f"{path}: not an RDF file kg can load")
        target = self.endpoints.graph_store
        if fmt not in QUAD_FORMATS:
            target += "?" + (urllib.parse.urlencode({"graph": graph}) if graph else "default")
        try:
            size = path.stat().st_size
            with path.open("rb") as body:
                self._request(target, body, CONTENT_TYPES[fmt], length=size, write=True)
        except OSError as exc:
            raise StoreError(f"{path}: cannot read: {exc}") from None
        except StoreWriteError:
            raise
        except StoreError as exc:
            raise StoreError(f"{path}: cannot load: {exc}") from None

    def close(self) -> None:
        """Nothing to release: every request is its own connection."""

    def __enter__(self) -> RemoteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"RemoteStore({json.dumps(self.location)})"
