"""The two sides of talks or a fight told before: "talks between A and B",
"fighting between A and B", "A and B agreed to a truce brokered by C and D".
"Both sides" and "the two sides" stand for those two, never for the mediators or
hosts named in the same sentence ("C and D mediated talks between A and B. Both
sides accused each other": A and B)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.coref_state import CorefState
from kg.language.mentions import Mention

_SIDES = ("country/", "group/", "org/")
# Verbs whose subjects bring others together rather than take a side.
_MEDIATING = frozenset({"mediate", "broker", "host", "facilitate", "sponsor", "convene"})


def sides_pair(state: CorefState, m: Mention, since: int) -> tuple[str, ...]:
    """The two sides named before ``m``: a pair joined by "between", else, in the
    nearest sentence naming two or more, the one pair listed together that does
    not mediate ("brokered by C and D", "C and D hosted"); none if unclear."""
    if between := between_pair(state, m, since):
        return between
    lists: dict[int, list[str]] = {}  # the first item of a pair -> its actors
    sent = None
    for prev in reversed(state.mentions[: m.id]):
        key = state.linked.get(prev.id)
        if not key or not key.startswith(_SIDES) or prev.sent < since:
            continue
        if sent is not None and prev.sent != sent:
            break
        sent = prev.sent
        head, size = list_head(state, prev)
        if size == 2 and not _mediates(state.doc[head]):
            keys = lists.setdefault(head, [])
            if key not in keys:
                keys.append(key)
    pairs = [keys for keys in lists.values() if len(keys) == 2]
    return tuple(reversed(pairs[0])) if len(pairs) == 1 else ()


def _mediates(item: Token) -> bool:
    return (item.dep_ == "pobj" and item.head.lower_ == "by") or (
        item.dep_ == "nsubj" and item.head.lemma_ in _MEDIATING
    )


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
