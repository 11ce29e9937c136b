"""Headless Chromium for the viewer tests: Debian's, driven by Playwright, with
a fresh profile and no network of its own; pages opened from file://."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]  # fmt: skip


def _unavailable(reason: str) -> None:
    if os.environ.get("KG_REQUIRE_BROWSER") == "1":
        pytest.fail(f"browser tests required (KG_REQUIRE_BROWSER=1) but {reason}")
    pytest.skip(reason)


def launch() -> Iterator[Any]:
    """Chromium for the tests of one module (the ``browser`` fixture)."""
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
            self.js("""() => ({nodes: kg.shownNodes().map(id => kg.nodes.get(id).label),
            edges: kg.shownEdges().map(id => kg.edges.get(id).rel)})""")
        )
