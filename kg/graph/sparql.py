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
from kg.graph.safety import is_update, refuse_remote
from kg.graph.shipped import ontology_dir as ontology_dir  # re-exported
from kg.graph.shipped import queries_dir
from kg.graph.store import Solutions, Store


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


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except (OSError, ValueError):  # a long one-line query is not a file name
        return False


def run_query(store: Store, sparql: str, *, allow_update: bool = False) -> Any:
    """Run a query (or, with ``allow_update``, an update) and return its result
    (solutions, a boolean or triples), or None for an update. Nothing that
    reaches the network runs: the text is read first (:mod:`kg.graph.safety`)
    and an embedded store evaluates it where it cannot connect anywhere."""
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
    if not isinstance(result, Solutions | ox.QuerySolutions):
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
