"""Whom the law wants: "X, who is wanted by the International Criminal Court", "X,
wanted by Interpol for fraud", "was wanted by Peru" tell a warrant against X (CAMEO
173, as "issued a warrant for X's arrest" does).

Only a passive whose "by" names a state, a court, the police or prosecutors
(``data/charge-words.txt``, rows ``wanting``, ``court`` and ``law``): "Chile wants talks" and
"the striker wanted by a rival club" are wishes, not warrants. The verb is no row of
the trigger table, whose every reader would take "X wants Y" for an act against Y.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.directed_events import make_events
from kg.extract.senses import sense
from kg.language.lexicon import listed_words
from kg.records import Event, EventKind

_WORDS = listed_words("charge-words.txt", package="kg.extract")
WANTING = _WORDS["wanting"]
_LAW = _WORDS["court"] | _WORDS["law"]
_WARRANT = sense("coerce", "173")


def wanted(ctx: Context, verb: Token, extractor: str) -> Iterator[Event]:
    """A warrant's issuer -> its target, from "X, who is wanted by the ICC"."""
    if not g.is_passive(verb):
        return
    law = [k for a in g.agents(verb) for k in g.actors_of(ctx, a)
           if a.lower_ in _LAW or k.startswith("country/")]  # fmt: skip
    targets = [k for t in g.subjects(verb) for k in g.actors_of(ctx, t)]
    if law and targets:
        yield from make_events(ctx, verb, verb, EventKind.CONFLICT, _WARRANT, law, targets,
                               [verb], extractor, 0.8)  # fmt: skip
