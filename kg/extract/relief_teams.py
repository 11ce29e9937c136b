"""Teams sent as aid: "a medical team", "a search-and-rescue team", "relief crews",
"a team of doctors" are help, as doctors and supplies are; a team of negotiators, a
legal team or a football team is none.
"""

from __future__ import annotations

from spacy.tokens import Token

# Nouns of a group sent to work somewhere.
_TEAMS = frozenset({"team", "teams", "crew", "crews", "unit", "units", "brigade", "brigades"})
# What makes such a group a relief one: "a medical team", "rescue crews".
_RELIEF = frozenset(
    """
    medical rescue relief aid humanitarian emergency health disaster firefighting
    field-hospital hospital mine-clearing demining
    """.split()
)


def relief_team(thing: Token) -> bool:
    """Whether ``thing`` names a team sent to rescue, heal or relieve: a word of relief
    before it, even one joined by "and" ("search-and-rescue")."""
    if thing.lower_ not in _TEAMS:
        return False
    before = thing.doc[thing.left_edge.i : thing.i]
    return any(
        t.lower_ in _RELIEF and t.dep_ in {"amod", "compound", "nmod", "conj"} for t in before
    )
