"""Who a meeting noun's own words name as present (for :mod:`kg.extract.meeting_nouns`):
"the meeting, attended by A and B", "talks which were attended by A", "X hosted talks
on Monday, attended by A, B and C" (the participle the parser hangs on the hosting
verb), "the summit, which A and B attended, was chaired by X" (an active relative
clause). Those present meet each other and whoever holds or hosts the meeting.

Only parties named as such count: people, countries and bodies by name; not "leaders
from" a dozen countries at a summit, nor "officials". A relative clause with a mood of
its own tells no one's presence: "the summit, which Ghana did not attend", "which A
and B will attend".
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.records import Modality

# The kinds of mention that name a party by itself (not "leaders from", not "officials").
_NAMED = frozenset({"person", "country", "org"})


def attendees(ctx: Context, noun: Token) -> list[Token]:
    """The tokens naming who attended the meeting ``noun`` names, when every one of
    them names a party (else none)."""
    found = [a for v in _attended_by(noun) for a in g.agents(v)]
    found += [s for v in _attending_clauses(ctx, noun) for s in g.subjects(v)]
    named = [t for a in found for t in g.conjuncts(a)]
    mentions = [ctx.actors.mention_at(t.i) for t in named]
    if not named or not all(m is not None and m.kind in _NAMED for m in mentions):
        return []
    return found


def _attended_by(noun: Token) -> list[Token]:
    """ "attended by" on the noun ("the meeting, attended by A", "talks which were
    attended by A"), or on the verb whose object the noun is, after it and with no
    subject of its own ("X hosted talks on Monday, attended by A and B")."""
    found = [c for c in noun.children if c.dep_ in {"acl", "relcl"} and c.lemma_ == "attend"
             and g.is_passive(c)]  # fmt: skip
    if noun.dep_ == "dobj":
        found += [
            c
            for c in noun.head.children
            if c.dep_ == "advcl"
            and c.lemma_ == "attend"
            and c.tag_ == "VBN"
            and c.i > noun.i
            and not any(s.dep_ in g.SUBJECT_DEPS for s in c.children)
        ]
    return found


def _attending_clauses(ctx: Context, noun: Token) -> list[Token]:
    """ "the summit, which A and B attended": an active relative clause on the noun
    whose object is its relative word, told as done (not "did not attend", "will
    attend")."""
    return [
        c
        for c in noun.children
        if c.dep_ == "relcl"
        and c.lemma_ == "attend"
        and any(k.dep_ == "dobj" and k.tag_ in g.RELATIVE_TAGS for k in c.children)
        and not g.negated(c)
        and g.modality(ctx, c) is Modality.ASSERTED
    ]
