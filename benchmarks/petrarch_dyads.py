"""Who did what to whom on the PETRARCH2 validation suite, with its own actors.

Usage::

    python benchmarks/petrarch_dyads.py ../shared/eval/petrarch/petrarch2_validation.jsonl \\
        [--actors benchmarks/data/petrarch2-validate-actors.csv] [--json] [-v]
    python benchmarks/petrarch_dyads.py --convert PETR.Validate.actors.txt OUT.csv

The suite's unit tests code invented countries (Arnor, Gondor) that no model
or gazetteer knows; PETRARCH2 ships the actor dictionary they need
(``PETR.Validate.actors.txt``, openeventdata/petrarch2, MIT licence).
``--convert`` turns that dictionary into kg's actors file (name, aliases,
type, CAMEO code, date ranges); the converted file is
``benchmarks/data/petrarch2-validate-actors.csv``.

Every record with events is written as one article of a JSON Lines file and
ingested with ``kg ingest --actors FILE`` into a fresh store, exactly as a user
would. kg's conflict, cooperation, contact and statement events give directed
dyads (agent -> target, speaker -> addressee or topic; both directions for a
meeting, whose parties are unordered); each actor becomes a code: its CAMEO
code from the actors file (on the article's date when the code has date
ranges), a country's ISO alpha-3 code, a person's the code of the country or
body they serve, else ``---``. Codes are compared by their first three letters
(the country, or ``---``), since kg does not code sectors (``GOV``, ``MIL``).
Precision = matched kg dyads / kg dyads, recall = matched suite dyads / suite
dyads, per suite category and overall.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from kg.graph.results import value
from kg.graph.sparql import select
from kg.graph.store import open_store
from kg.language.gazetteer import gazetteer
from kg.read.actors import read_actors

HERE = Path(__file__).resolve().parent
DEFAULT_ACTORS = HERE / "data" / "petrarch2-validate-actors.csv"
_EVENTS = """PREFIX kg: <https://w3id.org/kg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?article ?event ?class ?role ?actor WHERE { GRAPH ?g {
  ?event a ?class ; prov:wasDerivedFrom ?article ; ?role ?actor .
  FILTER (?class IN (kg:Contact, kg:Conflict, kg:Cooperation, kg:Statement))
  FILTER (?role IN (kg:agent, kg:target, kg:participant, kg:speaker, kg:addressee, kg:topic))
} }"""
_CODES = """PREFIX kg: <https://w3id.org/kg/ontology#>
SELECT ?actor ?iso ?cameo WHERE { GRAPH ?g {
  { ?actor kg:iso3166Alpha3 ?iso } UNION { ?actor kg:actorCode ?cameo } } }"""
_KEYS = """PREFIX kg: <https://w3id.org/kg/ontology#>
SELECT DISTINCT ?actor ?key WHERE { GRAPH ?g { ?r kg:localKey ?key ; kg:denotes ?actor } }"""
_POSTS = """PREFIX kg: <https://w3id.org/kg/ontology#>
SELECT ?article ?person ?body WHERE { GRAPH ?g { ?tie a kg:Affiliation ; kg:member ?person ;
  kg:organization ?body ; <http://www.w3.org/ns/prov#wasDerivedFrom> ?article } }"""
_KG = "https://w3id.org/kg/ontology#"


# -- converting PETRARCH's actor dictionary ----------------------------------------------


def _day(text: str) -> str:
    """PETRARCH dates: YYMMDD or YYYYMMDD -> ISO."""
    digits = text.strip()
    if len(digits) == 6:
        year = int(digits[:2])
        digits = f"{2000 + year if year < 30 else 1900 + year}{digits[2:]}"
    return f"{digits[:4]}-{digits[4:6]}-{digits[6:8]}"


def _code_block(text: str) -> tuple[str, str | None, str | None]:
    """'[HOBGOV 19950601 - 19990815]' -> ('HOBGOV', '1995-06-01', '1999-08-15')."""
    inner = text.strip()[1:-1].strip()
    m = re.match(r"([^\s<>]+)\s*(.*)", inner)
    code, rest = (m.group(1), m.group(2).strip()) if m else (inner, "")
    code = code.split("/")[0]
    if not rest:
        return code, None, None
    if rest.startswith("<"):
        return code, None, _day(rest[1:])
    if rest.startswith(">"):
        return code, _day(rest[1:]), None
    start, _, end = rest.partition("-")
    return code, _day(start), _day(end)


def _name(raw: str) -> str:
    words = raw.strip().strip("_").replace("_", " ").split()
    return " ".join(w if any(c.isdigit() for c in w) or (len(w) <= 3 and "." in w)
                    else w.capitalize() for w in words)  # fmt: skip


def _type(name: str, code: str) -> str:
    """The dictionary has no types: a name kg's gazetteer knows has its type there
    ("United States", "North Korea", "World Bank" are no first and last names); else a
    three-letter code is a country (or a people), a longer one an organisation; a title
    or a first and last name is a person."""
    known = gazetteer().lookup(name)
    if known is not None and known.type in {"Country", "Organization"}:
        return known.type.lower()
    words = name.split()
    if words[0].lower() in {"president", "prime", "king", "prince", "queen"}:
        return "person"
    if len(words) == 2 and len(code) == 3 and code.isalpha():
        return "person"
    return "country" if len(code) == 3 or code in {"---", "+++"} else "organization"


def convert(text: str) -> list[dict[str, str]]:
    """PETRARCH actor dictionary text -> rows of kg's actors file."""
    text = re.sub(r"<!.*?-->", "", text, flags=re.S)
    actors: list[dict] = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if line.lstrip().startswith("+") and actors:
            actors[-1]["aliases"].append(_name(line.strip()[1:]))
            continue
        if line.lstrip().startswith("[") and actors:
            actors[-1]["codes"].append(_code_block(line.strip()))
            continue
        m = re.match(r"([^\[]+?)\s*(\[[^\]]*\])?\s*$", line)
        if not m:
            continue
        actors.append({"name": _name(m.group(1)), "aliases": [],
                       "codes": [_code_block(m.group(2))] if m.group(2) else []})  # fmt: skip
    rows = []
    for a in actors:
        codes = [c for c in a["codes"] if c[0] not in {"---", "+++", "###"}] or a["codes"]
        if not codes:
            continue
        plain = next((c for c in codes if c[1] is None and c[2] is None), None)
        kind = _type(a["name"], (plain or codes[0])[0])
        base = {"name": a["name"], "aliases": "|".join(a["aliases"]), "type": kind}
        rows.append({**base, "cameo": plain[0] if plain else "", "start": "", "end": ""})
        for code, start, end in codes:
            if start or end:
                rows.append({**base, "aliases": "", "cameo": code, "start": start or "",
                             "end": end or ""})  # fmt: skip
    return rows


def write_actors(rows: list[dict[str, str]], out: Path) -> None:
    with out.open("w", newline="", encoding="utf-8") as f:
        f.write("# Converted from PETR.Validate.actors.txt (openeventdata/petrarch2, MIT licence)\n"
                "# by benchmarks/petrarch_dyads.py --convert; a row per date range of a code.\n")  # fmt: skip
        w = csv.DictWriter(f, ["name", "aliases", "type", "cameo", "start", "end"])
        w.writeheader()
        w.writerows(rows)


# -- the benchmark -------------------------------------------------------------------------


def records(path: Path) -> list[dict]:
    """The records with events; a record whose id an earlier one has (the suite
    repeats two) gets its own ("AGENTS-18~2"), so that it is ingested as an article
    of its own rather than taken for the earlier one, unchanged."""
    out, seen = [], Counter[str]()
    for line in path.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if rec.get("events"):
            seen[rec["id"]] += 1
            if seen[rec["id"]] > 1:
                rec["id"] = f"{rec['id']}~{seen[rec['id']]}"
            out.append(rec)
    return out


def gold_dyads(rec: dict) -> set[tuple[str, str]]:
    return {(e["source"][:3].upper(), e["target"][:3].upper()) for e in rec["events"]
            if e.get("source") and e.get("target")}  # fmt: skip


Dyad = tuple[str, str, bool]  # source code, target code, directed


def kg_dyads(suite: list[dict], actors_file: Path, verbose: bool) -> dict[str, set[Dyad]]:
    """Ingest the suite with ``kg ingest --actors`` and read back each record's dyads."""
    by_key = {a.key: a for a in read_actors(actors_file)}
    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "suite.jsonl"
        with feed.open("w", encoding="utf-8") as f:
            for rec in suite:
                d = rec.get("date") or ""
                day = f"{d[:4]}-{d[4:6]}-{d[6:8]}" if len(d) == 8 else None
                f.write(json.dumps({"id": rec["id"], "title": "", "text": rec["text"],
                                    "date": day}) + "\n")  # fmt: skip
        store_dir = Path(tmp) / "store"
        cmd = ["kg", "ingest", str(feed), "--store", str(store_dir), "--actors", str(actors_file),
               "-q"]  # fmt: skip
        done = subprocess.run(cmd, capture_output=True, text=True)
        if verbose:
            print(done.stdout.strip(), done.stderr.strip()[-500:], file=sys.stderr)
        store = open_store(str(store_dir), create=False)
        try:
            events = select(store, _EVENTS).rows
            codes: dict[str, str] = {}
            for row in select(store, _CODES).rows:
                codes.setdefault(
                    value(row["actor"]), value(row["iso"] if "iso" in row else row["cameo"])
                )
            listed = {}
            for row in select(store, _KEYS).rows:
                if value(row["key"]) in by_key:
                    listed[value(row["actor"])] = by_key[value(row["key"])]
            posts: dict[tuple[str, str], str] = {}
            for row in select(store, _POSTS).rows:
                posts.setdefault((value(row["article"]), value(row["person"])), value(row["body"]))
        finally:
            store.close()
    dates = {rec["id"]: rec.get("date") or "" for rec in suite}

    def code(article: str, actor: str) -> str:
        rid = article.rsplit("/", 1)[-1]
        d = dates.get(rid, "")
        if actor in listed:
            found = listed[actor].code_on(f"{d[:4]}-{d[4:6]}-{d[6:8]}" if len(d) == 8 else None)
            if found:
                return found[:3].upper()
        if actor in codes:
            return codes[actor][:3].upper()
        body = posts.get((article, actor))
        return code(article, body) if body and body != actor else "---"

    roles: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    meta: dict[str, tuple[str, str]] = {}
    for row in events:
        ev = value(row["event"])
        roles[ev][value(row["role"]).rsplit("#", 1)[-1]].append(value(row["actor"]))
        meta[ev] = (value(row["article"]), value(row["class"]).rsplit("#", 1)[-1])
    out: dict[str, set[Dyad]] = defaultdict(set)
    for ev, r in roles.items():
        article, cls = meta[ev]
        rid = article.rsplit("/", 1)[-1]
        directed = True
        if cls == "Statement":  # to whom it was said (what it is about is no dyad)
            pairs = [(s, t) for s in r["speaker"] for t in r["addressee"]]
        elif r["agent"] or r["target"]:
            pairs = [(s, t) for s in r["agent"] for t in r["target"]]
        else:  # a meeting's parties are unordered
            parts = sorted(set(r["participant"]))
            pairs = [(s, t) for i, s in enumerate(parts) for t in parts[i + 1 :]]
            directed = False
        for s, t in pairs:
            cs, ct = code(article, s), code(article, t)
            if cs != ct:
                out[rid].add((cs, ct, directed) if directed else (*sorted((cs, ct)), False))
    return out


def _matches(pred: Dyad, gold: tuple[str, str]) -> bool:
    """A directed dyad matches its own direction, a meeting's pair either one."""
    s, t, directed = pred
    return (s, t) == gold or (not directed and (t, s) == gold)


def score(suite: list[dict], found: dict[str, set[Dyad]]) -> dict:
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # tp_pred, pred, tp_gold, gold
    for rec in suite:
        gold = gold_dyads(rec)
        pred = found.get(rec["id"], set())
        right = sum(1 for p in pred if any(_matches(p, g) for g in gold))
        found_gold = sum(1 for g in gold if any(_matches(p, g) for p in pred))
        for cat in (rec["category"], "overall"):
            c = per[cat]
            c[0] += right
            c[1] += len(pred)
            c[2] += found_gold
            c[3] += len(gold)
    table = {}
    for cat, (tp, pred, tpg, gold) in sorted(
        per.items(), key=lambda kv: (kv[0] == "overall", kv[0])
    ):
        p = tp / pred if pred else 0.0
        r = tpg / gold if gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        table[cat] = {"records": sum(1 for x in suite if cat in (x["category"], "overall")),
                      "gold": gold, "found": pred, "matched": tp, "gold_found": tpg,
                      "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}  # fmt: skip
    return table


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("suite", type=Path, nargs="?")
    ap.add_argument("--actors", type=Path, default=DEFAULT_ACTORS)
    ap.add_argument("--convert", nargs=2, metavar=("DICTIONARY", "OUT"), type=Path)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    if args.convert:
        write_actors(convert(args.convert[0].read_text(encoding="utf-8")), args.convert[1])
        return 0
    if args.suite is None:
        ap.error("give the suite (petrarch2_validation.jsonl)")
    suite = records(args.suite)
    found = kg_dyads(suite, args.actors, args.verbose)
    table = score(suite, found)
    if args.json:
        json.dump(table, sys.stdout, indent=1)
        return 0
    print(
        f"{'category':<12} {'records':>7} {'gold':>5} {'found':>5} {'ok':>4} {'P':>6} {'R':>6} {'F1':>6}"
    )
    for cat, row in table.items():
        print(f"{cat:<12} {row['records']:>7} {row['gold']:>5} {row['found']:>5} {row['matched']:>4} "
              f"{row['precision']:>6.3f} {row['recall']:>6.3f} {row['f1']:>6.3f}")  # fmt: skip
    if args.verbose:
        for rec in suite:
            gold, pred = gold_dyads(rec), found.get(rec["id"], set())
            if gold != pred:
                print(
                    f"{rec['id']} {rec['category']}: gold {sorted(gold)} kg {sorted(pred)} | {rec['text'][:120]}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
