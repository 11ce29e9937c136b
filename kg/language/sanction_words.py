"""Words of sanctions: whom a sanction punishes for what its "for" phrase tells."""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.event_words import JUDGING_VERBS

# Verbs whose object is punished for what its "for" phrase tells, like the judging ones:
# "sanctioned six firms for helping X ship oil" (the firms helped, not the sanctioner).
PUNISHED_FOR_VERBS = JUDGING_VERBS | frozenset(
    "sanction designate blacklist penalise penalize fine list embargo freeze".split()
)
# Measures whose target is punished for what the "for" phrase tells: "imposed sanctions
# on X for helping Y" (X helped).
_PENALTIES = frozenset("sanction embargo penalty fine ban freeze tariff".split())


def punished_for(host: Token, held: list[Token]) -> list[Token]:
    """Who did what a "for" phrase on ``host`` tells: the object a judging or punishing
    verb holds ("praised Chile for expelling X", "sanctioned X for helping Y"), or the
    target of a penalty imposed ("imposed sanctions on X for helping Y"); [] if none."""
    if host.lemma_ in PUNISHED_FOR_VERBS:
        return held
    penalties = [o for o in held if o.lemma_.lower() in _PENALTIES]
    return [
        o
        for t in (*penalties, host)
        if penalties
        for p in t.children
        if p.dep_ == "prep" and p.lower_ in {"on", "against"}
        for o in p.children
        if o.dep_ == "pobj"
    ]
