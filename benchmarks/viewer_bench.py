"""Benchmark of the graph page (not a test): time to write it, file size, time
to first drawing in headless Chromium and how fast it answers a search and a
filter, on a real store or on synthetic graphs.

    python benchmarks/viewer_bench.py --store DIR [--sizes 500,2000,5000,all] [--runs 3]
    python benchmarks/viewer_bench.py --synthetic [--sizes 500,2000,5000,10000] [--runs 3]

With ``--store`` the relation graph is read from the store once (the time is
printed), and each page shows the ``N`` actors nearest the best-connected one
(breadth first, so a real neighbourhood with its fragments' structure), ``all``
the whole graph as ``kg view`` writes it. ``--synthetic`` uses power-law graphs
shaped like kg's instead (one connected piece: every actor is on the first
screen, the hardest case for the browser).

"Written" is kg.view.page.write_page (layout, centrality, JSON, file) timed with
time.perf_counter (wall) and time.process_time (CPU: the same work, without the
time lost to other processes on a shared machine). "First drawn" is the page's
performance.now() at vis-network's first afterDrawing event (from navigation
start, so reading the file and parsing the inlined library count); "first drawn
CPU" the CPU time of the page's main thread by then (Chromium's ThreadTime
metric, the same work without the waits of a shared machine); "ready" the
page's performance.now() when it answers input (physics settled). Each page is
written ``--runs`` times and opened ``--runs`` times, each in a fresh Chromium
with its own profile folder: the table gives medians. The page's window.kgMarks
(when each step of its start ended) are printed for the last run.

"Filter" is the time from unticking or ticking the most frequent relation type
to the end of the drawing without (or with) it, on the first screen (10 times
per run); "search" from asking the page's search (its own kg.search, as the
Enter key does) for one of the ten most central actors by name to the end of
the drawing that focuses it. Both are medians over all runs. The load average
of the machine is printed before and after.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import networkx as nx

from kg.network.graphs import Evidence
from kg.view.page import write_page

TYPES = ["Person"] * 12 + ["Country"] * 3 + ["Organization"] * 3 + ["Group"] * 2
RELATIONS = ["met"] * 6 + ["opposed", "cooperated", "affiliated", "member"]
BROWSER_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"]  # fmt: skip
# From a call to the next drawing's end (the page may draw at once, or on the next frame).
TIMED = """async (what) => {
  const drawn = new Promise(done => kg.network.once('afterDrawing', () => done(performance.now())));
  const start = performance.now();
  if (what.search !== undefined) { document.getElementById('search').value = what.search; kg.search(); }
  else { const box = document.querySelector('#relations input[value="' + what.filter + '"]');
         box.checked = !box.checked; kg.filter(); }
  const end = await Promise.race([drawn, new Promise(done => setTimeout(() => done(null), 5000))]);
  return end === null ? null : end - start;
}"""


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


def open_page(path: Path, chromium: str) -> dict[str, Any]:
    """Times of one page in a fresh headless Chromium (its own profile folder)."""
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as profile, sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            profile, executable_path=chromium, headless=True, args=BROWSER_ARGS,
            viewport={"width": 1400, "height": 900})  # fmt: skip
        page = context.new_page()
        cdp = context.new_cdp_session(page)
        cdp.send("Performance.enable")
        page.goto(path.resolve().as_uri())
        # Poll from here: the page's Content-Security-Policy forbids the eval
        # that Playwright's wait_for_function needs.
        while not page.evaluate(
            "() => window.kgReady === true && window.kgFirstDraw !== undefined"
        ):
            time.sleep(0.05)
        metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
        drawn, ready = (
            t / 1000 for t in page.evaluate("() => [window.kgFirstDraw, window.kgReadyAt]")
        )
        found: dict[str, Any] = {"drawn": drawn, "cpu": metrics["ThreadTime"], "ready": ready,
                                 "marks": page.evaluate("() => window.kgMarks")}  # fmt: skip
        found.update(interactions(page))
        context.close()
    return found


def interactions(page: Any) -> dict[str, list[float | None]]:
    names = page.evaluate("""() => { const deg = {};
        kg.data.edges.forEach(e => { deg[e.from] = (deg[e.from] || 0) + 1; deg[e.to] = (deg[e.to] || 0) + 1; });
        return kg.data.nodes.filter(n => deg[n.id]).sort((a, b) => b.value - a.value)
                 .slice(0, 10).map(n => n.label); }""")
    rel = page.evaluate("""() => { const n = {}; kg.data.edges.forEach(e => n[e.rel] = (n[e.rel] || 0) + 1);
        return Object.keys(n).sort((a, b) => n[b] - n[a])[0]; }""")
    filters = [page.evaluate(TIMED, {"filter": rel}) for _ in range(10)] if rel else []
    searches = [page.evaluate(TIMED, {"search": name}) for name in names]
    return {"search": searches, "filter": filters}


def _median(values: list[float | None]) -> float:
    done = [v for v in values if v is not None]
    return statistics.median(done) if done else float("nan")


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
    parser.add_argument("--runs", type=int, default=3, help="runs per page (medians; default 3)")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    print("load average before: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    out = args.out or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    whole = from_store(args.store) if args.store else None
    sizes = args.sizes or ("500,2000,5000,10000" if whole is None else "500,2000,5000,all")
    rows = []
    for size in sizes.split(","):
        if whole is None:
            graph = synthetic(int(size))
        else:
            graph = whole if size == "all" else nearest(whole, int(size))
        path = out / f"graph-{size}.html"
        builds, cpus = [], []
        for _ in range(args.runs):
            start, cpu = time.perf_counter(), time.process_time()
            written = write_page(graph, path)
            builds.append(time.perf_counter() - start)
            cpus.append(time.process_time() - cpu)
        opened = [open_page(path, args.chromium) for _ in range(args.runs)]
        rows.append((graph.number_of_nodes(), graph.number_of_edges(), statistics.median(builds),
                     statistics.median(cpus), written / 1e6,
                     statistics.median(o["drawn"] for o in opened),
                     statistics.median(o["cpu"] for o in opened),
                     statistics.median(o["ready"] for o in opened),
                     _median([t for o in opened for t in o["search"]]),
                     _median([t for o in opened for t in o["filter"]])))  # fmt: skip
        marks = ", ".join(f"{step} {t / 1000:.2f}" for step, t in opened[-1]["marks"])
        print(f"{size}: page marks (s) {marks}; first drawn {opened[-1]['drawn']:.2f}")
    heads = ["actors", "relations", "written (s)", "write CPU (s)", "file (MB)", "first drawn (s)",
             "first drawn CPU (s)", "ready (s)", "search (ms)", "filter (ms)"]  # fmt: skip
    print("| " + " | ".join(heads) + " |")
    print("|" + "|".join("-" * (len(h) + 1) + ":" for h in heads) + "|")
    for n, m, *times in rows:
        build, cpu, mb, drawn, drawn_cpu, ready, search, filt = times
        cells = [f"{n:,}", f"{m:,}", f"{build:.2f}", f"{cpu:.2f}", f"{mb:.2f}", f"{drawn:.2f}",
                 f"{drawn_cpu:.2f}", f"{ready:.2f}", f"{search:.0f}", f"{filt:.0f}"]  # fmt: skip
        print("| " + " | ".join(c.rjust(len(h)) for c, h in zip(cells, heads, strict=True)) + " |")
    print("load average after: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    print(f"pages in {out}")


if __name__ == "__main__":
    main()
