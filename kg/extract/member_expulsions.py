"""Memberships a body ends by putting a member out: "Russia was expelled from the
Council of Europe", "Mali was kicked out of ECOWAS", "the Commonwealth expelled
Zimbabwe", "was thrown out of the Group of Eight" (a former membership).

A member only suspended ("was suspended from the Commonwealth") is neither a
member now nor one that has left, and gives nothing. Only names count on both
sides: "NATO expelled eight Russian diplomats" puts no country out of NATO, and
"were expelled from the NATO building" names a place, not the body.

Each yields (member, body, tokens, confidence) for :mod:`kg.extract.memberships`.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.modality import told_as_fact
from kg.extract.passives import is_passive
from kg.language.lexicon import EXPELLING_VERBS

Candidate = tuple[str, str, list[Token], float]  # member, body, tokens, confidence
_BODIES = ("org/", "group/")
_MEMBERS = ("country/", "org/")


def expelled(ctx: Context) -> Iterator[Candidate]:
    """Every membership a verb of expulsion ends."""
    for token, lemma, _, pos in ctx.scan():
        if pos != "VERB" or lemma not in EXPELLING_VERBS:
            continue
        if not told_as_fact(ctx, token):
            continue  # "Mali could be expelled from ECOWAS"
        prep = EXPELLING_VERBS[lemma]
        if " " in prep and not any(c.lower_ == "out" for c in token.children):
            continue  # "kicked off the talks", "threw a party"
        bodies = _named(ctx, _place_left(token, prep.split()[-1]), _BODIES)
        if is_passive(token):  # "Russia was expelled from the Council of Europe"
            members = _named(ctx, g.subjects(token), _MEMBERS)
        else:  # "the Commonwealth expelled Zimbabwe (from the group)"
            members = _named(ctx, g.direct_objects(token), _MEMBERS)
            bodies = bodies or _named(ctx, g.subjects(token), _BODIES)
        for member in members:
            for body in bodies:
                if member != body:
                    yield member, body, [token], 0.75


def _place_left(verb: Token, prep: str) -> list[Token]:
    """What the verb puts its object out of: "from Y", "out of Y" (the parser may
    hang "of" on the particle)."""
    found = g.prep_objects(verb, {prep})
    for p in verb.children:
        if p.dep_ in {"prt", "prep"} and p.lower_ == "out":
            found += g.prep_objects(p, {prep})
    return found


def _named(ctx: Context, tokens: list[Token], kinds: tuple[str, ...]) -> list[str]:
    """The actors of the kinds given that the tokens name themselves (a proper name
    and those coordinated with it, not a demonym on a common noun)."""
    return [
        k
        for t in tokens
        if t.pos_ == "PROPN" or t.ent_type_ in {"ORG", "GPE"}
        for k in g.actors_of(ctx, t)
        if k.startswith(kinds)
    ]
