"""The object a relative clause without a relative word leaves out: in "Belarus
closed its border, a move Lithuania condemned" the clause "Lithuania condemned" has
a subject of its own and no object, so what it condemned is the noun it hangs on
("the move"). Only for nouns that stand for an act (a move, a step, a decision), whose
doer :mod:`kg.extract.act_nouns` finds; not "the day Lithuania condemned ...".
"""

from __future__ import annotations

from spacy.tokens import Token

# Nouns that stand for an act named by a clause: "a move", "the decision".
ACT_NOUNS = frozenset({"move", "step", "decision", "action", "act", "measure"})
_OBJECTS = {"dobj", "obj", "dative", "ccomp", "xcomp", "attr"}


def left_out_object(verb: Token) -> Token | None:
    """The act noun a bare relative clause on it leaves as its verb's object."""
    if verb.dep_ != "relcl" or verb.head.pos_ != "NOUN" or verb.head.lemma_ not in ACT_NOUNS:
        return None
    kids = list(verb.children)
    if any(c.tag_ in {"WDT", "WP", "WRB"} or c.dep_ in _OBJECTS or c.dep_ == "nsubjpass"
           for c in kids):  # fmt: skip
        return None  # "a move that X condemned", "a move X called reckless"
    subject = [c for c in kids if c.dep_ == "nsubj"]
    if not subject or subject[0].i > verb.i or subject[0].i < verb.head.i:
        return None
    return verb.head
