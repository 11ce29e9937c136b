"""Someone seen where a journey went: "travelled to Seoul, where he saw President X",
"X's trip to Lima, where she saw Y", "was in Quito, where he saw Y". "See" in a clause
of the place a journey reached, with a titled person for its object, is a meeting;
elsewhere "saw" is too loose to tell one ("saw the damage", "saw X on television")."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract import triggers
from kg.extract.base import Context
from kg.extract.contact import contact_events
from kg.extract.trip_purposes import stay_somewhere
from kg.extract.visit_nouns import VISIT_NOUNS
from kg.records import Event, EventKind

# travel verb -> prepositions that name where the traveller goes
_TRAVEL = {w: t.preps for (w, _), t in triggers.words(frame="travel", pos="verb").items()}


def seen_on_trips(ctx: Context, start: int, end: int | None) -> Iterator[Event]:
    for token, lemma, _, pos in ctx.scan(start, end):
        if lemma == "see" and pos == "VERB":
            yield from _seen(ctx, token)


def _seen(ctx: Context, verb: Token) -> list[Event]:
    """ "travelled to Seoul, where he saw President X": the traveller met X."""
    if verb.dep_ != "relcl" or not any(
        c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children
    ):
        return []
    place, prep = verb.head, verb.head.head
    if place.dep_ != "pobj" or prep.dep_ != "prep" or not _journey(prep.head, prep):
        return []
    subj = [k for t in g.subjects(verb) for k in g.actors_of(ctx, t) if k.startswith("person/")]
    seen = [t for t in g.direct_objects(verb) if _titled(ctx, t)]
    objs = [k for t in seen for k in g.actors_of(ctx, t) if k.startswith("person/")]
    if not subj or not objs:
        return []
    return contact_events(ctx, verb, verb, EventKind.MEETING, "meet", subj, objs, "participant",
                          "participant", False, seen, cameo="040", confidence=0.6)  # fmt: skip


def _journey(head: Token, prep: Token) -> bool:
    """ "travelled to", "arrived in", "a trip to", "was in": where someone went."""
    if head.pos_ == "VERB" and head.lemma_ in _TRAVEL:
        return prep.lower_ in _TRAVEL[head.lemma_]
    if head.pos_ == "NOUN" and head.lower_ in VISIT_NOUNS:
        return prep.lower_ == "to"
    return stay_somewhere(head)


def _titled(ctx: Context, token: Token) -> bool:
    """A person named with a title ("President X", "Kenya's foreign minister")."""
    mention = ctx.actors.mention_at(token.i)
    return mention is not None and mention.kind == "person" and bool(mention.descriptors)
