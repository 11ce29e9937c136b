"""A "-general" title in apposition to a name: "X, the IMF's director-general,
said", "The UN's secretary-general, X, said".

The small model reads the "general" of a hyphenated title as an adjective of the
name beside it ("general X") and the title word before the hyphen as a modifier
of that adjective, so the name has no apposition and no post. When "general"
hangs on a person's name across a comma (or the name on "general", as a
modifier), :func:`repair_general_titles` makes the
title word the head of the phrase ("general" its modifier, as in "the WHO
director-general, X,") and sets the phrase and the name in apposition: the name
before it takes the phrase as its apposition, a name after it becomes the
phrase's (which takes the name's place in the clause).
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from kg.language.token_table import tokens_with

# words before "-general" that make a post ("secretary-general", "director-general")
_POSTS = frozenset(
    "secretary director attorney governor inspector solicitor auditor surgeon "
    "procurator comptroller consul postmaster commissioner".split()
)
_GENERAL = frozenset({get_string_id("general")})
_TAKEN = frozenset({"poss", "det", "compound", "amod", "nmod"})  # what the phrase owns
_NAME_DEPS = frozenset({"npadvmod", "appos", "amod", "dep", "compound"})


def repair_general_titles(doc: Doc) -> int:
    """Re-hang each such title phrase; how many were repaired."""
    repaired = 0
    # (the word "general" found from the document's array: a Token for it alone)
    for i in tokens_with(doc, LOWER, _GENERAL):
        general = doc[i]
        post = _post_of(general)
        if post is None:
            continue
        name = _name_after(general)
        if name is not None:  # "the UN's secretary-general, X, said", "general" the subject
            post.head, post.dep_ = general.head, general.dep_
            name.head, name.dep_ = post, "appos"
            general.head, general.dep_ = post, "amod"
            _take_modifiers(general, post)
            repaired += 1
            continue
        name = general.head
        if name.i < post.i:  # "X, NATO's secretary-general, said"
            post.head, post.dep_ = name, "appos"
        elif name.dep_ != "ROOT":  # "NATO's secretary-general, X, said"
            post.head, post.dep_ = name.head, name.dep_
            name.head, name.dep_ = post, "appos"
        else:
            continue
        general.head, general.dep_ = post, "amod"
        _take_modifiers(general, post)
        repaired += 1
    return repaired


def _take_modifiers(general: Token, post: Token) -> None:
    """The possessive, article and modifiers before the title go to its head word."""
    for c in list(general.children):
        if c.i < post.i and c.dep_ in _TAKEN:
            c.head = post


def _name_after(general: Token) -> Token | None:
    """A person's name the parser hung on "general" after a comma, as a modifier,
    or made a second subject beside it ("general" and the name both of "said")."""
    if general.dep_ not in {"nsubj", "nsubjpass", "dobj", "pobj", "appos", "amod"}:
        return None
    # on "general" itself, or a second subject of the same verb beside it
    siblings = [c for c in general.head.children if c.i > general.i and c.dep_ == general.dep_]
    for c in [*general.rights, *siblings]:
        if c.ent_type_ == "PERSON" and c.pos_ == "PROPN" and c.dep_ in _NAME_DEPS | {general.dep_}:
            between = general.doc[general.i + 1 : c.left_edge.i]
            if [t.text for t in between] == [","]:
                return c
    return None


def _post_of(general: Token) -> Token | None:
    """The title word of ``general`` in "secretary-general" when the parser hung
    "general" on a person's name set off by a comma, else None."""
    i = general.i
    if general.lower_ != "general" or i < 2:
        return None
    doc = general.doc
    hyphen, post = doc[i - 1], doc[i - 2]
    if hyphen.text != "-" or post.whitespace_ or hyphen.whitespace_:
        return None
    if post.lower_ not in _POSTS or post.head.i != i:
        return None
    if _name_after(general) is not None:
        return post
    if general.dep_ != "amod":
        return None
    name = general.head
    if name.ent_type_ != "PERSON" or name.pos_ != "PROPN":
        return None
    lo, hi = sorted((i, name.i))
    if not any(t.text == "," for t in doc[lo:hi]):
        return None
    return post
