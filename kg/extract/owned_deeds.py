"""A deed told by a noun with its doer before it: "Israeli strikes on X", "Russia's
attacks", "raids by Turkish jets". A later "the attacks" takes up that deed and so
that doer (see :mod:`kg.extract.deed_nouns`)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.modality import modality
from kg.extract.triggers import Trigger, trigger
from kg.records import Modality

_OWNER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})


def owned_deed(ctx: Context, noun: Token, taken_up: Trigger) -> list[str]:
    """The named doers of the deed ``noun`` tells, when it is the same kind of deed as
    ``taken_up`` and told as having happened; none otherwise."""
    told = trigger(noun.lower_, "noun") or trigger(noun.lemma_.lower(), "noun")
    if told is None or (told.kind, told.type) != (taken_up.kind, taken_up.type):
        return []
    verb = noun.head
    if verb.pos_ in {"VERB", "AUX"} and (
        g.negated(verb) or modality(ctx, verb) is not Modality.ASSERTED
    ):
        return []  # "Israeli strikes could resume": no deed yet
    owners = [c for c in noun.children if c.dep_ in _OWNER_DEPS and c.i < noun.i]
    owners += g.prep_objects(noun, {"by"})
    return list(dict.fromkeys(k for o in owners for k in g.actors_of(ctx, o)))
