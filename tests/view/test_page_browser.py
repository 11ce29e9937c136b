"""The graph page in a real headless Chromium (Debian's, driven by Playwright),
opened from file:// with no network: drawing, tooltips, filters, search and
a hostile article."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from browser import Page
from samples import HOSTILE

from kg.network.graphs import Evidence
from kg.view.page import write_page

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def news_page(news_graph, tmp_path_factory: pytest.TempPathFactory) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("view") / "news.html"
    write_page(news_graph, path)
    return path


def test_nodes_are_drawn_without_any_request(browser, news_page, news_graph) -> None:  # type: ignore[no-untyped-def]
    page = Page(browser, news_page)
    assert page.js("kg.nodes.length") == news_graph.number_of_nodes()
    assert page.js("kg.edges.length") == news_graph.number_of_edges()
    positions = page.js("() => Object.keys(kg.network.getPositions()).length")
    assert positions == news_graph.number_of_nodes()
    drawn = page.js("""() => { const c = document.querySelector('#graph canvas');
        const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let ink = 0; for (let i = 3; i < px.length; i += 4) if (px[i] > 0) ink++; return ink; }""")
    assert drawn > 1000  # the canvas has been painted
    assert page.requests == [page.url]
    assert page.errors == [] and page.dialogs == []


def test_edge_tooltip_and_click_show_the_evidence(browser, news_page) -> None:  # type: ignore[no-untyped-def]
    page = Page(browser, news_page)
    edge = page.edge("Lena Marsh", "Otto Brandt", "met")
    tip = page.hover_edge(edge)
    assert "Norwegian Foreign Minister Lena Marsh met German Chancellor Otto Brandt" in tip
    assert "Oslo talks" in tip and "2021-03-02" in tip
    page.js("id => kg.showEdge(id)", edge)
    details = page.page.locator("#details").inner_text()
    assert "Lena Marsh met German Chancellor Otto Brandt in Oslo" in details
    assert "Oslo talks (Tuesday, 2021-03-02)" in details


def test_relation_filter_hides_that_relation_and_never_blanks(browser, news_page) -> None:  # type: ignore[no-untyped-def]
    page = Page(browser, news_page)
    before = page.visible()
    assert "opposed" in before["edges"] and "Sweden" in before["nodes"]
    page.page.locator("#relations input[value=opposed]").uncheck()
    after = page.visible()
    assert "opposed" not in after["edges"]
    assert len(after["edges"]) == len(before["edges"]) - before["edges"].count("opposed")
    assert (
        "Sweden" not in after["nodes"] and "Lena Marsh" in after["nodes"]
    )  # Sweden had only that tie
    for box in page.page.locator("#relations input").all():
        box.uncheck()
    nothing = page.visible()
    assert nothing["edges"] == [] and len(nothing["nodes"]) == len(before["nodes"])
    assert "No relation matches" in page.page.locator("#notice").inner_text()
    page.page.locator("#reset").click()
    assert sorted(page.visible()["edges"]) == sorted(before["edges"])


def test_date_filter_keeps_the_facts_of_the_range(browser, news_page) -> None:  # type: ignore[no-untyped-def]
    page = Page(browser, news_page)
    page.page.locator("#since").fill("2022-01-01")
    shown = page.visible()["nodes"]
    assert "Mara Quist" in shown and "Tomas Reyl" in shown
    assert "Lena Marsh" not in shown and "Sweden" not in shown
    page.page.locator("#until").fill("2022-01-31")
    assert "Kaja Lind" not in page.visible()["nodes"]


def test_search_finds_and_focuses_an_actor(browser, news_page) -> None:  # type: ignore[no-untyped-def]
    page = Page(browser, news_page)
    target = page.node("Tomas Reyl")
    page.page.locator("#search").fill("reyl")
    page.page.locator("#search").press("Enter")
    assert page.js("kg.network.getSelectedNodes()") == [target]
    assert page.page.locator("#details h4").inner_text() == "Tomas Reyl"
    page.wait(
        """id => { const v = kg.network.getViewPosition();
        const p = kg.network.getPositions([id])[id];
        return Math.abs(v.x - p.x) < 2 && Math.abs(v.y - p.y) < 2; }""",
        arg=target,
    )
    page.page.locator("#search").fill("nobody at all")
    page.page.locator("#search").press("Enter")
    assert "No actor matches" in page.page.locator("#notice").inner_text()


def hostile_graph() -> nx.MultiDiGraph:
    """Names, aliases, roles, titles and sentences that are markup."""
    img = '<img src=x onerror="alert(1)">'
    script = "<script>window.__pwned=1</script>"
    g = nx.MultiDiGraph()
    g.add_node("p/1", label=f"Ann {img}", type="Person", aliases=[script])
    g.add_node("p/2", label=f"Bo {script}", type="Person", aliases=[])
    g.add_node("c/1", label=f"Land {img}", type="Country", aliases=[])
    ev = Evidence(
        f"Ann {img} met Bo {script} in town.",
        "art/1",
        f"News {script}",
        img,
        "meet",
        0.9,
        day="2021",
    )
    g.add_edge("p/1", "p/2", key="met", evidence=[ev], weight=1, articles=1)
    g.add_edge(
        "p/1", "c/1", key="affiliated", evidence=[ev], weight=1, articles=1, role=img, current=True
    )
    return g


@pytest.mark.parametrize("source", ["article", "constructed"])
def test_hostile_text_runs_no_script(browser, news_graph, tmp_path: Path, source: str) -> None:  # type: ignore[no-untyped-def]
    graph = news_graph if source == "article" else hostile_graph()
    path = tmp_path / "hostile.html"
    write_page(graph, path)
    page = Page(browser, path)
    shown = ""
    for edge in page.js("kg.data.edges.map(e => e.id)"):
        page.js("id => kg.showEdge(id)", edge)
        shown += page.page.locator("#details").inner_text()
    for node in page.js("kg.data.nodes.map(n => n.id)"):
        page.js("id => kg.showNode(id)", node)
        shown += page.page.locator("#details").inner_text()
    for edge in page.js("kg.data.edges.filter(e => e.p === 1).map(e => e.id)")[:4]:
        shown += page.hover_edge(edge)
    page.page.locator("#search").fill("<script>")
    page.page.locator("#search").press("Enter")
    page.page.wait_for_timeout(300)
    text = page.page.locator("body").inner_text() + shown
    assert any(h in text for h in HOSTILE)  # shown, as text
    assert page.dialogs == []
    assert page.js("window.__pwned === undefined")
    assert page.js("document.querySelectorAll('img').length") == 0
    assert page.js("document.scripts.length") == 3
    assert page.requests == [page.url]  # an <img src=x> would have asked for file:///.../x
    assert page.errors == []


def test_large_graph_keeps_the_networkx_layout(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from kg.view.page import BIG

    graph = nx.MultiDiGraph(nx.powerlaw_cluster_graph(BIG + 100, 2, 0.1, seed=5))
    path = tmp_path / "big.html"
    write_page(graph, path)
    page = Page(browser, path)
    assert page.js("kg.data.big") is True
    moved = page.js("""() => { const p = kg.network.getPositions();
        return kg.data.nodes.filter(n => Math.abs(p[n.id].x - n.x) > 1 || Math.abs(p[n.id].y - n.y) > 1).length; }""")
    assert moved == 0  # physics off: drawn where NetworkX put them
    assert page.js("kg.shownNodes().length") == BIG + 100
    assert page.errors == [] and page.requests == [page.url]


def test_empty_graph_page_is_ready(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "empty.html"
    write_page(nx.MultiDiGraph(), path)
    page = Page(browser, path)
    assert page.js("kg.nodes.length") == 0
    assert page.errors == []


def test_large_graph_draws_plain_lines_only_zoomed_far_out(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from kg.view.page import BIG, RELATION_STYLE

    rels = list(RELATION_STYLE)
    base = nx.powerlaw_cluster_graph(BIG + 100, 2, 0.1, seed=5)
    graph = nx.MultiDiGraph()
    graph.add_edges_from((a, b, rels[i % len(rels)]) for i, (a, b) in enumerate(base.edges()))
    path = tmp_path / "big.html"
    write_page(graph, path)
    page = Page(browser, path)
    styled = """() => { const E = Object.values(kg.network.body.edges);
        return [E.filter(e => e.options.dashes).length,
                E.filter(e => e.options.arrows.to.enabled).length]; }"""
    dashed = sum(1 for *_, rel in graph.edges(keys=True) if RELATION_STYLE[rel]["dashes"])
    arrowed = sum(1 for *_, rel in graph.edges(keys=True) if RELATION_STYLE[rel]["arrows"])
    assert dashed and arrowed
    for scale, plain in ((0.1, True), (1.0, False), (0.1, True), (0.5, False)):
        page.js("s => { kg.network.moveTo({ scale: s }); kg.network.redraw(); }", scale)
        assert page.js("kg.plain()") is plain
        assert page.js(styled) == ([0, 0] if plain else [dashed, arrowed])
    assert "drawn plain" in page.page.locator("#legend").inner_text()
    assert page.errors == []
