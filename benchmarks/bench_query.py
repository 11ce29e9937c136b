"""Benchmark 3: load a 1,000,000-triple Turtle file and time the questions.

Run by hand: ``python benchmarks/bench_query.py [--ttl FILE]``. Writes the file
with ``make_triples.py`` when it is missing, loads it into kg's default store
(Oxigraph on disk, through :meth:`kg.graph.store.OxigraphStore.load_file`, the same
bulk load ``kg ingest FILE.ttl`` does) and into rdflib's in-memory ``Graph``,
then runs each query in ``benchmarks/queries/`` on both and prints the median
latencies side by side with their ratio. ``$NAME`` is the person in the most
contact events, ``$EVENT`` one of that person's contact events.

A second table times ``kg who-met NAME`` itself on a store as kg builds it
(one named graph per article, from a TriG file of the same size): in process
(the command's work without Python start-up) and as a command, and from the
whole network joined from the event triples (what it did before it read only
the materialised network of the actor's articles).
"""

from __future__ import annotations

import argparse
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ACTOR_QUESTIONS = ["who-met", "affiliations", "statements", "parties"]
AGGREGATES = ["top-pairs", "degree"]
PICK_NAME = """PREFIX kg: <https://w3id.org/kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?name (SAMPLE(?e) AS ?event) (COUNT(?e) AS ?n) WHERE {
  ?e a kg:Contact ; kg:participant ?a . ?a a kg:Person ; rdfs:label ?name .
} GROUP BY ?name ORDER BY DESC(?n) LIMIT 1"""


def timed(run, reps: int) -> tuple[float, int]:  # type: ignore[no-untyped-def]
    times, rows = [], 0
    for _ in range(reps):
        start = time.perf_counter()
        rows = run()
        times.append(time.perf_counter() - start)
    return statistics.median(times), rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ttl", type=Path, default=Path(tempfile.gettempdir()) / "kg-bench-1m.ttl")
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--reps", type=int, default=9, help="runs per Oxigraph query (median)")
    parser.add_argument("--rdflib-reps", type=int, default=3, help="runs per rdflib actor query")
    args = parser.parse_args()
    if not args.ttl.exists():
        subprocess.run([sys.executable, str(HERE / "make_triples.py"), str(args.ttl),
                        "--triples", str(args.triples)], check=True)  # fmt: skip

    from rdflib import Graph

    from kg.graph.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(str(Path(tmp) / "store"))
        start = time.perf_counter()
        store.load_file(args.ttl)
        ox_load = time.perf_counter() - start
        triples = len(store)
        best = next(iter(store.query(PICK_NAME)))
        name, event = best["name"].value, best["event"].value
        queries = {
            p.stem: p.read_text().replace("$NAME", name).replace("$EVENT", event)
            for p in sorted((HERE / "queries").glob("*.rq"))
        }
        ox_times = {}
        for q, text in queries.items():
            list(store.query(text))  # warm-up
            ox_times[q] = timed(lambda text=text: len(list(store.query(text))), args.reps)
        store.close()

    graph = Graph()
    start = time.perf_counter()
    graph.parse(args.ttl, format="turtle")
    rdf_load = time.perf_counter() - start
    rdf_times = {}
    for q, text in queries.items():
        reps = args.rdflib_reps if q in ACTOR_QUESTIONS else 1
        rdf_times[q] = timed(lambda text=text: len(list(graph.query(text))), reps)

    print(f"# {triples:,} triples ({args.ttl.stat().st_size / 1e6:.0f} MB Turtle); "
          f"NAME = {name!r}; {platform.python_version()}, {platform.machine()}")  # fmt: skip
    print("| | Oxigraph (on disk) | rdflib (memory) | rdflib / Oxigraph | rows |")
    print("|---|---:|---:|---:|---:|")
    print(f"| load the Turtle file | {ox_load:.1f} s | {rdf_load:.1f} s | "
          f"{rdf_load / ox_load:.0f}x | |")  # fmt: skip
    for q in [*ACTOR_QUESTIONS, *AGGREGATES]:
        (ot, orows), (rt, rrows) = ox_times[q], rdf_times[q]
        kind = "median" if q in ACTOR_QUESTIONS else "aggregate"
        rows = str(orows) if orows == rrows else f"{orows} vs {rrows}"
        print(f"| {q} ({kind}) | {ot * 1000:.1f} ms | {rt * 1000:,.0f} ms | "
              f"{rt / ot:,.0f}x | {rows} |")  # fmt: skip
    print(f"\nOxigraph: median of {args.reps} runs after a warm-up; rdflib: median of "
          f"{args.rdflib_reps} runs for actor questions, 1 run for aggregates.")  # fmt: skip
    who_met_table(args)


def who_met_table(args: argparse.Namespace) -> None:
    from kg.graph.store import open_store
    from kg.network.analysis import who_met
    from kg.network.graphs import meeting_graph, relation_graph_from_events
    from kg.network.names import find_actor
    from kg.network.neighbourhood import who_met_near

    trig = args.ttl.with_suffix(".trig")
    if not trig.exists():
        subprocess.run([sys.executable, str(HERE / "make_triples.py"), str(trig),
                        "--triples", str(args.triples)], check=True)  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        location = str(Path(tmp) / "store")
        store = open_store(location)
        start = time.perf_counter()
        store.load_file(trig)
        load = time.perf_counter() - start
        quads = len(store)
        name = next(
            iter(
                store.query(
                    PICK_NAME.replace("?e a kg:Contact", "GRAPH ?g { ?e a kg:Contact").replace(
                        "rdfs:label ?name .", "rdfs:label ?name } ."
                    )
                )
            )
        )["name"].value

        def in_process() -> int:
            near = who_met_near(store, name)
            assert near is not None
            return len(near[2])

        fast = timed(in_process, args.reps)
        start = time.perf_counter()
        graph = relation_graph_from_events(store)
        whole = len(who_met(meeting_graph(graph), find_actor(graph, name)))
        full = time.perf_counter() - start
        store.close()
        command = [sys.executable, "-m", "kg", "who-met", name, "--store", location]
        cli = timed(lambda: subprocess.run(command, capture_output=True, check=True) and 0, 5)
    print(f"\n# kg who-met {name!r} on {quads:,} quads in one named graph per article "
          f"(TriG loaded in {load:.1f} s)")  # fmt: skip
    print("| | median | rows |")
    print("|---|---:|---:|")
    print(f"| the command's work, in process (the actor's articles' networks) | {fast[0] * 1000:.0f} ms "
          f"| {fast[1]} |")  # fmt: skip
    print(
        f"| `kg who-met NAME` as a command (Python start-up included) | {cli[0] * 1000:.0f} ms | |"
    )
    print(f"| the same from the whole network joined from the events (1 run) | {full * 1000:,.0f} ms "
          f"| {whole} |")  # fmt: skip


if __name__ == "__main__":
    main()
