"""A deed told by a noun with its doer before it: "Israeli strikes on X", "Russia's
attacks", "raids by Turkish jets". A later "the attacks" takes up that deed and so
that doer (see :mod:`kg.extract.deed_nouns`)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.modality import told_as_fact
from kg.extract.senses import FORCE_ROOTS
from kg.extract.triggers import Trigger, trigger
from kg.records import EventKind

_OWNER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})
# Nouns of a state of conflict, not of one deed: "the war", "the fighting".
_STATES = frozenset({"war", "conflict", "fighting", "hostility", "violence", "crisis", "clash"})


def takes_up_a_deed(taken_up: Trigger, later: Token) -> bool:
    """Whether the ``later`` noun ("the attacks") names one act of force a noun can
    have told before (not a war, a dispute: a state of things)."""
    return (
        later.lemma_.lower() not in _STATES
        and taken_up.kind is EventKind.CONFLICT
        and taken_up.cameo[:2] in FORCE_ROOTS
    )


def owned_deed(ctx: Context, noun: Token, taken_up: Trigger) -> list[str]:
    """The named doers of the deed ``noun`` tells, when it is the same kind of deed as
    ``taken_up`` (one :func:`takes_up_a_deed` allows) and told as having happened;
    none otherwise."""
    told = trigger(noun.lower_, "noun") or trigger(noun.lemma_.lower(), "noun")
    if told is None or (told.kind, told.type) != (taken_up.kind, taken_up.type):
        return []
    verb = noun.head
    if verb.pos_ in {"VERB", "AUX"} and not told_as_fact(ctx, verb):
        return []  # "Israeli strikes could resume": no deed yet
    owners = [c for c in noun.children if c.dep_ in _OWNER_DEPS and c.i < noun.i]
    owners += g.prep_objects(noun, {"by"})
    return list(dict.fromkeys(k for o in owners for k in g.actors_of(ctx, o)))
