"""The page of a corpus-shaped store in headless Chromium: what the first screen
shows, the names drawn, search among namesakes, the side lists and the focus.

The store is ingested from invented articles (tests/corpus_samples.py): one
well-connected person, namesakes of his with few or no relations, two circles
of ministers, and many people who are only quoted."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from browser import Page
from corpus_samples import HUB, NAMESAKES, write_jsonl

from kg.cli.main import main

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def corpus_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    store = str(folder / "store")
    assert main(["ingest", str(write_jsonl(folder / "corpus.jsonl")), "--store", store, "-q"]) == 0
    out = folder / "corpus.html"
    assert main(["view", "--store", store, "-o", str(out)]) == 0
    return out


@pytest.fixture
def page(browser, corpus_page: Path) -> Page:  # type: ignore[no-untyped-def]
    return Page(browser, corpus_page)


def shown_labels(page: Page) -> list[str]:
    return list(page.js("() => kg.shownNodes().map(id => kg.data.nodes[id].label)"))


def relations_of(page: Page) -> dict[str, int]:
    """Every actor's number of relations, from the page's own data."""
    return dict(
        page.js("""() => { const n = {}; kg.data.nodes.forEach(a => n[a.label] = 0);
        kg.data.edges.forEach(e => { n[kg.data.nodes[e.from].label]++; n[kg.data.nodes[e.to].label]++; });
        return n; }""")
    )


def test_first_screen_shows_the_network_without_the_unconnected(page: Page) -> None:
    relations = relations_of(page)
    loose = {name for name, n in relations.items() if n == 0}
    assert len(loose) >= 25  # the corpus has many actors without any relation
    shown = set(shown_labels(page))
    assert shown == {name for name, n in relations.items() if n > 0}
    assert "Ida Venn" in loose and "Ida Venn" not in shown
    assert "actors without relations hidden" in page.page.locator("#status").inner_text()
    page.page.locator("#loose").check()
    assert set(shown_labels(page)) == set(relations)
    page.page.locator("#loose").uncheck()
    assert set(shown_labels(page)) == shown


def readable(labels: list[dict[str, Any]], width: float, height: float) -> list[str]:
    """The names drawn at 12 px or more, inside the canvas, overlapping no other."""
    ok = []
    for i, a in enumerate(labels):
        inside = (
            a["x"] >= 0 and a["y"] >= 0 and a["x"] + a["w"] <= width and a["y"] + a["h"] <= height
        )
        apart = all(a["x"] + a["w"] <= b["x"] or b["x"] + b["w"] <= a["x"] or
                    a["y"] + a["h"] <= b["y"] or b["y"] + b["h"] <= a["y"]
                    for j, b in enumerate(labels) if j != i)  # fmt: skip
        if inside and apart and a["px"] >= 12 and a["label"]:
            ok.append(a["label"])
    return ok


def test_the_most_central_names_are_drawn_readably(page: Page) -> None:
    drawn = page.js("kg.labels()")
    box = page.js(
        "() => { const c = document.querySelector('#graph canvas'); return [c.clientWidth, c.clientHeight]; }"
    )
    names = readable(drawn, *box)
    assert len(names) >= 15
    assert HUB in names
    shown = set(shown_labels(page))
    assert set(names) <= shown  # only actors on screen are named
    # the canvas really has those names: the page reports what it drew, at its positions
    assert page.js("kg.labels().every(l => l.px >= 12)")


def test_search_among_namesakes_focuses_the_best_connected(page: Page) -> None:
    relations = relations_of(page)
    assert relations[HUB] > 10 * max(relations[n] for n in NAMESAKES)
    page.page.locator("#search").fill("venn")
    page.page.locator("#search").press("Enter")
    assert page.js("kg.data.nodes[window.kgFocused].label") == HUB
    assert page.js("kg.network.getSelectedNodes()") == [page.node(HUB)]
    matches = page.page.locator("#matches .link").all_inner_texts()
    assert matches[0].startswith(HUB) and f"{relations[HUB]} relations" in matches[0]
    assert {m.split(" Person")[0] for m in matches[1:4]} == set(NAMESAKES)
    assert "0 relations" in " ".join(matches)
    # an unconnected namesake asked for by full name is shown, with the others
    page.page.locator("#search").fill(NAMESAKES[0].upper())
    page.page.locator("#search").press("Enter")
    assert page.js("kg.data.nodes[window.kgFocused].label") == NAMESAKES[0]
    assert NAMESAKES[0] in shown_labels(page) and HUB in shown_labels(page)
    page.wait("name => kg.labels().some(l => l.label === name)", NAMESAKES[0])  # once centred


def test_side_lists_focus_the_graph(page: Page) -> None:
    central = page.page.locator("#central .link").all_inner_texts()
    assert central[0].startswith(HUB)
    page.page.locator("#central .link").nth(0).click()
    assert page.js("window.kgFocused") == page.node(HUB)
    groups = page.js("kg.data.communities")
    assert groups[0]["size"] >= groups[-1]["size"] and groups[0]["top"][0] == HUB
    page.page.locator("#groups .link").nth(1).click()
    members = {n for n in page.js("kg.data.nodes.filter(n => n.c === 1).map(n => n.label)")}
    assert set(shown_labels(page)) == members and len(members) == groups[1]["size"]
    assert "Community 1" in page.page.locator("#focusbar").inner_text()
    page.page.locator("#unfocus").click()
    assert len(shown_labels(page)) > len(members)
    assert page.page.locator("#focusbar").is_hidden()


def test_ego_focus_from_the_page(page: Page) -> None:
    page.js("id => kg.focus(id)", page.node("Jonas Pereira"))
    page.page.locator("#details button.ego[data-depth='1']").click()
    near = set(shown_labels(page))
    assert {"Jonas Pereira", "Oskar Venn"} <= near and HUB not in near
    page.page.locator("#details button.ego[data-depth='2']").click()
    assert near < set(shown_labels(page))
    assert "2 steps around" in page.page.locator("#focustext").inner_text()
    # filters still apply inside the focus: without 'met' nothing links them
    page.page.locator("#relations input[value=met]").uncheck()
    assert "No relation matches" in page.page.locator("#notice").inner_text()
    page.page.locator("#reset").click()
    assert page.page.locator("#focusbar").is_hidden() and HUB in shown_labels(page)


def test_colour_by_community_on_the_page(page: Page) -> None:
    colours = "() => kg.data.nodes.map(n => kg.nodes.get(n.id).color)"
    by_type = page.js(colours)
    page.page.locator("#colour").select_option("community")
    assert page.js("""() => kg.data.nodes.filter(n => n.c !== undefined)
        .every(n => kg.nodes.get(n.id).color === kg.data.communities[n.c].color)""")
    assert page.js(colours) != by_type
    assert "Communities (Louvain)" in page.page.locator("#legend").inner_text()
    page.page.locator("#colour").select_option("type")
    assert page.js(colours) == by_type
    assert page.errors == [] and page.requests == [page.url]
