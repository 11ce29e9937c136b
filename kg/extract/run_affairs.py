"""Whose deed the running of an owned thing is: its owner's.

"X criticised the counting of Kenya's votes" (Kenya counts them), "X condemned delays in
the counting of Kenya's votes", "failures in Peru's vote count", "the mismanagement of
Ghana's ports": Kenya's, Peru's, Ghana's. A noun of running ("counting", "management")
names a deed of whoever owns what is run, a noun of fault ("delays", "irregularities")
one of whoever runs what it is "in". The owner is a possessive or an adjective of a
named actor; what is done to people is not their owners' deed ("the killing of Kenya's
citizens", "the treatment of Peru's prisoners": neither noun is one of running). The
words are data (``data/run-affairs.tsv``).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.language.lexicon import listed_words

_FAULT_PREPS = frozenset({"in", "with"})


def _words() -> dict[str, frozenset[str]]:
    return listed_words("run-affairs.tsv", "kg.extract")


def runners(ctx: Context, thing: Token) -> list[str]:
    """Who runs what ``thing`` (a running or a fault in one) is about (see the module's
    docstring)."""
    words = _words()
    if thing.lower_ in words["running"]:
        return _run_by(ctx, thing)
    if thing.lower_ not in words["fault"]:
        return []
    found = g.prep_objects(thing, _FAULT_PREPS)  # "delays in Peru's vote count"
    if not found and thing.dep_ == "dobj":  # the parser hangs "in" on the verb after it
        found = [o for p in thing.head.children if p.dep_ == "prep" and p.lower_ in _FAULT_PREPS
                 and p.i == thing.right_edge.i + 1 for o in g.prep_objects(thing.head, {p.lower_})]  # fmt: skip
    return [k for o in found for k in _run_by(ctx, o)]


def _run_by(ctx: Context, thing: Token) -> list[str]:
    """The owners of a thing run ("Peru's vote count") or, for a running, of what it is
    "of" ("the counting of Kenya's votes")."""
    run = [thing]
    if thing.lower_ in _words()["running"]:
        run += g.prep_objects(thing, {"of"})
    return [k for t in run if not ctx.actors.at(t.i) for c in t.children
            if c.dep_ in {"poss", "amod"} for k in g.actors_of(ctx, c)]  # fmt: skip
