"""Actors by name: what the store says of them, and the one a user means.

:func:`actor_table` reads each actor's label, type and aliases (from the actor
graph, or any graph that describes actors); :func:`find_actor` finds the actor
a user names by label or alias, in any case.

>>> import networkx as nx
>>> g = nx.Graph()
>>> g.add_node("p/ann", label="Ann Berg", aliases=["Berg"], type="Person")
>>> g.add_node("c/nor", label="Norway", aliases=[], type="Country")
>>> find_actor(g, "ann berg"), find_actor(g, "BERG"), find_actor(g, "c/nor")
('p/ann', 'p/ann', 'c/nor')
>>> find_actor({"p/bo": {"label": "Bo Li", "aliases": []}}, "bo li")
'p/bo'
>>> find_actor(g, "Anne Berg")
Traceback (most recent call last):
...
kg.errors.InputError: no actor named 'Anne Berg'; did you mean: Ann Berg?
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Union

from kg.errors import InputError
from kg.graph.results import value
from kg.graph.sparql import select

if TYPE_CHECKING:
    import networkx as nx

    from kg.graph.store import Store

_PREFIX = """PREFIX kg: <https://w3id.org/kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""
_ACTORS = (
    _PREFIX
    + """SELECT ?actor (SAMPLE(?l) AS ?label) (SAMPLE(?t) AS ?type) WHERE {
  %s GRAPH ?g { ?actor a kg:Actor ; rdfs:label ?l ; a ?t .
               FILTER (?t IN (kg:Person, kg:Organization, kg:Country, kg:Group)) }
} GROUP BY ?actor"""
)
_AGREEMENTS = (
    _PREFIX
    + """SELECT ?actor (SAMPLE(?l) AS ?label) WHERE {
  %s GRAPH ?g { ?actor a kg:Agreement ; rdfs:label ?l }
} GROUP BY ?actor"""
)
_ALIASES = (
    _PREFIX
    + """SELECT DISTINCT ?actor ?alias WHERE {
  %s GRAPH ?g { ?actor a kg:Actor ; skos:altLabel ?alias }
}"""
)
# The whole table is read as four single-pattern scans joined here: the same
# answer as the queries above without a join per actor (half the time).
_SCANS = {
    "label": _PREFIX + "SELECT ?actor ?x WHERE { GRAPH ?g { ?actor rdfs:label ?x } }",
    "type": _PREFIX
    + """SELECT ?actor ?x WHERE {
  VALUES ?x { kg:Person kg:Organization kg:Country kg:Group kg:Agreement }
  GRAPH ?g { ?actor a ?x } }""",
    "actor": _PREFIX + "SELECT ?actor ?x WHERE { VALUES ?x { kg:Actor } GRAPH ?g { ?actor a ?x } }",
    "alias": _PREFIX
    + "SELECT ?actor ?x WHERE { GRAPH ?g { ?actor a kg:Actor ; skos:altLabel ?x } }",
}
_BATCH = 2000  # IRIs per VALUES clause


def actor_table(store: Store, actors: Iterable[str] | None = None) -> dict[str, dict[str, Any]]:
    """``{actor: {"label", "type", "aliases"}}`` of every actor and agreement the
    store describes, or of ``actors`` only; ``type`` is the class name (Person,
    Organization, Country, Group, Agreement)."""
    if actors is None:
        return _whole_table(store)
    wanted = sorted(set(actors))
    table: dict[str, dict[str, Any]] = {}
    aliases: dict[str, set[str]] = defaultdict(set)
    for i in range(0, len(wanted), _BATCH):
        values = "VALUES ?actor { " + " ".join(f"<{a}>" for a in wanted[i : i + _BATCH]) + " }"
        for row in select(store, _ACTORS % values).rows:
            table[value(row["actor"])] = {"label": value(row["label"]),
                                          "type": value(row["type"]).rsplit("#", 1)[-1]}  # fmt: skip
        for row in select(store, _AGREEMENTS % values).rows:
            table[value(row["actor"])] = {"label": value(row["label"]), "type": "Agreement"}
        for row in select(store, _ALIASES % values).rows:
            aliases[value(row["actor"])].add(value(row["alias"]))
    for actor, data in table.items():
        data["aliases"] = sorted(aliases.get(actor, ()))
    return table


def _whole_table(store: Store) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, str]] = {}
    aliases: dict[str, set[str]] = defaultdict(set)
    for what, query in _SCANS.items():
        for row in store.query(query):  # solutions, read as they come
            actor, x = row[0].value, row[1].value
            if what == "alias":
                aliases[actor].add(x)
            else:
                found.setdefault(actor, {})[what] = x.rsplit("#", 1)[-1] if what == "type" else x
    table = {}
    for actor, data in found.items():
        kind = data.get("type")
        if "label" in data and kind and (kind == "Agreement" or "actor" in data):
            table[actor] = {"label": data["label"], "type": kind,
                            "aliases": sorted(aliases.get(actor, ()))}  # fmt: skip
    return table


Actors = Union["nx.Graph", Mapping[Any, dict[str, Any]]]
"""A graph whose nodes carry ``label`` and ``aliases``, or just ``{node: data}``."""


def _nodes(actors: Actors) -> Mapping[Any, dict[str, Any]]:
    return actors.nodes if hasattr(actors, "nodes") else actors


def _key(text: str) -> str:
    return " ".join(text.casefold().replace(".", "").split())


def names_of(actors: Actors) -> dict[str, list[Any]]:
    """Lower-cased label or alias -> the nodes that carry it."""
    index: dict[str, list[Any]] = defaultdict(list)
    for node, data in _nodes(actors).items():
        if data.get("bipartite") == 1:
            continue
        for name in (data.get("label", ""), *data.get("aliases", ())):
            if name and node not in index[_key(name)]:
                index[_key(name)].append(node)
    return index


def find_actor(actors: Actors, name: str, index: dict[str, list[Any]] | None = None) -> Any:
    """The node whose label (first) or alias matches ``name``, case-insensitively.

    ``actors`` is a graph or a plain ``{node: data}`` mapping; ``index`` its
    :func:`names_of`, when several names are looked up. An IRI is accepted as
    it is. When nothing matches, or an alias is shared by several actors, the
    error lists the candidates.
    """
    nodes = _nodes(actors)
    if name in nodes:
        return name
    index = names_of(nodes) if index is None else index
    key = _key(name)
    found = index.get(key, [])
    by_label = [n for n in found if _key(nodes[n].get("label", "")) == key]
    if len(by_label) == 1:
        return by_label[0]
    if len(found) == 1:
        return found[0]
    if found:
        options = ", ".join(sorted(_describe(nodes, n) for n in found))
        raise InputError(f"{name!r} names several actors: {options}; give the full name")
    close = difflib.get_close_matches(key, list(index), n=5, cutoff=0.6)
    close += [k for k in index if key and key in k and k not in close][: 5 - len(close)]
    if not close:
        raise InputError(f"no actor named {name!r} in the graph")
    labels = sorted({nodes[n].get("label", n) for k in close for n in index[k]})
    raise InputError(f"no actor named {name!r}; did you mean: {', '.join(labels)}?")


def _describe(nodes: Mapping[Any, dict[str, Any]], node: Any) -> str:
    data = nodes[node]
    return f"{data.get('label', node)} ({data.get('type', 'Actor')}, {node})"
