"""Names the parser joins by "and" to a word inside another name's phrase rather
than to the name itself: "Chile's top negotiator Marta Ruiz and Peru's ... Tomas
Reyes", "Foreign Minister A and Trade Minister B met" (the first name hung on the
second as a modifier); not a body behind a preposition inside the phrase ("X,
leader of the A Union and the B Federation"). Asked by
:func:`kg.extract.grammar.actors_of` for each mention it reads.
"""

from __future__ import annotations

from typing import cast

from spacy.tokens import Token

from kg.extract.base import Context
from kg.extract.coordination import conjuncts
from kg.extract.paired_absolutes import opens_absolute
from kg.language.lexicon import TITLE_WORDS
from kg.language.mentions import Mention


def joined_to_phrase(ctx: Context, mention: Mention) -> list[Token]:
    """ "Chile's top negotiator Marta Ruiz and Peru's ... Tomas Reyes": the parser
    hangs the second name off the first name, not off the title word; the tokens so
    coordinated with any word of ``mention``'s phrase. Worked out once per mention."""
    key = ("joined_to_phrase", mention.id)
    found = ctx.memo.get(key)
    if found is not None:
        return cast("list[Token]", found)
    joined: list[Token] = []
    lo, hi = mention.span
    for inner in ctx.tokens(lo, hi):
        if _behind_preposition(inner, lo, hi):
            continue  # "X, leader of the A Union and the B Federation": not B
        for c in inner.children:
            other = ctx.actors.mention_at(c.i)
            # not the rest of a name the span cuts ("an economist at Holm & Sons")
            inside = other is not None and other.span[0] < hi
            if opens_absolute(c):
                continue  # "with A backing B and C opposing her": C is no one A backs
            if (c.dep_ == "conj" and not (lo <= c.i < hi) and not inside) or _name_before_and(
                ctx, c, mention
            ):
                joined.extend(conjuncts(c))
    ctx.memo[key] = joined
    return joined


def _name_before_and(ctx: Context, token: Token, mention: Mention) -> bool:
    """ "Foreign Minister A and Trade Minister B met": the first name hung on the
    second as a modifier, with the "and": a person's name modifies no other name."""
    name_start = mention.start
    if token.dep_ not in {"nmod", "compound"} or token.i >= name_start:
        return False
    other = ctx.actors.mention_at(token.i)
    if other is None or other.kind != "person" or other.end >= name_start:
        return False
    # the "and" opens the phrase of the name it modifies: "A and Trade Minister B"
    # ("A and C producer B" is a name of a show, not two parties)
    nxt = token.doc[other.end]
    if nxt.dep_ != "cc" or nxt.head.i != token.i:
        return False
    between = token.doc[other.end + 1 : name_start]
    return (
        len(between) <= 4
        # (a nationality may open the title: "President A and Soviet leader B")
        and not any(t.is_punct or t.ent_type_ not in {"", "NORP"} for t in between)
        and all(
            (m := ctx.actors.mention_at(t.i)) in {None, mention} or m.kind == "demonym"
            for t in between
        )
        and (not between or any(t.lower_ in TITLE_WORDS for t in between))
    )


def _behind_preposition(token: Token, lo: int, hi: int) -> bool:
    """Whether a preposition inside ``lo:hi`` governs ``token`` (the body in "leader
    of the A Union")."""
    head, up = token, token.head  # (each ``.head`` makes a new Token)
    while up.i != head.i and lo <= up.i < hi:
        if head.dep_ == "pobj":
            return True
        head, up = up, up.head
    return head.dep_ == "pobj"
