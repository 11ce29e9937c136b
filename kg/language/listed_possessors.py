"""Owners each with their own possessive before one plural post.

"Germany's and Belgium's finance chiefs, A and B," and "A and B, Norway's and
Denmark's envoys,": the small model hangs the first owner outside the post's
phrase (as an apposition of a name, or as the head the post is coordinated with),
so only the last owner is the post's and both names go to it (A Belgium's), or
the first owner becomes a party of its own. :func:`repair_listed_possessors`
makes the first owner the post's possessor, each later owner its conjunct, and
gives the post the place in the sentence the first owner held when the post hung
below it. The post's holders are then read in order by
:mod:`kg.language.shared_titles` (A Germany's, B Belgium's).
"""

from __future__ import annotations

from spacy.attrs import TAG
from spacy.tokens import Doc, Token

from kg.language.names import POSSESSIVE_MARKS
from kg.language.shared_titles import singular_post
from kg.language.title_columns import ids
from kg.language.token_table import tokens_with

_OWNER_TYPES = {"GPE", "ORG", "NORP"}
_MODIFIER_TAGS = {"JJ", "NN", "NNP"}
_SEPARATORS = {",", "and"}
_PLURALS = ids({"NNS", "NNPS"})


def repair_listed_possessors(doc: Doc) -> int:
    """Re-hang each "A's and B's POSTS"; how many were repaired."""
    repaired = 0
    for post in map(doc.__getitem__, tokens_with(doc, TAG, _PLURALS)):  # (it changes no tag)
        if post.tag_ not in {"NNS", "NNPS"} or singular_post(post) is None:
            continue
        owners, start = _owners_before(doc, post.i)
        if len(owners) >= 2:
            _rehang(doc, owners, post, start)
            repaired += 1
    return repaired


def _owners_before(doc: Doc, post: int) -> tuple[list[Token], int]:
    """The owners' last words, in order, and where the first owner's name begins;
    none unless two or more possessives are joined by "and" or commas."""
    j = post - 1
    while j >= 0 and doc[j].tag_ in _MODIFIER_TAGS and not doc[j].ent_type_:
        j -= 1  # "finance", "foreign", "defence"
    owners: list[Token] = []
    start = -1
    while j >= 1 and doc[j].text in POSSESSIVE_MARKS and doc[j - 1].ent_type_ in _OWNER_TYPES:
        name = doc[j - 1]
        owners.insert(0, name)
        start = name.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        j = start - 1
        if j < 0 or doc[j].lower_ not in _SEPARATORS:
            break
        if doc[j].lower_ == "and" and j > 0 and doc[j - 1].text == ",":
            j -= 1  # ", and"
        j -= 1
    if len(owners) < 2 or "and" not in {t.lower_ for t in doc[start:post]}:
        return [], -1
    return owners, start


def _rehang(doc: Doc, owners: list[Token], post: Token, start: int) -> None:
    """The first owner the post's possessor, the others its conjuncts; the post
    in the first owner's place when the parser hung the post below an owner."""
    span = range(start, post.i)
    first = owners[0]
    if post.head.i in span:
        top = first
        while top.head.i in span and top.head.i != top.i:
            top = top.head
        if top.head.i == top.i:
            post.head, post.dep_ = post, "ROOT"
        elif _after_names(doc, top, start):  # "A and B, X's and Y's envoys,"
            post.head, post.dep_ = first_conjunct(top.head), "appos"
        else:
            post.head, post.dep_ = top.head, top.dep_
    outside = [c for i in span for c in doc[i].children if c.i not in span and c.i != post.i]
    for c in outside:  # words hung on an owner from outside the phrase go to the post
        c.head = post
    for t in doc[start : post.i]:
        if t.text in POSSESSIVE_MARKS:
            t.head, t.dep_ = doc[t.i - 1], "case"
        elif t.lower_ == "and":
            t.head, t.dep_ = first, "cc"
        elif t.text == ",":
            t.head, t.dep_ = first, "punct"
        elif t.tag_ in _MODIFIER_TAGS and not t.ent_type_ and t.i > owners[-1].i:
            t.head, t.dep_ = post, t.dep_ if t.head.i == post.i else "compound"
    first.head, first.dep_ = post, "poss"
    for other in owners[1:]:
        other.head, other.dep_ = first, "conj"


def _after_names(doc: Doc, top: Token, start: int) -> bool:
    """The phrase set off by a comma right after a person's name it hangs on."""
    name = top.head
    return (
        top.dep_ in {"conj", "appos"}
        and name.ent_type_ == "PERSON"
        and start >= 2
        and doc[start - 1].text == ","
        and name.i == start - 2
    )


def first_conjunct(t: Token) -> Token:
    while t.dep_ == "conj" and t.head.i < t.i:
        t = t.head
    return t
