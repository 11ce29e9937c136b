"""Custody told by "hold" (CAMEO 173): "Belarus is holding X", "Iran has held the
French researcher X since 2022", "X, a businessman held by the United States", "X is
being held by Iran", "the rebels held X hostage".

Only people are held so: someone named, or captives, servicemen or another country's
nationals ("has held two British sailors"; the country is then the target too, as for
"detained"), and only by a state or a body (a person who "held her son" holds no one
captive). "Hold" in its other senses takes no captive: a particle ("held X up / back
/ off"), a judgement ("held X responsible", "in high regard", "in contempt", "held X
to account / to a draw", "held X as a model") or "held talks / a seat / shares".
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.directed import targets_of
from kg.extract.directed_events import make_events
from kg.extract.doing import doers
from kg.extract.giving import is_captive
from kg.extract.passives import acted_on
from kg.extract.senses import sense
from kg.extract.struck import held_nationals
from kg.records import Event, EventKind

NAME = "custody"
EXTRACTOR = f"{NAME}/v1"

_HELD = sense("coerce", "173")
# Particles of "hold" in other senses: "held up", "held back", "held off", "held out".
_PARTICLES = frozenset({"up", "back", "down", "off", "out", "on", "over", "together", "onto"})
# Prepositions of a judgement or a result, not custody: "held X to account", "as a model".
_JUDGING_PREPS = frozenset({"to", "as"})
# What someone is held in when it is a feeling about them: "in high regard".
_FEELINGS = frozenset({"regard", "esteem", "contempt", "respect", "awe", "affection",
                       "suspicion", "reverence", "honour", "honor", "disdain"})  # fmt: skip
# Complements of a judgement: "held X responsible / accountable / liable".
_JUDGED = frozenset({"responsible", "accountable", "liable", "culpable", "guilty", "blameless"})


def extract(ctx: Context) -> Iterator[Event]:
    for token, lemma, _lower, pos in ctx.scan():
        if lemma == "hold" and pos == "VERB" and not _other_sense(token):
            yield from _held(ctx, token)


def _other_sense(verb: Token) -> bool:
    """ "held X up", "held X responsible", "held X in high regard", "held X to account"."""
    for c in verb.children:
        if c.dep_ == "prt" and c.lower_ in _PARTICLES:
            return True
        if c.lower_ in _JUDGED or (c.dep_ == "prep" and c.lower_ in _JUDGING_PREPS):
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ == "in"
            and any(o.lemma_.lower() in _FEELINGS for o in g.prep_objects(verb, {"in"}))
        ):
            return True
    return False


def _held(ctx: Context, verb: Token) -> Iterator[Event]:
    held = [t for t in acted_on(verb) if is_captive(ctx, t)]
    if not held:
        return  # "held talks", "held the seat", "held 40% of the shares"
    holders = [k for k in doers(ctx, verb) if not k.startswith("person/")]
    if not holders:
        return  # "she held her son": no one's custody
    holder_tokens = g.agents(verb) if g.is_passive(verb) else g.subjects(verb)
    targets = [k for t in held for k in targets_of(ctx, t)]
    holders, targets = held_nationals(ctx, _HELD.cameo, holder_tokens, held, holders, targets)
    yield from make_events(ctx, verb, verb, EventKind.CONFLICT, _HELD, holders, targets,
                           held, EXTRACTOR, 0.65)  # fmt: skip
