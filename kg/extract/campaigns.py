"""A campaign or a camp that acts for whom it works for: "Ann Vale's campaign hit back
at X", "the Vale camp accused X", "Labour's campaign attacked the Tories". Read only
where an act's doer names no actor itself, so "the campaign" of a body named as such
("the Stop the War Campaign") stays that body."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.modifier_owners import OWNING_DEPS, owning_words

_CAMPAIGNS = frozenset({"campaign", "camp"})


def run_by(ctx: Context, doer: Token) -> list[str]:
    """The person or body whose campaign or camp ``doer`` is, by its owner or the name
    before it ("Vale's campaign", "the Vale camp")."""
    if doer.lower_ not in _CAMPAIGNS:
        return []
    owners = owning_words(doer, OWNING_DEPS - {"amod"}, before=True)  # a person's or body's
    return [k for c in owners for k in g.actors_of(ctx, c)
            if k.startswith(("person/", "org/"))]  # fmt: skip
