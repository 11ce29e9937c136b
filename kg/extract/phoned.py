"""Addressing someone by phone is a phone call.

"A congratulated B by telephone", "A thanked B in a phone call", "B was briefed by
phone by A", "A assured B over the phone that ...": one party spoke to the other at a
distance (CAMEO 041), whatever the words were. Only with a medium named in a phrase
of the verb ("urged B to call elections" is no call), between two actors; planned,
negated and hypothetical calls are kept but marked. Verbs of talking and telling
("spoke by phone", "told B by telephone") are read by the meetings extractor.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.contact import contact_events
from kg.records import Event, EventKind

# Verbs that address someone (their object is who is spoken to).
ADDRESSING = frozenset(
    """congratulate thank brief assure reassure urge invite inform warn console greet update
    ask press implore condole apologise apologize""".split()
)
# A medium of its own ("by phone") and nouns of a call it makes one ("in a phone call").
_MEDIA = frozenset(
    "phone telephone videophone videolink video-link videoconference hotline".split()
)
_CALLS = frozenset("call calls conversation conversations conference link line".split())
_MEDIUM_KINDS = frozenset("phone telephone video".split())
_THROUGH = frozenset({"by", "via", "over", "on", "in", "during"})


def phoned_events(ctx: Context, start: int = 0, end: int | None = None) -> Iterator[Event]:
    """Calls told by a verb of addressing and its medium."""
    for token, lemma, _, pos in ctx.scan(start, end):
        if pos != "VERB" or lemma not in ADDRESSING or not by_phone(token):
            continue
        passive = g.is_passive(token)
        callers = g.agents(token) if passive else g.subjects(token)
        called = g.subjects(token) if passive else g.direct_objects(token)
        subj = [k for t in callers for k in g.actors_of(ctx, t)]
        objs = [k for t in called for k in g.actors_of(ctx, t)]
        if subj and objs:
            yield from contact_events(ctx, token, token, EventKind.PHONE_CALL, "phone-call",
                                      subj, objs, "participant", "participant", False,
                                      [*callers, *called], cameo="041", confidence=0.6)  # fmt: skip


def by_phone(verb: Token) -> bool:
    """A phrase of ``verb`` that names a medium: "by telephone", "over the phone", "in
    a phone call", "during a video conference"."""
    for prep in verb.children:
        if prep.dep_ not in {"prep", "agent"} or prep.lower_ not in _THROUGH:
            continue
        for o in prep.children:
            if o.dep_ != "pobj":
                continue
            if o.lower_ in _MEDIA and prep.lower_ not in {"in", "during"}:
                return True
            if o.lower_ in _CALLS and any(
                c.dep_ in {"compound", "amod"} and c.lower_ in _MEDIUM_KINDS for c in o.children
            ):
                return True
    return False
