"""Who a quarrel is with when a deed set it off: "Peru seized two trawlers, sparking a
row with Chile", "Peru's decision to close the port triggered a dispute with Chile"
(Peru and Chile at odds). The deed's doer is the other side: the subject of the
clause that sets the quarrel off, or, when that subject is a deed or a word, its
owner.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context

# Verbs of setting a quarrel off: "sparked a row with X", "provoked a dispute with X".
_SETTING_OFF = frozenset({"spark", "trigger", "provoke", "ignite", "cause"})


def sparkers(ctx: Context, noun: Token) -> list[str]:
    """The doers of the deed that set off the quarrel ``noun`` names."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in _SETTING_OFF or g.negated(verb):
        return []
    if verb.tag_ == "VBG" and verb.dep_ in {"advcl", "xcomp", "acl"} and not g.subjects(verb):
        verb = verb.head  # "Peru seized two trawlers, sparking a row with Chile"
        if verb.pos_ not in {"VERB", "AUX"}:
            return []
    found: list[str] = []
    for s in g.subjects(verb):
        found += g.actors_of(ctx, s) or [  # "Peru's decision sparked a row": Peru's
            k for c in s.children if c.dep_ == "poss" for k in g.actors_of(ctx, c)
        ]
    return found
