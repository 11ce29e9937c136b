"""Fire returned at the side that fired first (CAMEO 190).

"Border guards shelled the village and the rebels returned fire", "A's artillery
opened a heavy bombardment of B. B's guns returned the fire": who returns fire uses
force against whoever used it first, named by the clause it is joined to or by the
sentence before, when that clause's subject used force ("shelled", "attacked", or "a
bombardment" it opened). With no such side named ("the soldiers returned fire") kg
records nothing: whom they fired at is not said.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract import triggers
from kg.extract.base import Context
from kg.extract.directed_events import make_events
from kg.extract.senses import FORCE_ROOTS, sense
from kg.records import Event, EventKind

NAME = "returned-fire"
EXTRACTOR = f"{NAME}/v1"
_FORCE = sense("attack", "190")


def extract(ctx: Context) -> Iterator[Event]:
    for verb, lemma, _, pos in ctx.scan():
        if lemma != "return" or pos != "VERB":
            continue
        if not any(o.lemma_.lower() == "fire" for o in g.direct_objects(verb)):
            continue
        agents = [k for t in g.subjects(verb) for k in g.actors_of(ctx, t)]
        if not agents:
            continue
        first = _first_shooters(ctx, verb)
        targets = [k for k in first if k not in agents]
        yield from make_events(ctx, verb, verb, EventKind.CONFLICT, _FORCE, agents, targets,
                               [verb], EXTRACTOR, 0.6)  # fmt: skip


def _first_shooters(ctx: Context, verb: Token) -> list[str]:
    """The actors who used force in the clause ``verb`` is joined to ("A shelled X and
    B returned fire"), or else in the main clause of the sentence before."""
    clauses = [verb.head] if verb.dep_ == "conj" and verb.head.pos_ == "VERB" else []
    start = verb.sent.start
    if not clauses and start > 0:
        clauses = [verb.doc[start - 1].sent.root]
    return [
        k
        for c in clauses
        if _used_force(c) and not g.negated(c)
        for t in g.subjects(c)
        for k in g.actors_of(ctx, t)
    ]


def _used_force(verb: Token) -> bool:
    """A verb of force ("shelled"), or one whose object is a noun of force ("opened a
    bombardment", "launched an attack")."""
    row = triggers.trigger(verb.lemma_, "verb")
    if row is not None and row.kind is EventKind.CONFLICT and row.cameo[:2] in FORCE_ROOTS:
        return True
    return any(
        (noun := triggers.trigger(o.lemma_.lower(), "noun") or triggers.trigger(o.lower_, "noun"))
        is not None
        and noun.kind is EventKind.CONFLICT
        and noun.cameo[:2] in FORCE_ROOTS
        for o in g.direct_objects(verb)
    )
