"""Finding actors by the names users type."""

from __future__ import annotations

import networkx as nx
import pytest

from kg.errors import InputError
from kg.network.names import find_actor


def graph() -> nx.Graph:
    g = nx.Graph()
    g.add_node("p/lena", label="Lena Marsh", aliases=["Marsh"], type="Person")
    g.add_node("p/leo", label="Leo Marsh", aliases=["Marsh"], type="Person")
    g.add_node("c/nor", label="Norway", aliases=[], type="Country")
    g.add_node("e/1", bipartite=1, name="meet in Oslo")
    return g


@pytest.mark.parametrize("name", ["Lena Marsh", "lena marsh", "  LENA   MARSH ", "p/lena"])
def test_label_any_case(name: str) -> None:
    assert find_actor(graph(), name) == "p/lena"


def test_shared_alias_lists_the_candidates() -> None:
    with pytest.raises(InputError, match="several actors") as err:
        find_actor(graph(), "marsh")
    assert "Lena Marsh" in str(err.value) and "Leo Marsh" in str(err.value)


def test_unknown_name_lists_close_matches() -> None:
    with pytest.raises(InputError, match="did you mean: Lena Marsh"):
        find_actor(graph(), "Lena Mars")
    with pytest.raises(InputError, match="no actor named 'Zanzibar'"):
        find_actor(graph(), "Zanzibar")
