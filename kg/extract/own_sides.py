"""A person never meets the state or body they serve in the same meeting: "Ghanaian
Foreign Minister X presided over talks between Ghana and Togo" is X's meeting with
Togo and Ghana's with Togo, not X's with Ghana; so is "A and B met. The meeting was
chaired by A's foreign minister, X" (X with B, A with B).

A contact of three parties or more in which someone holds a current post of another
party (the article's affiliations) is split in two at each such tie, one without
each of the tied pair, so that every other pair still meets and the tied one does
not. (A contact of two such parties alone is dropped whole:
``kg.extract.pipeline``.)

>>> from kg.records import EventKind, Participant
>>> parts = (Participant("person/x", "host"), Participant("country/GH", "participant"),
...          Participant("country/TG", "participant"))
>>> [[p.actor for p in ps] for ps in split_sides(parts, {("person/x", "country/GH")})]
[['person/x', 'country/TG'], ['country/GH', 'country/TG']]
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from kg.records import CONTACT_KINDS, Event, Participant, Relation, RelationType

Tie = tuple[str, str]
# How sure :mod:`kg.extract.roles` is of a post it only guesses: a national title with
# no country ("President X") tied to the country in context. Such a guess ("Norway
# brought President X face to face with Y": X need not be Norway's) splits nothing.
_GUESSED = 0.5


def own_ties(relations: Iterable[Relation]) -> set[Tie]:
    """(holder, party) of every post held now that the text states: whom each person
    acts for."""
    return {(r.subject, r.object) for r in relations
            if r.type is RelationType.AFFILIATION and r.current
            and r.evidence.confidence > _GUESSED}  # fmt: skip


def apart_from_own_side(event: Event, ties: set[Tie]) -> list[Event]:
    """``event``, or its parts when it has a holder and the party they serve among
    three parties or more (each part keeps the event's evidence, mood and roles)."""
    if event.kind not in CONTACT_KINDS or len(set(event.actors())) < 3:
        return [event]
    groups = split_sides(event.participants, ties)
    if len(groups) == 1:
        return [event]
    return [replace(event, participants=parts) for parts in groups]


def split_sides(parts: tuple[Participant, ...], ties: set[Tie]) -> list[tuple[Participant, ...]]:
    """The largest groups of ``parts`` with no holder beside the party they serve,
    each of two parties or more, every pair of ``parts`` not tied in one of them."""
    found = [g for g in _split(parts, ties) if len({p.actor for p in g}) >= 2]
    keep: list[tuple[Participant, ...]] = []
    for group in sorted(dict.fromkeys(found), key=len, reverse=True):
        if not any(set(group) <= set(k) for k in keep):
            keep.append(group)
    return sorted(keep, key=found.index)


def _split(parts: tuple[Participant, ...], ties: set[Tie]) -> list[tuple[Participant, ...]]:
    actors = [p.actor for p in parts]
    for a in actors:
        for b in actors:
            if a != b and (a, b) in ties:
                return [
                    *_split(tuple(p for p in parts if p.actor != b), ties),
                    *_split(tuple(p for p in parts if p.actor != a), ties),
                ]
    return [parts]
