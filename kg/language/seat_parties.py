"""The parties that stand for a nation's own seats: "Green MSP Ann Vale" sits in
the Scottish Parliament for the Scottish Greens, not for the Green Party of
England and Wales the gazetteer knows by "Green"; "Labour TD X" is no member of
the British Labour Party. A party label before such a seat that names a party not
standing there links no party (data/seat-parties.txt); a seat not listed ("MP",
"MEP") takes any party.
"""

from __future__ import annotations

from typing import Any

from kg.language.lexicon import listed_words

_SEAT_PARTIES = {seat: frozenset(f"org/{k}" for k in keys)
                 for seat, keys in listed_words("seat-parties.txt").items()}  # fmt: skip
_PARTIES = frozenset().union(*_SEAT_PARTIES.values())


def foreign_party(mention: Any, words: list[str]) -> bool:
    """``mention`` names a party that does not stand for the nation's seat among
    the title's ``words`` ("Green" before "MSP")."""
    entry = getattr(mention, "entry", None)
    if entry is None or entry.key not in _PARTIES:
        return False
    seats = [_SEAT_PARTIES[w] for w in words if w in _SEAT_PARTIES]
    return bool(seats) and entry.key not in seats[0]
