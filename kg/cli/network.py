"""Network commands of the ``kg`` command line: who-met, parties, path, stats,
communities and view. Each is a thin layer over :mod:`kg.network.graphs`,
:mod:`kg.network.analysis` and :mod:`kg.view.page`; none of them imports spaCy.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kg.cli.common import positive_int
from kg.cli.tables import FORMATS, format_rows

Add = Callable[[str, Callable[[argparse.Namespace], int], str, str], argparse.ArgumentParser]
MEASURES = ("pagerank", "degree", "betweenness")
DATES_HELP = ("--since/--until keep the facts dated inside the range: an event's date, else its "
              "article's date (YYYY-MM-DD, YYYY-MM or YYYY); undated facts are left out unless "
              "--undated.")  # fmt: skip


def _relations(args: argparse.Namespace) -> Any:
    """The whole relation graph of the store, cut to the requested dates."""
    from kg.cli.common import open_from_args
    from kg.network.graphs import relation_graph

    store = open_from_args(args)
    try:
        graph = relation_graph(store)
    finally:
        store.close()
    return _dated(graph, args)


def _around(args: argparse.Namespace, name: str, depth: int = 0) -> Any:
    """The relation graph of the articles around the actor called ``name``
    (enough for who-met, or an ego network of ``depth``), else the whole graph."""
    from kg.cli.common import open_from_args
    from kg.network.graphs import relation_graph
    from kg.network.neighbourhood import neighbourhood

    store = open_from_args(args)
    try:
        graph = neighbourhood(store, name, depth)
        if graph is None:
            graph = relation_graph(store)
    finally:
        store.close()
    return _dated(graph, args)


def _dated(graph: Any, args: argparse.Namespace) -> Any:
    from kg.network.timeframe import check_bound, restrict

    since = check_bound(getattr(args, "since", None), "--since")
    until = check_bound(getattr(args, "until", None), "--until")
    if since is None and until is None:
        return graph
    return restrict(graph, since, until, include_undated=getattr(args, "undated", False))


def _out(text: str) -> int:
    sys.stdout.write(text)
    return 0


def _evidence_fields(ev: Any) -> dict[str, Any]:
    return {"kind": ev.kind, "date": ev.date, "day": ev.day, "sentence": ev.sentence,
            "title": ev.title, "article": ev.article, "confidence": ev.confidence}  # fmt: skip


def cmd_who_met(args: argparse.Namespace) -> int:
    from kg.cli.common import open_from_args
    from kg.network.neighbourhood import who_met_near
    from kg.network.timeframe import check_bound

    since, until = check_bound(args.since, "--since"), check_bound(args.until, "--until")
    store = open_from_args(args)
    try:
        near = who_met_near(store, args.name, since, until, include_undated=args.undated)
    finally:
        store.close()
    node, label, met = near if near is not None else _who_met_from_graph(args)
    met = [r for r in met if not args.type or r["type"] == args.type]
    rows = [{**r, **_evidence_fields(ev)} for r in met for ev in r["evidence"]]
    document = {"actor": label, "iri": node,
                "met": [{**r, "evidence": [_evidence_fields(e) for e in r["evidence"]]} for r in met]}  # fmt: skip
    columns = ["name", "type", "events", "kind", "date", "sentence", "title"]
    return _out(format_rows(rows, columns, args.format, document=document, width=90))


def _who_met_from_graph(args: argparse.Namespace) -> tuple[Any, str, list[dict[str, Any]]]:
    """Who-met from the relation graph (a store without materialised network,
    or a name that needs the whole graph's suggestions)."""
    from kg.network.analysis import who_met
    from kg.network.graphs import meeting_graph
    from kg.network.names import find_actor

    graph = _around(args, args.name)
    node = find_actor(graph, args.name)
    return node, graph.nodes[node].get("label", node), who_met(meeting_graph(graph), node)


def cmd_parties(args: argparse.Namespace) -> int:
    from kg.cli.common import open_from_args
    from kg.errors import InputError
    from kg.network.analysis import parties
    from kg.network.graphs import event_graph

    store = open_from_args(args)
    try:
        events = _dated(event_graph(store), args)
    finally:
        store.close()
    found = parties(events, args.event)
    if args.event and not found:
        raise InputError(f"no meeting, call, visit or talks matches {args.event!r}")
    rows = [{**{k: e[k] for k in ("name", "place", "date", "day", "title")}, "event": e["name"],
             "party": p["name"], "type": p["type"], "role": p["role"]}
            for e in found for p in e["parties"]]  # fmt: skip
    columns = ["event", "party", "type", "role", "place", "date", "day"]
    return _out(format_rows(rows, columns, args.format, document=found, width=70))


def cmd_path(args: argparse.Namespace) -> int:
    from kg.errors import InputError

    hops = _hops(args)
    if not hops:
        raise InputError(f"no path between {args.source!r} and {args.target!r} in the graph")
    rows = []
    for n, hop in enumerate(hops, 1):
        for rel in hop["relations"]:
            for ev in rel["evidence"] or [None]:
                rows.append({"hop": n, "from": hop["from"], "relation": f"{rel['relation']} {rel['direction']}",
                             "to": hop["to"], **(_evidence_fields(ev) if ev else {})})  # fmt: skip
    document = [{**h, "relations": [{**r, "evidence": [_evidence_fields(e) for e in r["evidence"]]}
                                    for r in h["relations"]]} for h in hops]  # fmt: skip
    columns = ["hop", "from", "relation", "to", "sentence", "title", "day"]
    return _out(format_rows(rows, columns, args.format, document=document, width=80))


def _hops(args: argparse.Namespace) -> list[dict[str, Any]]:
    """The hops of a shortest path: found on the materialised network's
    topology, so only those hops' evidence is read; or on the whole graph."""
    from kg.cli.common import open_from_args
    from kg.errors import InputError
    from kg.network.materialised import Summaries
    from kg.network.names import find_actor, names_of
    from kg.network.neighbourhood import actors_named
    from kg.network.paths import shortest_hops
    from kg.network.timeframe import check_bound

    since, until = check_bound(args.since, "--since"), check_bound(args.until, "--until")
    store = open_from_args(args)
    try:
        summaries = Summaries.read(store, describe=False)
        if summaries is None:
            return _hops_from_graph(args, store)
        # a name that is exactly one actor's label or alias needs no name index
        ends = [actors_named(store, name) for name in (args.source, args.target)]
        if all(len(found) == 1 for found in ends):
            (a,), (b,) = ends
        else:
            summaries.describe(store)
            actors = summaries.actor_table()
            index = names_of(actors)
            a, b = find_actor(actors, args.source, index), find_actor(actors, args.target, index)
        if a == b:
            raise InputError(f"{args.source!r} and {args.target!r} are the same actor")
        hops = shortest_hops(summaries, a, b, args.relation, since, until,
                             include_undated=args.undated)  # fmt: skip
        summaries.describe(store, {h["from_actor"] for h in hops} | {h["to_actor"] for h in hops})
        for hop in hops:  # the labels of the actors on the path only
            hop["from"], hop["to"] = (
                summaries.label(hop["from_actor"]),
                summaries.label(hop["to_actor"]),
            )
        return hops
    finally:
        store.close()


def _hops_from_graph(args: argparse.Namespace, store: Any) -> list[dict[str, Any]]:
    from kg.errors import InputError
    from kg.network.analysis import shortest_path
    from kg.network.graphs import relation_graph_from_events
    from kg.network.names import find_actor

    graph = _dated(relation_graph_from_events(store), args)
    if args.relation:
        keep = [(a, b, k) for a, b, k in graph.edges(keys=True) if k not in args.relation]
        graph.remove_edges_from(keep)
    a, b = find_actor(graph, args.source), find_actor(graph, args.target)
    if a == b:
        raise InputError(f"{args.source!r} and {args.target!r} are the same actor")
    return shortest_path(graph, a, b)


def cmd_stats(args: argparse.Namespace) -> int:
    from kg.cli.common import open_from_args
    from kg.network.graphs import relation_graph
    from kg.network.summary import summary

    store = open_from_args(args)
    try:
        info = summary(store, _dated(relation_graph(store), args), top=args.top, by=args.by)
    finally:
        store.close()
    columns = ["name", "type", "neighbours", args.by]
    if args.format != "table":
        return _out(format_rows(info["top"], columns, args.format, document=info))
    lines = [f"store: {info['store']}", f"quads: {info['quads']:,}"]
    lines += [f"{k}: {v:,}" for k, v in {**info["counts"], **info["network"]}.items()]
    lines += ["", f"most central actors by {args.by} (top {len(info['top'])}):"]
    return _out("\n".join(lines) + "\n" + format_rows(info["top"], columns, "table"))


def cmd_communities(args: argparse.Namespace) -> int:
    from kg.network.analysis import brokers, communities, community_table, undirected

    graph = undirected(_relations(args))  # without ties to oneself
    # an actor with no tie to another actor belongs to no community
    graph.remove_nodes_from([n for n, degree in graph.degree() if degree == 0])
    membership = communities(graph, resolution=args.resolution) if len(graph) else {}
    table = community_table(graph, membership, top=None)
    shown = [row for row in table if row["size"] >= args.min_size]
    smaller = len(table) - len(shown)
    between = brokers(graph, membership, top=args.top)
    if args.format != "table":  # every member, best-connected first
        document = {"communities": shown, "smaller": smaller, "brokers": between}
        return _out(format_rows(shown, ["community", "size", "members"], args.format,
                                document=document))  # fmt: skip
    cut = [{**row, "members": _first(row["members"], args.top)} for row in shown]
    text = format_rows(cut, ["community", "size", "members"], "table", width=100)
    if smaller:
        text += (f"{smaller} smaller communit{'y' if smaller == 1 else 'ies'} of fewer than "
                 f"{args.min_size} actors not shown (--min-size 1 shows them)\n")  # fmt: skip
    text += "\nbrokers between communities:\n"
    text += format_rows(
        between, ["name", "type", "community", "bridges", "links", "neighbours"], "table"
    )
    return _out(text)


def _first(members: list[str], n: int) -> list[str]:
    """The first ``n`` names, and how many more there are.

    >>> _first(["a", "b", "c"], 2)
    ['a', 'b', '1 more']
    """
    return members[:n] + ([f"{len(members) - n} more"] if len(members) > n else [])


def cmd_view(args: argparse.Namespace) -> int:
    from kg.network.analysis import ego_network
    from kg.network.names import find_actor
    from kg.view.page import write_page

    focus = getattr(args, "focus", None)
    graph = _around(args, focus, args.depth) if focus else _relations(args)
    title = "kg: who met whom"
    node = None
    if focus:
        node = find_actor(graph, focus)
        graph = ego_network(graph, node, depth=args.depth)
        title = f"kg: {graph.nodes[node].get('label', node)} and {args.depth} step(s) around"
    out = Path(args.output)
    write_page(graph, out, title=title, color=getattr(args, "color", "type"),
               size=getattr(args, "size", "degree"), focus=node)  # fmt: skip
    print(f"wrote {out} ({graph.number_of_nodes()} actors, {graph.number_of_edges()} relations)")
    return 0


def _day(text: str) -> str:
    """A ``--since``/``--until`` value as an ISO day, or a usage error."""
    from kg.errors import ConfigError
    from kg.network.timeframe import check_bound

    try:
        return str(check_bound(text, "date"))
    except ConfigError as exc:
        raise argparse.ArgumentTypeError(str(exc).removeprefix("date: ")) from None


def _dates(p: argparse.ArgumentParser) -> None:
    p.add_argument("--since", metavar="DATE", type=_day, help="only facts dated on or after DATE")
    p.add_argument("--until", metavar="DATE", type=_day, help="only facts dated on or before DATE")
    p.add_argument(
        "--undated", action="store_true", help="with a date range, keep undated facts too"
    )


def _fmt(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", "-f", default="table", choices=FORMATS)


def register(add: Add) -> None:
    """Add the network commands to the ``kg`` parser."""
    from kg.network import RELATION_TYPES

    names = "NAME is a label or alias, any case (an unknown name lists close matches). "
    p = add("who-met", cmd_who_met, "whom an actor met, with the sentence for each",
            names + "One row per contact (meeting, call, visit, talks) and sentence. " + DATES_HELP)  # fmt: skip
    p.add_argument("name", metavar="NAME")
    p.add_argument("--type", choices=["Person", "Country", "Organization", "Group"],
                   help="only partners of this type")  # fmt: skip
    _fmt(p)
    _dates(p)

    p = add("parties", cmd_parties, "which parties take part in which talks",
            "Every factual meeting, call, visit or negotiation with its parties and their roles "
            "(the shipped 'parties' question). EVENT keeps the events whose description, place, "
            "kind, sentence or article title contains it. " + DATES_HELP)  # fmt: skip
    p.add_argument("event", nargs="?", metavar="EVENT")
    _fmt(p)
    _dates(p)

    p = add("path", cmd_path, "how two actors are connected, with the evidence of each hop",
            names + "The fewest hops over any relation, in either direction. " + DATES_HELP)  # fmt: skip
    p.add_argument("source", metavar="A")
    p.add_argument("target", metavar="B")
    p.add_argument("--relation", action="append", choices=RELATION_TYPES,
                   help="only these relations (repeat the option for several)")  # fmt: skip
    _fmt(p)
    _dates(p)

    p = add("stats", cmd_stats, "counts and the most central actors",
            "Counts of articles, actors, events and relations, and the actors ranked by "
            "degree, betweenness or PageRank centrality. " + DATES_HELP)  # fmt: skip
    p.add_argument("--top", type=int, default=10, metavar="N")
    p.add_argument("--by", choices=MEASURES, default="pagerank",
                   help="rank by (default pagerank); only this measure is computed. betweenness "
                   "is estimated from 256 sampled actors above 1,500 actors: seconds on large "
                   "graphs")  # fmt: skip
    _fmt(p)
    _dates(p)

    p = add("communities", cmd_communities, "groups of actors (Louvain) and who links them",
            "Louvain communities (fixed seed, so runs agree) of the actor network, their "
            "best-connected members, and the brokers whose ties reach most other communities "
            "(then most ties across, then most neighbours). " + DATES_HELP)  # fmt: skip
    p.add_argument("--top", type=positive_int, default=5, metavar="N",
                   help="members shown per community in the table (csv and json list them all), "
                   "and brokers shown (default 5)")  # fmt: skip
    p.add_argument("--min-size", type=positive_int, default=3, metavar="N",
                   help="leave out communities of fewer than N actors (default 3)")  # fmt: skip
    p.add_argument("--resolution", type=float, default=1.0, help="above 1: more, smaller groups")
    _fmt(p)
    _dates(p)

    p = add("view", cmd_view, "write the interactive graph page",
            "One self-contained HTML file (pyvis's vis-network inlined) that works offline from "
            "file://: search, legend, filters by relation and date, evidence on hover and click. "
            "Above a few hundred actors the layout is computed here and physics is off. " + DATES_HELP)  # fmt: skip
    p.add_argument("--output", "-o", default="exports/graph.html", metavar="FILE")
    p.add_argument("--focus", metavar="NAME", help="only the actors around NAME")
    p.add_argument(
        "--depth", type=int, default=1, metavar="N", help="steps around --focus (default 1)"
    )
    p.add_argument("--color", choices=["type", "community"], default="type",
                   help="colour actors by type (default) or Louvain community")  # fmt: skip
    p.add_argument("--size", choices=MEASURES, default="degree",
                   help="size actors by this centrality (default degree)")  # fmt: skip
    _dates(p)
