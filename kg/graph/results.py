"""Query results and untrusted text, made fit for a terminal or a file.

Results come out as a fixed-width table, CSV, TSV or W3C SPARQL 1.1 Query
Results JSON. File names, article text and labels can hold newlines, terminal
escape sequences (``ESC [ 2 J`` clears the screen) or bidirectional overrides
that reorder what a reader sees. Everything kg prints for a person goes through
:func:`printable`.

>>> printable("evil\\x1b[2J\\nname\\u202e.txt")
'evil\\\\x1b[2J\\\\nname\\\\u202e.txt'
>>> printable("Zoë 😀 O'Brien")
"Zoë 😀 O'Brien"
"""

from __future__ import annotations

import io
import json
import unicodedata
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox

from kg.errors import QueryError

FORMATS = ("table", "csv", "tsv", "json", "xml")

_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(ch: str) -> str:
    if ch in _NAMED:
        return _NAMED[ch]
    code = ord(ch)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def printable(text: str, *, limit: int | None = None) -> str:
    """``text`` on one line with control, format and separator characters escaped
    (emoji joiners kept), cut to ``limit`` characters when given."""
    out = []
    for ch in text:
        if ch.isprintable() or ch == " " or ch == "\u200d":
            out.append(ch)
        elif unicodedata.category(ch) in {"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"}:
            out.append(_escape(ch))
        else:
            out.append(ch)
    line = "".join(out)
    if limit is not None and len(line) > limit:
        line = line[: max(limit - 3, 0)] + "..."
    return line


@dataclass
class Table:
    """SELECT results as plain values, for tables, filters and analysis."""

    variables: list[str]
    rows: list[dict[str, Any]]  # variable -> pyoxigraph term (absent when unbound)


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
    if fmt == "csv" and not isinstance(result, Table):
        return _csv(result)
    table = result if isinstance(result, Table) else _table_of(result)
    if fmt == "table":
        return render_table(table)
    return serialize_table(table, fmt)


def _csv(result: Any) -> str:
    """Solutions as W3C CSV, the same text as :func:`serialize_table` writes,
    straight from the solutions (no row of Python objects on the way: a third
    of the time on a hundred thousand values)."""
    import csv

    names = [v.value for v in result.variables]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(names)
    columns = range(len(names))
    for solution in result:
        writer.writerow(["" if (term := solution[i]) is None else term.value for i in columns])
    return out.getvalue()


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
