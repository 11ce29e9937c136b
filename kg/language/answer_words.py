"""Nouns that answer an act already done: what their "for" or "over" phrase names
took place ("in retaliation for X's detention of Y", "anger over X's attack on Y",
"an apology for X's bombing of Y"), unlike nouns of plans and talks ("talks on a
truce", "plans for an attack").

Only common words live here, never names of people or places.
"""

from __future__ import annotations

# Answers in kind, amends, judgements and feelings about a deed (lemmas and plurals).
ANSWERING_NOUNS = frozenset(
    """
    retaliation revenge reprisal reprisals retribution vengeance payback punishment
    compensation apology apologies reparation reparations blame condemnation criticism
    anger outrage fury indignation protest protests praise thanks gratitude
    sanction sanctions
    """.split()
)
