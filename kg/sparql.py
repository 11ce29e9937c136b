"""Stage 8: asking the graph. Shipped competency questions and result formats.

Queries can be given as text, as a file, or by the name of a shipped question
in ``ontology/queries/`` (``who-met-whom``). Results come out as a table, CSV,
TSV or W3C SPARQL 1.1 Query Results JSON. This module never imports spaCy.
"""

from __future__ import annotations

import io
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import QueryError
from kg.store import Store
from kg.terminal import printable

FORMATS = ("table", "csv", "tsv", "json", "xml")
_RESULT_FORMATS = {
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
}
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


def ontology_dir() -> Path:
    """The ontology folder: ``KG_ONTOLOGY`` or the one next to the package."""
    env = os.environ.get("KG_ONTOLOGY")
    if env:
        return Path(env)
    return Path(__file__).resolve().parent.parent / "ontology"


def queries_dir() -> Path:
    return ontology_dir() / "queries"


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


@dataclass
class Table:
    """SELECT results as plain values, for tables, filters and analysis."""

    variables: list[str]
    rows: list[dict[str, Any]]  # variable -> pyoxigraph term (absent when unbound)


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


def value(term: Any) -> str:
    """Plain string of a pyoxigraph term."""
    return getattr(term, "value", str(term))


def filter_confidence(table: Table, minimum: float) -> Table:
    if "confidence" not in table.variables:
        raise QueryError("--min-confidence needs a query with a ?confidence column")
    rows = [r for r in table.rows if "confidence" in r and float(value(r["confidence"])) >= minimum]
    return Table(table.variables, rows)


def format_result(result: Any, fmt: str) -> str:
    """Render a query result; ``json`` is the W3C SPARQL 1.1 Query Results format."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if result is None:
        return "update applied\n"
    if isinstance(result, ox.QueryBoolean):
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": bool(result)}) + "\n"
        return ("true" if result else "false") + "\n"
    if isinstance(result, ox.QueryTriples | list):  # a list: CONSTRUCT from a remote store
        return (ox.serialize(result, format=ox.RdfFormat.TURTLE) or b"").decode("utf-8")
    table = result if isinstance(result, Table) else _table_of(result)
    if fmt == "table":
        return render_table(table)
    return serialize_table(table, fmt)


def _table_of(result: ox.QuerySolutions) -> Table:
    variables = [v.value for v in result.variables]
    rows = [{v: s[v] for v in variables if s[v] is not None} for s in result]
    return Table(variables, rows)


def serialize_table(table: Table, fmt: str) -> str:
    if fmt == "json":
        bindings = []
        for row in table.rows:
            bindings.append({k: _json_term(t) for k, t in row.items()})
        return json.dumps({"head": {"vars": table.variables}, "results": {"bindings": bindings}},
                          ensure_ascii=False, indent=1) + "\n"  # fmt: skip
    sep = "," if fmt == "csv" else "\t"
    out = io.StringIO()
    if fmt == "csv":
        import csv

        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(table.variables)
        for row in table.rows:
            writer.writerow([value(row[v]) if v in row else "" for v in table.variables])
        return out.getvalue()
    if fmt == "xml":
        raise QueryError("xml output is available from kg serve; use json, csv or tsv here")
    out.write(sep.join("?" + v for v in table.variables) + "\n")
    for row in table.rows:
        out.write(sep.join(_tsv_term(row[v]) if v in row else "" for v in table.variables) + "\n")
    return out.getvalue()


def _json_term(term: Any) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = term.datatype.value
        return out
    return {"type": "literal", "value": str(term)}


def _tsv_term(term: Any) -> str:
    return str(term).replace("\t", " ").replace("\n", " ")


def render_table(table: Table, *, width: int = 60) -> str:
    """A fixed-width text table; IRIs are shortened, long values cut."""
    if not table.rows:
        return "(no results)\n"
    cols = [v for v in table.variables if any(v in r for r in table.rows)]
    cells = [[_short(row.get(v), width) for v in cols] for row in table.rows]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(cols)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(cols, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for r in cells:
        lines.append("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())
    return "\n".join(lines) + f"\n({len(table.rows)} rows)\n"


def _short(term: Any, width: int) -> str:
    if term is None:
        return ""
    text = value(term)
    if isinstance(term, ox.NamedNode):
        for prefix, ns in _PREFIXES.items():
            if text.startswith(ns):
                text = f"{prefix}:{text[len(ns) :]}"
                break
    return printable(" ".join(text.split()), limit=width)


_PREFIXES = {
    "kgr": "https://w3id.org/kg/id/",
    "kg": "https://w3id.org/kg/ontology#",
    "kgt": "https://w3id.org/kg/event-type/",
    "wd": "http://www.wikidata.org/entity/",
}
