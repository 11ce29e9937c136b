"""Dates of facts, and any graph restricted to a date range.

Which date a fact has
    Every piece of evidence gets a *day*: the event's ``kg:date`` (an
    ``xsd:date`` the extractor resolved) when there is one, else the article's
    ``dcterms:date``, else none. Relative phrases kept in ``kg:dateText``
    ("on Saturday") are shown but never used to filter. Days are ISO strings,
    possibly partial: ``2021-03-02``, ``2021-03`` or ``2021``.

How a range filters
    ``restrict(graph, since, until)`` keeps a piece of evidence when its day
    overlaps ``[since, until]`` (both ends included; either may be open, and a
    partial day counts as the whole month or year). Evidence without a day is
    dropped unless ``include_undated=True``. An edge whose evidence is all
    dropped is removed, ``weight`` (events) and ``articles`` are recounted, and
    actors left with no edge are removed. In the actor-event graph an event
    node is kept or removed by its own day.
"""

from __future__ import annotations

import re
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING

from kg.errors import ConfigError

if TYPE_CHECKING:
    import networkx as nx

_ISO = re.compile(r"^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|[T\s])")
_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%B %d %Y", "%Y/%m/%d", "%d.%m.%Y")


def parse_day(text: str | None) -> str:
    """An ISO day (possibly partial) from a date as articles write it; ``""`` if unknown.

    >>> parse_day("2021-03-02T10:00:00Z"), parse_day("2021-03"), parse_day("2021")
    ('2021-03-02', '2021-03', '2021')
    >>> parse_day("March 2, 2021"), parse_day("Tue, 02 Mar 2021 10:00:00 GMT")
    ('2021-03-02', '2021-03-02')
    >>> parse_day("Saturday"), parse_day(None), parse_day("2099-13-45"), parse_day("2021-02-30")
    ('', '', '', '')
    """
    if not text:
        return ""
    match = _ISO.match(text)
    if match:
        year, month, day = match.groups()
        try:  # a real month and day, not 2021-13-45
            datetime(int(year), int(month or 1), int(day or 1))
        except ValueError:
            return ""
        return "-".join(part for part in match.groups() if part)
    text = text.strip()
    for fmt in _FORMATS:
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return ""


def check_bound(text: str | None, name: str = "date") -> str | None:
    """A range bound as given on the command line, or a clear error.

    >>> check_bound("2021-03-02"), check_bound(None)
    ('2021-03-02', None)
    >>> check_bound("yesterday", "--since")
    Traceback (most recent call last):
    ...
    kg.errors.ConfigError: --since: 'yesterday' is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)
    """
    if text is None:
        return None
    day = parse_day(text)
    if not day:
        raise ConfigError(f"{name}: {text!r} is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)")
    return day


def _span(day: str) -> tuple[str, str]:
    """First and last day a (partial) ISO day covers, comparable as strings."""
    parts = day.split("-")
    if len(parts) == 1:
        return f"{day}-01-01", f"{day}-12-31"
    if len(parts) == 2:
        return f"{day}-01", f"{day}-31"
    return day, day


def in_range(day: str, since: str | None, until: str | None, include_undated: bool = False) -> bool:
    """Whether a day overlaps ``[since, until]``.

    >>> in_range("2021-03-02", "2021-03", None), in_range("2021", "2021-06-01", "2021-06-30")
    (True, True)
    >>> in_range("2020-12-31", "2021", None), in_range("", "2021", None)
    (False, False)
    >>> in_range("", "2021", None, include_undated=True)
    True
    """
    if since is None and until is None:
        return True
    if not day:
        return include_undated
    first, last = _span(day)
    if since is not None and last < _span(since)[0]:
        return False
    return not (until is not None and first > _span(until)[1])


def restrict(
    graph: nx.Graph,
    since: str | None = None,
    until: str | None = None,
    *,
    include_undated: bool = False,
) -> nx.Graph:
    """A copy of ``graph`` with only the facts inside ``[since, until]``.

    Works on every graph :mod:`kg.network.graphs` builds: edges with an ``evidence``
    list (relations, who-met-whom, actor-party) and the actor-event graph
    (event nodes with a ``day``).

    >>> import networkx as nx
    >>> from kg.network.evidence import Evidence
    >>> g = nx.Graph()
    >>> old = Evidence("A met B.", "art/1", "", "", "meet", 0.9, day="2020-05-01", event="e1")
    >>> new = Evidence("A met B again.", "art/2", "", "", "meet", 0.9, day="2021-05-01", event="e2")
    >>> g.add_edge("a", "b", evidence=[old, new], weight=2, articles=2)
    >>> g.add_edge("b", "c", evidence=[old], weight=1, articles=1)
    >>> r = restrict(g, since="2021")
    >>> sorted(r.edges(data="weight")), sorted(r)
    ([('a', 'b', 1)], ['a', 'b'])
    """
    if since is None and until is None:
        return graph.copy()
    out = graph.copy()
    had_edges = {n for n in out if out.degree(n) > 0}
    events = [n for n, d in out.nodes(data=True) if d.get("bipartite") == 1]
    for node in events:
        if not in_range(out.nodes[node].get("day", ""), since, until, include_undated):
            out.remove_node(node)
    edges = out.edges(keys=True, data=True) if out.is_multigraph() else out.edges(data=True)
    drop = []
    for *ends, data in list(edges):
        if "evidence" not in data:
            continue
        kept = [e for e in data["evidence"] if in_range(e.day, since, until, include_undated)]
        if not kept:
            drop.append(tuple(ends))
            continue
        data["evidence"] = kept
        data["weight"] = len({e.event or e.sentence for e in kept})
        data["articles"] = len({e.article for e in kept})
    out.remove_edges_from(drop)
    out.remove_nodes_from([n for n in had_edges if n in out and out.degree(n) == 0])
    return out
