"""A receiver the parser hangs on the name set beside what is given: in "handed over the
suspect, Omar Delvi, to X" the "to" phrase hangs on the name between commas (read as a
modifier of the verb or an apposition of the object), and in "handed the fugitive, X, over to
Y" on an "over" read as a preposition or an adverb, so the verb seemed to give to nobody."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g

_BESIDE = frozenset({"npadvmod", "appos"})


def receivers(verb: Token) -> list[Token]:
    """Who ``verb`` gives to, named after a name between commas after its object."""
    objects = g.direct_objects(verb)
    if not objects:
        return []
    first = min(o.i for o in objects)
    doc = verb.doc
    over = [t for c in verb.children if c.lower_ == "over" and c.dep_ in {"prep", "advmod"}
            for t in g.prep_objects(c, {"to"})]  # fmt: skip
    return over + [
        t
        for h in [verb, *objects]
        for c in h.children
        if c.dep_ in _BESIDE
        and c.pos_ == "PROPN"
        and c.i > first
        and doc[_start(c) - 1].text == ","
        for t in g.prep_objects(c, {"to"})
    ]


def _start(name: Token) -> int:
    """Where a name begins, leaving out the commas the parser hangs on it."""
    return min(
        [name.i, *(c.left_edge.i for c in name.children if c.dep_ != "punct" and c.i < name.i)]
    )
