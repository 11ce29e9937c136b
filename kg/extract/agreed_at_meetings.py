"""Agreements reached by those who met: the meeting's parties agreed.

Constructions: ``X met Y and Z ... and said they had agreed``, ``a summit of X, Y and
Z agreed a tariff`` (the subject is "they" or the gathering); ``X met Y and signed a
memorandum on gas``, ``X held talks with Y and agreed to reopen the border``, ``A and B met and pledged to
protect the cables`` (the
agreement shares its subject with the meeting just told and names no partner of its
own: it was made with the one met). Not ``met Y and signed a book of condolence`` (no
pact), nor ``met Y and signed a deal with Z`` (a partner of its own).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.directed_events import make_events
from kg.extract.meetings import participants_in
from kg.extract.pact_partners import PACTS
from kg.extract.senses import sense
from kg.language.event_words import VOWING_VERBS
from kg.records import Event, EventKind

GATHERINGS = {"summit", "meeting", "conference", "talks", "session"}
# Verbs that make an agreement, and the pacts signed ("signed a memorandum").
_SIGNING = frozenset({"sign", "ink", "conclude"})
# The verbs this module reads.
AT_MEETINGS = frozenset({"agree", *_SIGNING, *VOWING_VERBS})
# Verbs of contact whose partners an agreement joined to them was made with.
_CONTACTS = frozenset({"meet", "hold", "talk", "speak", "confer", "host", "receive", "visit"})


def agreed_at_meeting(ctx: Context, verb: Token, extractor: str) -> Iterator[Event]:
    """The parties of the meeting the agreeing or signing ``verb`` follows."""
    subj = g.subjects(verb)
    if verb.lemma_ == "agree" and subj and subj[0].lower_ in {"they", "we", *GATHERINGS}:
        parties = participants_in(ctx, verb.sent)
        code = sense("agree", "030", symmetric=True)
    elif _after_contact(verb) and (verb.lemma_ == "agree" or _signs_a_pact(verb) or _vows(verb)):
        parties = _met(ctx, verb.head, jointly=verb.lemma_ in VOWING_VERBS)
        signs = verb.lemma_ in _SIGNING
        code = sense("sign" if signs else "agree", "057" if signs else "030", symmetric=True)
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


def _vows(verb: Token) -> bool:
    """A vow to act made with no one it is made to: "met Y and pledged to protect the
    cables", "committed to sharing data" (not "pledged aid to Z", "promised Z to ...")."""
    if verb.lemma_ not in VOWING_VERBS or g.direct_objects(verb) or g.prep_objects(verb, {"for"}):
        return False
    if any(c.dep_ in {"dative", "dobj", "ccomp"} for c in verb.children):
        return False
    to_act = [c for c in verb.children if c.dep_ == "xcomp" and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]  # fmt: skip
    to_act += [c for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"
               for c in p.children if c.dep_ == "pcomp" and c.tag_ == "VBG"]  # fmt: skip
    return bool(to_act)


def _signs_a_pact(verb: Token) -> bool:
    return verb.lemma_ in _SIGNING and any(
        o.lemma_.lower() in PACTS for o in g.direct_objects(verb)
    )


def _met(ctx: Context, contact: Token, *, jointly: bool = False) -> list[str]:
    """The parties of the meetings ``contact``'s sentence tells, when the contact's own
    subjects are among them (else none: the agreement's partner is not known); when
    ``jointly`` (a vow), only when they are all of them: "A and B met and vowed to act"
    (not "A met B and vowed", a vow of A's own)."""
    parties = participants_in(ctx, contact.sent)
    subjects = [k for s in g.subjects(contact) for k in g.actors_of(ctx, s)]
    if jointly and set(subjects) != set(parties):
        return []
    return parties if subjects and set(subjects) <= set(parties) else []
