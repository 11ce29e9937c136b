"""Where a named professional works: "Analyst Ana Ruiz at Nordbank said",
"Senior economist Ana Ruiz at the Fiscal Institute", "Professor Lars Holt at
Uppsala University". A profession written before the name is a role, not part of
the name, and an "at" right after the name names the body that employs the holder.
Only professions that are jobs held at a body count: a lawyer "at" a court
appears there, a minister "at" a summit attends it.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context

_PROFESSIONS = frozenset(
    """
    analyst economist strategist researcher scientist professor lecturer fellow academic
    specialist expert engineer consultant trader statistician epidemiologist
    """.split()
)


def worked_at(ctx: Context) -> Iterator[tuple[str, str, list[Token], str | None, bool]]:
    """(person, body, evidence tokens, title, current) for each professional
    named with the body they work at."""
    doc = ctx.doc
    for m in ctx.actors.mentions:
        person = ctx.actors.by_mention.get(m.id)
        if person is None or not person.startswith("person/") or not m.descriptors:
            continue
        d = m.descriptors[0]
        if d.end != m.start or not d.title or d.title.split()[-1].lower() not in _PROFESSIONS:
            continue  # the profession stands right before the name
        if m.end + 1 >= len(doc) or doc[m.end].lower_ != "at":
            continue
        at = doc[m.end]
        if not m.start <= at.head.i < m.end:
            continue  # "at" belongs to the name, not to a verb ("said at the bank")
        for obj in (c for c in at.children if c.dep_ == "pobj"):
            for body in g.actors_of(ctx, obj):
                if body.startswith("org/"):
                    yield person, body, [doc[d.start], obj], d.title, not d.former
