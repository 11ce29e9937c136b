"""Find an actor by the name a user types: label or alias, any case.

>>> import networkx as nx
>>> g = nx.Graph()
>>> g.add_node("p/ann", label="Ann Berg", aliases=["Berg"], type="Person")
>>> g.add_node("c/nor", label="Norway", aliases=[], type="Country")
>>> find_actor(g, "ann berg"), find_actor(g, "BERG"), find_actor(g, "c/nor")
('p/ann', 'p/ann', 'c/nor')
>>> find_actor(g, "Anne Berg")
Traceback (most recent call last):
...
kg.errors.InputError: no actor named 'Anne Berg'; did you mean: Ann Berg?
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from typing import Any

import networkx as nx

from kg.errors import InputError


def _key(text: str) -> str:
    return " ".join(text.casefold().replace(".", "").split())


def names_of(graph: nx.Graph) -> dict[str, list[Any]]:
    """Lower-cased label or alias -> the nodes that carry it."""
    index: dict[str, list[Any]] = defaultdict(list)
    for node, data in graph.nodes(data=True):
        if data.get("bipartite") == 1:
            continue
        for name in (data.get("label", ""), *data.get("aliases", ())):
            if name and node not in index[_key(name)]:
                index[_key(name)].append(node)
    return index


def find_actor(graph: nx.Graph, name: str) -> Any:
    """The node whose label (first) or alias matches ``name``, case-insensitively.

    An IRI is accepted as it is. When nothing matches, or an alias is shared by
    several actors, the error lists the candidates.
    """
    if name in graph:
        return name
    index = names_of(graph)
    key = _key(name)
    found = index.get(key, [])
    by_label = [n for n in found if _key(graph.nodes[n].get("label", "")) == key]
    if len(by_label) == 1:
        return by_label[0]
    if len(found) == 1:
        return found[0]
    if found:
        options = ", ".join(sorted(_describe(graph, n) for n in found))
        raise InputError(f"{name!r} names several actors: {options}; give the full name")
    close = difflib.get_close_matches(key, list(index), n=5, cutoff=0.6)
    close += [k for k in index if key and key in k and k not in close][: 5 - len(close)]
    if not close:
        raise InputError(f"no actor named {name!r} in the graph")
    labels = sorted({graph.nodes[n].get("label", n) for k in close for n in index[k]})
    raise InputError(f"no actor named {name!r}; did you mean: {', '.join(labels)}?")


def _describe(graph: nx.Graph, node: Any) -> str:
    data = graph.nodes[node]
    return f"{data.get('label', node)} ({data.get('type', 'Actor')}, {node})"
