"""Agreements reached by those who met: the meeting's parties agreed.

Constructions: ``X met Y and Z ... and said they had agreed``, ``a summit of X, Y and
Z agreed a tariff`` (the subject is "they" or the gathering); ``X met Y and signed a
memorandum on gas``, ``X held talks with Y and agreed to reopen the border`` (the
agreement shares its subject with the meeting just told and names no partner of its
own: it was made with the one met). Not ``met Y and signed a book of condolence`` (no
pact), nor ``met Y and signed a deal with Z`` (a partner of its own).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.directed import make_events
from kg.extract.meetings import participants_in
from kg.extract.pact_partners import PACTS
from kg.extract.senses import sense
from kg.records import Event, EventKind

GATHERINGS = {"summit", "meeting", "conference", "talks", "session"}
# Verbs that make an agreement, and the pacts signed ("signed a memorandum").
_SIGNING = frozenset({"sign", "ink", "conclude"})
# Verbs of contact whose partners an agreement joined to them was made with.
_CONTACTS = frozenset({"meet", "hold", "talk", "speak", "confer", "host", "receive", "visit"})


def agreed_at_meeting(ctx: Context, verb: Token, extractor: str) -> Iterator[Event]:
    """The parties of the meeting the agreeing or signing ``verb`` follows."""
    subj = g.subjects(verb)
    if verb.lemma_ == "agree" and subj and subj[0].lower_ in {"they", "we", *GATHERINGS}:
        parties = participants_in(ctx, verb.sent)
        code = sense("agree", "030", symmetric=True)
    elif _after_contact(verb) and (verb.lemma_ == "agree" or _signs_a_pact(verb)):
        parties = _met(ctx, verb.head)
        code = sense("agree" if verb.lemma_ == "agree" else "sign",
                     "030" if verb.lemma_ == "agree" else "057", symmetric=True)  # fmt: skip
    else:
        return
    if len(parties) < 2:
        return
    yield from make_events(ctx, verb, verb, EventKind.COOPERATION, code, parties[:1], parties[1:],
                           subj or [verb.head], extractor, 0.6)  # fmt: skip


def _after_contact(verb: Token) -> bool:
    """A verb joined to a verb of contact, sharing its subject, with no partner of its
    own: "met Y and signed a memorandum" (not "and signed a deal with Z")."""
    return (
        verb.dep_ == "conj"
        and verb.head.lemma_ in _CONTACTS
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
        and not g.prep_objects(verb, {"with", "between", "alongside"})
        and not any(g.prep_objects(o, {"with", "between"}) for o in g.direct_objects(verb))
    )


def _signs_a_pact(verb: Token) -> bool:
    return verb.lemma_ in _SIGNING and any(
        o.lemma_.lower() in PACTS for o in g.direct_objects(verb)
    )


def _met(ctx: Context, contact: Token) -> list[str]:
    """The parties of the meetings ``contact``'s sentence tells, when the contact's own
    subjects are among them (else none: the agreement's partner is not known)."""
    parties = participants_in(ctx, contact.sent)
    subjects = [k for s in g.subjects(contact) for k in g.actors_of(ctx, s)]
    return parties if subjects and set(subjects) <= set(parties) else []
