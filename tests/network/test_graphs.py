"""RDF to NetworkX on articles really ingested (spaCy + Oxigraph)."""

from __future__ import annotations

import networkx as nx

from kg.network.graphs import event_graph, meeting_graph, party_graph
from kg.network.timeframe import restrict


def by_label(graph: nx.Graph) -> dict[str, str]:
    return {d["label"]: n for n, d in graph.nodes(data=True) if "label" in d}


def pairs(graph: nx.Graph) -> set[frozenset[str]]:
    return {frozenset((graph.nodes[a]["label"], graph.nodes[b]["label"])) for a, b in graph.edges()}


def test_relation_graph_has_typed_actors_aliases_and_evidence(news_graph) -> None:  # type: ignore[no-untyped-def]
    names = by_label(news_graph)
    marsh = names["Lena Marsh"]
    assert news_graph.nodes[marsh]["type"] == "Person"
    assert "Marsh" in news_graph.nodes[marsh]["aliases"]
    assert news_graph.nodes[names["Sweden"]]["type"] == "Country"
    rels = {(news_graph.nodes[a]["label"], k, news_graph.nodes[b]["label"])
            for a, b, k in news_graph.edges(keys=True)}  # fmt: skip
    assert ("Lena Marsh", "opposed", "Sweden") in rels
    assert ("Mara Quist", "cooperated", "Germany") in rels
    assert ("Lena Marsh", "affiliated", "Norway") in rels
    ev = news_graph[marsh][names["Sweden"]]["opposed"]["evidence"][0]
    assert ev.sentence == "Marsh criticised Sweden over fishing quotas."
    assert ev.title == "Oslo talks" and ev.day == "2021-03-02" and ev.event


def test_meeting_graph_counts_events_and_articles(news_graph) -> None:  # type: ignore[no-untyped-def]
    meetings = meeting_graph(news_graph)
    names = by_label(meetings)
    assert frozenset(("Lena Marsh", "Otto Brandt")) in pairs(meetings)
    assert frozenset(("Mara Quist", "Tomas Reyl")) in pairs(meetings)
    assert "Sweden" not in names  # criticised, never met
    twice = meetings[names["Kaja Lind"]][names["Tomas Reyl"]]
    assert twice["weight"] == 2 and twice["articles"] == 1
    assert len({e.sentence for e in twice["evidence"]}) == 2


def test_party_graph_is_person_to_country(news_graph) -> None:  # type: ignore[no-untyped-def]
    parties = party_graph(news_graph)
    roles = {(parties.nodes[a]["label"], d["role"], parties.nodes[b]["label"])
             for a, b, d in parties.edges(data=True)}  # fmt: skip
    assert ("Lena Marsh", "Foreign Minister", "Norway") in roles
    assert ("Otto Brandt", "Chancellor", "Germany") in roles
    assert all(parties.nodes[a]["type"] == "Person" for a, _ in parties.edges())


def test_event_graph_is_bipartite_with_dates_and_places(news_store) -> None:  # type: ignore[no-untyped-def]
    events = event_graph(news_store)
    event_nodes = {n for n, d in events.nodes(data=True) if d["bipartite"] == 1}
    assert event_nodes and nx.is_bipartite(events)
    oslo = [n for n in event_nodes if events.nodes[n]["place"] == "Oslo"]
    assert len(oslo) == 1
    data = events.nodes[oslo[0]]
    assert data["day"] == "2021-03-02" and data["title"] == "Oslo talks" and data["kind"] == "meet"
    assert {events.nodes[p]["label"] for p in events[oslo[0]]} == {"Lena Marsh", "Otto Brandt"}


def test_restrict_to_a_date_range(news_graph, news_store) -> None:  # type: ignore[no-untyped-def]
    meetings = meeting_graph(news_graph)
    in_2021 = restrict(meetings, "2021-01-01", "2021-12-31")
    assert pairs(in_2021) == {frozenset(("Lena Marsh", "Otto Brandt")),
                              frozenset(("Ivo Kral", "Otto Brandt"))}  # fmt: skip
    from_2022 = restrict(news_graph, since="2022")
    assert "Lena Marsh" not in by_label(from_2022)
    assert "Mara Quist" in by_label(from_2022)
    events = restrict(event_graph(news_store), until="2021-12")
    assert {d["day"] for _n, d in events.nodes(data=True) if d["bipartite"] == 1} == {"2021-03-02"}
    assert restrict(meetings, "1990", "1991").number_of_edges() == 0
