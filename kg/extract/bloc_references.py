"""Memberships told by a reference back: "Estonia, Latvia and Lithuania protested. The
three NATO members said ..." makes each of the three a member of NATO, as "both EU
states", "the four OPEC producers" do theirs (the countries the phrase refers to are
:func:`kg.language.plural_resolution.resolve_plural`'s, the phrase
:func:`kg.language.bloc_groups.counted_group`). Not a region ("the six Gulf
monarchies" belong to no body), a noun for countries beside the bloc ("the two NATO
partners", "both EU neighbours": the ``partners`` row of ``bloc-groups.txt``, not its
``members``), a membership only sought ("the two would-be EU members") or ended ("the
three former NATO members").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.member_words import former, hoped_for
from kg.language.bloc_groups import MEMBER_NOUNS, bloc_of, counted_group


def referred_members(ctx: Context) -> Iterator[tuple[str, str, list[Token], float]]:
    """(member, bloc, evidence tokens, confidence) of every counted reference back."""
    for token, _, low, _ in ctx.scan():
        if low not in MEMBER_NOUNS or not counted_group(token):
            continue
        bloc = bloc_of(token)
        if bloc is None or hoped_for(token) or former(token):
            continue
        body = g.actor_of(ctx, bloc)
        members = ctx.actors.plural_at(token.i)
        if body is None:
            continue
        for member in members:
            if member.startswith("country/") and member != body:
                yield member, body, [token], 0.75
