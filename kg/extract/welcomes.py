"""Welcomes told by a noun: a host receives a guest in person.

Constructions: ``X received a red-carpet welcome from Y``, ``Y gave X a warm welcome``,
``X was given a guard of honour by Y``, ``Y accorded X a state reception``, ``X got a
rousing reception from Y`` (Y hosts X, as "Y welcomed X" does), ``X was the guest of Y``; a welcome for a
reception's guest ("a reception for X hosted by Y") is a meal's, a meeting noun.
Not a welcome to an idea ("gave a cautious welcome to the plan": the guest must be an
actor, and a guarded welcome is a reaction, not a reception) nor "a welcome boost" (an
adjective). The city it happens in is where, never a party.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.contact import can_host, contact_events, is_audience
from kg.records import Event, EventKind

_WELCOMES = frozenset({"welcome", "reception"})
_HONOUR = frozenset({"honour", "honor"})
# Verbs whose subject is welcomed ("received a warm welcome from Y") and verbs whose
# subject welcomes ("gave X a warm welcome").
_GETTING = frozenset({"receive", "get", "enjoy", "meet"})
_GIVING = frozenset({"give", "accord", "extend", "offer", "lay", "roll"})
# A welcome that is a reaction to what someone said or did, not a reception in person.
_REACTIONS = frozenset(
    """cautious guarded qualified mixed lukewarm muted broad general grudging""".split()
)
_PEOPLE = ("person/", "country/", "org/")
_GUESTS = frozenset({"guest", "guests"})


def welcome_events(ctx: Context, start: int = 0, end: int | None = None) -> Iterator[Event]:
    """Host-visits told by a welcome, a reception or a guard of honour given or received."""
    for token, _, lower, pos in ctx.scan(start, end):
        if pos == "NOUN" and (lower in _WELCOMES or _guard_of_honour(token)):
            yield from _welcomed(ctx, token)
        elif pos == "NOUN" and lower in _GUESTS:
            yield from _guest_of(ctx, token)


def _guard_of_honour(noun: Token) -> bool:
    return noun.lower_ == "guard" and any(o.lower_ in _HONOUR for o in g.prep_objects(noun, {"of"}))


def _welcomed(ctx: Context, noun: Token) -> list[Event]:
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ not in {"VERB", "AUX"}:
        return []
    if any(c.lower_ in _REACTIONS for c in noun.children if c.dep_ in {"amod", "advmod"}):
        return []
    lemma, passive = verb.lemma_, g.is_passive(verb)
    if lemma in _GETTING and not passive:  # "X received a warm welcome from Y"
        guests = g.subjects(verb)
        hosts = g.prep_objects(verb, {"from"}) + g.prep_objects(noun, {"from"})
    elif lemma in _GIVING and passive:  # "X was given a guard of honour by Y"
        guests, hosts = g.subjects(verb), g.agents(verb)
    elif lemma in _GIVING:  # "Y gave X a warm welcome", "Y gave a welcome to Ms X"
        hosts = g.subjects(verb)
        guests = [o for o in g.direct_objects(verb) if o.dep_ == "dative"]
        guests += g.prep_objects(verb, {"to"}) + g.prep_objects(noun, {"to"})
    else:
        return []
    return _hosted(ctx, verb, noun, hosts, guests)


def _guest_of(ctx: Context, noun: Token) -> list[Event]:
    """ "X was the guest of Y at a state dinner", "A and B were guests of Y": Y hosts."""
    verb = noun.head
    if noun.dep_ != "attr" or verb.lemma_ != "be" or g.negated(verb):
        return []
    return _hosted(ctx, verb, noun, g.prep_objects(noun, {"of"}), g.subjects(verb))


def _hosted(
    ctx: Context, verb: Token, noun: Token, hosts: list[Token], guests: list[Token]
) -> list[Event]:
    tokens = [t for t in [*hosts, *guests] if not is_audience(ctx, t)]
    host_keys = [k for t in hosts if t in tokens for k in g.actors_of(ctx, t)]
    guest_keys = [k for t in guests if t in tokens for k in g.actors_of(ctx, t)]
    host_keys = [k for k in host_keys if k.startswith(_PEOPLE) and can_host(ctx, k)]
    guest_keys = [k for k in guest_keys if k.startswith(_PEOPLE) and k not in host_keys]
    if not host_keys or not guest_keys:
        return []
    return contact_events(ctx, verb, noun, EventKind.VISIT, "host-visit", host_keys,
                          guest_keys, "host", "visitor", False, tokens, cameo="043",
                          confidence=0.6)  # fmt: skip
