"""Benchmark of the graph page (not a test): build time, file size and time to
first render in headless Chromium, on a real store.

    python benchmarks/viewer_bench.py --store DIR [--sizes 500,2000,5000,all] [--out DIR]
    python benchmarks/viewer_bench.py --synthetic [--sizes 500,2000,5000,10000]

With ``--store`` the relation graph is read from the store once (the time is
printed), and each page shows the ``N`` actors nearest the best-connected one
(breadth first, so a real neighbourhood with its fragments' structure), ``all``
the whole graph as ``kg view`` writes it. ``--synthetic`` uses power-law graphs
shaped like kg's instead (one connected piece, which flatters the layout).
"Build" is kg.view.page.write_page (layout, centrality, JSON, file) timed with
time.perf_counter (wall) and time.process_time (CPU: the same work, without the
time lost to other processes on a shared machine); "first render" is the page's
performance.now() at vis-network's first afterDrawing event (from navigation
start); "ready" is the page's performance.now() when it is ready for input
(physics settled).
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

import networkx as nx

from kg.network.graphs import Evidence
from kg.view.page import write_page

TYPES = ["Person"] * 12 + ["Country"] * 3 + ["Organization"] * 3 + ["Group"] * 2
RELATIONS = ["met"] * 6 + ["opposed", "cooperated", "affiliated", "member"]
BROWSER_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync"]  # fmt: skip


def synthetic(n: int, seed: int = 1) -> nx.MultiDiGraph:
    rng = random.Random(seed)
    base = nx.powerlaw_cluster_graph(n, 2, 0.1, seed=seed)
    graph = nx.MultiDiGraph()
    for v in base:
        graph.add_node(f"https://w3id.org/kg/id/actor/{v}", label=f"Actor {v}",
                       type=rng.choice(TYPES), aliases=[f"A{v}"] if v % 5 == 0 else [])  # fmt: skip
    for a, b in base.edges():
        rels = {rng.choice(RELATIONS)} | ({rng.choice(RELATIONS)} if rng.random() < 0.1 else set())
        for rel in rels:
            evidence = []
            for k in range(rng.randint(1, 3)):
                day = f"202{rng.randint(0, 2)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                article = f"https://w3id.org/kg/id/article/{rng.randint(0, n)}"
                evidence.append(Evidence(
                    sentence=f"Actor {a} and Actor {b} held talks on trade, energy and security "
                             f"in the capital on Monday, officials said ({k}).",
                    article=article, title=f"Talks report {article[-4:]}", date="Monday",
                    kind="meet" if rel == "met" else rel, confidence=0.8, day=day,
                    event=f"e{a}-{b}-{rel}-{k}"))  # fmt: skip
            graph.add_edge(f"https://w3id.org/kg/id/actor/{a}", f"https://w3id.org/kg/id/actor/{b}",
                           key=rel, evidence=evidence, weight=len(evidence),
                           articles=len({e.article for e in evidence}))  # fmt: skip
    return graph


def first_render(path: Path, chromium: str) -> tuple[float, float]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, headless=True, args=BROWSER_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(path.resolve().as_uri())
        # Poll from here: the page's Content-Security-Policy forbids the eval
        # that Playwright's wait_for_function needs.
        while not page.evaluate(
            "() => window.kgReady === true && window.kgFirstDraw !== undefined"
        ):
            time.sleep(0.05)
        drawn, ready = (
            t / 1000 for t in page.evaluate("() => [window.kgFirstDraw, window.kgReadyAt]")
        )
        browser.close()
    return drawn, ready


def from_store(location: str) -> nx.MultiDiGraph:
    from kg.graph.store import open_store
    from kg.network.graphs import relation_graph

    store = open_store(location, create=False)
    try:
        start, cpu = time.perf_counter(), time.process_time()
        graph = relation_graph(store)
        print(f"read the relation graph of {location} ({len(graph):,} actors, "
              f"{graph.number_of_edges():,} relations) in {time.perf_counter() - start:.2f} s "
              f"({time.process_time() - cpu:.2f} s CPU)")  # fmt: skip
    finally:
        store.close()
    return graph


def nearest(graph: nx.MultiDiGraph, n: int) -> nx.MultiDiGraph:
    """The ``n`` actors nearest the best-connected one (then the next component's)."""
    simple = graph.to_undirected(as_view=True)
    order: list[str] = []
    for start in sorted(simple, key=lambda v: -simple.degree(v)):
        if len(order) >= n:
            break
        if start in order:
            continue
        order += [v for v in nx.bfs_tree(simple, start) if v not in set(order)][: n - len(order)]
    return graph.subgraph(order).copy()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--store", help="a kg store directory")
    source.add_argument("--synthetic", action="store_true", help="synthetic graphs instead")
    parser.add_argument("--sizes", default=None, help="actors per page (default 500,2000,5000,all)")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    whole = from_store(args.store) if args.store else None
    sizes = args.sizes or ("500,2000,5000,10000" if whole is None else "500,2000,5000,all")
    rows = []
    for size in sizes.split(","):
        if whole is None:
            graph = synthetic(int(size))
        else:
            graph = whole if size == "all" else nearest(whole, int(size))
        n = graph.number_of_nodes()
        path = out / f"graph-{size}.html"
        start, cpu = time.perf_counter(), time.process_time()
        written = write_page(graph, path)
        build, cpu = time.perf_counter() - start, time.process_time() - cpu
        drawn, ready = first_render(path, args.chromium)
        rows.append((n, graph.number_of_edges(), build, cpu, written / 1e6, drawn, ready))
    print(f"| {'actors':>7} | {'relations':>9} | {'build (s)':>9} | {'build CPU (s)':>13} | "
          f"{'file (MB)':>9} | {'first render (s)':>16} | {'ready (s)':>9} |")  # fmt: skip
    print("|" + "|".join("-" * (w + 2) for w in (7, 9, 9, 13, 9, 16, 9)) + "|")
    for n, m, build, cpu, mb, drawn, ready in rows:
        print(
            f"| {n:>7,} | {m:>9,} | {build:>9.2f} | {cpu:>13.2f} | {mb:>9.2f} | {drawn:>16.2f} | {ready:>9.2f} |"
        )
    print(f"pages in {out}")


if __name__ == "__main__":
    main()
