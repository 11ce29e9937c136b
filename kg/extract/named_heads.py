"""A post held by one person and named after its body, then the holder's name in
apposition: "the head of the Andean Council's observer mission, Peruvian diplomat
A, met B", "the commander of Chile's fleet, Admiral A": A acts, not the body the
post belongs to (who holds the post is the name that follows). So too a body that
names itself: "a group calling itself the X Front" is the X Front
(:mod:`kg.language.self_named`)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.base import Context
from kg.language.lexicon import INDIVIDUAL_POSTS
from kg.language.self_named import self_name

# Posts that name one holder by what they lead (general words; "chief", "head").
_HEADS = INDIVIDUAL_POSTS | {"commander", "director", "coordinator", "envoy", "representative"}


def named_head(ctx: Context, t: Token) -> list[str]:
    """The person named in apposition after the post ``t`` ("the head of X, A"),
    when the post is a bare common noun naming no one itself and is followed by an
    "of" phrase naming what it heads; else nothing."""
    if t.lower_ not in _HEADS or t.tag_ != "NN" or ctx.actors.mention_at(t.i) is not None:
        return []
    if not any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
        return []
    for c in t.children:
        if c.dep_ != "appos" or c.i <= t.i or ctx.doc[c.left_edge.i - 1].text != ",":
            continue
        mention = ctx.actors.mention_at(c.i)
        key = ctx.actors.at(c.i)
        if mention is not None and mention.kind == "person" and key is not None:
            return [key]
    return []


def self_named(ctx: Context, t: Token) -> list[str]:
    """The body the noun ``t`` says calls itself or is known by a name ("a group
    calling itself the X Front", "an outfit known as X"), when that name is a
    body's or a group's; else nothing."""
    name = self_name(t)
    key = ctx.actors.at(name.i) if name is not None else None
    return [key] if key is not None and key.startswith(("org/", "group/")) else []
