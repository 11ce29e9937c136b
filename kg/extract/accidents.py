"""Force used by accident is no attack: "accidentally shot down an airliner", "shelled
the village by mistake", "the mistaken downing of a jet", "bombed the convoy in error".
An accident has no target chosen, so it sets no one against anyone (CAMEO 18-20 ask
for a deliberate act)."""

from __future__ import annotations

from spacy.tokens import Token

# Adverbs and adjectives that say an act was not meant.
_UNMEANT = frozenset(
    """
    accidentally mistakenly inadvertently unintentionally erroneously unwittingly
    accidental mistaken inadvertent unintended unintentional erroneous
    """.split()
)
# What a phrase says the act was done by or in: "by mistake", "by accident", "in error".
_SLIPS = {"by": frozenset({"mistake", "accident"}), "in": frozenset({"error"})}
# Codes of force: violence, assault, fighting, mass violence.
_FORCE = frozenset({"18", "19", "20"})


def by_accident(cameo: str, anchor: Token, trigger: Token) -> bool:
    """Whether the act of force ``trigger`` names (done as ``anchor`` says) was not meant."""
    if cameo[:2] not in _FORCE:
        return False
    for word in dict.fromkeys([anchor, trigger]):
        for c in word.children:
            if c.dep_ in {"advmod", "amod"} and c.lower_ in _UNMEANT:
                return True
            slips = _SLIPS.get(c.lower_) if c.dep_ == "prep" else None
            if slips and any(o.dep_ == "pobj" and o.lower_ in slips for o in c.children):
                return True
    return False
