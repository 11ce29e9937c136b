"""Angry responses: "X reacted furiously to Y's decision", "X responded with anger
to Y's call", "X replied sharply to Y" (X disapproves of Y, CAMEO 111). How the
response is made is what makes it one: "X responded to Y's letter" is none.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.directed import make_events, targets_of
from kg.extract.senses import sense
from kg.language.event_words import ANGRY_MANNERS
from kg.records import Event, EventKind

RESPONDING_VERBS = frozenset({"respond", "react", "reply", "retort"})


def angry_response(ctx: Context, verb: Token, extractor: str) -> Iterator[Event]:
    """The subject of a response made in anger disapproves of whom it answers."""
    if not _in_anger(verb):
        return
    agents = [k for s in g.subjects(verb) for k in g.actors_of(ctx, s)]
    answered = g.prep_objects(verb, {"to"})
    targets = [k for t in answered for k in targets_of(ctx, t) if k not in agents]
    yield from make_events(ctx, verb, verb, EventKind.CONFLICT, sense("criticise", "111"),
                           agents, targets, answered, extractor, 0.7)  # fmt: skip


def _in_anger(verb: Token) -> bool:
    """ "reacted angrily", "responded with fury"."""
    return any(c.dep_ == "advmod" and c.lower_ in ANGRY_MANNERS for c in verb.children) or any(
        o.lemma_.lower() in ANGRY_MANNERS for o in g.prep_objects(verb, {"with"})
    )
