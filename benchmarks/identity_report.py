"""How well a store keeps one actor to one node: the figures of the README's
"Actors and identity" section.

Usage::

    kg ingest CORPUS/ --store S
    python benchmarks/identity_report.py --store S [--json] [-v]

* **fragmentation**: person actors whose label is a bare surname (one word,
  "Mr"/"Ms" removed) of exactly one multi-word person of the store, as a
  share of all persons;
* **organisations under two names**: gazetteer organisations present as
  more than one node (each under one of the entry's standard names), and
  pairs of organisation nodes where one label is an acronym form of the
  other ("PCS" or "PCS Union" beside "Public and Commercial Services Union");
* **places in relations**: actors that take part in an event or a tie and
  whose label is a city, region or landmark of the place gazetteer;
* **Wikidata links** of organisations and groups, with the label they carry,
  and people tied to a party of another country;
* **communities**: the share of ``kg communities`` with fewer than 3 members.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import defaultdict

from kg.graph.name_forms import bare_acronym, stands_for
from kg.graph.results import value
from kg.graph.sparql import select
from kg.graph.store import open_store
from kg.language.gazetteer import gazetteer
from kg.language.lexicon import FORCE_PLURALS
from kg.language.places import places

PREFIX = """PREFIX kg: <https://w3id.org/kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
"""
ACTORS = (
    PREFIX
    + """SELECT DISTINCT ?a ?label ?type WHERE { GRAPH ?g { ?a a kg:Actor ;
  rdfs:label ?label ; a ?type . FILTER (?type IN (kg:Person, kg:Organization, kg:Country, kg:Group)) } }"""
)
IN_RELATIONS = (
    PREFIX
    + """SELECT DISTINCT ?a WHERE { GRAPH ?g {
  { ?e kg:participant ?a } UNION { ?e kg:member ?a } UNION { ?e kg:organization ?a } } }"""
)
LINKS = (
    PREFIX
    + """SELECT DISTINCT ?a ?label ?qid WHERE { GRAPH ?g { ?a owl:sameAs ?qid ; rdfs:label ?label ;
  a ?t . FILTER (?t IN (kg:Organization, kg:Group)) } }"""
)
PARTY_TIES = (
    PREFIX
    + """SELECT DISTINCT ?p ?org ?text WHERE { GRAPH ?g { ?tie a kg:Affiliation ;
  kg:member ?p ; kg:organization ?org ; kg:evidence ?s . ?s kg:text ?text } }"""
)
_HONORIFIC = re.compile(r"^(mr|mrs|ms|miss|dr|sir|lord|lady)\.?\s+", re.I)


def measure(store_path: str) -> dict:
    store = open_store(store_path, create=False)
    try:
        actors: dict[str, tuple[str, str]] = {}
        for row in select(store, ACTORS).rows:
            actors[value(row["a"])] = (value(row["label"]), value(row["type"]).rsplit("#", 1)[-1])
        used = {value(r["a"]) for r in select(store, IN_RELATIONS).rows}
        links = [
            (value(r["a"]), value(r["label"]), value(r["qid"])) for r in select(store, LINKS).rows
        ]
        ties = [
            (value(r["p"]), value(r["org"]), value(r["text"]))
            for r in select(store, PARTY_TIES).rows
        ]
    finally:
        store.close()
    persons = {a: lab for a, (lab, t) in actors.items() if t == "Person"}
    full_by_surname: dict[str, set[str]] = defaultdict(set)
    for a, lab in persons.items():
        words = _HONORIFIC.sub("", lab).split()
        if len(words) >= 2:
            full_by_surname[words[-1].lower()].add(a)
    bare = sorted(
        lab
        for lab in persons.values()
        if len(_HONORIFIC.sub("", lab).split()) == 1
        and len(full_by_surname.get(_HONORIFIC.sub("", lab).lower(), ())) == 1
    )
    gz = gazetteer()
    orgs = {a: lab for a, (lab, t) in actors.items() if t in {"Organization", "Group"}}
    by_entry: dict[str, set[str]] = defaultdict(set)
    for lab in orgs.values():
        entry = gz.lookup(lab)
        if entry is not None and entry.type in {"Organization", "Group"}:
            by_entry[entry.key].add(lab)
    twice = {k: sorted(v) for k, v in by_entry.items() if len(v) > 1}
    labels = set(orgs.values())
    acronyms = sorted(
        (short, long)
        for short in labels
        if bare_acronym(short) is not None
        for long in labels
        if stands_for(short, long)
        and short not in long.split()  # "BBC 1" is a channel of the BBC, not its long form
    )
    pl = places()

    def is_place(label: str, type_: str) -> bool:
        found = pl.lookup(label)
        if found is None or gz.lookup(label) is not None:
            return False  # a country (or a body) the gazetteer knows is an actor
        if type_ == "Group" and label.lower() in FORCE_PLURALS:
            return False  # "police": the unnamed force of a story, not the Polish town
        if type_ == "Person":  # many surnames are towns: only "Wadi ...", "Mount ..."
            return found.kind == "landmark" and label.split()[0] in pl.first_words
        return True

    in_relations = sorted({actors[a][0] for a in used if a in actors and is_place(*actors[a])})
    foreign = []
    for person, org, text in ties:
        foreign_party = org in actors and actors[org][0] in {"Democratic Party", "Republican Party"}
        if foreign_party and person in actors and ("Liberal" in text or "Lib Dem" in text):
            foreign.append((actors[person][0], actors[org][0]))
    result = {
        "actors": len(actors),
        "persons": len(persons),
        "bare_surnames": len(bare),
        "bare_surname_share": round(len(bare) / max(len(persons), 1), 4),
        "bare_surname_examples": bare[:20],
        "organisations_under_two_names": twice,
        "acronym_pairs": acronyms,
        "places_in_relations": in_relations,
        "wikidata_links": sorted({(lab, qid.rsplit("/", 1)[-1]) for _, lab, qid in links}),
        "liberal_democrats_tied_to_democratic_party": sorted(set(foreign)),
    }
    result.update(_communities(store_path))
    return result


SPOT = (
    PREFIX
    + """SELECT DISTINCT ?label ?text WHERE { GRAPH ?g {
  { ?e kg:participant ?a } UNION { ?e kg:member ?a } UNION { ?e kg:organization ?a }
  ?e kg:evidence ?s . ?s kg:text ?text }
  ?a rdfs:label ?label . FILTER (LCASE(STR(?label)) = LCASE(STR(?name))) }"""
)


def spot_check(store_path: str, names: list[str]) -> dict[str, list[str]]:
    """For each name, the sentences in which an actor so labelled takes part in a relation."""
    store = open_store(store_path, create=False)
    try:
        out = {}
        for name in names:
            query = SPOT.replace("?name", json.dumps(name))
            out[name] = [value(r["text"]) for r in select(store, query).rows]
    finally:
        store.close()
    return out


def _communities(store_path: str) -> dict:
    out = subprocess.run(
        ["kg", "communities", "--store", store_path, "--format", "json", "--top", "3"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rows = json.loads(out)["communities"]
    small = sum(1 for r in rows if r["size"] < 3)
    return {"communities": len(rows), "small_communities": small,
            "small_community_share": round(small / max(len(rows), 1), 4)}  # fmt: skip


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", required=True)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--spot", nargs="+", metavar="NAME", help="places to check one by one")
    args = ap.parse_args()
    if args.spot:
        for name, sentences in spot_check(args.store, args.spot).items():
            print(
                f"{name}: {len(sentences)} relation(s)"
                + "".join(f"\n  {s[:100]}" for s in sentences[:3])
            )
        return 0
    r = measure(args.store)
    if args.json:
        json.dump(r, sys.stdout, indent=1)
        return 0
    print(f"persons {r['persons']}, bare surnames of one full name {r['bare_surnames']} "
          f"({100 * r['bare_surname_share']:.1f}%)")  # fmt: skip
    print(f"organisations under two standard names: {len(r['organisations_under_two_names'])}; "
          f"acronym pairs: {len(r['acronym_pairs'])}")  # fmt: skip
    print(f"places in relations: {len(r['places_in_relations'])}")
    print(
        f"Liberal Democrats tied to the Democratic Party: {len(r['liberal_democrats_tied_to_democratic_party'])}"
    )
    print(f"communities {r['communities']}, fewer than 3 members {r['small_communities']} "
          f"({100 * r['small_community_share']:.1f}%)")  # fmt: skip
    if args.verbose:
        for key in ("bare_surname_examples", "organisations_under_two_names", "acronym_pairs",
                    "places_in_relations", "wikidata_links"):  # fmt: skip
            print(f"{key}: {r[key]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
