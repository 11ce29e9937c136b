"""Who the other side of a pact is when a verb governs it: "signed an agreement with
the EU", and "hailed the deal with Germany", "welcomed the accord with Peru as a
breakthrough" (the parser hangs the "with" phrase on the verb of approval, though it
names the pact's partner). Disapproval keeps the phrase to itself: "the opposition
criticised the deal with Peru" is no stand against Peru.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context

PACTS = frozenset({"agreement", "deal", "pact", "treaty", "accord", "memorandum", "contract"})
# Verbs of approval whose object may be a pact with someone.
_APPROVING = frozenset("hail welcome praise applaud laud commend salute celebrate endorse".split())


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
    return [k for o in withs for k in g.actors_of(ctx, o)]
