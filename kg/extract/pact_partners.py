"""Who the other side of a pact is when a verb governs it: "signed an agreement with
the EU", and "hailed the deal with Germany", "welcomed the accord with Peru as a
breakthrough" (the parser hangs the "with" phrase on the verb of approval, though it
names the pact's partner). Disapproval keeps the phrase to itself: "the opposition
criticised the deal with Peru" is no stand against Peru.

A pact's "between" names both sides, and whoever backs or hails it supports them:
"the IMF backed the agreement between Ghana and France", "the deal between A and B,
endorsed by the World Bank", "hailed the accord between A and B". Only
for approval: "criticised the deal between A and B" is no stand against either.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context

PACTS = frozenset({"agreement", "deal", "pact", "treaty", "accord", "memorandum", "contract"})
# Verbs of approval whose object may be a pact with someone.
_APPROVING = frozenset("hail welcome praise applaud laud commend salute celebrate endorse".split())
# Verbs of support, which stand by both sides a "between" phrase names.
_BACKING = _APPROVING | frozenset("back support".split())


def pact_partners(ctx: Context, t: Token) -> list[str]:
    """The actors a pact ``t`` is made with, by its own "with" phrase or, for an
    object of approval, the one the parser hangs on the verb right after it."""
    if t.lemma_.lower() not in PACTS:
        return []
    withs = g.prep_objects(t, {"with"})
    verb = t.head
    if not withs and t.dep_ == "dobj" and verb.lemma_ in _APPROVING:
        withs = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                 and c.i == t.right_edge.i + 1 for o in c.children if o.dep_ == "pobj"]  # fmt: skip
    if not withs and _backed(t):
        withs = g.prep_objects(t, {"between", "among"})
    return [k for o in withs for k in g.actors_of(ctx, o)]


def _backed(pact: Token) -> bool:
    """Whether a verb of support governs the pact, as its object ("backed the deal")
    or as a participle after it ("the deal, backed by X")."""
    if pact.dep_ == "dobj" and pact.head.lemma_ in _BACKING:
        return True
    return any(c.dep_ == "acl" and c.lemma_ in _BACKING for c in pact.children)
