"""Deeds done jointly: "Kenya and Uganda jointly built the bridge", "the port is
jointly run by A and B", "a joint investigation by Italian and Albanian police".

Two or more parties that do one deed together work with each other (CAMEO 060),
whatever the deed is. Not when the verb is a trigger of its own ("A and B jointly
condemned X", "jointly signed a pact": each condemns, the signing ties them
already), nor a verb of saying ("jointly announced": a joint text is no deed).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.act_mood import in_mood
from kg.extract.base import Context
from kg.extract.joint_owners import joint_mood, led_with, named_before
from kg.extract.joint_vows import joint_vows
from kg.extract.shared_deeds import cooperate_among, own_event, shared_deeds
from kg.records import Event

# Nouns a "joint" makes a deed of several: "a joint operation", "joint drills".
JOINT_NOUNS = {"operation", "exercise", "exercises", "venture", "project", "effort", "statement",
               "patrol", "patrols", "response", "force", "forces", "commission", "committee",
               "team", "mission", "investigation", "study", "bid", "plan", "declaration",
               "communique", "communiqué", "operations", "drill", "drills", "manoeuvres",
               "maneuvers", "missions", "raid", "raids", "offensive", "inquiry", "probe",
               "programme", "program", "survey", "expedition"}  # fmt: skip
# Joint bodies and works that those "of" them make up: "a joint venture of A and B".
_BODIES = {"venture", "commission", "committee", "team", "force", "forces", "project",
           "programme", "program"}  # fmt: skip
# Joint texts: issued, each party speaks ("In a joint statement, A and B said"); and
# joint plans and bids, not yet deeds.
JOINT_TEXTS = {"statement", "declaration", "communique", "communiqué"}
_TEXTS = JOINT_TEXTS | {"plan", "bid"}


def jointly_done(ctx: Context, extractor: str) -> Iterator[Event]:
    """Cooperation among the parties of a deed done "jointly", or of a joint deed
    named with its doers after "by"; and of deeds shared without the word
    (:mod:`kg.extract.shared_deeds`)."""
    yield from shared_deeds(ctx, extractor)
    yield from joint_vows(ctx, extractor)  # "A and B jointly pledged to"
    for token, _, lower, pos in ctx.scan():
        if lower == "jointly" and token.dep_ == "advmod" and token.head.pos_ == "VERB":
            verb = token.head
            if own_event(verb):
                continue
            doers = g.agents(verb) if g.is_passive(verb) else g.subjects(verb)
            for t in [verb, *g.direct_objects(verb)]:  # "A jointly runs the port with B"
                doers += g.prep_objects(t, {"with"})
            yield from _together(ctx, verb, token, doers, extractor)
        elif partners := led_with(ctx, token):  # "A leads the station with B"
            doers = g.subjects(token) if not g.is_passive(token) else []
            yield from _together(ctx, token, token, doers + partners, extractor)
        elif (
            lower in JOINT_NOUNS
            and lower not in _TEXTS
            and pos == "NOUN"
            and any(c.dep_ == "amod" and c.lower_ == "joint" for c in token.children)
        ):
            doers = g.prep_objects(token, {"by"}) or members_of(token)
            anchor = token.head if token.dep_ in {"nsubj", "nsubjpass"} else token
            yield from _together(ctx, anchor, token, doers, extractor)
            # "a joint Egyptian-Saudi venture": the parties named before the noun
            owners = named_before(ctx, token) if not doers else []
            if owners:
                found = cooperate_among(ctx, anchor, token, owners, "060", extractor)
                yield from in_mood(found, *joint_mood(token))


def members_of(body: Token) -> list[Token]:
    """ "a joint venture of A and B": the named partners that make up a joint body
    (not what a joint inquiry is "of": "a joint probe of X" looks into X)."""
    if body.lower_ not in _BODIES:
        return []
    return [t for o in g.prep_objects(body, {"of"}) if o.pos_ == "PROPN" and g.conjuncts(o)[1:]
            for t in g.conjuncts(o)]  # fmt: skip


def _together(
    ctx: Context, anchor: Token, trigger: Token, doers: list[Token], extractor: str
) -> Iterator[Event]:
    sides = [k for t in doers for k in g.actors_of(ctx, t)]
    yield from cooperate_among(ctx, anchor, trigger, sides, "060", extractor)
