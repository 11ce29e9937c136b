"""A "their" before a meeting noun that no group answers is the two people just
named: "A hosted B. Their talks focused on trade", "A met B. During their meeting,
..." (for :mod:`kg.language.actors`). Only two: with one or three people named, or a
person in the clause who is not one of them ("C said their talks ..."), no one."""

from __future__ import annotations

from kg.language.contact_words import PERSON_MEETING_NOUNS
from kg.language.coref_state import CorefState
from kg.language.mentions import Mention
from kg.language.talks import MEETING_NOUNS

MET_NOUNS = PERSON_MEETING_NOUNS | MEETING_NOUNS


def met_pair(state: CorefState, m: Mention) -> tuple[str, ...]:
    """The two people named in ``m``'s sentence before it, or else in the one before."""
    pron = state.doc[m.start]
    if pron.lower_ != "their" or pron.dep_ != "poss" or pron.head.lower_ not in MET_NOUNS:
        return ()
    here: list[str] = []
    before: list[str] = []
    for prev in state.mentions[: m.id]:
        key = state.linked.get(prev.id, "")
        if prev.sent == m.sent and key.startswith("person/") and key not in here:
            here.append(key)
        elif prev.sent == m.sent - 1 and key.startswith("person/") and key not in before:
            before.append(key)
    if len(here) == 2:
        return tuple(here)
    if len(before) == 2 and set(here) <= set(before):
        return tuple(before)
    return ()
