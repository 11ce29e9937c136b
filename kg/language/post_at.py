"""The body a post is held at, when the parser hangs its "at" phrase elsewhere.

"Ann Vale, vice-president at Holm Bank," and "X, who is head of policy at the
Fund,": the parser may hang "at Holm Bank" on the name or on "is" rather than on the
post, and the post's own words then end before the body it is held at. The phrase
right after the post belongs to it when "at" names a body the model tagged.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token


def post_end(doc: Doc, end: int, owner: Token) -> int:
    """Where a post that ends at ``end`` ends with the "at" phrase right after it,
    hung on ``owner`` (the name or the verb), whose object is a tagged body ("at Holm
    Bank"; not "at a meeting of the bloc", not "at noon")."""
    if end >= len(doc) or doc[end].lower_ != "at" or doc[end].head.i != owner.i:
        return end
    objects = [c for c in doc[end].children if c.dep_ == "pobj"]
    if len(objects) != 1 or objects[0].ent_type_ != "ORG":
        return end
    return objects[0].right_edge.i + 1
