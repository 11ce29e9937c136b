"""Audit precision on a real corpus: sample facts, judge them by hand, score.

Usage::

    python benchmarks/audit.py sample CORPUS_DIR --store STORE [--n 30] [--seed 2026] [--out SAMPLE.jsonl]
    python benchmarks/audit.py judge SAMPLE.jsonl --out JUDGEMENTS.tsv [--verdicts FILE]
    python benchmarks/audit.py score JUDGEMENTS.tsv [...] [--markdown]

``sample`` ingests the corpus with ``kg ingest`` (articles already in the store
are skipped), asks every shipped question (``ontology/queries/*.rq``) with
``kg query NAME --format json``, draws a fixed-seed random sample of N rows per
question and prints each with its evidence sentence for a person to judge. The
sample, which holds article text, is written outside the project (by default
under the system's temporary folder); the script refuses a path inside it.

``judge`` records verdicts in a TSV file with the columns ``question``,
``fact_id``, ``verdict`` (``ok`` or ``wrong``) and ``error`` (an optional
error-category code such as ``not-a-meeting``): ids and codes only, so the file
can be committed. Verdicts are typed at a prompt, or read from a file of lines
``NUMBER ok`` / ``NUMBER wrong CODE`` (the numbers ``sample`` printed).

``score`` turns judgement files into precision per question, with counts, a
95% Wilson interval and the error codes.

A fact id is the first 12 hex digits of a SHA-256 of the question and the
row's values (actor and article IRIs, labels, kind, role, evidence sentence),
leaving out ``confidence``: the same store gives the same ids, and a fact that
a later version of kg still extracts from the same sentence keeps its id, so
earlier judgements apply to it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import re
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS_DIR = ROOT / "ontology" / "queries"
VERDICTS = ("ok", "wrong")
CODE = re.compile(r"^[a-z0-9][a-z0-9-]{0,31}$")
HEADER = ("question", "fact_id", "verdict", "error")
NOT_IDENTITY = {"confidence"}  # a score, not part of what the fact says
INGEST_OK = {0, 4}  # everything stored / some inputs skipped, the rest stored


class AuditError(Exception):
    """A user mistake or a failed kg command: one line, exit status 1."""


# ---------------------------------------------------------------- sampling


def shipped_questions() -> list[str]:
    return sorted(path.stem for path in QUESTIONS_DIR.glob("*.rq"))


def fact_id(question: str, row: dict[str, str]) -> str:
    """The id of a result row: a digest of what it says, never its text.

    >>> row = {"subjectName": "A", "objectName": "B", "confidence": "0.9"}
    >>> fact_id("conflicts", row) == fact_id("conflicts", {**row, "confidence": "0.5"})
    True
    >>> fact_id("conflicts", row) == fact_id("cooperation", row)
    False
    """
    parts = [question] + [f"{k}={row[k]}" for k in sorted(row) if k not in NOT_IDENTITY]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:12]


def draw(question: str, rows: Iterable[dict[str, str]], n: int, seed: int) -> list[dict]:
    """N facts of one question, the same for the same rows and seed in any order.

    >>> rows = [{"subjectName": str(i)} for i in range(100)]
    >>> a = draw("q", rows, 5, seed=1)
    >>> a == draw("q", list(reversed(rows)), 5, seed=1), len(a)
    (True, 5)
    """
    facts = {fact_id(question, row): row for row in rows}
    ids = sorted(facts)
    picked = random.Random(f"{seed}/{question}").sample(ids, min(n, len(ids)))
    return [{"question": question, "fact_id": i, "row": facts[i]} for i in picked]


def run_kg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True)


def ingest(corpus: Path, store: str) -> None:
    done = run_kg("ingest", str(corpus), "--store", store, "--quiet")
    if done.returncode not in INGEST_OK:
        raise AuditError(f"kg ingest {corpus} failed ({done.returncode}): {done.stderr.strip()}")
    print(done.stdout.strip() or done.stderr.strip(), file=sys.stderr)


def query_rows(question: str, store: str) -> list[dict[str, str]]:
    done = run_kg("query", question, "--store", store, "--format", "json")
    if done.returncode != 0:
        raise AuditError(f"kg query {question} failed: {done.stderr.strip()}")
    bindings = json.loads(done.stdout)["results"]["bindings"]
    return [{k: v["value"] for k, v in b.items()} for b in bindings]


def kg_version() -> str:
    done = subprocess.run(["git", "-C", str(ROOT), "describe", "--always", "--dirty"],
                          capture_output=True, text=True)  # fmt: skip
    return done.stdout.strip() or "unknown"


def outside_project(path: Path) -> Path:
    path = path.resolve()
    if path == ROOT or ROOT in path.parents:
        raise AuditError(f"{path} is inside the project; samples hold article text, keep them out")
    return path


def sample(args: argparse.Namespace) -> None:
    corpus = Path(args.corpus)
    if not corpus.is_dir():
        raise AuditError(f"no corpus folder {corpus}")
    out = outside_project(Path(args.out) if args.out else default_sample_path(corpus, args))
    if not args.no_ingest:
        ingest(corpus, args.store)
    questions = args.question or shipped_questions()
    meta = {"corpus": str(corpus), "seed": args.seed, "n": args.n, "kg": kg_version(),
            "rows": {}}  # fmt: skip
    items: list[dict] = []
    for question in questions:
        rows = query_rows(question, args.store)
        meta["rows"][question] = len({fact_id(question, r) for r in rows})
        items += draw(question, rows, args.n, args.seed)
    for number, item in enumerate(items, 1):
        item["number"] = number
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        for record in [{"audit": meta}, *items]:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    for item in items:
        print(render(item), end="\n\n")
    print(f"{len(items)} facts from {meta['rows']} rows; sample written to {out}", file=sys.stderr)


def default_sample_path(corpus: Path, args: argparse.Namespace) -> Path:
    name = f"{corpus.resolve().name}-seed{args.seed}-n{args.n}.jsonl"
    return Path(tempfile.gettempdir()) / "kg-audit" / name


# ---------------------------------------------------------------- showing


def names_of(row: dict[str, str]) -> tuple[str, str]:
    """Subject and object of a row (``parties`` answers event -> party)."""
    if "eventName" in row:
        return row["eventName"], row.get("partyName", "")
    return row.get("subjectName", ""), row.get("objectName", "")


SHOWN_ELSEWHERE = {"subjectName", "objectName", "eventName", "partyName", "evidence",
                   "subject", "object", "event", "party", "article"}  # fmt: skip


def render(item: dict) -> str:
    row = item["row"]
    subject, obj = names_of(row)
    others = ", ".join(f"{k}: {v}" for k, v in row.items() if k not in SHOWN_ELSEWHERE)
    article = row.get("article", "").rsplit("/", 1)[-1]
    return "\n".join([
        f"[{item['number']}] {item['question']}  {item['fact_id']}  (article {article})",
        f"    {subject}  ->  {obj or '(none)'}",
        f"    {others}",
        f"    \u00ab{row.get('evidence', '')}\u00bb",
    ])  # fmt: skip


def read_sample(path: Path) -> tuple[dict, list[dict]]:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    if not records or "audit" not in records[0]:
        raise AuditError(f"{path} is not a sample written by 'audit.py sample'")
    return records[0]["audit"], records[1:]


# ---------------------------------------------------------------- judging


@dataclass(frozen=True)
class Judgement:
    question: str
    fact_id: str
    verdict: str
    error: str = ""


def judgement(question: str, fid: str, verdict: str, error: str = "") -> Judgement:
    if verdict not in VERDICTS:
        raise AuditError(f"verdict {verdict!r} for {fid}: use one of {', '.join(VERDICTS)}")
    if error and not CODE.match(error):
        raise AuditError(f"error code {error!r} for {fid}: lower-case letters, digits and '-'")
    if not re.fullmatch(r"[0-9a-f]{12}", fid):
        raise AuditError(f"fact id {fid!r} is not 12 hex digits")
    return Judgement(question, fid, verdict, error)


def read_judgements(path: Path) -> tuple[list[str], list[Judgement]]:
    """The comment lines and judgements of a TSV file (a header line is skipped)."""
    comments: list[str] = []
    found: list[Judgement] = []
    seen: dict[str, Judgement] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("#"):
            comments.append(line)
            continue
        cells = line.split("\t")
        if not line.strip() or tuple(cells) == HEADER[: len(cells)]:
            continue
        if len(cells) not in (3, 4):
            raise AuditError(f"{path}:{number}: expected question, fact_id, verdict[, error]")
        j = judgement(*cells)
        if seen.get(j.fact_id, j) != j:
            raise AuditError(f"{path}:{number}: {j.fact_id} judged twice, differently")
        if j.fact_id not in seen:
            seen[j.fact_id] = j
            found.append(j)
    return comments, found


def write_judgements(path: Path, comments: list[str], judged: list[Judgement]) -> None:
    lines = [*comments, "\t".join(HEADER)]
    lines += ["\t".join([j.question, j.fact_id, j.verdict, j.error]) for j in judged]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def verdicts_from_file(path: Path, items: dict[int, dict]) -> Iterator[Judgement]:
    """Lines ``NUMBER ok`` or ``NUMBER wrong [CODE]``; '#' starts a comment."""
    for line in path.read_text(encoding="utf-8").splitlines():
        words = line.split("#", 1)[0].split()
        if not words:
            continue
        if len(words) not in (2, 3) or not words[0].isdigit() or int(words[0]) not in items:
            raise AuditError(f"{path}: cannot read {line!r}: expected 'NUMBER ok|wrong [CODE]'")
        item = items[int(words[0])]
        yield judgement(item["question"], item["fact_id"], *words[1:])


def verdicts_from_prompt(items: list[dict], done: set[str]) -> Iterator[Judgement]:
    print("o = ok, w CODE = wrong (CODE optional), s = skip, q = quit", file=sys.stderr)
    for item in items:
        if item["fact_id"] in done:
            continue
        print(render(item))
        while True:
            try:
                words = input("verdict> ").split()
            except EOFError:
                return
            if words[:1] == ["q"]:
                return
            if words[:1] == ["s"]:
                break
            verdict = {"o": "ok", "w": "wrong"}.get(words[0], words[0]) if words else ""
            try:
                yield judgement(item["question"], item["fact_id"], verdict, *words[1:2])
                break
            except AuditError as e:
                print(e, file=sys.stderr)


def judge(args: argparse.Namespace) -> None:
    meta, items = read_sample(Path(args.sample))
    out = Path(args.out)
    comments, judged = read_judgements(out) if out.exists() else (describe(meta), [])
    by_id = {j.fact_id: j for j in judged}
    if args.verdicts:
        new = list(verdicts_from_file(Path(args.verdicts), {i["number"]: i for i in items}))
    else:
        new = list(verdicts_from_prompt(items, set(by_id)))
    by_id.update({j.fact_id: j for j in new})
    order = [i["fact_id"] for i in items] + [j.fact_id for j in judged]
    ranked = sorted(by_id.values(), key=lambda j: order.index(j.fact_id))
    write_judgements(out, comments, ranked)
    left = sum(i["fact_id"] not in by_id for i in items)
    print(f"{len(new)} verdicts recorded in {out}; {left} of {len(items)} not judged yet")


def describe(meta: dict) -> list[str]:
    corpus = "/".join(Path(meta["corpus"]).resolve().parts[-2:])
    rows = ", ".join(f"{q} {n}" for q, n in meta["rows"].items())
    return [f"# corpus {corpus}, seed {meta['seed']}, {meta['n']} per question, kg {meta['kg']}",
            f"# rows per question: {rows}"]  # fmt: skip


# ---------------------------------------------------------------- scoring


def wilson(ok: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The 95% Wilson score interval of a proportion ok / n.

    >>> [round(x, 2) for x in wilson(27, 30)]
    [0.74, 0.97]
    """
    if n == 0:
        return 0.0, 1.0
    p, z2 = ok / n, z * z
    centre = (p + z2 / (2 * n)) / (1 + z2 / n)
    half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def precision(judged: Iterable[Judgement]) -> dict[str, dict]:
    """Per question (and ``all``): judged, ok, wrong, precision, interval, errors."""
    groups: dict[str, list[Judgement]] = {}
    for j in judged:
        groups.setdefault(j.question, []).append(j)
        groups.setdefault("all", []).append(j)
    table = {}
    for question in [*sorted(q for q in groups if q != "all"), "all"]:
        js = groups.get(question, [])
        ok = sum(j.verdict == "ok" for j in js)
        errors = Counter(j.error or "unspecified" for j in js if j.verdict == "wrong")
        table[question] = {"judged": len(js), "ok": ok, "wrong": len(js) - ok,
                           "precision": ok / len(js) if js else None,
                           "interval": wilson(ok, len(js)), "errors": dict(errors.most_common())}  # fmt: skip
    return table


def score(args: argparse.Namespace) -> None:
    for path in map(Path, args.judgements):
        comments, judged = read_judgements(path)
        print(f"{path}" + "".join(f"\n  {c.lstrip('# ')}" for c in comments))
        print(format_table(precision(judged), markdown=args.markdown), end="\n\n")


def format_table(table: dict[str, dict], *, markdown: bool = False) -> str:
    head = ["question", "judged", "ok", "wrong", "precision", "95% interval", "errors"]
    rows = []
    for question, t in table.items():
        p = "-" if t["precision"] is None else f"{t['precision']:.2f}"
        errors = ", ".join(f"{code} {n}" for code, n in t["errors"].items())
        rows.append([question, str(t["judged"]), str(t["ok"]), str(t["wrong"]), p,
                     "{:.2f}-{:.2f}".format(*t["interval"]), errors])  # fmt: skip
    if markdown:
        lines = [head, ["---"] * len(head), *rows]
        return "\n".join("| " + " | ".join(r) + " |" for r in lines)
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()
                     for r in [head, *rows])  # fmt: skip


# ---------------------------------------------------------------- command line


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = top.add_subparsers(dest="command", required=True)
    p = sub.add_parser("sample", help="ingest a corpus, sample N facts per question, print them")
    p.add_argument("corpus", metavar="CORPUS_DIR")
    p.add_argument("--store", required=True, help="kg store to ingest into and query")
    p.add_argument("--n", type=int, default=30, help="facts per question (default 30)")
    p.add_argument("--seed", type=int, default=2026, help="random seed (default 2026)")
    p.add_argument("--out", help="sample file, outside the project (default: temp folder)")
    p.add_argument("--question", action="append", help="only this question (repeatable)")
    p.add_argument("--no-ingest", action="store_true", help="query the store as it is")
    p.set_defaults(run=sample)
    p = sub.add_parser("judge", help="record verdicts for a sample in a TSV file")
    p.add_argument("sample", metavar="SAMPLE.jsonl")
    p.add_argument("--out", required=True, help="judgement TSV (created or extended)")
    p.add_argument("--verdicts", help="file of 'NUMBER ok|wrong [CODE]' lines instead of a prompt")
    p.set_defaults(run=judge)
    p = sub.add_parser("score", help="precision per question from judgement files")
    p.add_argument("judgements", nargs="+", metavar="JUDGEMENTS.tsv")
    p.add_argument("--markdown", action="store_true", help="a Markdown table")
    p.set_defaults(run=score)
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        args.run(args)
    except (AuditError, OSError, json.JSONDecodeError) as e:
        print(f"audit: error: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
