"""The relation graph read in one step from each article's materialised part.

Every article graph written by kg holds its part of the actor network as one
``kg:network`` literal (see :mod:`kg.graph.network_data`). :meth:`Summaries.read`
reads them with one scan, all of them or only those of the articles that name
some actors; :meth:`Summaries.graph` merges them into the ``MultiDiGraph`` that
:func:`kg.network.graphs.relation_graph` describes (the same graph as joining
the event triples, in a fraction of the time), and :meth:`Summaries.topology`
gives just who is tied to whom, for a path search that then needs the evidence
of a few hops only. Reading returns None when some article of the store has no
summary (written by an older kg, or loaded from a file without it): the
caller then joins the event triples instead, which is slower but gives the
same answer.
"""

from __future__ import annotations

import gc
import json
import logging
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from contextlib import contextmanager
from functools import wraps
from typing import TYPE_CHECKING, Any, TypeVar

from kg.graph.results import value
from kg.graph.sparql import select
from kg.graph.store import Store
from kg.network.evidence import Evidence, latest
from kg.network.names import actor_table
from kg.network.timeframe import in_range, parse_day

if TYPE_CHECKING:
    import networkx as nx

log = logging.getLogger(__name__)

_KG = "PREFIX kg: <https://w3id.org/kg/ontology#>\n"
_ALL = _KG + "SELECT ?article ?network WHERE { GRAPH ?g { ?article kg:network ?network } }"
_SOME = (
    _KG
    + """SELECT ?article ?network WHERE {
  VALUES ?article { %s }
  GRAPH ?g { ?article kg:network ?network }
}"""
)
_MISSING = _KG + "ASK { GRAPH ?g { ?a a kg:Article FILTER NOT EXISTS { ?a kg:network ?n } } }"
_ARTICLES_OF = (
    _KG
    + """PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT DISTINCT ?article WHERE {
  VALUES ?a { %s }
  GRAPH ?g { ?fact kg:participant|kg:member|kg:organization ?a ; prov:wasDerivedFrom ?article }
}"""
)
_BATCH = 2000  # IRIs per VALUES clause
VERSION = 1  # of the summaries kg.graph.network_data writes (not imported: it loads rdflib)
_TIES = ("affiliated", "member")


T = TypeVar("T")


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while a graph is read or a page's data
    is built: hundreds of thousands of small objects (no cycles) are made, and the
    collector would otherwise walk all of them again and again (over half the time
    at a million triples). Memory is still freed by reference counting."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def without_gc(func: Callable[..., T]) -> Callable[..., T]:
    @wraps(func)
    def run(*args: Any, **kwargs: Any) -> T:
        with paused_gc():
            return func(*args, **kwargs)

    return run


def complete(store: Store) -> bool:
    """True when every article of ``store`` carries its part of the network."""
    return not bool(store.query(_MISSING))


def articles_naming(store: Store, actors: Iterable[str]) -> set[str]:
    """The articles with a fact (event or tie) that one of ``actors`` takes part in."""
    found: set[str] = set()
    for chunk in _chunks(sorted(set(actors))):
        rows = select(store, _ARTICLES_OF % " ".join(f"<{a}>" for a in chunk)).rows
        found.update(value(r["article"]) for r in rows)
    return found


def _chunks(items: list[str]) -> Iterable[list[str]]:
    for i in range(0, len(items), _BATCH):
        yield items[i : i + _BATCH]


class Summaries:
    """The network summaries of some articles, parsed, in article order, and
    what the store says of the actors they name (:func:`kg.network.names.actor_table`)."""

    def __init__(self, items: Iterable[tuple[str, dict[str, Any]]] = ()) -> None:
        self.items: dict[str, dict[str, Any]] = dict(items)
        self.table: dict[str, dict[str, Any]] = {}

    @classmethod
    def read(
        cls, store: Store, articles: Collection[str] | None = None, *, describe: bool = True
    ) -> Summaries | None:
        """All summaries (``articles=None``, with every actor the store describes)
        or those of ``articles`` (with the actors they name); ``describe=False``
        leaves the actors for :meth:`describe`. None when an article read (any
        article of the store, for all of them) has no summary, or one of a
        version this kg cannot read: only the articles asked for need one, so
        one actor's question does not scan the whole store to find out."""
        found = cls()
        if articles is None:
            if not complete(store):
                log.info("some articles have no materialised network; joining the event triples")
                return None
            if not found._add_rows(select(store, _ALL).rows):
                return None
        else:
            for chunk in _chunks(sorted(articles)):
                rows = select(store, _SOME % " ".join(f"<{a}>" for a in chunk)).rows
                if not found._add_rows(rows):
                    return None
            if len(found.items) < len(set(articles)):
                log.info("some articles have no materialised network; joining the event triples")
                return None
        if describe:
            found.describe(store, None if articles is None else found.named())
        return found

    @classmethod
    def around(cls, store: Store, actors: Iterable[str], depth: int = 0) -> Summaries | None:
        """The summaries of the articles that name ``actors`` or anyone within
        ``depth`` steps of them: all :func:`kg.network.analysis.who_met` needs
        (``depth=0``), or an ego network of that depth."""
        found, frontier = cls(), set(actors)
        reached = set(frontier)
        for step in range(depth + 1):
            articles = articles_naming(store, frontier) - set(found.items)
            more = cls.read(store, articles, describe=False)
            if more is None:
                return None
            found.items.update(more.items)
            if step == depth:
                break
            frontier = {b for a in frontier for b in found.topology().get(a, ())} - reached
            reached |= frontier
        found.describe(store, found.named() | set(actors))
        return found

    def describe(self, store: Store, actors: Iterable[str] | None = None) -> None:
        """Read the label, type and aliases of ``actors`` (default: every actor)."""
        self.table.update(actor_table(store, actors))

    def named(self) -> set[str]:
        """Every actor the ties of these articles name."""
        return {actor for summary in self.items.values() for tie in summary["ties"]
                for actor in (tie[1], tie[2])}  # fmt: skip

    @without_gc
    def _add_rows(self, rows: list[dict[str, Any]]) -> bool:
        for article, text in sorted((value(r["article"]), value(r["network"])) for r in rows):
            summary = json.loads(text)
            if not isinstance(summary, dict) or summary.get("v") != VERSION:
                return False
            self.items[article] = summary
        return True

    @without_gc
    def topology(
        self,
        relations: Collection[str] | None = None,
        since: str | None = None,
        until: str | None = None,
        *,
        include_undated: bool = False,
    ) -> dict[str, set[str]]:
        """Who is tied to whom (either direction) by ``relations`` (default all),
        through facts dated inside ``[since, until]`` as :func:`~kg.network.timeframe.restrict`
        counts them."""
        dated = since is not None or until is not None
        adjacency: dict[str, set[str]] = defaultdict(set)
        for summary in self.items.values():
            article_day = parse_day(summary.get("date", "")) if dated else ""
            for tie in summary["ties"]:
                rel, a, b = tie[0], tie[1], tie[2]
                if relations is not None and rel not in relations:
                    continue
                if dated:
                    day = (parse_day(tie[7]) if tie[7] else "") or article_day
                    if not in_range(day, since, until, include_undated):
                        continue
                if a != b:
                    adjacency[a].add(b)
                    adjacency[b].add(a)
        return adjacency

    @without_gc
    def graph(self, pairs: Collection[frozenset[str]] | None = None) -> nx.MultiDiGraph:
        """The relation graph of these articles: one edge per relation and pair,
        its evidence deduplicated by fact, ``weight`` = facts and ``articles`` =
        distinct articles; the actors as :meth:`describe` read them. With
        ``pairs``, only the ties between those pairs of actors, and only those
        actors."""
        graph = self.actors(None if pairs is None else {a for pair in pairs for a in pair})
        for (a, b, rel), data in self.edges(pairs).items():
            for node in (a, b):
                if node not in graph:
                    graph.add_node(node, label=node.rsplit("/", 1)[-1], type="Actor", aliases=[])
            graph.add_edge(a, b, key=rel, **data)
        return graph

    def edges(
        self, pairs: Collection[frozenset[str]] | None = None
    ) -> dict[tuple[str, str, str], dict[str, Any]]:
        """``(a, b, relation) -> edge data`` as :meth:`graph` keeps it, in the
        order the ties first appear; ``role``, ``current`` and ``mutual`` are
        those of the edge's latest fact (see :func:`kg.network.evidence.latest`)."""
        edges: dict[tuple[str, str, str], dict[str, Any]] = {}
        facts: dict[tuple[str, str, str], set[str]] = defaultdict(set)
        for article, summary in self.items.items():
            evidence = _EvidenceOf(article, summary)
            for tie in summary["ties"]:
                rel, a, b, fact = tie[0], tie[1], tie[2], tie[3]
                if pairs is not None and frozenset((a, b)) not in pairs:
                    continue
                key = (a, b, rel)
                data = edges.get(key)
                if data is None:
                    data = edges[key] = {"relation": rel, "evidence": [], "articles": set()}
                ev = evidence(tie)
                if latest(data, ev):
                    data.update({"role": tie[10], "current": tie[11]} if rel in _TIES else
                                {"mutual": tie[9]})  # fmt: skip
                if fact in facts[key]:
                    continue
                facts[key].add(fact)
                data["evidence"].append(ev)
                data["articles"].add(article)
        for data in edges.values():
            data["weight"], data["articles"] = len(data["evidence"]), len(data["articles"])
            del data["_latest"]
        return edges

    def actors(self, wanted: Collection[str] | None = None) -> nx.MultiDiGraph:
        """A graph of the actors described (only ``wanted`` ones when given),
        with ``label``, ``type`` and ``aliases`` and no edges."""
        import networkx as nx

        graph = nx.MultiDiGraph()
        graph.add_nodes_from((a, dict(d)) for a, d in self.actor_table(wanted).items())
        return graph

    def label(self, actor: str) -> str:
        """The actor's label as described, else the end of its IRI."""
        return _label(self.table, actor)

    def actor_table(self, wanted: Collection[str] | None = None) -> dict[str, dict[str, Any]]:
        """``{actor: {"label", "type", "aliases"}}`` of the actors described (only
        ``wanted`` ones when given), in IRI order."""
        keys = sorted(self.table if wanted is None else set(wanted) & set(self.table))
        return {actor: self.table[actor] for actor in keys}

    @without_gc
    def met(
        self,
        actor: str,
        since: str | None = None,
        until: str | None = None,
        *,
        include_undated: bool = False,
    ) -> list[dict[str, Any]]:
        """Everyone ``actor`` met, as :func:`kg.network.analysis.who_met` lists them
        from the relation graph cut to ``[since, until]``, without building it."""
        table = self.actor_table()
        partners: dict[str, dict[str, Any]] = {}
        dated = since is not None or until is not None
        for article, summary in self.items.items():
            evidence = _EvidenceOf(article, summary)
            for tie in summary["ties"]:
                rel, a, b = tie[0], tie[1], tie[2]
                if rel != "met" or a == b or actor not in (a, b):
                    continue
                ev = evidence(tie)
                if dated and not in_range(ev.day, since, until, include_undated):
                    continue
                other = b if a == actor else a
                row = partners.setdefault(
                    other, {"facts": set(), "evidence": [], "articles": set()}
                )
                if (ev.event or ev.sentence) not in row["facts"]:
                    row["facts"].add(ev.event or ev.sentence)
                    row["evidence"].append(ev)
                    row["articles"].add(ev.article)
        rows = []
        for other, row in partners.items():
            data = table.get(other, {})
            rows.append({"name": _label(table, other),
                         "type": data.get("type", "Actor"), "actor": other,
                         "events": len(row["facts"]), "articles": len(row["articles"]),
                         "evidence": row["evidence"]})  # fmt: skip
        rows.sort(key=lambda r: (-r["events"], str(r["name"])))
        return rows


class _EvidenceOf:
    """Makes the :class:`Evidence` of a tie of one article's summary."""

    def __init__(self, article: str, summary: dict[str, Any]) -> None:
        self.article, self.title = article, summary.get("title", "")
        self.texts = summary["texts"]
        self.day = parse_day(summary.get("date", ""))

    def __call__(self, tie: list[Any]) -> Evidence:
        _rel, _a, _b, fact, text, kind, date_text, date, confidence = tie[:9]
        day = (parse_day(date) if date else "") or self.day
        return Evidence(self.texts[text], self.article, self.title, date_text, kind, confidence,
                        day=day, event=fact)  # fmt: skip


def read_network(store: Store) -> nx.MultiDiGraph | None:
    """The whole relation graph from the articles' summaries, or None (see above)."""
    summaries = Summaries.read(store)
    return None if summaries is None else summaries.graph()


def _label(table: Mapping[str, dict[str, Any]], actor: str) -> str:
    return str(table.get(actor, {}).get("label", actor.rsplit("/", 1)[-1]))
