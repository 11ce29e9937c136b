"""Names in apposition to a plural post: "her Czech and Slovak counterparts, A and
B," and "his two deputies, A and B,". The small model hangs the first name on the
verb or on another noun of the clause ("held talks with her counterparts, A and B":
A as an apposition of "talks"; "met his counterparts, A and B": A as an adverb of
"met"; "talks between X and his counterparts, A and B, ended": A as the subject),
so the names are nobody's. :func:`repair_plural_appositions` hangs them on the
post, where the titles shared in apposition are read
(:mod:`kg.language.respective_titles`: each name its country in order, when as
many countries as names are said, or one for all) and a plural post stands for the
names it is given. Not a name that begins a clause of its own ("met his
counterparts, A said"; "met his counterparts, A and B said"), nor names the parser
set in apposition to the noun the post's "of" hangs on ("met the wives of the two
presidents, A and B": the wives are named).
"""

from __future__ import annotations

from spacy.attrs import TAG
from spacy.tokens import Doc, Token

from kg.language.lexicon import SUBJECT_DEPS, TITLE_WORDS
from kg.language.title_columns import ids
from kg.language.token_table import tokens_with

_PLURAL = ids(["NNS"])


def repair_plural_appositions(doc: Doc) -> int:
    """Hang each first name of a list after a plural post and its comma on the
    post; how many were hung."""
    repaired = 0
    for post in map(doc.__getitem__, tokens_with(doc, TAG, _PLURAL)):
        if post.lemma_.lower() not in TITLE_WORDS or post.right_edge.i != post.i:
            continue
        name = _name_after(post)
        if name is None or name.head.i == post.i or name.dep_ == "ROOT":
            continue  # (already the post's)
        if name.dep_ == "appos" and _owned_by(post, name.head):
            continue  # "the wives of the presidents, A and B": the names are the wives'
        last = _last_name(name)
        if name.dep_ in SUBJECT_DEPS:  # "talks between X and his counterparts, A and B, ended"
            subject = _closed_subject(name, last, post)
            if subject is None:
                continue
            subject.dep_ = name.dep_  # (the parser read the subject as an adverb)
        elif name.head.i > name.i:
            continue  # hung on a word after it: the names are something else's
        _hang(name, last, post)
        repaired += 1
    return repaired


def _owned_by(post: Token, head: Token) -> bool:
    """The post is the object of an "of" under ``head``: "the wives of the two
    presidents", so a name in apposition to ``head`` is the head's, not the post's."""
    return post.head.lower_ == "of" and post.head.head.i == head.i


def _name_after(post: Token) -> Token | None:
    """The root of the first of two or more people's names right after the post's
    comma: "counterparts, A and B"."""
    doc = post.doc
    if post.i + 2 >= len(doc) or doc[post.i + 1].text != ",":
        return None
    first = doc[post.i + 2]
    if first.ent_type_ != "PERSON" or first.ent_iob_ != "B":
        return None
    root = first
    while root.dep_ in {"compound", "flat"} and root.head.i > root.i:
        root = root.head
    if root.pos_ != "PROPN" or root.ent_type_ != "PERSON" or root.left_edge.i != first.i:
        return None
    listed = [c for c in root.children if c.dep_ == "conj" and c.ent_type_ == "PERSON"]
    return root if listed else None


def _last_name(name: Token) -> Token:
    return max((c for c in name.children if c.dep_ == "conj"), key=lambda c: c.i)


def _closed_subject(name: Token, last: Token, post: Token) -> Token | None:
    """A list taken for the verb's subject that a comma closes, with the post inside
    the verb's phrase before it: "talks between X and his counterparts, A and B,
    ended" (not "met his counterparts, A and B said"). That phrase, the subject."""
    end = last.right_edge.i + 1
    if end >= len(name.doc) or name.doc[end].text != ",":
        return None
    verb = name.head
    phrase = next((a for a in post.ancestors if a.head.i == verb.i), None)
    if phrase is None or phrase.i > post.i or phrase.dep_ not in SUBJECT_DEPS | {"npadvmod"}:
        return None
    return phrase


def _hang(name: Token, last: Token, post: Token) -> None:
    """Make ``name`` the post's apposition; what follows the names' closing comma
    ("in Vienna") goes to the clause the post is in."""
    clause = post
    while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
        clause = clause.head
    for c in [c for c in name.children if c.i > last.i and c.dep_ not in {"cc", "conj", "punct"}]:
        c.head = clause
    name.head = post
    name.dep_ = "appos"
