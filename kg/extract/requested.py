"""Forces sent at a government's request: "Russia sent paratroopers to Kazakhstan at the
request of the Kazakh government", "At the invitation of Mali's government, France
deployed 4,000 soldiers", "intervened at Damascus's request". Who sends them protects
who asked (CAMEO 074, military protection), whatever place they are sent to; a place
alone ("sent troops to Basra") names no one helped.

Only a country (or its government or capital) that asks counts: "at the request of the
UN" or "of the army" asks on no state's behalf, and a state never protects itself.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.directed_events import make_events
from kg.extract.doing import doers
from kg.extract.giving import given_things, is_aid
from kg.extract.senses import sense
from kg.language.event_words import ASKING_NOUNS
from kg.records import Event, EventKind

# Verbs of sending forces in (with forces as object), or of going in with them.
_SENDING = frozenset({"send", "deploy", "dispatch", "fly", "airlift", "rush", "station"})
_GOING_IN = frozenset({"intervene"})
# Forces sent, besides what is aid when given ("troops", "warplanes"): "paratroopers".
_FORCES = frozenset({"paratrooper", "peacekeeper", "marine", "force", "police", "policeman",
                     "gendarme", "battalion", "contingent", "unit", "personnel", "serviceman"})  # fmt: skip
_PROTECTION = sense("aid", "074")


def requested_forces(ctx: Context, extractor: str) -> Iterator[Event]:
    """Protection given to the country at whose request forces are sent."""
    for token, lemma, _, pos in ctx.scan():
        if lemma not in ASKING_NOUNS or pos != "NOUN" or token.dep_ != "pobj":
            continue
        prep = token.head
        verb = prep.head
        if prep.lower_ not in {"at", "upon", "on"} or verb.pos_ != "VERB":
            continue
        if verb.lemma_ in _SENDING:
            sent = given_things(verb, g.is_passive(verb))
            if not any(is_aid(t) or t.lemma_.lower() in _FORCES for t in sent):
                continue  # "sent a letter at the request of X" protects no one
        elif verb.lemma_ not in _GOING_IN:
            continue
        askers = [k for a in _askers(token) for k in g.actors_of(ctx, a)]
        askers = [k for k in askers if k.startswith("country/")]
        senders = doers(ctx, verb)
        if not senders and g.is_passive(verb):  # "Nigerian troops were sent ... at the request"
            senders = [k for s in g.subjects(verb) for k in g.actors_of(ctx, s)
                       if k.startswith("country/")]  # fmt: skip
        senders = [k for k in senders if k not in askers]
        yield from make_events(ctx, verb, verb, EventKind.COOPERATION, _PROTECTION, senders,
                               askers, [verb, token], extractor, 0.6)  # fmt: skip


def _askers(noun: Token) -> list[Token]:
    """Who asks: "the request of the Kazakh government", "Damascus's request"."""
    return [
        *(c for c in noun.children if c.dep_ == "poss"),
        *g.prep_objects(noun, {"of"}),
    ]
