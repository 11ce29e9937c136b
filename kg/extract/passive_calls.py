"""A person called by another person: a phone call told in the passive.

"Ana Vale was called on Tuesday by Tom Roe", "she was called by her Peruvian
counterpart": one person rang another. Not when anything else follows the verb: what
the person is called ("was called a liar by X", "was called Tom by his friends"), a
duty ("was called to testify by the committee", "called in by X") or a place ("was
called to the podium by X"); nor when either side is not a person or a title
("was called by the committee", "the vote was called by X").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.when import says_when

# What makes "called" no call: a particle, an object complement, a clause (the active
# verb adds a passive's agent, the passive one an adverbial clause).
NOT_RINGING = frozenset({"prt", "oprd", "xcomp", "ccomp", "attr", "acomp", "dative"})
_NOT_RINGING = NOT_RINGING | {"advcl"}


def rung_by(ctx: Context, verb: Token) -> bool:
    """Whether ``verb``, a passive "called", tells that a person rang its subject."""
    if any(c.dep_ in _NOT_RINGING for c in verb.children):
        return False
    if any(c.dep_ == "prep" and not says_when(c) for c in verb.children):
        return False  # "was called to the podium", "was called before the court"
    callers, called = g.agents(verb), g.subjects(verb)
    return bool(callers and called) and all(_person(ctx, t) for t in [*callers, *called])


def _person(ctx: Context, token: Token) -> bool:
    mention = ctx.actors.mention_at(token.i)
    return mention is not None and (
        mention.kind in {"person", "pronoun"} or (mention.kind == "description")
    )
