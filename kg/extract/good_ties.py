"""Ties told good, or made or mended (CAMEO 050), for the cooperation extractor:
"relations between A and B were excellent", "X has close ties with Y", "A and B
restored diplomatic ties", "the resumption of ties between A and B", "a possible
restoration of ties" (a noun's own mood). Not "relations were not good".
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.act_mood import act_noun_mood, in_mood
from kg.extract.base import Context
from kg.extract.directed_events import make_events
from kg.extract.doing import doers
from kg.extract.owner_parties import owners
from kg.extract.senses import sense
from kg.records import Event, EventKind

RELATIONS = {"relations", "ties", "relationship", "friendship", "cooperation", "contacts"}


_GOOD = {"good", "excellent", "strong", "warm", "close", "friendly", "cordial", "solid",
         "healthy", "fine", "improving", "better", "stronger", "closer", "deep", "deeper",
         "special", "historic", "robust"}  # fmt: skip


def good_relations(ctx: Context, noun: Token, extractor: str) -> Iterator[Event]:
    """ "relations between Panama and Canada were excellent", "X has
    close ties with Y", "the warm relationship between A and B"."""
    good = any(c.dep_ == "amod" and c.lower_ in _GOOD for c in noun.children) or (
        noun.dep_ in {"nsubj", "nsubjpass"}
        and any(c.dep_ in {"acomp", "attr"} and c.lower_ in _GOOD for c in noun.head.children)
    )
    if not good or g.negated(noun.head if noun.dep_.startswith("nsubj") else noun):
        return
    sides = [k for t in g.prep_objects(noun, {"between"}) for k in g.actors_of(ctx, t)]
    partners = [k for t in g.prep_objects(noun, {"with"}) for k in g.actors_of(ctx, t)]
    owners = [k for c in noun.children if c.dep_ == "poss" for k in g.actors_of(ctx, c)]
    if not owners and noun.dep_ == "dobj" and noun.head.lemma_ in {"have", "enjoy", "maintain"}:
        owners = [k for s in g.subjects(noun.head) for k in g.actors_of(ctx, s)]
    parties = list(dict.fromkeys(sides or [*owners, *partners]))
    if len(parties) < 2:
        return
    yield from make_events(ctx, noun.head, noun, EventKind.COOPERATION,
                           sense("cooperate", "050", symmetric=True), parties[:1], parties[1:],
                           [noun], extractor, 0.6)  # fmt: skip


# Verbs and nouns that make or mend ties: "restored diplomatic ties with X", "the
# resumption of ties between A and B".
_MENDING = {"restore", "resume", "renew", "establish", "re-establish", "reestablish",
            "normalise", "normalize", "improve", "strengthen", "deepen", "upgrade", "forge",
            "expand", "boost", "mend", "repair", "rebuild", "resumption", "restoration",
            "renewal", "normalisation", "normalization", "establishment", "improvement",
            "strengthening"}  # fmt: skip


def restored_ties(ctx: Context, noun: Token, extractor: str) -> Iterator[Event]:
    """Ties mended by a verb, or by a noun whose own mood says whether it happened:
    "a possible restoration of ties", "the restoration of ties is expected"."""
    events = _mended_ties(ctx, noun, extractor)
    if noun.dep_ != "pobj":
        yield from events  # a verb's modality is read from the verb
        return
    mending = noun.head.head
    # "proposed the normalisation of ties", "it is expected", "a possible restoration"
    yield from in_mood(events, *act_noun_mood(mending, held_by=frozenset({"dobj", "nsubjpass"})))


def _mended_ties(ctx: Context, noun: Token, extractor: str) -> Iterator[Event]:
    """ "Gondor and Osgiliath have renewed diplomatic ties", "Arnor is to restore ties
    with Gondor", "the resumption of ties between A and B"."""
    head = noun.head
    if noun.dep_ in {"dobj", "nsubjpass"} and head.lemma_ in _MENDING:
        sides = doers(ctx, head)  # (a passive's: "ties with Y were restored by X")
    elif noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _MENDING:
        head = head.head
        sides = owners(ctx, head)  # "Chile's restoration of ties with Peru"
    else:
        return
    between = [k for x in (noun, head) for t in g.prep_objects(x, {"between"})
               for k in g.actors_of(ctx, t)]  # fmt: skip
    partners = [k for x in (noun, head) for t in g.prep_objects(x, {"with"})
                for k in g.actors_of(ctx, t)]  # fmt: skip
    if partners and not sides and head.dep_ == "dobj":
        # "Oslo welcomed the resumption of ties with Lima": Oslo's own ties
        sides = [k for s in g.subjects(head.head) for k in g.actors_of(ctx, s)]
    tie = sense("cooperate", "050", symmetric=True)
    if between:  # "ties between A and B": everyone named has ties with everyone
        sides = list(dict.fromkeys([*sides, *between]))
        if len(sides) >= 2:
            yield from make_events(ctx, head, noun, EventKind.COOPERATION, tie, sides[:1],
                                   sides[1:], [noun], extractor, 0.7)  # fmt: skip
        return
    sides = list(dict.fromkeys(sides))
    for side in sides:  # "A and B restored ties with C and D": each pair its own ties
        yield from make_events(ctx, head, noun, EventKind.COOPERATION, tie, [side],
                               [p for p in partners if p not in sides], [noun], extractor, 0.7,
                               one_each=True)  # fmt: skip
    if not partners and len(sides) >= 2:  # "A and B renewed their ties"
        yield from make_events(ctx, head, noun, EventKind.COOPERATION, tie, sides[:1],
                               sides[1:], [noun], extractor, 0.7)  # fmt: skip
