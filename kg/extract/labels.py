"""Name-calling: a name that condemns, put by an actor on another, opposes it (CAMEO 111).

``X called Y's plan a mistake``, ``X branded Y a danger to peace``, ``X described
Y as reckless``, ``X designated Y a terrorist group``.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.directed import make_events, targets_of
from kg.extract.senses import sense
from kg.language.event_words import NAMING_VERBS, NEGATIVE_WORDS
from kg.records import Event, EventKind

LABELLING_VERBS = NAMING_VERBS | {"designate"}  # "designated X a terrorist group"
# Names that condemn whom they name, though not what a clause says of its subject
# ("the police arrested terrorists" says nothing bad of the police).
_CONDEMNING_NAMES = NEGATIVE_WORDS | {"terrorist", "terrorists", "criminal", "criminals", "thug",
                                      "thugs", "extremist", "extremists"}  # fmt: skip


def branded(ctx: Context, verb: Token, extractor: str) -> Iterator[Event]:
    """ "X called Y's plan a mistake", "X branded Y a danger to peace", "X described
    Y as reckless": a name that condemns is criticism of Y (or of Y's thing)."""
    objects = g.direct_objects(verb)
    named = [c for c in verb.children if c.dep_ in {"oprd", "xcomp", "ccomp", "attr"}]
    named += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
              for o in p.children]  # fmt: skip
    if len(objects) > 1 and not named:  # "branded X a danger": two objects, the second names
        objects, named = objects[:-1], objects[-1:]
    for act in (c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG"):
        acted_on = g.direct_objects(act)  # "called expanding NATO a mistake": parsed as
        if not objects and len(acted_on) > 1:  # the gerund's two objects
            objects, named = acted_on[:-1], acted_on[-1:]
    if not objects or not named or g.negated(verb):
        return
    words = {t.lower_ for n in named for t in n.subtree}
    if not words & _CONDEMNING_NAMES:
        return
    agents = [k for s in g.subjects(verb) for k in g.actors_of(ctx, s)]
    targets = [k for o in objects for k in targets_of(ctx, o) if k not in agents]
    yield from make_events(ctx, verb, verb, EventKind.CONFLICT, sense("criticise", "111"), agents,
                           targets, objects, extractor, 0.7)  # fmt: skip
