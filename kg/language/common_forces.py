"""A state's force named by common words alone: "China's coast guard", "the navy",
"India's air force jets". Such a force is its owner country's ("China's coast guard
vessel rammed X" is China's act, as "Chile's navy" is Chile), never a body of its own
called "coast guard" nor a member of its country; with no country to own it, it names
no actor (:meth:`kg.language.actors._Resolver._org`).
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.language.lexicon import ARMED_MACHINES
from kg.language.state_bodies import STATE_FORCE_WORDS

# The head of such a force.
FORCE_HEADS = frozenset(
    "guard guards coastguard coastguards force forces navy army military police marines".split()
)


def common_force(words: Sequence[str]) -> bool:
    """True for "coast guard", "India's air force", "coast guard vessel", "the border
    police": words of a state's forces only (an owner's possessive and the machines it
    sends aside), none capitalised ("the Coast Guard Academy", "Revolutionary Guards"
    are names)."""
    owners = [k for k, w in enumerate(words) if w.endswith(("'s", "\u2019s"))]
    rest = [w for w in words[owners[-1] + 1 if owners else 0 :] if w.lower() != "the"]
    while rest and rest[-1].lower() in ARMED_MACHINES:
        rest = rest[:-1]
    return (
        bool(rest)
        and rest[-1] in FORCE_HEADS
        and all(w.islower() and (w in STATE_FORCE_WORDS or w in FORCE_HEADS) for w in rest)
    )
