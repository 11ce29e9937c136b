"""A past verb the parser joins to the verb of a demand's clause.

"Chile demanded that Peru withdraw its envoy and condemned Bolivia's tests": the
small model coordinates "condemned" with "withdraw", inside the clause of what
Peru should do, so the condemnation becomes Peru's and only wanted. A verb in
the past (or the present, "demands that X leave and condemns Y") cannot
continue a clause in the subjunctive ("withdraw"): it is a second verb of the
one who demanded. :func:`repair_demand_conjuncts` hangs it on the verb of the
demand ("demanded that X withdraw and close its embassy", all subjunctive,
stays one clause).
"""

from __future__ import annotations

from spacy.attrs import DEP
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from kg.extract.mood_frames import mandated
from kg.language.token_table import repair_each

_CONJ = frozenset({get_string_id("conj")})
_FINITE = frozenset({"VBD", "VBZ"})


def repair_demand_conjuncts(doc: Doc) -> int:
    """Hang each such verb on the verb of the demand; how many were repaired."""
    return repair_each(doc, DEP, _CONJ, _repair)


def _repair(verb: Token) -> bool:
    clause = verb.head
    if verb.tag_ not in _FINITE or clause.i == verb.i or not mandated(clause):
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return False  # "... that X withdraw, and Y agreed": a clause of its own
    demand = clause.head
    if demand.tag_ not in _FINITE:
        return False  # "will demand that X leave and ...": no finite verb to join
    before = verb.left_edge.i - 1
    for c in clause.children:  # the "and" right before the verb goes with it
        if c.dep_ == "cc" and c.i == before:
            c.head = demand
    verb.head = demand
    return True
