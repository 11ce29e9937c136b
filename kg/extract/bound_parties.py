"""Who is bound by a pact an adjunct names: "Under an agreement with Turkey, Greece
will take back migrants", "As part of a deal with the IMF, Egypt cut subsidies",
"in line with its accord with X": the clause's subject is the pact's other side,
for :func:`kg.extract.nominal_sides.between_frame` (the pact keeps its own mood:
it exists, whatever the clause says will happen)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context

# "in line with", "in accordance with", "in keeping with" a pact
_KEEPING = {"line", "accordance", "keeping"}


def bound_parties(ctx: Context, noun: Token) -> list[str]:
    """The actors of the subject of the clause a pact's adjunct hangs on."""
    if noun.dep_ != "pobj":
        return []
    prep = noun.head
    if prep.lower_ == "of" and prep.head.lower_ == "part" and prep.head.dep_ == "pobj":
        prep = prep.head.head  # "as part of a deal with X"
        if prep.lower_ != "as":
            return []
    elif prep.lower_ == "with" and prep.head.lower_ in _KEEPING and prep.head.dep_ == "pobj":
        prep = prep.head.head  # "in line with the accord with X"
    elif prep.lower_ != "under":
        return []
    verb = prep.head
    if prep.dep_ != "prep" or verb.pos_ not in {"VERB", "AUX"}:
        return []
    return [k for s in g.subjects(verb) for k in g.actors_of(ctx, s)]
