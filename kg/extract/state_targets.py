"""A trade dispute is brought against a state, never a person: "Japan filed a WTO
case against X, Russia's trade minister" and "Brazil took X, Mexico's trade
minister, to the WTO" are cases against Russia and Mexico. A legal action (CAMEO
115) or a complaint told in a sentence that names the World Trade Organization,
aimed at a person the story gives a current post in one country, is aimed at that
country; a person with no such post, or posts in two, stays the target.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from kg.records import Event, EventKind, Participant, Relation, RelationType, Sentence

_FORUMS = ("WTO", "World Trade Organization", "World Trade Organisation")
_LODGED = {"complaint", "complaints"}  # "lodged a WTO complaint against X"


def state_targets(
    event: Event, relations: Sequence[Relation], sentences: Sequence[Sentence]
) -> Event:
    """``event`` with each person it is aimed at in a trade forum made their country."""
    lodged = event.cameo.startswith("115") or event.trigger.lower() in _LODGED
    if event.kind is not EventKind.CONFLICT or not lodged:
        return event
    if not 0 <= event.evidence.sentence < len(sentences):
        return event
    if not any(f in sentences[event.evidence.sentence].text for f in _FORUMS):
        return event
    countries: dict[str, set[str]] = {}
    for r in relations:
        if r.type is RelationType.AFFILIATION and r.current and r.object.startswith("country/"):
            countries.setdefault(r.subject, set()).add(r.object)
    parts = []
    for p in event.participants:
        own = countries.get(p.actor, set())
        if p.role == "target" and p.actor.startswith("person/") and len(own) == 1:
            p = Participant(next(iter(own)), p.role)
        parts.append(p)
    return replace(event, participants=tuple(parts))
