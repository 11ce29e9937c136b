"""Whether what is given, handed over or given back is goods: property ("returned 300
bronzes to Nigeria", "the restitution of looted artefacts to Benin", "handed over the
manuscripts to Mali"; ``property`` in ``kg/language/data/thing-words.txt``) or aid
("handed over two patrol boats to Ghana"); never people ("returned its ambassador to
Rome", "handed the suspects to X": :mod:`kg.extract.yielded` and the extradition reading
of :mod:`kg.extract.directed`).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.base import Context
from kg.extract.giving import handed_people, is_aid, is_arms, is_property


def given_goods(ctx: Context, things: list[Token]) -> bool:
    """Whether ``things`` (what a verb gives or a noun's "of" phrase names) are goods:
    property or aid, and no people among them ("returned 20 soldiers" frees captives,
    read elsewhere; "returned its ambassador" gives nothing)."""
    if not things or handed_people(ctx, [t for t in things if t.dep_ != "dative"]):
        return False
    return any(is_property(t) or is_aid(t) or is_arms(t) for t in things)
