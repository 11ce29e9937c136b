"""Responses and answers.

* Angry responses: "X reacted furiously to Y's decision", "X responded with anger
  to Y's call", "X replied sharply to Y" (X disapproves of Y, CAMEO 111). How the
  response is made is what makes it one: "X responded to Y's letter" is none.
* Who answers hostile words is whom they were aimed at: "X rejected Y's
  accusations", "X responded to Y's threats", "In response to Y's criticism, X
  said" (Y against X), or whom it defends from them ("X defended Z against
  criticism from Y": Y against Z).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.directed import targets_of
from kg.extract.directed_events import make_events
from kg.extract.owner_parties import owners
from kg.extract.senses import sense
from kg.extract.triggers import SAYING_ROOTS, Trigger
from kg.language.event_words import ANGRY_MANNERS, RESPONDING_VERBS
from kg.records import Event, EventKind


def angry_response(ctx: Context, verb: Token, extractor: str) -> Iterator[Event]:
    """The subject of a response made in anger disapproves of whom it answers."""
    if not in_anger(verb):
        return
    agents = [k for s in g.subjects(verb) for k in g.actors_of(ctx, s)]
    answered = g.prep_objects(verb, {"to"})
    targets = [k for t in answered for k in targets_of(ctx, t) if k not in agents]
    yield from make_events(ctx, verb, verb, EventKind.CONFLICT, sense("criticise", "111"),
                           agents, targets, answered, extractor, 0.7)  # fmt: skip


def in_anger(verb: Token) -> bool:
    """ "reacted angrily", "responded with fury"."""
    return any(c.dep_ == "advmod" and c.lower_ in ANGRY_MANNERS for c in verb.children) or any(
        o.lemma_.lower() in ANGRY_MANNERS for o in g.prep_objects(verb, {"with"})
    )


# Verbs whose subject answers what it is charged with: "X rejected Y's accusations",
# "X responded to Y's threats", "X ignored warnings from Y", "X defied Y's demands"
# (Y's words were aimed at X).
_ANSWERING = frozenset(
    "reject dismiss deny rebuff refute counter answer brush shrug swat ignore defy heed".split()
)
_RESPONSES = frozenset({"response", "reply", "answer", "retort", "riposte"})
_ANSWERS = _RESPONSES | {"rebuttal", "rejection", "denial", "dismissal", "responses", "replies"}
_DEFENDING = frozenset({"defend", "protect", "shield"})


def answerers(ctx: Context, noun: Token, trig: Trigger, agents: list[str]) -> list[str]:
    """Who answers the words ``noun`` names, at whom they were aimed: "X dismissed Y's
    criticism", "X responded to Y's threats" (X), "X defended Z against Y's
    criticism" (Z), when the words name no one else."""
    if not agents or trig.cameo[:2] not in SAYING_ROOTS:
        return []
    verb = noun.head.head
    if noun.dep_ == "dobj" and noun.head.lemma_ in _ANSWERING:
        verb = noun.head
    elif (
        noun.dep_ == "pobj" and noun.head.lower_ == "to" and verb.lemma_ in _RESPONSES
        and verb.dep_ == "pobj" and verb.head.lower_ == "in"
    ):  # fmt: skip
        verb = verb.head.head  # "In response to Y's criticism, X said ..."
    elif noun.dep_ == "pobj" and noun.head.lower_ in {"of", "to"} and verb.lower_ in _ANSWERS:
        # "X's rebuttal of Y's accusations", "X's reply to criticism from Y"
        return [k for k in owners(ctx, verb) if k not in agents]
    elif noun.dep_ == "nsubjpass" and noun.head.lemma_ in _ANSWERING:  # "were rejected by X"
        return [k for a in g.agents(noun.head) for k in targets_of(ctx, a) if k not in agents]
    elif noun.dep_ == "pobj" and noun.head.lower_ in _BACK_AT and (back := _back(verb)):
        verb = back  # "X hit / pushed / jabbed back at Y's criticism"
    elif noun.dep_ == "pobj" and noun.head.lower_ == "against" and verb.lemma_ in _DEFENDING:
        # "X defended Z / her plan against Y's criticism": Z, or X herself
        defended = [k for o in g.direct_objects(verb) for k in targets_of(ctx, o)]
        if defended:
            return [k for k in defended if k not in agents]
    elif not (noun.dep_ == "pobj" and noun.head.lower_ == "to" and verb.lemma_ in RESPONDING_VERBS):
        return []
    return [k for s in g.subjects(verb) for k in targets_of(ctx, s) if k not in agents]


_BACK_AT = {"at", "against", "on"}


def _back(verb: Token) -> Token | None:
    """The verb that answers back ("hit back", "pushed back"), from it or from the
    "back" the parser may hang the phrase on."""
    if verb.lower_ == "back" and verb.dep_ in {"advmod", "prt"}:
        return verb.head
    back = any(c.lower_ == "back" and c.dep_ in {"advmod", "prt"} for c in verb.children)
    return verb if back and verb.pos_ == "VERB" else None
