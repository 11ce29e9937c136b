"""Decorations conferred in person: "X conferred the Order of the Lion on Y", "Y was
decorated with the Order of Merit by X". The parser hangs the receiver's "on" and the
giver's "by" on the decoration's name rather than on the verb."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g

# Verbs whose receiver comes after "on" or "upon": "conferred (bestowed) it on Y".
_ON_VERBS = frozenset({"confer", "bestow"})


def bestowed_on(verb: Token) -> list[Token]:
    """The receivers after "on" of a verb of conferring, on the verb or in its object."""
    if verb.lemma_ not in _ON_VERBS:
        return []
    heads = [verb, *(t for o in g.direct_objects(verb) for t in o.subtree)]
    return [o for h in heads for o in g.prep_objects(h, {"on", "upon"})]


def given_by(verb: Token) -> list[Token]:
    """A passive's giver hung on what was given: "decorated with the Order of Merit by
    X" (the "by" on "Order")."""
    things = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"]
    return [a for t in things for h in t.subtree if h.dep_ in {"prep", "agent"}
            and h.lower_ == "by" for a in h.children if a.dep_ == "pobj"]  # fmt: skip
