"""Benchmark 4: kg serve under a mixed load, with runaway queries and a killed engine.

Run by hand: ``python benchmarks/serve_load.py [--triples 80000] [--requests 2000]``.
Writes a TriG file shaped like kg's output (``make_triples.py``), ingests it
into a fresh store, starts ``kg serve`` on 127.0.0.1 and sends ``--requests``
requests from ``--clients`` threads (8): mostly simple questions, some
aggregates, a few cartesian products that would take the machine's memory or
run forever, and some that must be refused (SERVICE) or are malformed. Half
way through, the Oxigraph engine behind the server is killed with SIGKILL.

It prints what came back per kind of request: every request must get an HTTP
status (0 unanswered), simple questions must never see a 502 nor a 503, and
the server must still answer after the kill. Latencies are the client's wall
time per request (median and 99th percentile).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
KG = "https://w3id.org/kg/ontology#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SIMPLE = [
    "ASK { GRAPH ?g { ?s ?p ?o } }",
    "SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 10",
    f"SELECT ?a ?l WHERE {{ GRAPH ?g {{ ?a a <{KG}Person> ; <{RDFS}label> ?l }} }} LIMIT 20",
    f"SELECT (COUNT(?e) AS ?n) WHERE {{ GRAPH <https://w3id.org/kg/id/article/a1> "
    f"{{ ?e a <{KG}Meeting> }} }}",
    f"SELECT ?e WHERE {{ GRAPH ?g {{ ?e <{KG}participant> ?a }} }} LIMIT 50",
]
# aggregates and the shipped questions: tenths of a second each on this store
MEDIUM = [(HERE / "queries" / "degree.rq").read_text()] + [
    (HERE.parent / "ontology" / "queries" / f"{name}.rq").read_text()
    for name in ("who-met-whom", "parties", "statements")
]
CARTESIAN = [
    "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f",  # memory: all of it, sorted
    "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",  # time: endless
]
REFUSED = ["SELECT * WHERE { BIND(<http://x/\\u0041#> AS ?z) SERVICE <http://127.0.0.1:9/s> {} }"]
MALFORMED = ["SELECT ?x WHERE {", "SELEC * WHERE { ?s ?p ?o }"]
MIX = {"simple": 0.85, "medium": 0.10, "cartesian": 0.01, "refused": 0.02, "malformed": 0.02}
POOLS = {"simple": SIMPLE, "medium": MEDIUM, "cartesian": CARTESIAN, "refused": REFUSED,
         "malformed": MALFORMED}  # fmt: skip


def build_store(folder: Path, triples: int) -> Path:
    trig = folder / "data.trig"
    subprocess.run([sys.executable, str(HERE / "make_triples.py"), str(trig), "--triples",
                    str(triples), "--persons", str(max(triples // 50, 100))], check=True)  # fmt: skip
    store = folder / "store"
    subprocess.run([sys.executable, "-m", "kg", "ingest", str(trig), "--store", str(store), "-q"],
                   check=True)  # fmt: skip
    return store


def engines(parent: int) -> list[int]:
    """The oxigraph processes started by ``parent``."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
                command = Path(f"/proc/{entry}/cmdline").read_bytes()
            except OSError:
                continue
            if int(stat[1]) == parent and b"oxigraph" in command:
                found.append(int(entry))
    return found


def request(url: str, query: str) -> tuple[int, float, str]:
    """(HTTP status or 0 when no answer came, seconds, why for a 5xx)."""
    started = time.perf_counter()
    full = f"{url}/sparql?query={urllib.parse.quote(query)}"
    why = ""
    try:
        with urllib.request.urlopen(full, timeout=180) as answer:
            answer.read()
            status = answer.status
    except urllib.error.HTTPError as exc:
        body = exc.read().decode("utf-8", "replace")
        status = exc.code
        why = re.sub(r"[\d,.]+", "N", body.strip().split(";")[0])[:70] if status >= 500 else ""
    except OSError:
        status = 0
    return status, time.perf_counter() - started, why


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=80_000)
    parser.add_argument("--requests", type=int, default=2_000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--timeout", type=float, default=10.0, help="kg serve --timeout")
    parser.add_argument("--memory", type=int, default=1024, help="kg serve --memory (MB)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="kg-serve-load-"))
    store = build_store(folder, args.triples)
    log = (folder / "serve.log").open("w")
    server = subprocess.Popen([sys.executable, "-m", "kg", "-v", "serve", "--store", str(store),
                               "--port", "0", "--timeout", str(args.timeout), "--memory",
                               str(args.memory)], stdout=subprocess.PIPE, stderr=log, text=True)  # fmt: skip
    assert server.stdout is not None
    url = re.search(r"(http://\S+)/sparql", server.stdout.readline()).group(1)  # type: ignore[union-attr]

    rng = random.Random(args.seed)
    kinds = rng.choices(list(MIX), weights=list(MIX.values()), k=args.requests)
    work = [(kind, rng.choice(POOLS[kind])) for kind in kinds]
    results: list[tuple[str, int, float, int]] = []  # kind, status, seconds, index
    reasons: Counter[tuple[str, str]] = Counter()
    lock, cursor = threading.Lock(), iter(enumerate(work))
    killed = threading.Event()

    def client() -> None:
        while True:
            with lock:
                item = next(cursor, None)
            if item is None:
                return
            index, (kind, query) = item
            if index == args.requests // 2 and not killed.is_set():
                killed.set()
                for pid in engines(server.pid):
                    os.kill(pid, signal.SIGKILL)
            status, seconds, why = request(url, query)
            with lock:
                results.append((kind, status, seconds, index))
                if why:
                    reasons[kind, why] += 1

    started = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(args.clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    after = request(url, SIMPLE[0])[0]
    server.send_signal(signal.SIGTERM)
    server.wait(60)
    log.close()
    restarts = (folder / "serve.log").read_text().count("restarting the query engine")

    by_kind: dict[str, Counter[int]] = defaultdict(Counter)
    times: dict[str, list[float]] = defaultdict(list)
    for kind, status, seconds, _ in results:
        by_kind[kind][status] += 1
        times[kind].append(seconds)
    late = [status for k, status, _, i in results if k == "simple" and i > args.requests // 2]
    print(f"kg serve under load: {args.requests:,} requests from {args.clients} clients, "
          f"{args.triples:,}-triple store, --timeout {args.timeout:g} --memory {args.memory}; "
          f"engine killed with SIGKILL at request {args.requests // 2:,}; "
          f"{platform()}\n")  # fmt: skip
    print("| requests | count | answers (status: count) | median | p99 |")
    print("|---|---:|---|---:|---:|")
    for kind in MIX:
        if kind in by_kind:
            answers = ", ".join(f"{s or 'none'}: {n}" for s, n in sorted(by_kind[kind].items()))
            print(f"| {kind} | {sum(by_kind[kind].values()):,} | {answers} | "
                  f"{statistics.median(times[kind]) * 1000:,.0f} ms | "
                  f"{percentile(times[kind], 0.99) * 1000:,.0f} ms |")  # fmt: skip
    unanswered = sum(c[0] for c in by_kind.values())
    simple_bad = by_kind["simple"][502] + by_kind["simple"][503]
    print(f"\nunanswered: {unanswered}; 502 or 503 for simple questions: {simple_bad}; "
          f"simple questions answered 200 after the kill: {late.count(200)}/{len(late)}; "
          f"engine restarts: {restarts}; still answering at the end: {after == 200}; "
          f"wall time {wall:.1f} s ({len(results) / wall:.0f} requests/s)")  # fmt: skip
    for (kind, why), count in sorted(reasons.items()):
        print(f"  {kind}: {count} x {why}")


def platform() -> str:
    import platform as p

    return f"{os.cpu_count()} cores, Python {p.python_version()}, {p.machine()}"


if __name__ == "__main__":
    main()
