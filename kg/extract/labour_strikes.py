"""Strikes called or gone on: "the union called a national strike against X", "the
nurses went on strike against X". Whoever calls a strike, or goes on one, strikes
(not "called off the strike", "called the strike illegal").
"""

from __future__ import annotations

from spacy.tokens import Token

# Nouns of a stoppage of work.
STRIKE_NOUNS = frozenset({"strike", "strikes", "walkout", "walkouts", "stoppage"})


def strike_called(verb: Token, child: Token, noun: Token) -> bool:
    """ "called a strike against X", "went on strike against X", "held a strike against
    X": ``verb`` starts the strike ``noun`` (``child`` is the verb's child on the way
    to it)."""
    if noun.lower_ not in STRIKE_NOUNS:
        return False
    if verb.lemma_ == "call":
        return child is noun and noun.dep_ == "dobj" and not _otherwise(verb)
    if verb.lemma_ == "hold":  # "the union held a strike against X"
        return child is noun and noun.dep_ == "dobj"
    bare = not any(c.dep_ in {"det", "poss"} for c in noun.children)
    return verb.lemma_ == "go" and child.dep_ == "prep" and child.lower_ == "on" and bare


def _otherwise(verb: Token) -> bool:
    """ "called off the strike", "called the strike illegal", "called the strike a
    mistake": the verb neither calls nor starts it."""
    return any(
        c.dep_ in {"prt", "oprd", "xcomp", "ccomp", "attr"}
        or (c.dep_ == "dobj" and c.i > verb.i + 1 and c.lower_ not in STRIKE_NOUNS)
        for c in verb.children
    )
