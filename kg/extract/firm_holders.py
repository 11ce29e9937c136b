"""A firm named in apposition to the post it holds: "Velta sued its former manager,
Arden Capital Ltd," is a suit against Arden Capital, as "sued its former manager,
Ann Vale," is one against Ann Vale.

A post told by a title ("its adviser", "the club's former manager") is a mention of
its own, so the grammar takes a name after it only when it follows right on
("the union Amicus"); a person set off by commas is linked to the post by
coreference, a firm is not (a post is a person's to the linker). Here a firm's name
set off by commas after a singular title is who the title means. Not a name the
commas leave open ("its manager, Arden and Kelso": a list), nor a place or a
country ("its adviser, Chile": no firm).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.base import Context
from kg.language.lexicon import TITLE_WORDS


def firm_holder(ctx: Context, post: Token, name: Token) -> bool:
    """Whether ``name``, an apposition of ``post``, names the firm holding the post
    ``post`` titles: "its former manager, Arden Capital Ltd,"."""
    doc = post.doc
    if post.lower_ not in TITLE_WORDS or post.tag_ != "NN":
        return False
    mention = ctx.actors.mention_at(name.i)
    if mention is None or mention.kind != "org" or name.conjuncts:
        return False
    before, after = name.left_edge.i - 1, name.right_edge.i + 1
    if before != post.i + 1 or doc[before].text != ",":
        return False
    return after >= len(doc) or doc[after].text in {",", ".", ";"}
