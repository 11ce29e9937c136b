"""A journey that is part of a life, not a visit: "X, who arrived in Britain 13 years
ago as a refugee", "first travelled to France as a student", "went to Portugal to
study", "visited Cuba as a student in the 1970s". What the traveller went as, what
the journey was for, or a distance in years or a decade for its date tells a past
life or a move, so the country is no host ("she studied in France", "born in
Kenya", "having lived in Moscow" name no journey at all). The words are data
(``data/past-lives.tsv``)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.language.lexicon import listed_words

_DECADE = re.compile(r"^\d{3}0s$")  # "the 1970s"


def _words() -> dict[str, frozenset[str]]:
    return listed_words("past-lives.tsv", "kg.extract")


def past_life(verb: Token) -> bool:
    """The journey ``verb`` tells was made as a refugee, a child or a student, to
    study or settle, years ago or in a decade: a life's move, not a visit."""
    return any(_tells_a_life(c, _words()) for c in verb.children)


def _tells_a_life(child: Token, words: dict[str, frozenset[str]]) -> bool:
    """ "as a refugee", "in the 1970s", "to study", "13 years ago"."""
    objects = [o for o in child.children if o.dep_ == "pobj"] if child.dep_ == "prep" else []
    if child.lower_ == "as":
        return any(_as_what(o, words["as"]) for o in objects)
    if child.lower_ == "in":
        return any(_DECADE.match(o.text) for o in objects)
    if child.dep_ in {"advcl", "xcomp"} and child.lemma_.lower() in words["to"]:
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
    return child.lower_ == "ago" and any(
        c.lemma_.lower() in words["ago"] or c.lower_ in words["ago"] for c in child.children
    )


def _as_what(obj: Token, nouns: frozenset[str]) -> bool:
    """ "a refugee", "a student", "a young man" (a man or woman only when young)."""
    word = obj.lower_
    if word in {"man", "woman"}:
        return any(c.lower_ == "young" for c in obj.children)
    compounds = [f"{c.lower_}-{word}" for c in obj.lefts if c.dep_ == "compound"]
    return word in nouns or any(w in nouns for w in compounds)
