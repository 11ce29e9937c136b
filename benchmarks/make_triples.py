"""Write a Turtle (or TriG) file of about N triples shaped like kg's own output.

Run by hand: ``python benchmarks/make_triples.py OUT.ttl --triples 1000000``.
Synthetic articles are built as kg records (actors, contact events,
statements, conflicts, affiliations with their sentences) and turned into
triples by kg's own :func:`kg.graph.rdf.article_triples`, so the file has exactly the
shape of ``kg export``. Actors are drawn with a skewed (Zipf-like) popularity
from invented names, so a few are in many articles, as in real news.
``.trig`` keeps one named graph per article, like the store.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from kg.graph.rdf import ntriples
from kg.records import (
    Actor,
    ActorType,
    Article,
    ArticleFacts,
    Event,
    EventKind,
    Evidence,
    Participant,
    Relation,
    RelationType,
    Sentence,
)

sys.path.insert(0, str(Path(__file__).parent))
from make_corpus import CITIES, COUNTRIES, FIRST, LAST, ORGS, TITLES

CONTACTS = [(EventKind.MEETING, "meet"), (EventKind.PHONE_CALL, "phone-call"),
            (EventKind.VISIT, "visit"), (EventKind.NEGOTIATION, "negotiate")]  # fmt: skip
CONFLICTS = ["criticise", "accuse", "sanction", "demand"]
COOPERATION = ["agree", "support", "praise", "aid"]


def actor_pool(rng: random.Random, persons: int) -> list[Actor]:
    pool = [Actor(f"country/{c.lower()}", ActorType.COUNTRY, c) for c in COUNTRIES]
    pool += [Actor(f"org/{o.removeprefix('the ').lower().replace(' ', '-')}",
                   ActorType.ORGANIZATION, o.removeprefix("the ")) for o in ORGS]  # fmt: skip
    names = {f"{f} {m}. {last}" for f in FIRST for m in "ABCDEFGHJKLMNPRSTVW" for last in LAST}
    for name in rng.sample(sorted(names), persons):
        pool.append(Actor("person/" + name.lower().replace(" ", "-").replace(".", ""),
                          ActorType.PERSON, name))  # fmt: skip
    return pool


def pick(rng: random.Random, pool: list[Actor], kind: ActorType | None = None) -> Actor:
    while True:
        actor = pool[min(int(rng.paretovariate(1.1)) - 1, len(pool) - 1)
                     if rng.random() < 0.7 else rng.randrange(len(pool))]  # fmt: skip
        if kind is None or actor.type is kind:
            return actor


def article_facts(rng: random.Random, n: int, pool: list[Actor]) -> ArticleFacts:
    aid = f"bench{n:07d}"
    sentences, events, relations, used = [], [], [], {}
    text_parts = []
    for i in range(rng.randint(10, 16)):
        a, b = pick(rng, pool), pick(rng, pool)
        while b.key == a.key:
            b = pick(rng, pool)
        city = rng.choice(CITIES)
        body = f"{a.name} and {b.name} met in {city} on day {i} to discuss article {n}."
        start = sum(len(t) + 1 for t in text_parts)
        text_parts.append(body)
        sentences.append(Sentence(i, start, start + len(body), body))
        ev = Evidence(
            aid, i, start, start + len(body), "bench/v1", round(rng.uniform(0.5, 0.95), 2)
        )
        used[a.key], used[b.key] = a, b
        roll = rng.random()
        if roll < 0.45:
            kind, etype = rng.choice(CONTACTS)
            parts = [Participant(a.key, "participant"), Participant(b.key, "participant")]
            if rng.random() < 0.2:
                c = pick(rng, pool)
                if c.key not in (a.key, b.key):
                    used[c.key] = c
                    parts.append(Participant(c.key, "participant"))
            events.append(Event(kind, etype, tuple(parts), ev, trigger="met", place=city,
                                date_text=f"day {i}", negated=rng.random() < 0.05))  # fmt: skip
        elif roll < 0.65:
            events.append(Event(EventKind.STATEMENT, "statement",
                                (Participant(a.key, "speaker"), Participant(b.key, "topic")), ev,
                                trigger="said", quote=f"We discussed article {n} at length."))  # fmt: skip
        elif roll < 0.8:
            kind = EventKind.CONFLICT if rng.random() < 0.5 else EventKind.COOPERATION
            etype = rng.choice(CONFLICTS if kind is EventKind.CONFLICT else COOPERATION)
            events.append(Event(kind, etype, (Participant(a.key, "agent"),
                                              Participant(b.key, "target")), ev, trigger=etype))  # fmt: skip
        else:
            person = pick(rng, pool, ActorType.PERSON)
            org = pick(
                rng, pool, ActorType.COUNTRY if rng.random() < 0.7 else ActorType.ORGANIZATION
            )
            used[person.key], used[org.key] = person, org
            relations.append(Relation(RelationType.AFFILIATION, person.key, org.key, ev,
                                      role=rng.choice(TITLES), current=rng.random() < 0.9))  # fmt: skip
    article = Article(aid, f"Bench article {n}", " ".join(text_parts), f"bench/{aid}.txt",
                      date="2024-01-01", dateline=rng.choice(CITIES).upper())  # fmt: skip
    return ArticleFacts(article, tuple(sentences), tuple(used.values()), tuple(events),
                        tuple(relations), "kg-1")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--persons", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    from kg.graph.actors import ACTOR_GRAPH, description_triples
    from kg.graph.rdf import article_triples

    rng = random.Random(args.seed)
    pool = actor_pool(rng, args.persons)
    trig = args.out.suffix == ".trig"
    seen: set[tuple[object, ...]] = set()  # Turtle merges the articles: count distinct triples
    described: set[tuple[object, ...]] = set()  # the actor graph: each description once
    labelled: set[object] = set()
    written = n = 0
    with args.out.open("w", encoding="utf-8") as out:
        while written < args.triples:
            facts = article_facts(rng, n, pool)
            triples = list(dict.fromkeys(article_triples(facts)))
            descriptions = []
            for s, p, o in description_triples(facts):
                if (s, p, o) in described or (str(p).endswith("#label") and s in labelled):
                    continue
                described.add((s, p, o))
                labelled.update([s] if str(p).endswith("#label") else [])
                descriptions.append((s, p, o))
            if descriptions:
                if trig:
                    out.write(f"<{ACTOR_GRAPH}> {{\n{ntriples(descriptions)}\n}}\n")
                else:
                    out.write(ntriples(descriptions) + "\n")
                written += len(descriptions)
            if trig:
                out.write(f"<https://w3id.org/kg/id/article/{facts.article.id}> {{\n")
                out.write(ntriples(triples) + "\n}\n")
                written += len(triples)
            else:
                fresh = [t for t in triples if t not in seen]
                seen.update(fresh)
                out.write(ntriples(fresh) + "\n")
                written += len(fresh)
            n += 1
    print(f"wrote {written:,} triples from {n:,} articles to {args.out}")


if __name__ == "__main__":
    main()
