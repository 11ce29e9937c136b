"""GraphML and GEXF for Gephi: ids, codes, communities, centrality, dates, CAMEO
roots, undirected meetings and time intervals."""

from __future__ import annotations

from xml.etree import ElementTree as ET

from kg.network.export import network_bytes

GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
GEXF = "{http://gexf.net/1.3}"


def test_graphml_nodes_and_edges_carry_ids_codes_dates_and_cameo(news_store) -> None:  # type: ignore[no-untyped-def]
    root = ET.fromstring(network_bytes(news_store, "graphml"))
    keys = {k.get("id"): k.get("attr.name") for k in root.iter(f"{GRAPHML}key")}
    nodes = {
        n.get("id"): {keys[d.get("key")]: d.text for d in n} for n in root.iter(f"{GRAPHML}node")
    }
    countries = [n for n in nodes.values() if n.get("type") == "Country"]
    assert countries and all(n["iso3"] and n["wikidata"].startswith("Q") for n in countries)
    assert all("community" in n and "pagerank" in n and "betweenness" in n for n in nodes.values())
    edges = [(e, {keys[d.get("key")]: d.text for d in e}) for e in root.iter(f"{GRAPHML}edge")]
    met = [(e, d) for e, d in edges if d["relation"] == "met"]
    assert met and all(e.get("directed") == "false" for e, _ in met)
    assert all(d["cameo_root"] == "04" and d["quad_class"] == "1" for _, d in met)
    assert any(d.get("first_date") for _, d in met)
    directed = [e for e, d in edges if d["relation"] in ("opposed", "affiliated")]
    assert directed and all(e.get("directed") == "true" for e in directed)
    assert all(e.get("source") in nodes and e.get("target") in nodes for e, _ in edges)


def test_gexf_has_time_intervals_for_the_timeline(news_store) -> None:  # type: ignore[no-untyped-def]
    root = ET.fromstring(network_bytes(news_store, "gexf"))
    graph = root.find(f"{GEXF}graph")
    assert (
        graph is not None and graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
    )
    edges = list(root.iter(f"{GEXF}edge"))
    dated = [e for e in edges if e.get("start")]
    assert dated and all(e.get("start") <= e.get("end") for e in dated)  # type: ignore[operator]
    assert all(len(e.get("start", "")) == 10 for e in dated)  # full dates, as Gephi reads them
    kinds = {e.get("label"): e.get("type") for e in edges}
    assert kinds.get("met") == "undirected" and kinds.get("affiliated") == "directed"
    assert any(n.get("start") for n in root.iter(f"{GEXF}node"))
