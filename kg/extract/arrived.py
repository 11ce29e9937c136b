"""Where what is given arrives, when the verb of giving only describes it: "vaccines
donated by Canada reached Ghana", "tents supplied by X arrived in Syria", "blankets
provided by X were distributed in Nepal" (a city or region for the country it lies
in). The arrival is told as done: "never reached Y", "may arrive in Y" name no one.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.struck import country_of_place

# Verbs whose subject arrives where their object or "in" / "at" / "to" names.
_ARRIVING = frozenset({"reach", "arrive", "land", "distribute", "deliver"})


def arrived_at(ctx: Context, things: list[Token]) -> list[str]:
    """The states where ``things`` (given, the subject of a verb of arriving) arrived."""
    found: list[str] = []
    for thing in things:
        verb = thing.head
        if thing.dep_ not in {"nsubj", "nsubjpass"} or verb.lemma_ not in _ARRIVING:
            continue
        if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children):
            continue  # "never reached Y", "could arrive in Y"
        places = [*g.prep_objects(verb, {"in", "at", "to"})]
        places += g.direct_objects(verb) if verb.lemma_ == "reach" else []
        for place in places:
            keys = g.actors_of(ctx, place, include_places=True)
            found += [k for k in keys if k.startswith("country/")]
            found += [k for k in [country_of_place(ctx, place)] if k is not None and not keys]
    return found
