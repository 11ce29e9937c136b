"""The graph page in a real headless Chromium (Debian's, driven by Playwright),
opened from file:// with no network: drawing, tooltips, filters, search and
a hostile article."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from samples import HOSTILE

from kg.network.graphs import Evidence
from kg.view.page import write_page

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]  # fmt: skip


def _unavailable(reason: str) -> None:
    if os.environ.get("KG_REQUIRE_BROWSER") == "1":
        pytest.fail(f"browser tests required (KG_REQUIRE_BROWSER=1) but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        _unavailable(
            f"no Chromium at {CHROMIUM} (install Debian's chromium: apt-get install chromium)"
        )
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed (pip install -e '.[test]')")
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield launched
        launched.close()


class Page:
    """One page opened from file://, with every request and dialog recorded."""

    def __init__(self, browser: Any, path: Path) -> None:
        self.url = path.resolve().as_uri()
        self.page = browser.new_page(viewport={"width": 1200, "height": 800})
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(self.url)
        self.wait("() => window.kgReady === true && window.kgFirstDraw !== undefined")

    def wait(self, predicate: str, arg: Any = None, timeout: float = 30.0) -> None:
        """Poll a predicate from Python: the page's Content-Security-Policy forbids
        the eval that Playwright's wait_for_function uses."""
        deadline = time.monotonic() + timeout
        while not self.page.evaluate(predicate, arg):
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {predicate}")
            time.sleep(0.05)

    def js(self, code: str, arg: Any = None) -> Any:
        return self.page.evaluate(code, arg)

    def node(self, label: str) -> int:
        return int(self.js("l => kg.data.nodes.find(n => n.label === l).id", label))

    def edge(self, a: str, b: str, rel: str) -> int:
        return int(self.js("([a, b, r]) => kg.data.edges.find(e => e.rel === r && "
                           "((e.from === a && e.to === b) || (e.from === b && e.to === a))).id",
                           [self.node(a), self.node(b), rel]))  # fmt: skip

    def hover_edge(self, edge: int) -> str:
        """Move the mouse onto the middle of a straight edge; the tooltip's text."""
        point = self.js("""id => { const e = kg.edges.get(id);
            const p = kg.network.getPositions([e.from, e.to]);
            const d = kg.network.canvasToDOM({x: (p[e.from].x + p[e.to].x) / 2,
                                              y: (p[e.from].y + p[e.to].y) / 2});
            const box = document.getElementById('graph').getBoundingClientRect();
            return [d.x + box.left, d.y + box.top]; }""", edge)  # fmt: skip
        self.page.mouse.move(point[0] - 30, point[1] - 30)
        self.page.mouse.move(point[0], point[1], steps=4)
        tip = self.page.locator("div.vis-tooltip")
        tip.wait_for(state="visible")
        return str(tip.inner_text())

    def visible(self) -> dict[str, Any]:
        return dict(
            self.js("""() => ({nodes: kg.nodeView.getIds().map(id => kg.nodes.get(id).label),
            edges: kg.edgeView.getIds().map(id => kg.edges.get(id).rel)})""")
        )


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
    assert page.js("kg.nodeView.length") == BIG + 100
    assert page.errors == [] and page.requests == [page.url]


def test_empty_graph_page_is_ready(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "empty.html"
    write_page(nx.MultiDiGraph(), path)
    page = Page(browser, path)
    assert page.js("kg.nodes.length") == 0
    assert page.errors == []
