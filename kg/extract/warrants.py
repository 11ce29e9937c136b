"""Whom the law wants: "X, who is wanted by the International Criminal Court", "X,
wanted by Interpol for fraud", "was wanted by Peru" tell a warrant against X (CAMEO
173, as "issued a warrant for X's arrest"; the trigger table's ``warrant-agent`` row).

Only a passive whose "by" names a state, a court, the police or prosecutors
(``data/charge-words.txt``, row ``law``): "Chile wants talks" and "the striker wanted
by a rival club" are wishes, not warrants.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.language.lexicon import listed_words

_LAW = listed_words("charge-words.txt", package="kg.extract")["law"]


def wanted_by_law(ctx: Context, verb: Token, passive: bool) -> bool:
    """Whether ``verb`` is a passive whose agent is a state or a body of the law."""
    return passive and any(
        a.lower_ in _LAW or any(k.startswith("country/") for k in g.actors_of(ctx, a))
        for a in g.agents(verb)
    )
