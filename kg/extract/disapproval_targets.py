"""What a predicate of disapproval is aimed at.

"X is critical of Y", "X was scathing about Y", "X is furious with Y", "X was
appalled that Y ...": the preposition's object, or the subject of the clause it
governs. "X remains sceptical of Y" and "X is hostile to Y" oppose Y too, but
only through their preposition: doubt of a clause ("sceptical that Y will
comply") is no stance against Y, and "critical to" means needed, not opposed.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.concerns import STATE_WORDS, aimed_objects
from kg.language.event_words import DISAPPROVAL_WORDS

_AIMED = {"of", "at", "with", "by", "over", "about"}
# predicates that oppose only through a preposition, with the ones they take
_PREPOSITIONAL = {
    "sceptical": {"of", "about"},
    "skeptical": {"of", "about"},
    "hostile": {"to", "towards", "toward"},
    **STATE_WORDS,  # "concerned about Y's build-up", "unhappy with Y" (kg.extract.concerns)
}
# the words of disapproval this module adds to the list in kg.language.event_words
DOUBTING_WORDS = frozenset(_PREPOSITIONAL)


def disapproval_objects(word: Token) -> list[Token]:
    """The words naming what ``word`` (a predicate of disapproval) is aimed at."""
    preps = _PREPOSITIONAL.get(word.lower_)
    if preps is not None:
        return aimed_objects(word, g.prep_objects(word, preps))
    objects = g.prep_objects(word, _AIMED)
    return objects + [s for c in word.children if c.dep_ == "ccomp" for s in g.subjects(c)]


def disapproving_complement(verb: Token) -> Token | None:
    """The predicate of disapproval a copula takes: "X was critical (of Y)", "X
    remains hostile (to Y)"."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "acomp" and c.lower_ in DISAPPROVAL_WORDS | DOUBTING_WORDS
        ),
        None,
    )
