"""Backing told by "in support of": "X came out in support of Y", "X spoke in support
of Y", "X sent troops in support of the government" (CAMEO 051): the one the verb's
subject names backs the actor "of" names. Only an actor named there counts ("in
support of the plan" backs no one), and only where "support" is the object of "in"
that hangs on a verb (not "a rally in support of X" with no one holding it)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context


def supported_in(ctx: Context, noun: Token) -> tuple[Token, list[str]] | None:
    """The verb and the actors backed "in support of", when ``noun`` is that support."""
    prep = noun.head
    if noun.dep_ != "pobj" or noun.lower_ != "support" or prep.lower_ != "in":
        return None
    verb = prep.head
    if prep.dep_ != "prep" or verb.pos_ not in {"VERB", "AUX"}:
        return None
    backed = [k for t in g.prep_objects(noun, {"of"}) for k in g.actors_of(ctx, t)]
    return (verb, backed) if backed else None
