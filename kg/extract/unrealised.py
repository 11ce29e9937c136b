"""Words over an event that say it has not happened (yet): a warning against it,
signs of it.

"Warned China against arming X": China would arm X, nothing was armed. "Signs of a
thaw between A and B", "no sign of a truce", "hints of a deal": what may point to an
event to come, not the event ("the first sign that A and B have made peace" says they
have: a clause, not an "of" phrase).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.event_words import WARNING_VERBS

_SIGNS = frozenset({"sign", "signs", "hint", "hints", "indication", "indications"})


def signs_of(head: Token, via: str) -> bool | None:
    """For a noun of signs over the event (through ``via``), whether it only points
    to it ("signs of a thaw": True; "a sign that they met": False); None for other
    words."""
    if head.lower_ not in _SIGNS:
        return None
    return via in {"prep", "pobj"}


def warned_against(head: Token, via: str) -> bool:
    """``head`` is the "against" of a warning whose object is the event: "warned
    China against arming X", "cautioned against an invasion of X" (not done)."""
    return (
        via in {"pcomp", "pobj"}
        and head.lower_ == "against"
        and head.head.lemma_ in WARNING_VERBS
        and head.head.pos_ == "VERB"
    )
