"""A post owned by the second of two countries, after a person's own "of" country.

In "A of Chile and Peru's ambassador, B, met" the post belongs to Peru alone and
names a second person: A (of Chile) and Peru's ambassador B met. The small model
reads the two countries as one coordination, either after A's "of" with the post
hung on A as an apposition, or as joint owners of a post that is A's "of" object
("A of [Chile and Peru]'s ambassador"), and A then stands alone.
:func:`repair_owned_posts` hangs the second country on the post as its owner, the
first on A's "of", and coordinates the post with A."""

from __future__ import annotations

from spacy.attrs import DEP
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from kg.language.lexicon import TITLE_WORDS
from kg.language.token_table import repair_each

_COUNTRIES = frozenset({"GPE", "NORP"})
_REPAIRED_DEPS = frozenset(map(get_string_id, ("conj", "pobj")))


def repair_owned_posts(doc: Doc) -> int:
    """Re-hang each such post and its owners; how many were repaired."""
    # (only a conjunct or an object is repaired: the dependency labels are read at once)
    return repair_each(doc, DEP, _REPAIRED_DEPS, _repair)


def _repair(token: Token) -> bool:
    return _post_hung_on_holder(token) or _post_owned_by_both(token) or _post_after_of(token)


def _post_hung_on_holder(owner: Token) -> bool:
    """ "A of Chile and Peru's ambassador, B": Peru is Chile's conjunct, the post A's
    apposition."""
    doc = owner.doc
    if owner.dep_ != "conj" or owner.ent_type_ not in _COUNTRIES or owner.i + 2 >= len(doc):
        return False
    post = doc[owner.i + 2]
    while post.dep_ in {"amod", "compound"} and post.head.i > post.i:
        post = post.head  # "Peru's foreign minister"
    if not _owned_by(owner, post):
        return False
    first = owner.head
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    holder = first.head.head
    if first.dep_ != "pobj" or first.head.lower_ != "of" or holder.ent_type_ != "PERSON":
        return False
    if post.dep_ != "appos" or post.head.i != holder.i:
        return False
    _coordinate(owner, owner.head, post, holder)
    return True


def _post_owned_by_both(post: Token) -> bool:
    """ "A of Chile and Peru's ambassador": the post is A's "of" object, owned by
    Chile and Peru together."""
    if post.dep_ != "pobj":
        return False  # (asked first: most words are no object, and each ``.head`` is a new Token)
    prep = post.head
    holder = prep.head
    if prep.lower_ != "of" or holder.ent_type_ != "PERSON":
        return False
    if holder.i > post.i:
        return False
    for first in post.children:
        if first.dep_ not in {"poss", "nmod", "compound"} or first.ent_type_ not in _COUNTRIES:
            continue
        owners = [c for c in first.children if c.dep_ == "conj" and _owned_by(c, post)]
        if len(owners) != 1:
            continue
        first.head, first.dep_ = prep, "pobj"
        _coordinate(owners[0], first, post, holder)
        comma = post.i + 1
        for name in [
            c for c in holder.children if c.dep_ == "appos" and c.left_edge.i == comma + 1
        ]:
            if post.doc[comma].text == ",":
                name.head = post  # "..., Peru's ambassador, B,": B is the ambassador
        return True
    return False


def _post_after_of(post: Token) -> bool:
    """ "A of Chile and Peru's foreign minister": the post is Chile's conjunct."""
    if post.dep_ != "conj" or post.tag_ != "NN" or post.lower_ not in TITLE_WORDS:
        return False
    first = post.head
    if not any(c.dep_ == "poss" and c.ent_type_ in _COUNTRIES for c in post.children):
        return False
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    holder = first.head.head
    if first.ent_type_ not in _COUNTRIES or first.dep_ != "pobj" or first.head.lower_ != "of":
        return False
    if holder.ent_type_ != "PERSON" or holder.pos_ != "PROPN":
        return False
    for cc in [c for c in post.head.children if c.dep_ == "cc" and c.i < post.i]:
        cc.head = holder
    post.head = holder
    return True


def _owned_by(owner: Token, post: Token) -> bool:
    """The country is marked as the owner ("Peru's") of the singular post right after it."""
    doc = owner.doc
    case = doc[owner.i + 1] if owner.i + 1 < len(doc) else None
    return (
        case is not None
        and case.dep_ == "case"
        and case.head.i == owner.i
        and all(
            t.head.i == post.i and t.dep_ in {"amod", "compound"} for t in doc[owner.i + 2 : post.i]
        )
        and post.i >= owner.i + 2
        and post.tag_ == "NN"
        and post.lower_ in TITLE_WORDS
        and owner.i > 0
        and owner.doc[owner.i - 1].dep_ == "cc"
    )


def _coordinate(owner: Token, first: Token, post: Token, holder: Token) -> None:
    """``owner`` owns ``post``, which becomes the conjunct of ``holder``; the "and"
    on ``first`` (the other country) now joins the two people."""
    for cc in [c for c in first.children if c.dep_ == "cc" and c.i < owner.i]:
        cc.head = holder
    owner.head, owner.dep_ = post, "poss"
    post.head, post.dep_ = holder, "conj"
