"""The two sides of talks or a fight told before: "talks between A and B",
"fighting between A and B". "Both sides" and "the two sides" stand for those two,
never for the mediators or hosts named in the same sentence ("C and D mediated
talks between A and B. Both sides accused each other": A and B)."""

from __future__ import annotations

from kg.language.coref_state import CorefState
from kg.language.mentions import Mention

_SIDES = ("country/", "group/", "org/")


def between_pair(state: CorefState, m: Mention, since: int) -> tuple[str, ...]:
    """The two actors joined by "between" nearest before ``m`` (from sentence
    ``since``), or none."""
    pairs: dict[int, list[str]] = {}  # the first item of a "between" list -> its actors
    for prev in reversed(state.mentions[: m.id]):
        if prev.sent < since:
            break
        key = state.linked.get(prev.id)
        if not key or not key.startswith(_SIDES):
            continue
        item = state.doc[list_head(state, prev)[0]]
        if item.dep_ != "pobj" or item.head.lower_ != "between":
            continue
        keys = pairs.setdefault(item.i, [])
        if key not in keys:
            keys.append(key)
    for first in sorted(pairs, reverse=True):
        if len(pairs[first]) == 2:
            return tuple(reversed(pairs[first]))
    return ()


def list_head(state: CorefState, m: Mention) -> tuple[int, int]:
    """The first item of the coordination a mention is part of (itself if none)
    and how many items it has."""
    tok = state.doc[m.start : m.end].root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.i, 1 + len(tok.conjuncts)
