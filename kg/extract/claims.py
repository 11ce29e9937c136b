"""Who reports a clause: "officials said X met Y" - the claimant of what X did."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.arguments import subjects
from kg.extract.base import Context
from kg.extract.grammar import actors_of
from kg.extract.hearsay import reporting_verb


def claimant(ctx: Context, verb: Token) -> str | None:
    """Who reports the clause of ``verb``, if anyone."""
    speech = reporting_verb(verb)
    if speech is None:
        return None
    for subj in subjects(speech):
        keys = actors_of(ctx, subj)
        if keys:
            return keys[0]
    return None
