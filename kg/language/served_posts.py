"""Posts beside a name that say it is a person's, and who is listed with a holder.

"The head of the IMF, X,": the parser hangs the name on the body the post serves
(:func:`after_a_served_post`), so the people coordinated with the post ("A and the
Grand Imam of Al-Azhar, X, met") are X's fellows (:func:`listed_with`).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.lexicon import TITLE_WORDS
from kg.language.titles import FOR_EMPLOYER

# Posts a body or a country may hold too ("Ghana, the chair of the bloc", "Holm Bank,
# the market leader"): no sign that the name before them is a person's.
_SHARED_POSTS = {"leader", "leaders", "member", "chair", "founder", "president", "head", "manager",
                 "adviser", "advisor", "representative", "owner"}  # fmt: skip


def who_clause(clause: Token) -> bool:
    """ "X, who leads the fund,": "who" stands for a person, a body takes "which"."""
    return clause.dep_ == "relcl" and any(
        c.lower_ == "who" and c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children
    )


def after_a_served_post(name: Token) -> bool:
    """ "The head of the IMF, X,", "A spokeswoman for the World Bank, X,": the parser
    hangs the name on the body of the post ("for" after a post held for an employer)."""
    body = name.head
    prep = body.head
    post = prep.head.lower_
    return (
        name.dep_ == "appos"
        and body.dep_ == "pobj"
        and (prep.lower_ == "of" or (prep.lower_ == "for" and post in FOR_EMPLOYER))
        and post in TITLE_WORDS
        and post not in _SHARED_POSTS - {"head", "leader", "president"}
    )


def served_post(post: Token, name: Token) -> bool:
    """An apposition after ``name`` that is a person's post and names whom it serves:
    "Nigeria's oil minister", "the South African health minister", "head of the X Party"."""
    if post.dep_ != "appos" or post.i < name.i or post.lower_ not in TITLE_WORDS:
        return False
    if post.lower_ in _SHARED_POSTS and not any(c.lower_ == "of" for c in post.children):
        return False  # ("head of the X Party" is a person's)
    return any(t.ent_type_ in {"GPE", "ORG", "NORP"} for t in post.subtree if t.i != post.i)


def listed_with(name: Token) -> list[Token]:
    """The words coordinated with ``name``, or, for a name the parser hung on the body
    its post serves, with that post: "Ana Ruiz and the Grand Mufti of Egypt, X," (Ruiz)."""
    if not after_a_served_post(name):
        return list(name.conjuncts)
    post = name.head.head.head
    return [t for t in post.conjuncts if not name.left_edge.i <= t.i <= name.right_edge.i]
