"""Appeals that name whom they press through a preposition.

"Chile and Peru appealed to Bolivia to reopen the border", "X pleaded with Y to free
the hostages", "France and Germany called for Syria to withdraw its troops": asking
another to stop, withdraw or free is a demand on them (CAMEO 100, as "urged X to" and
"called on X to" are; :mod:`kg.extract.appeals`). Each subject makes it: coordinated
subjects and their appositions are read as for any verb. Not an appeal for a
conciliatory act ("appealed to A and B to resume talks", "called for Z to show
restraint": an appeal, CAMEO 02, that opposes no one), one with no act asked for
("appealed to Bolivia for calm", "appealed to the court"), nor one to an addressee
that is not an actor ("appealed to voters to back him").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.appeals import conciliatory
from kg.extract.base import Context
from kg.extract.directed_events import make_events
from kg.extract.senses import sense
from kg.records import Event, EventKind

# Verbs of appeal whose addressee follows a preposition, with the prepositions.
APPEALING = {"appeal": frozenset({"to"}), "plead": frozenset({"with"})}


def appealed_to(ctx: Context, verb: Token, extractor: str) -> Iterator[Event]:
    """The demand an appeal verb makes of whom it names: "appealed to X to withdraw"
    (``verb`` a form of "appeal" or "plead") or "called for X to withdraw" ("call")."""
    if verb.lemma_ == "call":
        acts = [c for c in verb.children if c.dep_ == "advcl" and _bidden_for(c)]
        addressees = [s for a in acts for s in g.subjects(a) if s.dep_ == "nsubj"]
    else:
        preps = APPEALING.get(verb.lemma_, frozenset())
        addressees = g.prep_objects(verb, set(preps))
        acts = [c for c in verb.children if c.dep_ in {"xcomp", "advcl"} and _to_do(c)]
    if not acts or conciliatory(acts):
        return
    targets = [k for t in addressees for c in g.conjuncts(t) for k in g.actors_of(ctx, c)]
    agents = [k for s in g.subjects(verb) for k in g.actors_of(ctx, s)]
    yield from make_events(ctx, verb, verb, EventKind.CONFLICT, sense("demand", "100"), agents,
                           targets, [verb, *addressees], extractor, 0.6)  # fmt: skip


def _to_do(act: Token) -> bool:
    """An infinitive asked for: "to reopen the border"."""
    return act.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children)


def _bidden_for(act: Token) -> bool:
    """ "for Syria to withdraw": an infinitive with its own subject after "for"."""
    marked = any(c.dep_ == "mark" and c.lower_ == "for" for c in act.children)
    return marked and _to_do(act)
