"""A word of criticism set after a clause to sum it up: "The EU imposed new
sanctions on Peru, a rebuke to Lima", "the assembly voted to demand the pull-out of
foreign troops, a snub to Chile". The clause's subject is who rebukes: the noun
hangs, after a comma, on the clause's verb or on that verb's object, opens with "a"
("a rebuke", "a sharp rebuke"), and names criticism or rejection (CAMEO 11, 12). A
clause negated or not told as done ("may impose ..., a rebuke to") sums up nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.modality import modality
from kg.extract.triggers import Trigger
from kg.records import Modality

_WORDED = {"11", "12"}  # criticism, rejection


def summed_verb(ctx: Context, noun: Token, trig: Trigger) -> Token | None:
    """The active verb of the clause ``noun`` sums up (see the module's docstring)."""
    if trig.cameo[:2] not in _WORDED or noun.i == 0 or noun.left_edge.nbor(-1).text != ",":
        return None
    if [c.lower_ for c in noun.children if c.dep_ == "det"] not in (["a"], ["an"]):
        return None
    verb = noun.head
    if noun.dep_ == "appos" and verb.dep_ in {"dobj", "pobj"}:
        verb = verb.head if verb.dep_ == "dobj" else verb.head.head  # "... the withdrawal, a"
    elif noun.dep_ != "npadvmod":
        return None
    if verb.pos_ != "VERB" or g.is_passive(verb) or g.negated(verb):
        return None
    return verb if modality(ctx, verb) is Modality.ASSERTED else None
