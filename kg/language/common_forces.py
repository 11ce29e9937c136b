"""A state's force named by common words alone: "China's coast guard", "the navy",
"India's air force jets". Such a force is its owner country's ("China's coast guard
vessel rammed X" is China's act, as "Chile's navy" is Chile), never a body of its own
called "coast guard" nor a member of its country; with no country to own it, it names
no actor (:meth:`kg.language.actors._Resolver._org`).
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.language.gazetteer import gazetteer
from kg.language.lexicon import ARMED_MACHINES, listed_words
from kg.language.state_bodies import STATE_FORCE_WORDS

# The head of such a force (data: ``armed`` in ``organ-words.txt``).
FORCE_HEADS = listed_words("organ-words.txt")["armed"]


def common_force(words: Sequence[str]) -> bool:
    """True for "coast guard", "India's air force", "coast guard vessel", "the border
    police", "the Ghanaian air force" (a country's demonym before them): words of a state's forces only (an owner's possessive and the machines it
    sends aside), none capitalised ("the Coast Guard Academy", "Revolutionary Guards"
    are names)."""
    owners = [k for k, w in enumerate(words) if w.endswith(("'s", "\u2019s"))]
    rest = [w for w in words[owners[-1] + 1 if owners else 0 :] if w.lower() != "the"]
    if not owners and len(rest) > 1 and gazetteer().demonym_country(rest[0]) is not None:
        rest = rest[1:]  # "the Ghanaian air force", as "Ghana's air force"
    while rest and rest[-1].lower() in ARMED_MACHINES:
        rest = rest[:-1]
    return (
        bool(rest)
        and rest[-1] in FORCE_HEADS
        and all(w.islower() and (w in STATE_FORCE_WORDS or w in FORCE_HEADS) for w in rest)
    )
