"""Fears dismissed: rejecting or dismissing what someone fears reassures them and
opposes no one: "Ruiz dismissed fears from some Labour MPs that taxes would rise",
"Chile dismissed Peruvian fears of a border war", "Ruiz dismisses Labour tax fears"
(not "dismissed Peru's claims" or "rejected Peru's demands": those are stands of
Peru's). The words of worry are data (``data/worry-words.txt``)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.language.lexicon import listed_words

_WORRIES = listed_words("worry-words.txt", package="kg.extract")["nouns"]


def dismisses_fears(verb: Token) -> bool:
    """Whether the rejecting ``verb``'s object is a worry: its own object ("dismissed
    the fears"), or the subject of its passive ("fears ... were dismissed by X")."""
    objects = g.direct_objects(verb) or [
        c for c in verb.children if c.dep_ == "nsubjpass"
    ]
    objects = [t for o in objects for t in g.conjuncts(o)]  # "Peru's worries and claims"
    return bool(objects) and all(o.lower_ in _WORRIES for o in objects)
