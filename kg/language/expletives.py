"""An "it" that stands for a clause later in the sentence, not for an actor: "it is
wrong to ...", "it was criminal what they did", "it seems that ..." (not "it was ready
to talk": it is the one ready) (for :mod:`kg.language.common_nouns`)."""

from __future__ import annotations

from spacy.tokens import Token

# Adjectives said of the subject itself before an infinitive ("it was ready to talk").
_SUBJECT_ADJECTIVES = {"ready", "willing", "able", "unable", "prepared", "keen", "eager",
                       "happy", "reluctant", "determined", "set", "likely", "unlikely", "due",
                       "about", "sure", "certain", "quick", "slow"}  # fmt: skip


def expletive(tok: Token) -> bool:
    """ "it is wrong to ...", "it was criminal what they did", "it seems that ...":
    an "it" that stands for a clause later in the sentence, not for an actor."""
    if tok.lower_ != "it":
        return False
    if tok.dep_ == "expl":
        return True
    head = tok.head
    if tok.dep_ not in {"nsubj", "nsubjpass"} or head.lemma_ not in {"be", "seem", "appear"}:
        return False
    later = [c for c in head.children if c.i > tok.i]
    if any(c.lemma_ in _SUBJECT_ADJECTIVES for c in later):
        return False  # "it was ready to talk": it is the one ready
    predicate = any(c.dep_ in {"acomp", "attr"} for c in later)
    clause = any(c.dep_ in {"xcomp", "ccomp", "csubj", "advcl"} for c in later) or any(
        c.dep_ in {"xcomp", "ccomp", "relcl", "acl"}
        for p in later
        if p.dep_ in {"acomp", "attr"}
        for c in p.children
    )
    return (predicate and clause) or (head.lemma_ in {"seem", "appear"} and clause)
