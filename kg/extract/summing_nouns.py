"""A word of criticism set after a clause to sum it up: "The EU imposed new
sanctions on Peru, a rebuke to Lima", "the assembly voted to demand the pull-out of
foreign troops, a snub to Chile". The clause's subject is who rebukes: the noun
hangs, after a comma, on the clause's verb or (as the parser often reads it) on a
noun of the clause that is no person ("..., a critic of X" says who the person is),
opens with "a" ("a rebuke", "a sharp rebuke"), and is a rebuke or a snub (CAMEO 11,
12), not a row or a case of its own ("..., a dispute over fees"). A clause negated or not told as done ("may
impose ..., a rebuke to") sums up nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.modality import modality
from kg.extract.triggers import Trigger
from kg.records import Modality

_WORDED = {"11", "12"}  # criticism, rejection
# Nouns that sum up a deed as a rebuke, not ones that tell a row or a case of their own
# ("..., a dispute over fees", "..., a case that went to court")
_SUMMING = frozenset({"rebuke", "snub", "censure", "swipe", "broadside", "rebuff"})
_ON_THE_WAY = {"dobj", "pobj", "prep", "advmod"}  # "postponed its summit in Kampala, a"


def summed_verb(ctx: Context, noun: Token, trig: Trigger) -> Token | None:
    """The active verb of the clause ``noun`` sums up (see the module's docstring)."""
    if noun.lemma_.lower() not in _SUMMING or trig.cameo[:2] not in _WORDED:
        return None
    if noun.i == 0 or noun.left_edge.nbor(-1).text != ",":
        return None
    if [c.lower_ for c in noun.children if c.dep_ == "det"] not in (["a"], ["an"]):
        return None
    verb = noun.head
    if noun.dep_ == "appos":
        if (ctx.actors.at(verb.i) or "").startswith("person/"):
            return None
        for _ in range(4):  # up from the noun it hangs on to the clause's verb
            if verb.pos_ == "VERB" or verb.dep_ not in _ON_THE_WAY:
                break
            verb = verb.head
    elif noun.dep_ != "npadvmod":
        return None
    if verb.pos_ != "VERB" or g.is_passive(verb) or g.negated(verb):
        return None
    return verb if modality(ctx, verb) is Modality.ASSERTED else None
