"""Nouns of a verb and its particle the parser splits: "protested against the shooting
down of a drone" is read with "down" an adverb of "shooting" and "of a drone" hung on
"down", "confirmed the shooting down of a drone" with "down" a particle of "confirmed",
so the noun seems to have no object. :func:`repair_particle_nouns` makes the word after
such a noun its particle and hangs the phrases on the noun, as in "the shooting down
of a drone by X was confirmed", which the parser reads right.
"""

from __future__ import annotations

from spacy.tokens import Doc

# Particles a noun of a phrasal verb takes: "shooting down", "blowing up", "cutting off".
_PARTICLES = frozenset({"down", "up", "off", "out"})


def repair_particle_nouns(doc: Doc) -> int:
    """Re-hang the particle of each such noun and the phrases on it; how many."""
    repaired = 0
    for token in doc[:-1]:
        if token.tag_ != "NN" or not token.lower_.endswith("ing"):
            continue
        particle = doc[token.i + 1]
        if particle.lower_ not in _PARTICLES or particle.dep_ not in {"advmod", "prt"}:
            continue
        preps = [c for c in particle.children if c.dep_ == "prep"]
        # "confirmed the shooting down of X": the particle hung on the verb, "of X" on it
        if particle.head.i != token.i and not (
            particle.head.i == token.head.i and token.dep_ == "dobj" and preps
        ):
            continue
        for c in preps:
            c.head = token
        particle.head, particle.dep_ = token, "prt"
        repaired += 1
    return repaired
