"""Rows of plain values as a text table, CSV or JSON (for the network commands).

>>> rows = [{"name": "Ann", "events": 2}, {"name": "Bo", "events": 1}]
>>> print(format_rows(rows, ["name", "events"], "table"), end="")
name  events
----  ------
Ann   2
Bo    1
(2 rows)
>>> format_rows(rows, ["name"], "csv").splitlines()
['name', 'Ann', 'Bo']
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import asdict, is_dataclass
from typing import Any

from kg.errors import ConfigError
from kg.graph.results import Table, render_table

FORMATS = ("table", "json", "csv")


def format_rows(
    rows: Sequence[dict[str, Any]],
    columns: Sequence[str],
    fmt: str,
    *,
    document: Any = None,
    width: int = 60,
) -> str:
    """``rows`` as text. ``json`` writes ``document`` when given (the full,
    nested answer), else the rows; ``table`` and ``csv`` show ``columns``."""
    if fmt == "json":
        return json.dumps(document if document is not None else list(rows), default=_plain,
                          ensure_ascii=False, indent=1) + "\n"  # fmt: skip
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in columns])
        return out.getvalue()
    if fmt == "table":
        cells = [{c: _cell(r.get(c)) for c in columns if _cell(r.get(c))} for r in rows]
        return render_table(Table(list(columns), cells), width=width)
    raise ConfigError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4f}"
    if isinstance(value, list | tuple):
        return "; ".join(map(str, value))
    return str(value)


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    if isinstance(value, set | frozenset):
        return sorted(value)
    return str(value)
