"""The graph page as a file: self-contained, escaped, compact."""

from __future__ import annotations

import re

import networkx as nx
from samples import HOSTILE, page_data

from kg.network.graphs import Evidence
from kg.view.page import BIG, graph_data, render_html


def test_page_is_self_contained(news_graph) -> None:  # type: ignore[no-untyped-def]
    html = render_html(news_graph)
    assert "default-src 'none'" in html  # the page may not fetch anything
    assert not re.search(r"<(script|img|iframe)[^>]*\ssrc=", html, re.I)
    assert not re.search(r"<link\b", html, re.I)
    assert "vis.Network" in html and "vis.DataSet" in html  # vis-network inlined
    assert len(re.findall(r"<script\b", html)) == 3


def test_hostile_text_is_data_not_markup(news_graph) -> None:  # type: ignore[no-untyped-def]
    html = render_html(news_graph, title="<b>bold</b> title")
    for needle in HOSTILE:
        assert needle not in html
    assert "<b>bold</b>" not in html and "&lt;b&gt;bold&lt;/b&gt; title" in html
    data = page_data(html)
    shown = " ".join(data["texts"]) + " ".join(s[0] for s in data["sources"])
    for needle in HOSTILE:
        assert needle in shown  # kept, to be shown as text


def test_template_markers_in_data_do_not_break_the_page() -> None:
    g = nx.MultiDiGraph()
    g.add_node("a", label="/*APP*/ </script><script>alert(1)</script>", type="Person")
    g.add_node("b", label="/*DATA*/ /*VIS*/", type="Country")
    g.add_edge("a", "b", key="met", evidence=[], weight=1, articles=1)
    html = render_html(g)
    assert len(re.findall(r"<script\b", html)) == 3
    assert {n["label"] for n in page_data(html)["nodes"]} == {
        g.nodes["a"]["label"],
        "/*DATA*/ /*VIS*/",
    }


def test_graph_data_shares_sentences_and_fans_out_parallel_edges() -> None:
    g = nx.MultiDiGraph()
    for node, kind in (("a", "Person"), ("b", "Person"), ("n", "Country")):
        g.add_node(node, label=node.upper(), type=kind, aliases=[])
    ev = Evidence(
        "A met B and then criticised B.", "art/1", "Talks", "Monday", "meet", 0.9, day="2021-05-04"
    )
    g.add_edge("a", "b", key="met", evidence=[ev], weight=1, articles=1)
    g.add_edge("a", "b", key="opposed", evidence=[ev], weight=1, articles=1)
    g.add_edge(
        "a", "n", key="affiliated", evidence=[ev], weight=1, articles=1, role="Envoy", current=False
    )
    data = graph_data(g)
    assert data["texts"] == ["A met B and then criticised B."]
    assert data["sources"] == [["Talks", "1"]]
    parallel = [e for e in data["edges"] if e["rel"] in {"met", "opposed"}]
    assert {e["p"] for e in parallel} == {2} and {e["k"] for e in parallel} == {0, 1}
    a = next(n for n in data["nodes"] if n["label"] == "A")
    assert a["roles"] == ["Envoy, N (former)"]
    assert data["days"] == ["2021-05-04", "2021-05-04"]
    assert not data["big"]


def test_large_graphs_turn_physics_off_and_have_positions() -> None:
    g = nx.MultiDiGraph(nx.powerlaw_cluster_graph(BIG + 50, 2, 0.1, seed=2))
    data = graph_data(g, size="pagerank")
    assert data["big"]
    assert all("x" in n and "y" in n for n in data["nodes"])
    values = [n["value"] for n in data["nodes"]]
    assert max(values) > 5 * min(values)  # sized by centrality
