"""Asking the graph: shipped competency questions, running queries, query safety.

Queries can be given as text, as a file, or by the name of a shipped question
in ``ontology/queries/`` (``who-met-whom``). Results come out as a table, CSV,
TSV or W3C SPARQL 1.1 Query Results JSON (:mod:`kg.graph.results`).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import QueryError
from kg.graph.results import Table
from kg.graph.shipped import ontology_dir as ontology_dir  # re-exported
from kg.graph.shipped import queries_dir
from kg.graph.store import Store

# Strings, IRIs and comments, so that keywords are only looked for in the query itself.
_OPAQUE = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
    r'|<[^<>"{}|^`\\\x00-\x20]*>|#[^\n]*',
    re.DOTALL,
)
_PROLOGUE = re.compile(r"\s*(?:(?:PREFIX\s*[^\s:]*:\s*<>|BASE\s*<>)\s*)*", re.IGNORECASE)
_UPDATE = re.compile(r"(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.IGNORECASE)
_KEYWORD = r"(?<![\w?$:]){}(?![\w:-])"
_REMOTE = {
    "SERVICE": "a federated SERVICE query would fetch data from another server",
    "LOAD": "LOAD would fetch a document from the network (use kg ingest FILE for local RDF files)",
}


def shipped_queries() -> dict[str, Path]:
    """Name -> file of every competency question shipped with kg."""
    folder = queries_dir()
    return {p.stem: p for p in sorted(folder.glob("*.rq"))} if folder.is_dir() else {}


def load_query(arg: str) -> str:
    """Query text from a file path, a shipped query name, or the text itself."""
    shipped = shipped_queries()
    name = arg[:-3] if arg.endswith(".rq") else arg
    if "\n" not in arg and len(arg) < 4096:
        path = Path(arg)
        if _is_file(path):
            try:
                return path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise QueryError(f"cannot read query file {arg}: {exc}") from None
        if name in shipped:
            return shipped[name].read_text(encoding="utf-8")
        if re.fullmatch(r"[\w.-]+", arg):
            known = ", ".join(shipped) or "none found"
            raise QueryError(f"no query file or shipped query named {arg!r} (shipped: {known})")
    return arg


def _code(sparql: str) -> str:
    """The query with strings and IRIs emptied and comments removed."""
    empty = {"<": "<>", '"': '""', "'": "''", "#": " "}
    return _OPAQUE.sub(lambda m: empty[m.group(0)[0]], sparql)


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except (OSError, ValueError):  # a long one-line query is not a file name
        return False


def is_update(sparql: str) -> bool:
    """True for SPARQL Update requests (INSERT, DELETE, DROP, LOAD ...), whatever
    prefixes, comments or line breaks come first.

    >>> is_update("PREFIX x: <https://x.org/#> insert data { x:a x:b 'SELECT' }")
    True
    >>> is_update("# DROP ALL\\nSELECT * WHERE { ?s ?p 'DELETE' }")
    False
    """
    code = _code(sparql)
    return bool(_UPDATE.match(code, _PROLOGUE.match(code).end()))  # type: ignore[union-attr]


def refuse_remote(sparql: str) -> None:
    """Raise :class:`QueryError` for a query or update that would reach out to the
    network (``SERVICE``, ``LOAD``): kg answers from the local store only.

    >>> refuse_remote("SELECT ?service WHERE { ?s <https://x.org/SERVICE> ?service }")
    >>> refuse_remote("SELECT * WHERE { SERVICE <http://127.0.0.1/> { ?s ?p ?o } }")
    Traceback (most recent call last):
    ...
    kg.errors.QueryError: refused: a federated SERVICE query would fetch data from another server; kg only queries its own store
    """
    code = _code(sparql)
    for word, why in _REMOTE.items():
        if re.search(_KEYWORD.format(word), code, re.IGNORECASE):
            raise QueryError(f"refused: {why}; kg only queries its own store")


def run_query(store: Store, sparql: str, *, allow_update: bool = False) -> Any:
    """Run a query (or, with ``allow_update``, an update) and return the raw
    pyoxigraph result (solutions, boolean or triples), or None for an update.
    Nothing that reaches the network runs (see :func:`refuse_remote`)."""
    refuse_remote(sparql)
    if is_update(sparql):
        if not allow_update:
            raise QueryError("this is a SPARQL Update, which changes the store; "
                             "pass --update if that is what you want")  # fmt: skip
        store.update(sparql)
        return None
    return store.query(sparql)


def select(store: Store, sparql: str) -> Table:
    """Run a SELECT query and materialise its rows."""
    result = run_query(store, sparql)
    if not isinstance(result, ox.QuerySolutions):
        raise QueryError("expected a SELECT query")
    variables = [v.value for v in result.variables]
    rows = []
    for solution in result:
        row = {}
        for v in variables:
            term = solution[v]
            if term is not None:
                row[v] = term
        rows.append(row)
    return Table(variables, rows)
