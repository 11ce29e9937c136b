"""Goods a firm sells, which no giving of aid makes: "Airbus delivered ten airliners
to India", "Shell shipped crude oil to India" (a commodity, aid only when a state or
a body gives it: "Kuwait shipped fuel to Jordan"), "Boeing delivered ten jets to
Ryanair" (from one firm to another: a sale, whatever is sold). Read by
:func:`kg.extract.giving.gives_aid`; the commodities are data
(``commodity`` in ``kg/language/data/thing-words.txt``).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.language.gazetteer import gazetteer
from kg.language.lexicon import listed_words

# The heads of the names of a state's organs, no firm's: "the Government of X".
_STATE_ORGAN_HEADS = frozenset({"government", "administration", "authorities", "ministry"})
_COMMODITIES = listed_words("thing-words.txt")["commodity"]


def a_firm(name: Token) -> bool:
    """A name of no state or listed body (a firm, as a rule, whatever the model tags it:
    "Airbus", not "the Red Cross", "Nato" or "Peru")."""
    if name.pos_ != "PROPN" or name.ent_type_ in {"GPE", "NORP", "LOC"}:
        return False
    if name.lower_ in _STATE_ORGAN_HEADS:
        return False  # "the Government of China donated 40 buses": the state's gift
    text = name.doc[name.left_edge.i : name.i + 1].text
    return gazetteer().lookup(text) is None


def commodity(thing: Token) -> bool:
    """A good traded in bulk ("crude oil", "gas", "wheat"), aid by name only when a
    state or a body gives it."""
    return thing.lemma_.lower() in _COMMODITIES or thing.lower_ in _COMMODITIES


def to_firms(verb: Token) -> bool:
    """Whether everyone a verb of giving names after "to" is a firm: "delivered ten jets
    to Ryanair" (not "to Peru", nor with no one named)."""
    receivers = g.prep_objects(verb, {"to"})
    return bool(receivers) and all(map(a_firm, receivers))
