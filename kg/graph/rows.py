"""Query answers as plain Python: rows of values, or a pandas DataFrame.

``kg query`` prints tables; from Python the same questions give rows::

    >>> from kg.graph.store import open_store
    >>> store = open_store("memory")
    >>> store.update('INSERT DATA { <http://x/a> <http://x/age> 41 ; <http://x/name> "Ann" }')
    >>> query(store, "SELECT ?name ?age WHERE { ?p <http://x/name> ?name ; <http://x/age> ?age }")
    [{'name': 'Ann', 'age': 41}]
    >>> query(store, "ASK { ?p <http://x/age> 41 }")
    True

A query is SPARQL text, a ``.rq`` file or the name of a shipped question
(``who-met-whom``, ``affiliations`` ...: :func:`kg.graph.sparql.shipped_queries`).
Literals become Python values by their datatype (integers, decimals and
doubles, booleans; dates stay ISO strings), IRIs and other literals strings; a
variable a row leaves unbound is ``None``. Only reading queries run here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from kg.errors import ConfigError, QueryError
from kg.graph.sparql import is_update, load_query, run_query
from kg.graph.store import Solutions

if TYPE_CHECKING:
    import pandas

    from kg.graph.store import Store

_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {f"{_XSD}{t}" for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                                     "positiveInteger", "negativeInteger", "nonPositiveInteger",
                                     "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}  # fmt: skip
_FLOATS = {f"{_XSD}decimal", f"{_XSD}double", f"{_XSD}float"}


def python_value(term: Any) -> Any:
    """A query term as a plain Python value.

    >>> python_value(ox.Literal("3", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")))
    3
    >>> python_value(ox.Literal("true", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean")))
    True
    >>> python_value(ox.NamedNode("https://w3id.org/kg/id/country/NOR")), python_value(None)
    ('https://w3id.org/kg/id/country/NOR', None)
    """
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        kind = term.datatype.value
        try:
            if kind in _INTEGERS:
                return int(term.value)
            if kind in _FLOATS:
                return float(term.value)
        except ValueError:
            return term.value
        if kind == f"{_XSD}boolean":
            return term.value in ("true", "1")
        return term.value
    return getattr(term, "value", str(term))


def _solutions(store: Store, sparql: str) -> Any:
    text = load_query(sparql)
    if is_update(text):
        raise QueryError("this is a SPARQL Update; kg.query only reads (use store.update)")
    return run_query(store, text)


def query(store: Store, sparql: str) -> list[dict[str, Any]] | bool:
    """The rows of a SELECT query as ``{variable: value}`` dicts (every variable
    in every row, in the query's order), or the answer of an ASK query."""
    result = _solutions(store, sparql)
    if isinstance(result, ox.QueryBoolean):
        return bool(result)
    if not isinstance(result, Solutions | ox.QuerySolutions):
        raise QueryError("kg.query answers SELECT and ASK queries; CONSTRUCT gives triples")
    names = [v.value for v in result.variables]
    return [{name: python_value(row[name]) for name in names} for row in result]


def query_frame(store: Store, sparql: str) -> pandas.DataFrame:
    """The rows of a SELECT query as a pandas DataFrame, one column per
    variable in the query's order (needs pandas: ``pip install pandas``)."""
    try:
        import pandas
    except ImportError:
        raise ConfigError("kg.query_frame needs pandas (pip install pandas); "
                          "kg.query gives the same rows as dicts") from None  # fmt: skip
    result = _solutions(store, sparql)
    if not isinstance(result, Solutions | ox.QuerySolutions):
        raise QueryError("kg.query_frame answers SELECT queries")
    names = [v.value for v in result.variables]
    rows = [[python_value(row[name]) for name in names] for row in result]
    return pandas.DataFrame(rows, columns=names)
