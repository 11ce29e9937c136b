"""A participle set after a clause a speaker tells, when that clause's subject names no
one: "X said on Monday that the talks had failed, accusing Y of stalling", "X told
reporters the border would stay closed, criticising Y". The participle is the speaker's,
in the speaker's mood (the told clause's future is not the accusation's). A told clause
with an actor for subject keeps the participle ("X said Turkey had closed its border,
accusing Greece": Turkey accuses)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.arguments import subjects
from kg.extract.base import Context
from kg.extract.fronted import told_over


def speakers_participle(ctx: Context, participle: Token) -> Token | None:
    """The verb of saying whose subject does what ``participle`` says, or None."""
    said = told_over(participle)
    if said is None:
        return None
    held = subjects(participle)  # the told clause's subjects, as the parse has them
    if any(ctx.actors.at(t.i) is not None for s in held for t in s.subtree):
        return None
    return said if subjects(said) else None
