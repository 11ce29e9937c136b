"""A post held by one person and named after its body, then the holder's name in
apposition: "the head of the Andean Council's observer mission, Peruvian diplomat
A, met B", "the commander of Chile's fleet, Admiral A": A acts, not the body the
post belongs to (who holds the post is the name that follows)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.base import Context
from kg.language.lexicon import INDIVIDUAL_POSTS

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
