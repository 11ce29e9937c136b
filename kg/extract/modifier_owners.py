"""Whose a noun is, by the words that modify it: a possessive ("Chile's troops"), a
demonym ("Chilean troops") or a name compounded before it ("the Chile office").

One walk for the many readers of an act's, a measure's or a group's owner; the
variants are parameters: which dependencies count (``nmod`` too, for "U.S.
restrictions" the parser hangs so, or without the possessive), only words that are
themselves an actor's mention, only words before the noun, places read as their
country. What a phrase after the noun adds ("the troops of Chile", "aid from X") each
reader asks for itself, as it differs from reader to reader.

>>> sorted(OWNING_DEPS), sorted(WITH_NMOD - OWNING_DEPS)
(['amod', 'compound', 'poss'], ['nmod'])
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context

OWNING_DEPS = frozenset({"poss", "amod", "compound"})
WITH_NMOD = OWNING_DEPS | {"nmod"}  # "U.S. restrictions": the parser may call "U.S." nmod


def owning_words(
    nouns: Token | Iterable[Token],
    deps: frozenset[str] = OWNING_DEPS,
    *,
    before: bool = False,
) -> list[Token]:
    """The modifiers of ``nouns`` (one token or several) that may name an owner, in
    order: each noun's children whose dependency is in ``deps`` (and, with ``before``,
    that stand before it)."""
    heads = [nouns] if isinstance(nouns, Token) else nouns
    return [c for t in heads for c in t.children
            if c.dep_ in deps and (not before or c.i < t.i)]  # fmt: skip


def modifier_owners(
    ctx: Context,
    nouns: Token | Iterable[Token],
    deps: frozenset[str] = OWNING_DEPS,
    *,
    named: bool = False,
    before: bool = False,
    include_places: bool = False,
) -> list[str]:
    """The actors the modifiers of ``nouns`` name ("Chile's", "Chilean", "Chile"),
    repeats kept, in order; with ``named``, only modifiers that are an actor's
    mention themselves ("American curbs", not "tough curbs" a nearby name would
    lend its actor to)."""
    return [k for c in owning_words(nouns, deps, before=before)
            if not named or ctx.actors.at(c.i)
            for k in g.actors_of(ctx, c, include_places=include_places)]  # fmt: skip
