"""Whose thing a conflict strikes when the thing is named and its owner only inside it.

A measure or an act of force on a thing is aimed at the body the thing belongs to,
when the noun phrase names that body and the verb's object names no actor itself:

* an "of" phrase naming a body: "blocked the website of the broadcaster Radio Kalo",
  "barred the ships of Corvo Lines" (the broadcaster, the shipping line), also past
  the way to it: "blocked access to the website of Radio Kalo", "cut off access to
  Radio Kalo";
* an "including" phrase naming who is among the things struck, on the thing, on its
  "of" phrase or on the verb after it: "banned ten apps, including the chat service
  Blinko", "blocked the sites of three outlets, including the portal Vesti" (a
  common noun and the name after it, as the parser may split them).

Only bodies and people are owners: "the port of Odessa" and "towns including X" are
places, and a country before a thing ("Chilean copper") is found elsewhere; the actor
doing it never owns what it strikes ("blocked the website of its own tourism board").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.hosted import is_event

# CAMEO roots of acts that strike what an owner has: refusing or blocking (12),
# reducing relations (16), coercion (17), assault and force (18, 19).
_STRIKING_ROOTS = frozenset({"12", "16", "17", "18", "19"})
_BODIES = ("org/", "group/")
_INCLUDED = ("org/", "group/", "person/")
# Nouns of the way to a thing: blocking "access to the website of X" strikes X.
_WAYS_IN = frozenset({"access"})


def thing_owners(
    ctx: Context, verb: Token, cameo: str, things: list[Token], agents: list[str]
) -> list[str]:
    """The bodies (or people listed as included) that own what ``verb`` strikes."""
    if cameo[:2] not in _STRIKING_ROOTS or not things:
        return []
    found: list[str] = []
    reached = [o for t in things if t.lower_ in _WAYS_IN for o in g.prep_objects(t, {"to"})]
    found += [k for o in reached for c in g.conjuncts(o) for k in g.actors_of(ctx, c)
              if k.startswith(_BODIES)]  # fmt: skip
    for thing in (c for t in [*things, *reached] for c in g.conjuncts(t)):
        if thing.pos_ != "NOUN" or is_event(thing) or g.actors_of(ctx, thing):
            continue
        found += _included(ctx, thing)
        for owner in g.prep_objects(thing, {"of"}):
            found += [k for k in g.actors_of(ctx, owner) if k.startswith(_BODIES)]
            found += _included(ctx, owner)
    after = [c for c in verb.children if c.i > things[0].i]  # "banned ten apps, including X"
    found += [k for c in after if c.dep_ == "prep" and c.lower_ == "including"
              for k in _listed(ctx, c)]  # fmt: skip
    return [k for k in dict.fromkeys(found) if k not in agents]


def _included(ctx: Context, token: Token) -> list[str]:
    """Who an "including" phrase on ``token`` names."""
    return [k for c in token.children if c.dep_ == "prep" and c.lower_ == "including"
            for k in _listed(ctx, c)]  # fmt: skip


def _listed(ctx: Context, including: Token) -> list[str]:
    """The bodies and people after "including": its object, or, when that is a common
    noun ("the messaging service"), the name right after it."""
    found: list[str] = []
    for obj in (o for c in including.children if c.dep_ == "pobj" for o in g.conjuncts(c)):
        keys = g.actors_of(ctx, obj)
        if not keys and obj.pos_ == "NOUN" and obj.i + 1 < len(obj.doc):
            key = ctx.actors.at(obj.i + 1)
            keys = [key] if key is not None and obj.doc[obj.i + 1].head != obj else []
        found += [k for k in keys if k.startswith(_INCLUDED)]
    return found
