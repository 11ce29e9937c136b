"""Benchmark 4: kg's commands on real-sized stores, each timed as a whole process.

Run by hand::

    python benchmarks/bench_network.py --bbc CORPUS_DIR [--dir DIR] [--runs 5]

Builds, once, in ``--dir`` (default ``$TMPDIR/kg-bench``):

* ``m1``: a store of about 1,000,000 triples, one named graph per article:
  ``make_triples.py m1.trig`` (kg's own RDF builder over synthetic records:
  about 2,000 articles and 14,000 actors) loaded with ``kg ingest m1.trig``;
* ``bbc``: every article of a news corpus given with ``--bbc`` (for instance
  the 2,223 BBC stories of 2004-2005 in five topic folders) ingested with
  ``kg ingest --jobs 2``; when the corpus has folders, only they are read
  (not a README beside them).

Then runs each command ``--runs`` times as its own process (``python -m kg``
start-up, imports and opening the store included, output to /dev/null), in
rounds that run every command once (so that a burst of other work on the
machine slows all the commands a little rather than one of them a lot), and
prints the median wall time, with the median CPU time of the process (user +
system; on a machine shared with other work the wall time waits for a core,
the CPU time does not). ``NAME`` is the person in the most factual contacts,
``A`` and ``B`` two people two or more steps apart. The stores' size on disk
before and after all the (read-only) runs is printed too, with the load
average of the machine before and after, and each command's target (the
start-up targets are wall time beyond ``python -c pass``).

kg's modules are compiled to bytecode first (``compileall``), as an installed
package is: a checkout run with ``PYTHONDONTWRITEBYTECODE`` set would
otherwise compile every module on every run.
"""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
KG = [sys.executable, "-m", "kg"]
SHIPPED = ["who-met-whom", "parties", "statements", "affiliations", "conflicts", "cooperation",
           "memberships"]  # fmt: skip
# seconds, at 1M triples (for kg --help and ASK: beyond `python -c pass`)
TARGETS = {"kg --help": 0.15, "kg query 'ASK {}'": 0.15, "kg stats": 3.0, "kg communities": 5.0,
           "kg path A B": 1.0, "kg who-met NAME": 0.3, "kg view": 3.0}  # fmt: skip
STARTUP = ("kg --help", "kg query 'ASK {}'")
BARE = "python -c pass"
BUSIEST = """PREFIX kg: <https://w3id.org/kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?person (COUNT(DISTINCT ?e) AS ?n) WHERE {
  GRAPH ?g { ?e a kg:Contact ; kg:factual true ; kg:participant ?person }
  GRAPH ?h { ?person a kg:Person }
} GROUP BY ?person ORDER BY DESC(?n) ?person LIMIT 40"""


def once(command: list[str]) -> tuple[float, float]:
    """Wall and CPU (user + system) seconds of one run of ``command``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed: {done.stderr.strip()}")
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def build_m1(folder: Path, triples: int) -> Path:
    store = folder / "m1"
    if not store.exists():
        trig = folder / "m1.trig"
        if not trig.exists():
            subprocess.run([sys.executable, str(HERE / "make_triples.py"), str(trig),
                            "--triples", str(triples)], check=True)  # fmt: skip
        subprocess.run([*KG, "ingest", str(trig), "--store", str(store), "-q"], check=True)
    return store


def build_bbc(folder: Path, corpus: Path) -> Path:
    store = folder / "bbc"
    if not store.exists():  # exit status 1 (an article failed) or 4 (skipped) is fine
        inputs = sorted(str(p) for p in corpus.iterdir() if p.is_dir()) or [str(corpus)]
        subprocess.run([*KG, "ingest", *inputs, "--store", str(store), "-q", "--jobs", "2"],
                       check=False)  # fmt: skip
    return store


def names(store: Path) -> tuple[str, str, str]:
    """The busiest person, and two people at least two steps apart."""
    from kg.graph.store import open_store
    from kg.network.materialised import Summaries
    from kg.network.paths import path_between

    db = open_store(str(store), create=False)
    try:
        people = [r["person"].value for r in db.query(BUSIEST)]
        summaries = Summaries.read(db)
    finally:
        db.close()
    assert summaries is not None, f"{store}: articles without a materialised network"
    table, adjacency = summaries.actor_table(), summaries.topology()
    for a in people:
        for b in reversed(people):
            if len(path_between(adjacency, a, b)) >= 3:
                return table[people[0]]["label"], table[a]["label"], table[b]["label"]
    return table[people[0]]["label"], table[people[0]]["label"], table[people[-1]]["label"]


def commands(store: Path, out: Path) -> dict[str, list[str]]:
    name, a, b = names(store)
    at = ["--store", str(store)]
    found = {
        "kg --help": [*KG, "--help"],
        "kg query 'ASK {}'": [*KG, "query", "ASK {}", *at],
        "kg stats": [*KG, "stats", *at],
        "kg communities": [*KG, "communities", *at],
        "kg path A B": [*KG, "path", a, b, *at],
        "kg who-met NAME": [*KG, "who-met", name, *at],
        "kg view": [*KG, "view", "-o", str(out), *at],
    }
    for q in SHIPPED:
        found[f"kg query {q} --format csv"] = [*KG, "query", q, "--format", "csv", *at]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "kg-bench")
    parser.add_argument("--bbc", type=Path, help="a news corpus folder (skipped when not given)")
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    compileall.compile_dir(str(HERE.parent / "kg"), quiet=1)
    stores = {"1M triples": build_m1(args.dir, args.triples)}
    if args.bbc:
        stores["BBC corpus"] = build_bbc(args.dir, args.bbc)
    load = [os.getloadavg()]
    plan: list[tuple[str, str, list[str]]] = [("", BARE, [sys.executable, "-c", "pass"])] * 3
    sizes = {}
    for label, store in stores.items():
        sizes[label] = [size_mb(store)]
        found = commands(store, args.dir / "graph.html")
        plan += [(label, what, command) for what, command in found.items()]
    # Round-robin: each round runs every command once, so that a burst of other
    # work on the machine falls on all the commands alike, not on one of them.
    times: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for run in range(args.runs):
        for label, what, command in plan:
            times[label, what].append(once(command))
        print(f"  round {run + 1} of {args.runs}, load average {os.getloadavg()[0]:.1f}",
              file=sys.stderr)  # fmt: skip
    for label, store in stores.items():
        sizes[label].append(size_mb(store))
    medians = {key: (statistics.median(w for w, _ in got), statistics.median(c for _, c in got))
               for key, got in times.items()}  # fmt: skip
    base = medians["", BARE]
    results: dict[str, dict[str, tuple[float, float]]] = defaultdict(dict)
    for (label, what), measured in medians.items():
        if label:
            results[what][label] = measured
    load.append(os.getloadavg())
    quads = {label: _quads(store) for label, store in stores.items()}
    print(f"# {os.cpu_count()} cores; median of {args.runs} rounds, each running every command "
          "once; "
          f"`python -c pass` takes {base[0]:.3f} s (CPU {base[1]:.3f} s); load average "
          + " -> ".join("/".join(f"{x:.1f}" for x in avg) for avg in load))  # fmt: skip
    header = " | ".join(f"{label} ({quads[label]:,} quads): wall / CPU" for label in stores)
    print(f"| command | target at 1M | {header} |")
    print("|---|---:|" + "---:|" * len(stores))
    for what, by_store in results.items():
        cells = " | ".join(_cell(what, wall, cpu, base) for wall, cpu in by_store.values())
        print(f"| `{what}` | {_target(what)} | {cells} |")
    print("\nStore size on disk before and after all the runs above (read-only commands):")
    for label, (before, after) in sizes.items():
        print(f"  {label}: {before:.0f} MB -> {after:.0f} MB")


def _target(what: str) -> str:
    if what in STARTUP:
        return f"+{TARGETS[what]:.2f} s"
    return f"{TARGETS.get(what, 2.0):g} s" if what in TARGETS or "--format csv" in what else ""


def _cell(what: str, wall: float, cpu: float, base: tuple[float, float]) -> str:
    """Wall / CPU seconds; for start-up, also the wall time beyond `python -c pass`."""
    if what in STARTUP:
        return f"{wall:.3f} s / {cpu:.3f} s (+{wall - base[0]:.3f} s)"
    return f"{wall:.2f} s / {cpu:.2f} s"


def _quads(store: Path) -> int:
    from kg.graph.store import open_store

    db = open_store(str(store), create=False)
    try:
        return len(db)
    finally:
        db.close()


if __name__ == "__main__":
    main()
