"""A pact that a meeting ends with: its sides made it.

"The summit of A and B ended with a trade pact", "talks between A and B produced
a deal", "A and B held talks that resulted in a truce": the meeting's parties
agreed the pact (cooperation, CAMEO 057, or 0871 for a truce), in the mood of the
verb that tells it ("the talks could produce a deal": hypothetical; "failed to
yield an accord": none). A meeting that ends *without* a pact made none. A pledge to do something that a
meeting ends with is a pact of its sides too: "talks between A and B ended with a
promise to reopen the border".
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.closed_meetings import (
    agreed_in_with_clause,
    closed_meetings,
    closing_verb,
    meeting_in,
)
from kg.extract.directed_events import make_events
from kg.extract.meeting_nouns import noun_events
from kg.extract.meeting_words import NOUNS
from kg.extract.meetings import participants_in
from kg.extract.senses import sense, sense_of
from kg.extract.triggers import trigger
from kg.records import Event, EventKind

# Nouns of a joint undertaking when the meeting that ends with one names no receiver.
_PLEDGES = frozenset({"pledge", "promise", "commitment", "vow", "undertaking"})
# Verbs whose subject, an event, brings about their object: "the talks produced a deal".
_BRINGING = frozenset({"produce", "yield", "deliver", "bring", "achieve", "secure"})
# Verbs whose subject, an event, ends in what their preposition names: "the summit
# ended with a pact", "talks that resulted in a truce", "culminated in a treaty".
_ENDING = {
    "end": {"with", "in"},
    "close": {"with"},
    "conclude": {"with"},
    "wrap": {"with"},
    "culminate": {"in", "with"},
    "result": {"in"},
    "lead": {"to"},
}


def meeting_outcomes(ctx: Context, extractor: str) -> Iterator[Event]:
    """Pacts made at a meeting whose parties are named with the meeting."""
    for token, _, lower, pos in ctx.scan():
        if pos != "NOUN":
            continue
        trig = trigger(lower, "noun")
        if _joint_pledge(token):  # "ended with a pledge to build X"
            trig = trigger("agreement", "noun")
        if trig is None or trig.kind is not EventKind.COOPERATION or trig.type != "agree":
            continue
        verb = outcome_verb(token) or closing_verb(token)  # (kg.extract.closed_meetings)
        if verb is None or g.prep_objects(token, {"between", "among", "with"}):
            continue  # "ended with a pact between A and B": the pact names its own sides
        meetings = _meetings(verb) or closed_meetings(verb)  # "ended their talks with a deal"
        sides = list(dict.fromkeys(k for m in meetings for k in _parties(ctx, m)))
        if len(sides) >= 2:
            yield from make_events(ctx, verb, token, EventKind.COOPERATION, sense_of(trig),
                                   sides[:1], sides[1:], [token], extractor, 0.65)  # fmt: skip
    yield from _agreed_in_with_clauses(ctx, extractor)


def _agreed_in_with_clauses(ctx: Context, extractor: str) -> Iterator[Event]:
    """ "The A-B dialogue resumed, with officials agreeing to share data": the
    meeting's sides agreed."""
    for token, _, _, pos in ctx.scan():
        verb = agreed_in_with_clause(token) if pos == "VERB" else None
        if verb is None:
            continue
        meetings = _meetings(verb) or [m for c in verb.children if c.dep_ == "dobj"
                                       if (m := meeting_in(c)) is not None]  # fmt: skip
        sides = list(dict.fromkeys(k for m in meetings for k in _parties(ctx, m)))
        if len(sides) >= 2:
            yield from make_events(ctx, verb, token, EventKind.COOPERATION,
                                   sense("agree", "057", symmetric=True), sides[:1], sides[1:],
                                   [token], extractor, 0.6)  # fmt: skip


def _joint_pledge(noun: Token) -> bool:
    """A pledge or promise to do something, with no one it is made to: "talks that
    ended with a pledge to build a plant" (the meeting's sides pledged it together)."""
    if noun.lemma_.lower() not in _PLEDGES or any(c.dep_ == "poss" for c in noun.children):
        return False
    if g.prep_objects(noun, {"to", "for", "from", "by"}):
        return False  # "a pledge to Chile", "a promise from Peru": one side's
    clauses = [c for c in noun.children if c.dep_ == "acl"]
    return any(a.dep_ == "aux" and a.lower_ == "to" for c in clauses for a in c.children)


def outcome_verb(pact: Token) -> Token | None:
    """The verb by which an event brings the pact about ("produced a deal", "ended
    with a pact", "resulted in a truce"), if any."""
    head = pact.head
    if pact.dep_ == "dobj" and head.lemma_ in _BRINGING and head.pos_ == "VERB":
        return head
    if pact.dep_ == "pobj" and head.dep_ == "prep":
        verb = head.head
        if verb.pos_ == "VERB" and head.lower_ in _ENDING.get(verb.lemma_, ()):
            return verb
    return None


def _meetings(verb: Token) -> list[Token]:
    """The meeting nouns that are the verb's subjects ("the talks that ended in a
    deal": "that" stands for the talks)."""
    return [s for s in g.subjects(verb) if s.lower_ in NOUNS and s.pos_ == "NOUN"]


def _parties(ctx: Context, meeting: Token) -> list[str]:
    """Who took part in the meeting the noun names, as the meeting extractor reads it;
    for "the talks" that name no one, the meeting of the sentence before: "A held
    talks with B. The talks produced a deal", "A and B met. The talks produced ..."."""
    word = (meeting, meeting.lemma_, meeting.lower_, meeting.pos_)
    found = [k for e in noun_events(ctx, iter([word])) for k in e.actors()]
    if found or not any(c.dep_ == "det" and c.lower_ == "the" for c in meeting.children):
        return found
    start = meeting.sent.start
    if start == 0:
        return []
    before = [t for t in meeting.doc[start - 1].sent if t.lower_ in NOUNS and t.pos_ == "NOUN"]
    told = [[k for e in noun_events(ctx, iter([(t, t.lemma_, t.lower_, t.pos_)]))
             for k in e.actors()] for t in before]  # fmt: skip
    told = [parties for parties in told if len(set(parties)) >= 2]
    if not before:  # "A and B met in May. The talks produced a deal": the meeting a verb told
        met = participants_in(ctx, meeting.doc[start - 1].sent)
        told = [met] if len(met) >= 2 else []
    return told[-1] if len(told) == 1 else []
