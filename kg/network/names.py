"""Find an actor by the name a user types: label or alias, any case.

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
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Union

from kg.errors import InputError

if TYPE_CHECKING:
    import networkx as nx

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
