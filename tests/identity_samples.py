"""Small hand-made articles for identity tests (no spaCy needed)."""

from __future__ import annotations

from kg.records import (
    Actor,
    ActorType,
    Article,
    ArticleFacts,
    Event,
    EventKind,
    Evidence,
    Participant,
    Sentence,
)

P = ActorType.PERSON


def facts(article_id: str, text: str, *pairs: tuple[Actor, Actor]) -> ArticleFacts:
    """One article whose sentence says that each pair met."""
    art = Article(article_id, f"Story {article_id}", text, f"{article_id}.txt")
    events, actors = [], {}
    for n, (a, b) in enumerate(pairs):
        ev = Evidence(article_id, 0, n, n + 1, "meetings/v1", 0.9)
        parts = (Participant(a.key, "participant"), Participant(b.key, "participant"))
        events.append(Event(EventKind.MEETING, "meet", parts, ev))
        actors.update({a.key: a, b.key: b})
    return ArticleFacts(art, (Sentence(0, 0, len(text), text),), tuple(actors.values()),
                        tuple(events), (), "kg-test")  # fmt: skip


ANN = Actor("person/ann-vale", P, "Ann Vale")
VALE = Actor("person/vale", P, "Vale", ("Mrs Vale",))
TOM_VALE = Actor("person/tom-vale", P, "Tom Vale")
TOM = Actor("person/tom-reyes", P, "Tom Reyes")
NEL = Actor("person/nel-orsk", P, "Nel Orsk")
A1 = facts("a1", "Ann Vale met Tom Reyes.", (ANN, TOM))
A2 = facts("a2", "Mrs Vale met Nel Orsk.", (VALE, NEL))
A3 = facts("a3", "Tom Vale met Tom Reyes.", (TOM_VALE, TOM))
