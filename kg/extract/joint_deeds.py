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
from kg.extract import triggers
from kg.extract.base import Context
from kg.extract.directed import make_events
from kg.extract.senses import sense
from kg.extract.shared_deeds import shared_deeds
from kg.language.event_words import SPEECH_VERBS
from kg.records import Event, EventKind

# Nouns a "joint" makes a deed of several: "a joint operation", "joint drills".
JOINT_NOUNS = {"operation", "exercise", "exercises", "venture", "project", "effort", "statement",
               "patrol", "patrols", "response", "force", "forces", "commission", "committee",
               "team", "mission", "investigation", "study", "bid", "plan", "declaration",
               "communique", "communiqué", "operations", "drill", "drills", "manoeuvres",
               "maneuvers", "missions", "raid", "raids", "offensive", "inquiry", "probe",
               "programme", "program", "survey", "expedition"}  # fmt: skip
# Joint texts: issued, each party speaks ("In a joint statement, A and B said").
_TEXTS = {"statement", "declaration", "communique", "communiqué", "plan", "bid"}


def jointly_done(ctx: Context, extractor: str) -> Iterator[Event]:
    """Cooperation among the parties of a deed done "jointly", or of a joint deed
    named with its doers after "by"; and of deeds shared without the word
    (:mod:`kg.extract.shared_deeds`)."""
    yield from shared_deeds(ctx, extractor)
    for token, _, lower, pos in ctx.scan():
        if lower == "jointly" and token.dep_ == "advmod" and token.head.pos_ == "VERB":
            verb = token.head
            if _own_event(verb):
                continue
            doers = g.agents(verb) if g.is_passive(verb) else g.subjects(verb)
            for t in [verb, *g.direct_objects(verb)]:  # "A jointly runs the port with B"
                doers += g.prep_objects(t, {"with"})
            yield from _together(ctx, verb, token, doers, extractor)
        elif (
            lower in JOINT_NOUNS
            and lower not in _TEXTS
            and pos == "NOUN"
            and any(c.dep_ == "amod" and c.lower_ == "joint" for c in token.children)
        ):
            doers = g.prep_objects(token, {"by"})
            anchor = token.head if token.dep_ in {"nsubj", "nsubjpass"} else token
            yield from _together(ctx, anchor, token, doers, extractor)


def _own_event(verb: Token) -> bool:
    """A verb with an event of its own, or one of saying."""
    return verb.lemma_ in SPEECH_VERBS or triggers.trigger(verb.lemma_, "verb") is not None


def _together(
    ctx: Context, anchor: Token, trigger: Token, doers: list[Token], extractor: str
) -> Iterator[Event]:
    sides = list(dict.fromkeys(k for t in doers for k in g.actors_of(ctx, t)))
    if len(sides) < 2:
        return
    yield from make_events(ctx, anchor, trigger, EventKind.COOPERATION,
                           sense("cooperate", "060", symmetric=True), sides[:1], sides[1:],
                           [trigger], extractor, 0.6)  # fmt: skip
