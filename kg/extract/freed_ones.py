"""Whom a demand asks to be set free, who is no target of it: "The Azure Party
demanded his release" (after "Police arrested X") is no demand on X, nor is "demanded
the release of X" or "demanded that Peru free X" (there the demand is on Peru). The
words of freeing are data (``data/freeing-words.txt``).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.language.lexicon import listed_words

_WORDS = listed_words("freeing-words.txt", package="kg.extract")


def freed_ones(ctx: Context, verb: Token) -> set[str]:
    """The actors a demand verb asks to be freed: the possessor or "of" phrase of a
    freeing noun it demands ("his release", "the freedom of X"), and the object of a
    freeing verb in the clause it demands ("that Peru free X", "Peru to release X"),
    also when the parser reads the bare verb as a modifier of X."""
    found: list[Token] = []
    for o in (c for d in g.direct_objects(verb) for c in g.conjuncts(d)):
        if o.lemma_.lower() in _WORDS["nouns"] or o.lower_ in _WORDS["nouns"]:
            found += [c for c in o.children if c.dep_ == "poss"] + g.prep_objects(o, {"of"})
        if any(c.dep_ == "compound" and c.lower_ in _WORDS["verbs"] for c in o.lefts):
            found.append(o)  # "that Peru release X", the bare verb read as X's modifier
    for c in verb.children:
        if c.dep_ in {"ccomp", "xcomp"}:
            for act in g.conjuncts(c):
                if act.lemma_.lower() in _WORDS["verbs"]:
                    found += [t for d in g.direct_objects(act) for t in g.conjuncts(d)]
    return {k for t in found for k in g.actors_of(ctx, t)}
